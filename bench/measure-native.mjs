// Native (criterion) results written by `cargo bench` just before bench/run.mjs runs.

import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function criterionResults(dir = 'target/criterion') {
  const out = {};
  if (!existsSync(dir)) return out;
  const walk = async (d) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (!entry.isDirectory()) continue;
      if (entry.name === 'new' && existsSync(join(p, 'benchmark.json')) && existsSync(join(p, 'estimates.json'))) {
        const meta = JSON.parse(await readFile(join(p, 'benchmark.json'), 'utf8'));
        const est = JSON.parse(await readFile(join(p, 'estimates.json'), 'utf8'));
        out[meta.full_id] = {
          mean_ms: est.mean.point_estimate / 1e6,
          median_ms: est.median.point_estimate / 1e6,
          mean_ci_ms: [est.mean.confidence_interval.lower_bound / 1e6, est.mean.confidence_interval.upper_bound / 1e6],
          measured_at: (await stat(join(p, 'estimates.json'))).mtime.toISOString(),
        };
      } else {
        await walk(p);
      }
    }
  };
  await walk(dir);
  return out;
}
