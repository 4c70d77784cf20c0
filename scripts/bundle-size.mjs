// Reports the gzip size of each file the page fetches for the widget and fails above the budget.
// Bytes are deterministic for a given build, so this is a test, not a benchmark.
//   node scripts/bundle-size.mjs dist [--report-only]
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// A ratchet: issue 2's 130 KB first, lowered as size work lands. The full widget measures
// 118,342 B after `make build` (README, "Size"; about 30 B less on Debian's rustc-web), so a
// change that adds more than about 150 B must pay for it. Issue 7 asks for 110 KB.
const BUDGET_BYTES = 118.5 * 1000;
// What a browser fetches for the widget: the wasm, and the loader, which in a release build
// carries the JS glue and the stylesheet inside it (scripts/shrink.mjs). momentum.css is fetched
// only by browsers without constructable stylesheets.
const WIDGET_FILES = ['momentum_app_bg.wasm', 'momentum.js'];

const dist = process.argv[2] ?? 'dist';
const reportOnly = process.argv.includes('--report-only');
const rows = WIDGET_FILES.map((name) => {
  const raw = readFileSync(join(dist, name));
  return { file: name, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
});
const total = rows.reduce((sum, r) => sum + r.gzip, 0);

console.log('widget transfer size (gzip -9)');
for (const r of rows) {
  console.log(`  ${r.file.padEnd(24)} ${String(r.raw).padStart(9)} B raw ${String(r.gzip).padStart(9)} B gzip`);
}
console.log(`  ${'total'.padEnd(24)} ${' '.repeat(16)} ${String(total).padStart(9)} B gzip (budget ${BUDGET_BYTES} B)`);

mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/size.json', JSON.stringify({ files: rows, total_gzip: total, budget: BUDGET_BYTES }, null, 2));

if (!reportOnly && total > BUDGET_BYTES) {
  console.error(`bundle size ${total} B gzip is over the ${BUDGET_BYTES} B budget`);
  process.exit(1);
}
