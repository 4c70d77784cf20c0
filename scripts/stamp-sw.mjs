// Trunk post_build hook: stamps the service worker in the staging folder with a hash of the build
// output, so its cache name changes whenever any file a visitor could load changes, and never
// otherwise (same files in, same hash out).
//   TRUNK_STAGING_DIR=dist/.stage node scripts/stamp-sw.mjs   (Trunk sets the variable)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SW = 'momentum-sw.js';
const PLACEHOLDER = "const VERSION = 'dev';";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('stamp-sw: set TRUNK_STAGING_DIR (Trunk does) or pass the folder');
  process.exit(1);
}

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const swPath = join(dir, SW);
const hash = createHash('sha256');
for (const path of files(dir).filter((p) => p !== swPath).map((p) => relative(dir, p).split(sep).join('/')).sort()) {
  hash.update(`${path}\0`);
  hash.update(readFileSync(join(dir, path)));
  hash.update('\0');
}
const sw = readFileSync(swPath, 'utf8');
if (!sw.includes(PLACEHOLDER)) {
  console.error(`stamp-sw: ${SW} has no "${PLACEHOLDER}" line to stamp`);
  process.exit(1);
}
// The worker's own code is part of its version too.
hash.update(sw);
const version = hash.digest('hex').slice(0, 16);
writeFileSync(swPath, sw.replace(PLACEHOLDER, `const VERSION = '${version}';`));
console.log(`stamp-sw: ${SW} version ${version}`);
