// Size, for bench/run.mjs: gzip -9 bytes of each file the page fetches, as scripts/bundle-size.mjs.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSizes(folder, files) {
  const rows = files.map((file) => {
    const raw = readFileSync(join(folder, file));
    return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files: rows, total_gzip: rows.reduce((s, r) => s + r.gzip, 0) };
}
