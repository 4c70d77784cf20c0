// Trunk post_build hook (release builds only): makes the widget's files smaller in the staging
// folder, before scripts/stamp-sw.mjs hashes them.
//   TRUNK_STAGING_DIR=dist/.stage TRUNK_PROFILE=release node scripts/shrink.mjs   (Trunk sets both)
//
// 1. Short import and export names. wasm-bindgen names every import after its JS function plus
//    a 16-digit hash (`__wbg_getItem_49556a3e59cfb688`), and those names sit in both the wasm and
//    its JS glue, where hashes do not compress. binaryen renames them (`a`, `b`, ...) and prints
//    the mapping, which is applied to the glue; any old name left in the glue fails the build.
// 2. One script: the loader with the glue and the stylesheet's text inside it
//    (web/momentum.js marks the two lines this replaces), so a page fetches only momentum.js and
//    the wasm. momentum_app.js leaves the folder, and the service worker's list of files with it;
//    momentum.css stays, for browsers without constructable stylesheets, which link it.
// 3. terser for the script, csso for the stylesheet.
// Each step checks its result; nothing is changed when the build is not a release build.
import { execFileSync } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify as minifyJs } from 'terser';
import { minify as minifyCss } from 'csso';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('shrink: set TRUNK_STAGING_DIR (Trunk does) or pass the folder');
  process.exit(1);
}
if ((process.env.TRUNK_PROFILE ?? 'release') !== 'release') process.exit(0);

const WASM = join(dir, 'momentum_app_bg.wasm');
const GLUE = join(dir, 'momentum_app.js');
const LOADER = join(dir, 'momentum.js');
const CSS = join(dir, 'momentum.css');
const SW = join(dir, 'momentum-sw.js');
const WASM_OPT = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
// The features the release wasm uses, and no others: Rust's wasm32-unknown-unknown defaults
// without reference types, which scripts/wasm-env turns off (binaryen fails on anything else it
// finds). With all features on, binaryen would write a compact import section that browsers do
// not read yet.
const FEATURES = ['--enable-bulk-memory', '--enable-mutable-globals', '--enable-multivalue',
  '--enable-nontrapping-float-to-int', '--enable-sign-ext'];

function fail(message) {
  console.error(`shrink: ${message}`);
  process.exit(1);
}

// 1. Names. The mapping is JSON on stdout: {"imports": [[module, name, new]], "exports": [[name, new]]}.
const mapping = JSON.parse(
  execFileSync(WASM_OPT, [...FEATURES, '--minify-imports-and-exports-and-modules', WASM, '-o', WASM], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  }),
);
let glue = readFileSync(GLUE, 'utf8');
const escape = (s) => s.replace(/[$.*+?^(){}|[\]\\]/g, '\\$&');
// binaryen renames every import module to "a" (the mapping does not list modules).
for (const module of new Set(mapping.imports.map(([m]) => m))) {
  const quoted = new RegExp(`(["'])${escape(module)}\\1\\s*:`, 'g');
  if (!quoted.test(glue)) fail(`the glue does not name the import module ${module}`);
  glue = glue.replace(quoted, '"a":');
}
const replaceWord = (text, from, to) => text.replace(new RegExp(`(?<![\\w$])${escape(from)}(?![\\w$])`, 'g'), to);
for (const [, name, renamed] of mapping.imports) glue = replaceWord(glue, name, renamed);
for (const [name, renamed] of mapping.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`, 'g'), `wasm.${renamed}`);
}
for (const [, name] of mapping.imports) if (glue.includes(name)) fail(`import ${name} is still named in the glue`);
for (const [name] of mapping.exports) {
  if (new RegExp(`\\bwasm\\.${escape(name)}(?![\\w$])`).test(glue)) fail(`export ${name} is still used by the glue`);
}

// 2. One script. Each piece must be found exactly once, or the build fails: a silent miss would
// ship a loader that fetches files that are no longer there.
function replaceOnce(text, from, to, what) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + from.length) >= 0) fail(`expected exactly one ${what}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
const stylesheet = minifyCss(readFileSync(CSS, 'utf8')).css;
glue = replaceOnce(glue, 'export function mount_all(', 'function mount_all(', 'exported mount_all in the glue');
glue = replaceOnce(glue, 'export { initSync, __wbg_init as default };', '', 'export list in the glue');
if (/^\s*export\b/m.test(glue)) fail('the glue exports something the loader does not take over');
let loader = readFileSync(LOADER, 'utf8');
loader = replaceOnce(
  loader,
  "const glue = () => import('./momentum_app.js');",
  `const glue = async () => {\n${glue}\nreturn { default: __wbg_init, mount_all };\n};`,
  'glue line in the loader',
);
loader = replaceOnce(
  loader,
  "const css = () => fetch(new URL('momentum.css', base)).then((r) => (r.ok ? r.text() : undefined)).catch(() => undefined);",
  `const css = async () => ${JSON.stringify(stylesheet)};`,
  'stylesheet line in the loader',
);
// The glue leaves the worker's list of files (web/momentum-sw.js, WIDGET_FILES), where it is the
// only mention of the file.
const sw = replaceOnce(readFileSync(SW, 'utf8'), "'momentum_app.js', ", '', 'momentum_app.js in the service worker');

// 3. Minify.
// The preamble asks V8 to compile the whole script eagerly, off the main thread, while it
// downloads: the glue's functions are all called during the first render anyway.
const result = await minifyJs(loader, {
  module: true,
  compress: true,
  mangle: true,
  format: { preamble: '//# allFunctionsCalledOnLoad' },
});
if (!result.code) fail('terser returned nothing for the loader');
writeFileSync(LOADER, result.code);
writeFileSync(CSS, stylesheet);
writeFileSync(SW, sw);
unlinkSync(GLUE);
