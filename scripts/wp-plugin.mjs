// Builds the WordPress plugin: wordpress/momentum/ plus the widget's files from dist/ in
// momentum/widget/, zipped as dist/momentum-wordpress.zip, the file an administrator uploads
// under Plugins -> Add New -> Upload Plugin. `make build` runs it after the widget's build.
//   node scripts/wp-plugin.mjs [dist]
// The zip is the same bytes for the same files (sorted entries, fixed dates), and the build
// stops if the plugin's version disagrees with Cargo.toml's.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const source = 'wordpress/momentum';
// The widget's files a page can fetch; the demo page (index.html, demo-page.css) stays out.
const WIDGET_FILES = ['momentum.js', 'momentum_app_bg.wasm', 'momentum.css', 'momentum-sw.js'];
const ZIP = join(dist, 'momentum-wordpress.zip');

const version = /^version = "([^"]+)"/m.exec(readFileSync('Cargo.toml', 'utf8'))[1];
const header = /^ \* Version:\s+(\S+)/m.exec(readFileSync(join(source, 'momentum.php'), 'utf8'))?.[1];
const stable = /^Stable tag:\s+(\S+)/m.exec(readFileSync(join(source, 'readme.txt'), 'utf8'))?.[1];
const asset = /'version'\s*=>\s*'([^']+)'/.exec(readFileSync(join(source, 'block/editor.asset.php'), 'utf8'))?.[1];
for (const [where, found] of [['momentum.php Version', header], ['readme.txt Stable tag', stable], ['block/editor.asset.php version', asset]]) {
  if (found !== version) {
    console.error(`wp-plugin: ${where} is ${found ?? 'missing'}, but Cargo.toml says ${version}`);
    process.exit(1);
  }
}

/** Every file under `dir`, as [path inside the zip, bytes]. */
function files(dir, prefix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, `${prefix}${name}/`);
    return [[`${prefix}${name}`, readFileSync(path)]];
  });
}

const entries = [
  ...files(source, 'momentum/'),
  ...WIDGET_FILES.map((name) => [`momentum/widget/${name}`, readFileSync(join(dist, name))]),
].sort(([a], [b]) => (a < b ? -1 : 1));
for (const [name] of entries) {
  if (name.includes(sep === '/' ? '\\' : sep)) throw new Error(`odd path ${name}`);
}

writeFileSync(ZIP, zip(entries));
const kb = (statSync(ZIP).size / 1024).toFixed(1);
console.log(`wp-plugin: ${relative('.', ZIP)} (${entries.length} files, ${kb} KiB, version ${version})`);

/** A zip archive of `entries` ([name, bytes]), deflated, every entry dated 1980-01-01. */
function zip(list) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of list) {
    const path = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(path.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    local.copy(central, 6, 4, 30); // version needed .. name length, as in the local header
    central.writeUInt32LE(0, 30); // extra, comment, disk
    central.writeUInt16LE(0, 34);
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, path, packed);
    centrals.push(central, path);
    offset += local.length + path.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
