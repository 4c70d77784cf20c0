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
//   session's "Done: N min" status is in the DOM ("rendered"), and when all work the click
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
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';
import { THROTTLE, longestTasks, tracedLoad } from './longtask.mjs';

const args = parseArgs(process.argv.slice(2));
const DIST = args.dist ?? 'dist';
const REFERENCE = args.reference ?? 'target/bench/reference-dist';
const LOADS = Math.max(1, Number(args.loads ?? 21));
const CLICKS = Math.max(1, Number(args.clicks ?? 50));
const THROTTLED_LOADS = Math.max(0, Number(args['throttled-loads'] ?? 15));
const OUT = args.out ?? 'target/bench/report.json';
const STORAGE_KEY = 'momentum/default';
const WAIT_MS = 15_000; // the longest any single wait may take
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

// ---------------------------------------------------------------------------------------------
// Numbers

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs) => quantile(xs, 0.5);
function spread(xs) {
  return { min: Math.min(...xs), p25: quantile(xs, 0.25), median: median(xs), p75: quantile(xs, 0.75), max: Math.max(...xs), n: xs.length };
}
const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/**
 * A 95% confidence interval for median(a) / median(b), where a[i] and b[i] were measured in the
 * same round: a bootstrap over rounds (each resample draws whole rounds, keeping their pairing).
 * With startup times spread as widely as on a small shared VM, a ratio of medians moves by 0.1
 * or more between identical runs; the interval says how far this run's sample can be trusted.
 * The generator is seeded, so the same times always give the same interval.
 */
function ratioInterval(a, b, resamples = 2000) {
  let seed = 0x9e3779b9;
  const random = () => {
    // xorshift32: plenty for resampling, and reproducible.
    seed ^= seed << 13; seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5; seed >>>= 0;
    return seed / 2 ** 32;
  };
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const pick = a.map(() => Math.floor(random() * a.length));
    ratios.push(median(pick.map((i) => a[i])) / median(pick.map((i) => b[i])));
  }
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

// ---------------------------------------------------------------------------------------------
// Size

