// The serde probe (README.md next to this file): builds the probe four ways, then measures in
// Chromium how big each build is and how long it takes to read and write Momentum's stored
// record with 1 and 5 years of daily history. Measurement only; prints a table and writes
// target/bench/serde-probe.json.
//
//   node bench/serde-probe/run.mjs [--runs 21] [--no-build 1] [--out target/bench/serde-probe.json]
//
// Builds: scripts/wasm-env --size trunk build --release (the widget's flags and profile), into
// target/bench/serde-probe/<variant>/, sharing ../../target with the widget's build.
// Per build and history length:
// - cold: one fresh browser context per run (no HTTP cache, no compiled wasm): the first read
//   and write of a first visit after a new build (the code runs for the first time, compiled
//   on its first call by V8's baseline compiler);
// - warm: one context loads the page once, then every reload is measured: a returning visitor,
//   whose browser kept the wasm compiled by its optimizing tier. Chromium caches compiled wasm
//   only for modules over 128 KB, as the widget's is; the probe's are smaller, so the copies this
//   script serves carry a custom section of padding to the widget's size (the sizes reported are
//   of the unpadded files). One traced reload checks that the cache is used.
// - the 5-year read and write again with the CPU slowed 4x (Chromium's DevTools protocol).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveFolders } from '../longtask.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (i % 2 ? acc : [...acc, [a.replace(/^--/, ''), all[i + 1]]]), []));
const RUNS = Math.max(1, Number(args.runs ?? 21));
const OUT = resolve(ROOT, args.out ?? 'target/bench/serde-probe.json');
const BUILDS = resolve(ROOT, 'target/bench/serde-probe');
const VARIANTS = ['json', 'json-iso', 'swb', 'swb-iso', 'handwritten', 'none'];
const LABELS = {
  json: '(a) serde_json, chrono dates',
  'json-iso': '(a\') serde_json, YYYY-MM-DD dates',
  swb: '(b) serde-wasm-bindgen + JSON, chrono dates',
  'swb-iso': '(b\') serde-wasm-bindgen + JSON, YYYY-MM-DD',
  handwritten: '(d) hand-written reader (320ce06)',
  none: '(c) baseline, reads nothing',
};
const FILES = ['serde_probe_bg.wasm', 'serde_probe.js', 'loader.js'];
const KEY = 'momentum/default';
const PAD_TO = 280_000; // bytes: about the widget's wasm (272,036 B at 320ce06)
const WAIT_MS = 20_000;
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  const p = (s.length - 1) * q;
  return s[Math.floor(p)] + (s[Math.ceil(p)] - s[Math.floor(p)]) * (p - Math.floor(p));
};
const median = (xs) => quantile(xs, 0.5);
const round = (x, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

function build(variant) {
  console.log(`build ${variant}`);
  execFileSync(join(ROOT, 'scripts/wasm-env'), ['--size', 'trunk', 'build', '--release', '--config', join(HERE, 'Trunk.toml'),
    '--dist', join(BUILDS, variant), join(HERE, `index-${variant}.html`)], {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CARGO_TARGET_DIR: join(ROOT, 'target') }, timeout: 1_800_000,
  });
}

function fixture(years, today) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'history_fixture', '--', '--years', String(years), '--today', today],
    { cwd: ROOT, encoding: 'utf8', timeout: 900_000, maxBuffer: 64 << 20 }).trim();
}

/** A wasm custom section named "padding" of `bytes` bytes in all (appended at the end: valid). */
function customSection(bytes) {
  const leb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n >>>= 7;
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return out;
  };
  const name = Buffer.from('padding');
  // Pseudo-random filler, so nothing could treat it as an empty section.
  let x = 0x2545f491;
  const payload = Buffer.alloc(Math.max(0, bytes - 16), 0).map(() => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    return x & 0xff;
  });
  const content = Buffer.concat([Buffer.from(leb(name.length)), name, payload]);
  return Buffer.concat([Buffer.from([0]), Buffer.from(leb(content.length)), content]);
}

