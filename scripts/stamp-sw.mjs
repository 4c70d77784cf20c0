// Trunk post_build hook: stamps the service worker in the staging folder with
// - FILE_HASHES: the SHA-256 of each widget file it keeps (its WIDGET_FILES list), so it installs
//   a build only when every file it downloads is this build's, and never a half-uploaded one;
// - VERSION: a hash of the whole build output, so its cache name changes whenever any file a
//   visitor could load changes, and never otherwise (same files in, same hash out).
//   TRUNK_STAGING_DIR=dist/.stage node scripts/stamp-sw.mjs   (Trunk sets the variable)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SW = 'momentum-sw.js';
const VERSION_PLACEHOLDER = "const VERSION = 'dev';";
const HASHES_PLACEHOLDER = 'const FILE_HASHES = {};';
// Made from the build after this hook (scripts/wp-plugin.mjs), and never loaded by a visitor.
const NOT_HASHED = new Set(['momentum-wordpress.zip']);

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('stamp-sw: set TRUNK_STAGING_DIR (Trunk does) or pass the folder');
  process.exit(1);
}

function fail(message) {
  console.error(`stamp-sw: ${message}`);
  process.exit(1);
}

function files(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

const swPath = join(dir, SW);
let sw = readFileSync(swPath, 'utf8');
for (const placeholder of [VERSION_PLACEHOLDER, HASHES_PLACEHOLDER]) {
  if (sw.split(placeholder).length !== 2) fail(`${SW} needs exactly one "${placeholder}" line to stamp`);
}

// The worker's own list, as scripts/shrink.mjs left it: every file on it must be in the build.
const list = sw.match(/^const WIDGET_FILES = \[([^\]]*)\];$/m);
if (!list) fail(`${SW} has no "const WIDGET_FILES = [...];" line`);
const widgetFiles = [...list[1].matchAll(/'([^']+)'/g)].map(([, name]) => name);
if (widgetFiles.length === 0) fail('WIDGET_FILES is empty');
const fileHashes = {};
for (const name of widgetFiles) {
  if (!existsSync(join(dir, name))) fail(`${name} is on the worker's list but not in the build`);
  fileHashes[name] = sha256(readFileSync(join(dir, name)));
}
sw = sw.replace(HASHES_PLACEHOLDER, `const FILE_HASHES = ${JSON.stringify(fileHashes)};`);

const hash = createHash('sha256');
const built = files(dir).filter((p) => p !== swPath).map((p) => relative(dir, p).split(sep).join('/'));
for (const path of built.filter((p) => !NOT_HASHED.has(p)).sort()) {
  hash.update(`${path}\0`);
  hash.update(readFileSync(join(dir, path)));
  hash.update('\0');
}
// The worker's own code (with the file hashes) is part of its version too.
hash.update(sw);
const version = hash.digest('hex').slice(0, 16);
writeFileSync(swPath, sw.replace(VERSION_PLACEHOLDER, `const VERSION = '${version}';`));
console.log(`stamp-sw: ${SW} version ${version}, ${widgetFiles.length} files hashed`);