function gzipSizes(folder, files) {
  const rows = files.map((file) => {
    const raw = readFileSync(join(folder, file));
    return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
  return { files: rows, total_gzip: rows.reduce((s, r) => s + r.gzip, 0) };
}

// ---------------------------------------------------------------------------------------------
// Fixtures: stored records with 0, 1 and 5 years of daily history (examples/history_fixture.rs)

function localIsoDate(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fixture(years, today) {
  return execFileSync(
    'cargo',
    ['run', '--quiet', '--release', '--example', 'history_fixture', '--', '--years', String(years), '--today', today],
    { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 },
  ).trim();
}

// ---------------------------------------------------------------------------------------------
// The site: the widget uploaded to /momentum/, the reference app to /reference/, and two bare
// pages under /bench/ (outside the widget's folder, so the optional service worker stays out).

const WIDGET_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Momentum (benchmark)</title></head>
<body><div data-momentum></div><script type="module" src="/momentum/momentum.js"></script></body></html>`;
const REFERENCE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference (benchmark)</title></head>
<body><div id="reference"></div><script type="module" src="/reference/loader.js"></script></body></html>`;

async function serveSite() {
  const root = await mkdtemp(join(tmpdir(), 'momentum-bench-'));
  await cp(DIST, join(root, 'momentum'), { recursive: true });
  await cp(REFERENCE, join(root, 'reference'), { recursive: true });
  await mkdir(join(root, 'bench'));
  await writeFile(join(root, 'bench/widget.html'), WIDGET_PAGE);
  await writeFile(join(root, 'bench/reference.html'), REFERENCE_PAGE);
  const server = await serve({ root, port: 0 });
  return { root, server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation, installed before any page script runs.

/* eslint-disable no-undef */
function instrument({ key, record }) {
  if (!location.pathname.startsWith('/bench/')) return;
  const bench = (window.__bench = { storage: [], dom: undefined, visible: undefined });
  try {
    localStorage.clear();
    if (record !== null) localStorage.setItem(key, record);
  } catch (e) {
    bench.error = String(e);
  }
  // Every getItem/setItem of the page, with when it started and ended.
  for (const op of ['getItem', 'setItem']) {
    const original = Storage.prototype[op];
    Storage.prototype[op] = function (...a) {
      const start = performance.now();
      const result = original.apply(this, a);
      bench.storage.push({ op, key: a[0], start, end: performance.now(), chars: op === 'setItem' ? a[1].length : (result ?? '').length });
      return result;
    };
  }
  const check = (root, headingSelector) => {
    const heading = root.querySelector(headingSelector);
    if (!heading) return;
    const now = performance.now();
    if (bench.dom === undefined) bench.dom = now;
    if (bench.visible === undefined && !heading.closest('[hidden]')) bench.visible = now;
  };
  // The widget: watch its shadow root from the moment it exists.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    window.__benchShadow = shadow;
    // The screen's own heading, not the widget's title: the title is drawn a task before the
    // screen (src/web/app.rs), and what a visitor waits for is the screen.
    new MutationObserver(() => check(shadow, '.screen h3')).observe(shadow, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'],
    });
    return shadow;
  };
  // The reference app renders into the light DOM.
  new MutationObserver(() => check(document, '#reference-title')).observe(document, { subtree: true, childList: true });
}

/** The clicks, run inside the page with no round trip to Playwright while the clock runs. */
async function clickLoop({ clicks, timeoutMs, key }) {
  const root = window.__benchShadow;
  const bench = window.__bench;
  const nextTask = () => new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  /** Resolves with performance.now() as soon as `test()` holds after a DOM change. */
  const when = (test, what) => new Promise((done, fail) => {
    if (test()) return done(performance.now());
    const observer = new MutationObserver(() => {
      if (test()) {
        observer.disconnect();
        clearTimeout(timer);
        done(performance.now());
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const card = () => root.querySelector('article.session');
  const button = (label) => [...(card()?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === label);
  const status = () => card()?.querySelector('.status.done');

  const samples = [];
  for (let i = 0; i < clicks; i++) {
    // Open the form (a local state change of the session card).
    // (Saving closes the form; after an Undo the card shows "Done" again.)
    let open = null;
    if (!button('Save')) {
      const done = button('Done');
      if (!done) throw new Error('no open session with a "Done" button');
      const openStart = performance.now();
      done.click();
      open = (await when(() => button('Save'), 'the Done form')) - openStart;
      await nextTask();
    }

    // The measured click: Save logs the session; the view re-renders and the record is saved.
    const storageBefore = bench.storage.length;
    const save = button('Save');
    let renderedAt = null;
    // Mutation callbacks run as microtasks: right after the click's synchronous work, or right
    // after a deferred render, whichever shows the status.
    const watch = new MutationObserver(() => {
      if (renderedAt === null && status()) renderedAt = performance.now();
    });
    watch.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const t0 = performance.now();
    save.click();
    const settledAt = await nextTask();
    if (renderedAt === null) renderedAt = await when(status, 'the "Done: N min" status');
    watch.disconnect();
    const rendered = renderedAt - t0;
    const settled = Math.max(settledAt, renderedAt) - t0;
    const ops = bench.storage.slice(storageBefore).filter((o) => o.key === key);
    const set = ops.findLast((o) => o.op === 'setItem');
    const get = ops.findLast((o) => o.op === 'getItem' && (!set || o.start <= set.start));
    samples.push({
      open,
      rendered,
      settled,
      statusText: status()?.textContent ?? '',
      save: set ? { getItem: get ? get.end - get.start : null, serialize: get ? set.start - get.end : null,
        setItem: set.end - set.start, total: set.end - (get ? get.start : set.start), chars: set.chars } : null,
    });

    // Reset for the next round.
    const undoStart = performance.now();
    button('Undo').click();
    const undoEnd = await when(() => !status() && (button('Done') || button('Save')), 'the open session after Undo');
    samples[i].undo = undoEnd - undoStart;
    await nextTask();
  }
  return samples;
}
/* eslint-enable no-undef */

async function openPage(browser, origin, path, record) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(instrument, { key: STORAGE_KEY, record });
  await page.goto(`${origin}${path}`, { timeout: WAIT_MS });
  await page.waitForFunction(widgetShown, null, { timeout: WAIT_MS });
  if (errors.length) throw new Error(`page errors on ${path}: ${errors.join('; ')}`);
  return { context, page };
}

/* eslint-disable no-undef */
/** In the page: whether the widget's heading has been seen, visible. */
const widgetShown = () => window.__bench !== undefined && window.__bench.visible !== undefined;

/**
 * In the page: the time between the widget's own User Timing marks around reading its record
 * (src/web/app.rs, `load`), or null without them.
 */
function loadSpan() {
  const [start] = performance.getEntriesByName('momentum:load-start');
  const [end] = performance.getEntriesByName('momentum:load-end');
  return start && end ? end.startTime - start.startTime : null;
}
/* eslint-enable no-undef */

/** One cold load: timings since navigation start, and the storage reads of the widget's key. */
async function coldLoad(browser, origin, variant) {
  const { context, page } = await openPage(browser, origin, variant.path, variant.record);
  try {
    const result = await page.evaluate((key) => {
      const b = window.__bench;
      const get = b.storage.find((o) => o.op === 'getItem' && o.key === key);
      return { dom: b.dom, visible: b.visible, get: get ? { start: get.start, end: get.end, chars: get.chars } : null };
    }, STORAGE_KEY);
    return { ...result, load: await page.evaluate(loadSpan) };
  } finally {
    await context.close();
  }
}

/**
 * A returning visitor's loads: one browser context loads the page once (not counted), which
 * fills its HTTP cache and, with it, Chromium's cache of the wasm compiled by its optimizing
 * tier; then every reload is measured. Someone with years of history has been here before, so
 * this is the load they get, unless the browser evicted its cache or the clinic uploaded a new
 * build since their last visit (then it is a cold load, measured above).
 * Returns the widget's momentum:load-start → momentum:load-end span of each reload.
 */
async function returningLoads(browser, origin, variant, loads) {
  const { context, page } = await openPage(browser, origin, variant.path, variant.record);
  try {
    // Chromium writes its code cache for a module some time after the module ran.
    await page.waitForTimeout(1_000);
    const spans = [];
    for (let i = 0; i < loads; i++) {
      await page.reload({ timeout: WAIT_MS });
      await page.waitForFunction(widgetShown, null, { timeout: WAIT_MS });
      spans.push(await page.evaluate(loadSpan));
    }
    return spans.filter((t) => t !== null);
  } finally {
    await context.close();
  }
}

async function measureStartup(browser, origin, variants) {
  const results = Object.fromEntries(variants.map((v) => [v.name, []]));
  // Round robin, so drift in the machine's load spreads over every variant alike.
  for (let round = 0; round < LOADS; round++) {
    for (const v of variants) results[v.name].push(await coldLoad(browser, origin, v));
    process.stdout.write(`\r  startup: ${round + 1}/${LOADS} rounds`);
  }
  process.stdout.write('\n');
  return results;
}

async function measureClicks(browser, origin, record, label) {
  const { context, page } = await openPage(browser, origin, '/bench/widget.html', record);
  try {
    // A short warm-up (not counted), as a visitor's first clicks also compile the code paths.
    await page.evaluate(clickLoop, { clicks: 3, timeoutMs: 5_000, key: STORAGE_KEY });
    const samples = await page.evaluate(clickLoop, { clicks: CLICKS, timeoutMs: 5_000, key: STORAGE_KEY });
    console.log(`  interaction ${label}: ${samples.length} clicks, last status "${samples.at(-1).statusText}"`);
    return samples;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Native (criterion) results written by `cargo bench` just before this script runs.

async function criterionResults(dir = 'target/criterion') {
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

// ---------------------------------------------------------------------------------------------

function machine(browserVersion) {
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

  const { root, server, origin } = await serveSite();
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
    const startup = await measureStartup(browser, origin, variants);
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
      const samples = await measureClicks(browser, origin, records[y], label);
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

function mapRound(o, digits) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === 'n' ? v : round(v, digits)]));
}

function printTable(report) {
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
