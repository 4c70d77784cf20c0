// `make bench`: measures what a visitor gets from the widget and compares it with the budgets.
// Prints a table and writes target/bench/report.json (each number, its budget and a verdict).
//
//   node bench/run.mjs [--dist dist] [--reference target/bench/reference-dist]
//                      [--loads 21] [--clicks 50] [--throttled-loads 15] [--out target/bench/report.json]
//
// It only REPORTS: a number over its budget is marked "over" and the script still exits 0
// (exit 1 only if it could not measure at all). Every wait is bounded. The startup ratio also
// gets a 95% confidence interval (a bootstrap over the rounds of loads), and its verdict is
// "unclear" when that interval straddles the budget: on a small shared machine one run of a
// few dozen loads often cannot tell 1.1x from 1.3x.
//
// What is measured (see the README's "Speed" section):
// - size: gzip -9 bytes of each file the page fetches for the widget, as scripts/bundle-size.mjs.
// - startup: one fresh browser context per load (cold HTTP and wasm code caches), from navigation
//   start (performance.timeOrigin) to the first moment the widget's screen heading is in its shadow root
//   and visible (an app that had to link its stylesheet stays hidden until it loads), seen by a
//   MutationObserver the init script attaches to the shadow root. The reference is a minimal yew app
//   (bench/reference-app) built with the same profile and served the same way.
// - interaction: on a page whose record holds 1 or 5 years of daily entries, per click: "Done"
//   opens the form, then the clock starts at the "Save" click dispatch and stops when the
//   session's card is marked done in the DOM ("rendered"), and when all work the click
//   queued (render, the save to localStorage, effects) has finished and the main thread could
//   paint ("settled"). "Undo" resets; repeated --clicks times.
// - storage: localStorage getItem/setItem are wrapped by the init script. In the browser,
//   "load + parse" = the widget's own User Timing marks around reading its record
//   (momentum:load-start → momentum:load-end: getItem, the text into wasm, Record::parse), on
//   the cold loads and on a returning visitor's reloads (one context, loaded once first, so
//   its HTTP cache and Chromium's cache of compiled wasm are warm; the budgeted row);
//   "load + parse + longer first render" = getItem + (heading in DOM − getItem end) with the
//   fixture, minus the same span for a record with the same plan and no history; "serialize + save" = the save path's
//   getItem start to setItem end after a Save click. Natively (criterion, bench `stats`):
//   Record::parse / Record::to_json.
// - longest task: the longest main-thread task while a bare page loads (first visit), with the
//   CPU slowed 4x through Chromium's DevTools protocol, from a trace of each of
//   --throttled-loads fresh contexts per page (bench/longtask.mjs says exactly what counts).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { fixture, localIsoDate } from './fixtures.mjs';
import { THROTTLE, longestTasks, tracedLoad } from './longtask.mjs';
import { measureClicks } from './measure-clicks.mjs';
import { criterionResults } from './measure-native.mjs';
import { gzipSizes } from './measure-size.mjs';
import { measureStartup, returningLoads } from './measure-startup.mjs';
import { machine, printTable } from './report.mjs';
import { serveSite } from './site.mjs';
import { mapRound, median, quantile, ratioInterval, round, spread } from './stats.mjs';

const args = parseArgs(process.argv.slice(2));
const DIST = args.dist ?? 'dist';
const REFERENCE = args.reference ?? 'target/bench/reference-dist';
const LOADS = Math.max(1, Number(args.loads ?? 21));
const CLICKS = Math.max(1, Number(args.clicks ?? 50));
const THROTTLED_LOADS = Math.max(0, Number(args['throttled-loads'] ?? 15));
const OUT = args.out ?? 'target/bench/report.json';
const KB = 1000;

