// The report of bench/run.mjs: the machine it ran on, and the table it prints.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { round } from './stats.mjs';

export function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const tryRun = (cmd, a) => {
    try {
      return execFileSync(cmd, a, { encoding: 'utf8', timeout: 10_000 }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    date: new Date().toISOString(),
    nproc: Number(tryRun('nproc', [])) || cpus().length,
    cpu: model,
    memory_gb: round(Number(/MemTotal:\s*(\d+)/.exec(existsSync('/proc/meminfo') ? readFileSync('/proc/meminfo', 'utf8') : '')?.[1] ?? 0) / 1024 / 1024, 1),
    chromium: browserVersion,
    node: process.version,
    rustc: tryRun('rustc', ['--version']),
  };
}

export function printTable(report) {
  const m = report.machine;
  console.log(`\nMomentum benchmark, ${m.date}`);
  console.log(`machine: ${m.nproc} cores, ${m.cpu}, ${m.memory_gb} GB; Chromium ${m.chromium}; ${m.rustc}; Node ${m.node}`);
  const rows = report.measurements.map((x) => [
    x.group,
    x.name,
    x.value === null ? 'n/a' : `${x.value} ${x.unit}`,
    detail(x),
    x.budget === undefined ? '' : `${x.op} ${x.budget}`,
    x.budget === undefined ? '' : x.verdict === 'over' ? 'OVER' : x.verdict,
  ]);
  const head = ['group', 'measurement', 'value', 'detail', 'budget', ''];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(width[i])).join('  ').trimEnd();
  console.log(line(head));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

function detail(x) {
  if (x.today_ratio !== undefined) return `95% CI ${x.ci95[0]} to ${x.ci95[1]}; today's (320ce06): ${x.today_ratio}`;
  if (x.whole_load_median !== undefined) return `min ${x.spread.min} / max ${x.spread.max} (n=${x.spread.n}); with the navigation commit ${x.whole_load_median}; longtask observer ${x.observer_median}${x.today_ms ? `; today's ${x.today_ms}` : ''}`;
  if (x.today_ms !== undefined && x.spread) return `min ${x.spread.min} / max ${x.spread.max} (n=${x.spread.n}); today's ${x.today_ms}`;
  if (x.paired_median !== undefined) return `95% CI ${x.ci95[0]} to ${x.ci95[1]}; per round: median ${x.paired_median}, p25 ${x.paired_spread.p25} / p75 ${x.paired_spread.p75}`;
  if (x.spread) return `min ${x.spread.min} / p25 ${x.spread.p25} / p75 ${x.spread.p75} / max ${x.spread.max} (n=${x.spread.n})`;
  if (x.p50 !== undefined && x.p95 !== undefined && x.n !== undefined) return `p50 ${x.p50}, p95 ${x.p95}, max ${x.max} (n=${x.n})`;
  if (x.p50 !== undefined) return `p50 ${x.p50}`;
  if (x.getItem_ms !== undefined && x.serialize_ms !== undefined) return `getItem ${x.getItem_ms} + to_json ${x.serialize_ms} + setItem ${x.setItem_ms} (median of ${x.saves})`;
  if (x.getItem_ms !== undefined) return `getItem ${x.getItem_ms} + parse/render ${x.parse_and_extra_render_ms}`;
  if (x.raw_bytes !== undefined) return `${x.raw_bytes} B raw`;
  if (x.entries !== undefined) return `${x.entries} entries`;
  if (x.median_ms !== undefined) return `median ${round(x.median_ms, 4)}`;
  return '';
}
