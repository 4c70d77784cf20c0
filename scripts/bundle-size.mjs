// Reports the gzip size of each file the page fetches for the widget and fails above the budget.
// Bytes are deterministic for a given build, so this is a test, not a benchmark.
//   node scripts/bundle-size.mjs dist [--report-only]
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// A ratchet: the full widget's measured size after `make build` (README, "Size") plus 1 KB, so a
// change that adds more than that must say why; lowered whenever size work lands. The product's
// budget is 140 KB (issue 16); README, "Size", says where the widget stands against it.
const BUDGET_BYTES = 224_079;
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