/**
 * "Today's" longest main-thread task while the widget's bare page loads (issue 16: bring it to
 * at most half), measured on the release build of main at 320ce06 (118,341 B gzip; the copy in
 * /work/baseline-dist) by `node bench/loader-variants.mjs --only baseline --loads 21` on
 * 2026-12-02, 2-core Xeon VM, Chromium 156.0.8078.114, next to the reference yew app:
 * - with the CPU slowed 4x, wall clock: the widget 348 ms, the reference 99 ms. The VM was
 *   shared (load average 13.6, 6.6 to 16.5, on 2 cores), and this number stretches with the
 *   machine's load (bench/README.md): on a quiet machine today's build takes less, so this
 *   budget is lenient there; measure again on the machine that judges it, with the command
 *   above, if it matters;
 * - 4x the main thread's CPU time in the busiest task, unthrottled: the widget 97 ms, the
 *   reference 36 ms (steady under load; the ratio carries the budget to another machine).
 */
const TODAY_LONGEST_TASK_MS = 348;
const TODAY_LONGEST_TASK_CPU_MS = 97;
const TODAY_REFERENCE_LONGEST_TASK_CPU_MS = 36;

const BUDGETS = {
  gzipTotal: 140 * KB, // bytes, everything a page fetches for the widget (issue 16)
  startupRatio: 1.2, // widget median / reference median
  doneP95: 16, // ms, 5 years of history
  loadParse5y: 5, // ms
  stored5y: 250 * KB, // bytes
  longestTask4x: TODAY_LONGEST_TASK_MS / 2, // ms, half of today's (issue 16)
  longestTaskCpu4x: TODAY_LONGEST_TASK_CPU_MS / 2, // ms, the same as 4x CPU time
};

// A release loader carries the glue and the stylesheet (scripts/bundle-size.mjs says why).
const WIDGET_FILES = ['momentum_app_bg.wasm', 'momentum.js'];
const REFERENCE_FILES = ['reference_app_bg.wasm', 'reference_app.js', 'loader.js'];
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`bad argument ${argv[i]}`);
    out[argv[i].slice(2)] = argv[i + 1];
  }
  return out;
}