const page = (variant) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>serde probe</title></head>
<body><h1 id="probe-title">serde probe</h1><script type="module" src="/${variant}/loader.js"></script></body></html>`;

/** A new page of `context` showing the probe at `url`, its CPU slowed `rate` times from the start. */
async function openProbe(context, url, rate = 1) {
  const p = await context.newPage();
  p.setDefaultTimeout(WAIT_MS);
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  if (rate !== 1) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  await p.goto(url, { timeout: WAIT_MS });
  await p.waitForFunction(() => window.__probe !== undefined, null, { timeout: WAIT_MS });
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return p;
}

async function newContext(browser, record) {
  const context = await browser.newContext();
  await context.addInitScript(({ key, text }) => {
    if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
  }, { key: KEY, text: record });
  return context;
}

/**
 * One measure() on page `p`, traced with only the User Timing category: the page's times (wall
 * clock, performance.now()) plus the main thread's CPU time between loader.js's marks.
 */
async function measure(context, p) {
  const cdp = await context.newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['blink.user_timing'] } });
  const result = await p.evaluate((key) => window.__probe.measure(key), KEY);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const tts = Object.fromEntries(events.filter((e) => e.name.startsWith('probe:') && e.tts !== undefined).map((e) => [e.name.slice(6), e.tts / 1000]));
  const span = (a, b) => (tts[a] !== undefined && tts[b] !== undefined ? tts[b] - tts[a] : null);
  result.cpu = {
    getItem: span('start', 'got'),
    parse: span('got', 'read'),
    jsonParse: span('got', 'json-parsed'),
    stringify: span('read', 'written'),
    jsonStringify: span('to-value', 'written'),
    setItem: span('written', 'saved'),
  };
  return result;
}

/** The first measure() of a fresh context's first page load. */
async function cold(browser, url, record, rate = 1) {
  const context = await newContext(browser, record);
  try {
    const p = await openProbe(context, url, rate);
    return await measure(context, p);
  } finally {
    await context.close();
  }
}

/** A returning visitor: one visit (not counted) then `runs` reloads, each measured once. */
async function warm(browser, url, record, runs, rate = 1) {
  const context = await newContext(browser, record);
  try {
    const p = await openProbe(context, url, rate);
    await p.evaluate((key) => window.__probe.measure(key), KEY);
    // Let the optimizing tier finish and Chromium write its code cache.
    await p.waitForTimeout(2_500);
    const out = [];
    for (let i = 0; i < runs; i++) {
      await p.reload({ timeout: WAIT_MS });
      await p.waitForFunction(() => window.__probe !== undefined, null, { timeout: WAIT_MS });
      out.push(await measure(context, p));
    }
    return out;
  } finally {
    await context.close();
  }
}

/** Whether a reload in a warm context used Chromium's cache of compiled wasm (from a trace). */
async function cacheUsed(browser, url, record) {
  const context = await newContext(browser, record);
  try {
    const p = await openProbe(context, url);
    await p.evaluate((key) => window.__probe.measure(key), KEY);
    await p.waitForTimeout(2_500);
    await p.reload();
    await p.waitForFunction(() => window.__probe !== undefined);
    await p.waitForTimeout(1_000);
    const cdp = await context.newCDPSession(p);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['v8.wasm', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] } });
    await p.reload();
    await p.waitForFunction(() => window.__probe !== undefined);
    await cdp.send('Tracing.end');
    await done;
    const names = new Set(events.map((e) => e.name));
    return { deserialized: [...names].filter((n) => /Deserializ|CodeCache|cache/i.test(n) && /wasm/i.test(n)), lazyCompiles: events.filter((e) => e.name === 'wasm.CompileLazy').length };
  } finally {
    await context.close();
  }
}

function summarize(samples) {
  const pick = (f) => samples.map(f).filter((x) => x !== null && x !== undefined);
  const stat = (xs) => (xs.length ? { median: round(median(xs), 3), p25: round(quantile(xs, 0.25), 3), p75: round(quantile(xs, 0.75), 3), max: round(Math.max(...xs), 3), n: xs.length } : null);
  const cpu = (f) => stat(samples.map((s) => f(s.cpu)).filter((x) => x !== null && x !== undefined));
  return {
    // The main thread's CPU time (see measure()); unthrottled runs only mean much by it.
    cpu: {
      loadParse: cpu((c) => (c.getItem === null || c.parse === null ? null : c.getItem + c.parse)),
      parse: cpu((c) => c.parse),
      jsonParse: cpu((c) => c.jsonParse),
      stringify: cpu((c) => c.stringify),
      jsonStringify: cpu((c) => c.jsonStringify),
      setItem: cpu((c) => c.setItem),
    },
    getItem: stat(pick((s) => s.getItem)),
    parse: stat(pick((s) => s.parse)),
    jsonParse: stat(pick((s) => s.jsonParse)),
    loadParse: stat(pick((s) => s.getItem + s.parse)),
    stringify: stat(pick((s) => s.stringify)),
    jsonStringify: stat(pick((s) => s.jsonStringify)),
    setItem: stat(pick((s) => s.setItem)),
    entries: samples[0]?.entries,
    chars: samples[0]?.chars,
    identical: samples.every((s) => s.identical !== false),
  };
}

async function main() {
  if (!args['no-build']) for (const v of VARIANTS) build(v);
  for (const v of VARIANTS) for (const f of FILES) if (!existsSync(join(BUILDS, v, f))) throw new Error(`${join(BUILDS, v, f)} missing: build first`);

  const sizes = Object.fromEntries(VARIANTS.map((v) => {
    const files = FILES.map((f) => {
      const raw = readFileSync(join(BUILDS, v, f));
      return { file: f, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    });
    return [v, { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }];
  }));
  for (const v of VARIANTS) sizes[v].gzip_delta_over_baseline = sizes[v].gzip - sizes.none.gzip;

  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  console.log(`fixtures for ${today} (cargo run --release --example history_fixture)`);
  const records = { 1: fixture(1, today), 5: fixture(5, today) };

  // Serve padded copies (see the top of this file).
  const scratch = await mkdtemp(join(os.tmpdir(), 'serde-probe-'));
  const folders = {};
  for (const v of VARIANTS) {
    const dir = join(scratch, v);
    await cp(join(BUILDS, v), dir, { recursive: true });
    const wasm = await readFile(join(dir, 'serde_probe_bg.wasm'));
    if (wasm.length < PAD_TO) await writeFile(join(dir, 'serde_probe_bg.wasm'), Buffer.concat([wasm, customSection(PAD_TO - wasm.length)]));
    folders[v] = dir;
  }
  const pages = Object.fromEntries(VARIANTS.map((v) => [`${v}.html`, page(v)]));
  const site = await serveFolders(folders, pages);
  const url = (v) => `${site.origin}/bench/${v}.html`;
  const browser = await chromium.launch(LAUNCH);
  const results = {};
  const loadavg = [];
  try {
    const timed = VARIANTS;
    for (const years of [1, 5]) {
      console.log(`${years} year(s): ${RUNS} cold loads of each build`);
      const coldRuns = Object.fromEntries(timed.map((v) => [v, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const v of timed) coldRuns[v].push(await cold(browser, url(v), records[years]));
        loadavg.push(os.loadavg()[0]);
      }
      for (const v of timed) {
        results[`${v}/${years}y/cold`] = summarize(coldRuns[v]);
        console.log(`  warm ${v}`);
        results[`${v}/${years}y/warm`] = summarize(await warm(browser, url(v), records[years], RUNS));
        loadavg.push(os.loadavg()[0]);
      }
    }
    console.log(`5 years, CPU slowed 4x: ${RUNS} cold loads and ${RUNS} warm reloads of each build`);
    const coldSlow = Object.fromEntries(timed.map((v) => [v, []]));
    for (let i = 0; i < RUNS; i++) for (const v of timed) coldSlow[v].push(await cold(browser, url(v), records[5], 4));
    for (const v of timed) {
      results[`${v}/5y/cold/4x`] = summarize(coldSlow[v]);
      results[`${v}/5y/warm/4x`] = summarize(await warm(browser, url(v), records[5], RUNS, 4));
    }
    const cache = {};
    for (const v of timed) cache[v] = await cacheUsed(browser, url(v), records[5]);
    const report = {
      machine: { date: new Date().toISOString(), nproc: os.cpus().length, cpu: os.cpus()[0]?.model, chromium: browser.version(), node: process.version,
        loadavg_1min: { median: round(median(loadavg)), max: round(Math.max(...loadavg)) } },
      runs: RUNS, stored_chars: { '1y': records[1].length, '5y': records[5].length }, sizes, results, warm_cache_check: cache,
    };
    await mkdir(dirname(OUT), { recursive: true });
    await writeFile(OUT, JSON.stringify(report, null, 2));
    print(report);
    console.log(`\nwritten: ${OUT}`);
  } finally {
    await browser.close();
    await site.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

function print(report) {
  const m = report.machine;
  console.log(`\nserde probe, ${m.date}: ${m.nproc} cores, ${m.cpu}; Chromium ${m.chromium}; load average ${m.loadavg_1min.median} (max ${m.loadavg_1min.max})`);
  console.log('\nsize (gzip -9, wasm + glue + loader)');
  for (const v of VARIANTS) console.log(`  ${LABELS[v].padEnd(48)} ${String(report.sizes[v].gzip).padStart(7)} B  (${report.sizes[v].gzip_delta_over_baseline >= 0 ? '+' : ''}${report.sizes[v].gzip_delta_over_baseline} B over (c))`);
  console.log(`\nmedians in ms over ${report.runs} runs: getItem + read (= load + parse) / write to text / setItem; [CPU time: load + parse / write]`);
  const cell = (r) => (r ? `${r.getItem.median} + ${r.parse.median} = ${r.loadParse.median} / ${r.stringify.median} / ${r.setItem.median}  [${r.cpu.loadParse?.median} / ${r.cpu.stringify?.median}]${r.identical ? '' : ' (NOT IDENTICAL)'}` : 'n/a');
  for (const key of ['1y/cold', '1y/warm', '5y/cold', '5y/warm', '5y/cold/4x', '5y/warm/4x']) {
    console.log(`  ${key}`);
    for (const v of VARIANTS.filter((x) => x !== 'none')) console.log(`    ${LABELS[v].padEnd(48)} ${cell(report.results[`${v}/${key}`])}`);
  }
  console.log('\nwarm reload cache check (trace):', JSON.stringify(report.warm_cache_check));
}

const deadline = setTimeout(() => {
  console.error('serde-probe: gave up after 60 minutes');
  process.exit(1);
}, 60 * 60_000);
deadline.unref();
try {
  await main();
} catch (err) {
  console.error(`serde-probe: ${err.stack ?? err}`);
  process.exit(1);
}