async function main() {
  for (const [folder, files] of [[DIST, WIDGET_FILES], [REFERENCE, REFERENCE_FILES]]) {
    for (const f of files) if (!existsSync(join(folder, f))) throw new Error(`${join(folder, f)} is missing: build first (make bench does)`);
  }
  const report = { measurements: [] };
  const add = (m) => report.measurements.push(m);

  // Size -------------------------------------------------------------------------------------
  const size = gzipSizes(DIST, WIDGET_FILES);
  const referenceSize = gzipSizes(REFERENCE, REFERENCE_FILES);
  for (const f of size.files) add({ group: 'size', name: `gzip ${f.file}`, value: f.gzip, unit: 'B', raw_bytes: f.raw });
  add({ group: 'size', name: 'gzip total (widget)', value: size.total_gzip, unit: 'B', budget: BUDGETS.gzipTotal, op: '<=' });
  add({ group: 'size', name: 'gzip total (reference yew app)', value: referenceSize.total_gzip, unit: 'B' });

  // Fixtures ---------------------------------------------------------------------------------
  const today = localIsoDate();
  console.log(`fixtures for ${today} (cargo run --example history_fixture)`);
  const records = { 0: fixture(0, today), 1: fixture(1, today), 5: fixture(5, today) };
  for (const y of [1, 5]) {
    const bytes = Buffer.byteLength(records[y]);
    add({ group: 'storage', name: `stored record, ${y} year${y > 1 ? 's' : ''} daily`, value: bytes, unit: 'B',
      entries: JSON.parse(records[y]).log.length, ...(y === 5 ? { budget: BUDGETS.stored5y, op: '<=' } : {}) });
  }

  const { root, server, origin } = await serveSite(DIST, REFERENCE);
  const browser = await chromium.launch(LAUNCH);
  report.machine = machine(browser.version());
  try {
    // Startup ----------------------------------------------------------------------------------
    const variants = [
      { name: 'reference', path: '/bench/reference.html', record: null },
      { name: 'widget, first visit', path: '/bench/widget.html', record: null },
      { name: 'widget, plan, no history', path: '/bench/widget.html', record: records[0] },
      { name: 'widget, 1 year', path: '/bench/widget.html', record: records[1] },
      { name: 'widget, 5 years', path: '/bench/widget.html', record: records[5] },
    ];
    console.log(`startup: ${LOADS} cold loads of each of ${variants.length} pages`);
    const startup = await measureStartup(browser, origin, variants, LOADS);
    const visible = (name) => startup[name].map((r) => r.visible);
    const ref = median(visible('reference'));
    for (const v of variants) {
      const s = spread(visible(v.name));
      const m = { group: 'startup', name: `first render: ${v.name}`, value: round(s.median), unit: 'ms', spread: mapRound(s),
        heading_in_dom_median: round(median(startup[v.name].map((r) => r.dom))) };
      add(m);
    }
    for (const v of variants.slice(1)) {
      const ratio = median(visible(v.name)) / ref;
      // Also per round: each round loads every page once, back to back, so dividing within a
      // round cancels most of the machine's slow drift; the median of those is steadier.
      const paired = visible(v.name).map((t, i) => t / visible('reference')[i]);
      add({ group: 'startup', name: `first render ratio: ${v.name} / reference`, value: round(ratio, 3), unit: 'x',
        ci95: ratioInterval(visible(v.name), visible('reference')).map((x) => round(x, 3)),
        paired_median: round(median(paired), 3), paired_spread: mapRound(spread(paired), 3),
        ...(v.name === 'widget, first visit' ? { budget: BUDGETS.startupRatio, op: '<=' } : {}) });
    }

    // Storage in the browser: load + parse. The widget's own marks around `localStorage` and
    // `Record::parse`, on the cold loads above and on a returning visitor's reloads; the budget
    // applies to the returning visitor, the only one who has years of history (README, "Speed").
    // The last row adds the first render's extra work over a long log, seen from outside.
    const afterRead = (name) => startup[name].filter((r) => r.get).map((r) => r.dom - r.get.end);
    const baseline = median(afterRead('widget, plan, no history'));
    for (const [y, name] of [[1, 'widget, 1 year'], [5, 'widget, 5 years']]) {
      const years = `${y} year${y > 1 ? 's' : ''}`;
      const marked = startup[name].map((r) => r.load).filter((t) => t !== null);
      add({ group: 'storage', name: `browser: load + parse, ${years}, cold`, value: round(median(marked)), unit: 'ms',
        spread: mapRound(spread(marked)),
        note: 'median of the widget\'s momentum:load-start → momentum:load-end marks (getItem, the text into wasm, Record::parse) over the cold loads: a fresh browser profile, or the first visit after a new build; wasm' });
      const variant = variants.find((v) => v.name === name);
      const returning = await returningLoads(browser, origin, variant, LOADS);
      console.log(`  returning visitor, ${years}: ${returning.length} reloads`);
      add({ group: 'storage', name: `browser: load + parse, ${years}, returning visitor`, value: round(median(returning)), unit: 'ms',
        spread: mapRound(spread(returning)),
        note: 'the same marks on reloads after a first visit in the same browser profile (HTTP cache and compiled-wasm cache warm); wasm',
        ...(y === 5 ? { budget: BUDGETS.loadParse5y, op: '<=' } : {}) });
      const read = median(startup[name].map((r) => r.get.end - r.get.start));
      const parse = median(afterRead(name)) - baseline;
      add({ group: 'storage', name: `browser: load + parse + longer first render, ${years}`, value: round(read + parse), unit: 'ms',
        getItem_ms: round(read), parse_and_extra_render_ms: round(parse),
        note: 'median getItem + median(heading in DOM − getItem end) minus the same for a record with no history, cold loads; wasm' });
    }

    // Interaction ------------------------------------------------------------------------------
    for (const y of [1, 5]) {
      const label = `${y} year${y > 1 ? 's' : ''}`;
      const samples = await measureClicks(browser, origin, records[y], label, CLICKS);
      const settled = samples.map((s) => s.settled);
      const rendered = samples.map((s) => s.rendered);
      add({ group: 'interaction', name: `Save → view settled, ${label}`, value: round(quantile(settled, 0.95)), unit: 'ms (p95)',
        p50: round(median(settled)), p95: round(quantile(settled, 0.95)), max: round(Math.max(...settled)), n: settled.length,
        ...(y === 5 ? { budget: BUDGETS.doneP95, op: '<=' } : {}) });
      add({ group: 'interaction', name: `Save → status in DOM, ${label}`, value: round(quantile(rendered, 0.95)), unit: 'ms (p95)',
        p50: round(median(rendered)), p95: round(quantile(rendered, 0.95)) });
      const open = samples.map((s) => s.open).filter((x) => x !== null);
      const undo = samples.map((s) => s.undo);
      if (open.length) add({ group: 'interaction', name: `Done → form open, ${label}`, value: round(quantile(open, 0.95)), unit: 'ms (p95)', p50: round(median(open)), opened: open.length });
      add({ group: 'interaction', name: `Undo → view, ${label}`, value: round(quantile(undo, 0.95)), unit: 'ms (p95)', p50: round(median(undo)) });
      const saves = samples.map((s) => s.save).filter(Boolean);
      if (saves.length) {
        add({ group: 'storage', name: `browser: serialize + save, ${label}`, value: round(median(saves.map((s) => s.total))), unit: 'ms',
          p95: round(quantile(saves.map((s) => s.total), 0.95)),
          getItem_ms: round(median(saves.map((s) => s.getItem ?? 0))), serialize_ms: round(median(saves.map((s) => s.serialize ?? 0))),
          setItem_ms: round(median(saves.map((s) => s.setItem))), saves: saves.length,
          note: 'median over the Save clicks: save path getItem start → setItem end (read to merge, to_json, write); wasm' });
      } else {
        add({ group: 'storage', name: `browser: serialize + save, ${label}`, value: null, unit: 'ms', note: 'no setItem seen during Save clicks' });
      }
    }

    // Longest main-thread task, CPU slowed 4x --------------------------------------------------
    // Each round: every page once throttled (the wall-clock duration, as Lighthouse's mobile run
    // sees it) and once not (the main thread's CPU time, which other processes on a shared
    // machine cannot stretch; 4x it estimates the throttled duration on a quiet machine).
    if (THROTTLED_LOADS > 0) {
      console.log(`longest task: ${THROTTLED_LOADS} rounds of traced cold loads of each bare page, CPU slowed ${THROTTLE}x and not`);
      const pages = [['reference', '/bench/reference.html'], ['widget', '/bench/widget.html']];
      const slowed = { reference: [], widget: [] };
      const cpu = { reference: [], widget: [] };
      for (let round = 0; round < THROTTLED_LOADS; round++) {
        for (const [name, path] of pages) {
          const url = `${origin}${path}`;
          slowed[name].push(longestTasks(await tracedLoad(browser, url), url));
          cpu[name].push(longestTasks(await tracedLoad(browser, url, { throttle: 1 }), url).longestAppCpu * THROTTLE);
        }
        process.stdout.write(`\r  longest task: ${round + 1}/${THROTTLED_LOADS} rounds`);
      }
      process.stdout.write('\n');
      const wall = (name) => slowed[name].map((t) => t.longestApp);
      const label = (name) => (name === 'widget' ? 'widget, bare page, first visit' : 'reference yew app');
      for (const [name] of pages) {
        const s = spread(wall(name));
        const observed = slowed[name].map((t) => t.observerLongest).filter((x) => x !== null);
        add({ group: 'longest task', name: `longest main-thread task, CPU 4x: ${label(name)}`,
          value: round(s.median, 1), unit: 'ms', spread: mapRound(s, 1),
          whole_load_median: round(median(slowed[name].map((t) => t.longest)), 1),
          observer_median: round(median(observed), 1),
          note: 'median over traced cold loads, CPU slowed 4x (Emulation.setCPUThrottlingRate), of the longest top-level RunTask on the page\'s CrRendererMain from the task running its first module script until the main thread was idle 500 ms; whole_load_median also counts the navigation commit (the same for any page); observer_median: the longtask PerformanceObserver\'s longest entry in the same loads. Stretches with every other process on the machine: see the CPU-time row',
          ...(name === 'widget' ? { budget: BUDGETS.longestTask4x, op: '<=', today_ms: TODAY_LONGEST_TASK_MS } : {}) });
      }
      for (const [name] of pages) {
        const s = spread(cpu[name]);
        add({ group: 'longest task', name: `longest task as 4x its CPU time: ${label(name)}`, value: round(s.median, 1), unit: 'ms', spread: mapRound(s, 1),
          note: 'median over traced cold loads without throttling of 4 x the main thread\'s CPU time (trace tdur) in its busiest task, same window as above: robust on a shared machine, and what the 4x row gives on a quiet one',
          ...(name === 'widget' ? { budget: BUDGETS.longestTaskCpu4x, op: '<=', today_ms: TODAY_LONGEST_TASK_CPU_MS } : {}) });
      }
      add({ group: 'longest task', name: 'longest task ratio: widget / reference (4x CPU time)', value: round(median(cpu.widget) / median(cpu.reference), 2), unit: 'x',
        ci95: ratioInterval(cpu.widget, cpu.reference).map((x) => round(x, 2)),
        today_ratio: round(TODAY_LONGEST_TASK_CPU_MS / TODAY_REFERENCE_LONGEST_TASK_CPU_MS, 2),
        note: 'today_ratio: the same on the 320ce06 build; half of it is the budget again, relative to whatever machine runs this' });
    }
  } finally {
    await browser.close();
    server.close();
    await rm(root, { recursive: true, force: true });
  }

  // Native -------------------------------------------------------------------------------------
  const native = await criterionResults();
  const nativeRows = [
    ['record/parse_1y', 'native: Record::parse, 1 year'],
    ['record/parse_5y', 'native: Record::parse, 5 years', BUDGETS.loadParse5y],
    ['record/to_json_1y', 'native: Record::to_json, 1 year'],
    ['record/to_json_5y', 'native: Record::to_json, 5 years'],
    ['schedule/fresh', 'native: schedule on a plan\'s first day'],
    ['schedule/after_12_weeks_of_log', 'native: schedule after 12 weeks of log'],
    ['schedule/build_5y', 'native: schedule of 5 years of plans'],
    ['schedule/catch_up_a_week_5y', 'native: store the week that began, 5 years'],
    ['stats/totals_5y', 'native: totals, 5 years'],
    ['stats/weekly_summaries_5y', 'native: weekly summaries, 5 years'],
    ['stats/history_scores_5y', 'native: consistency score over the history, 5 years'],
    ['stats/progress_view_data_5y', 'native: Progress screen (schedule, numbers, charts), 5 years'],
    ['widget/log_done_5y', 'native: reduce(SaveDoneForm) + schedule + to_json, 5 years'],
  ];
  for (const [id, name, budget] of nativeRows) {
    const r = native[id];
    const group = id.startsWith('record/') ? 'storage' : 'native';
    add({ group, name, value: r ? round(r.mean_ms, 4) : null, unit: 'ms', criterion_id: id, ...(r ?? { note: 'not measured: run cargo bench first' }),
      ...(budget ? { budget, op: '<=' } : {}) });
  }

  // Verdicts -----------------------------------------------------------------------------------
  for (const m of report.measurements) {
    if (m.budget === undefined) continue;
    m.pass = m.value !== null && m.value <= m.budget;
    // A measurement with an interval is only called either way when the whole interval is.
    if (m.ci95) m.verdict = m.ci95[1] <= m.budget ? 'ok' : m.ci95[0] > m.budget ? 'over' : 'unclear';
    else m.verdict = m.pass ? 'ok' : 'over';
  }
  report.budgets = BUDGETS;
  await mkdir(resolve(OUT, '..'), { recursive: true });
  await writeFile(OUT, JSON.stringify(report, null, 2));
  printTable(report);
  console.log(`\nwritten: ${OUT}`);
}

// Never hang: the whole run has a hard deadline.
const deadline = setTimeout(() => {
  console.error('bench/run.mjs: gave up after 20 minutes');
  process.exit(1);
}, 20 * 60_000);
deadline.unref();
try {
  await main();
} catch (err) {
  console.error(`bench/run.mjs: ${err.stack ?? err}`);
  process.exit(1);
}
