// Experiments with the widget's loader against the longest main-thread task (bench/longtask.mjs):
// copies a release build, edits its (minified) momentum.js in a few ways, and measures each copy
// next to the reference yew app, round robin: each round loads every page once with the CPU
// slowed 4x (wall clock) and once not (4x the main thread's CPU time, steady on a shared
// machine; bench/longtask.mjs). Measurement only: nothing here changes the widget; the best
// edit is for web/momentum.js, by hand (bench/README.md has the results).
//
//   node bench/loader-variants.mjs [--dist /work/baseline-dist] [--reference target/bench/reference-dist]
//                                  [--loads 15] [--only a,b] [--detail 5] [--out target/bench/loader-variants.json]
//
// --detail N: N more loads of the "marks" copy traced with V8's compile and GC categories, to
// split the longest task into wasm compile, instantiate, lazy compile, running, style/layout.
// The edits are string replacements on the release loader of one build (main at 320ce06);
// each must match exactly once, or the script stops: another build needs its own strings.
import { mkdtemp, mkdir, readFile, writeFile, cp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import os, { tmpdir } from 'node:os';
import { chromium } from '@playwright/test';
import { DETAIL_CATEGORIES, REFERENCE_PAGE, WIDGET_PAGE, breakdown, longestTasks, serveFolders, tracedLoad } from './longtask.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (i % 2 ? acc : [...acc, [a.replace(/^--/, ''), all[i + 1]]]), []));
const DIST = args.dist ?? '/work/baseline-dist';
const REFERENCE = args.reference ?? 'target/bench/reference-dist';
const LOADS = Number(args.loads ?? 15);
const DETAIL = Number(args.detail ?? 5);
const OUT = args.out ?? 'target/bench/loader-variants.json';
const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
};

// The loader's last lines in the 320ce06 release build: `o` is the glue's init, `i` mount_all,
// `n` the wasm fetch's promise, `r` the stylesheet's text, `a` the "stopped" handler, `t` the
// wasm's URL.
const START = 'await o({module_or_path:n});try{i(e,await r)}catch(e){throw a(e),e}';
const FETCH = 'n=fetch(t),';
const mark = (name) => `performance.mark(${JSON.stringify(name)});`;
const yieldWith = {
  timeout: 'await new Promise(e=>setTimeout(e,0));',
  // Chromium 129+: continues ahead of other queued tasks; a timeout elsewhere.
  scheduler: 'await(globalThis.scheduler?.yield?scheduler.yield():new Promise(e=>setTimeout(e,0)));',
  raf: 'await new Promise(e=>requestAnimationFrame(e));',
};
const startWith = (initPart, between) => `${mark('bench:init-start')}${initPart}${mark('bench:init-end')}${between}try{${mark('bench:mount-start')}i(e,await r);${mark('bench:mount-end')}}catch(e){throw a(e),e}`;
/** Compile from the stream as soon as the loader runs, then instantiate from the module. */
const COMPILE_EARLY = 'n=WebAssembly.compileStreaming(fetch(t)),';

/** V8's explicit compile hint (Chrome 136+): compile every function of the file eagerly, on a
 * background thread while the script streams in, instead of on the main thread at first call. */
const HINT = ['^', '//# allFunctionsCalledOnLoad\n'];
const plain = 'await o({module_or_path:n});';

export const VARIANTS = {
  baseline: [],
  // The same with User Timing marks around init and mount_all (every variant below has them).
  marks: [[START, startWith(plain, '')]],
  'yield: setTimeout 0': [[START, startWith(plain, yieldWith.timeout)]],
  'yield: scheduler.yield': [[START, startWith(plain, yieldWith.scheduler)]],
  // Measured once and dropped from the default list: the first render then runs inside the
  // frame's rendering update, so its layout joins the same task (median 486 ms vs 326 ms).
  // 'yield: requestAnimationFrame': [[START, startWith(plain, yieldWith.raf)]],
  'compile hint': [HINT, [START, startWith(plain, '')]],
  'compile hint + yield: setTimeout 0': [HINT, [START, startWith(plain, yieldWith.timeout)]],
  'compileStreaming early + yield: setTimeout 0': [[FETCH, COMPILE_EARLY], [START, startWith('await o({module_or_path:await n});', yieldWith.timeout)]],
  'compile hint + compileStreaming early + yields': [HINT, [FETCH, COMPILE_EARLY],
    [START, startWith(`{const t=await n;${yieldWith.timeout}await o({module_or_path:t})}`, yieldWith.timeout)]],
};

function edit(text, replacements, name) {
  for (const [from, to] of replacements) {
    // '^': put `to` in front of the file (a magic comment must be on its first line).
    if (from === '^') {
      text = to + text;
      continue;
    }
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${name}: expected exactly one ${JSON.stringify(from.slice(0, 60))}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = (s.length - 1) / 2;
  return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
};
const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

async function main() {
  const only = args.only ? args.only.split(',') : null;
  // "marks" is for the breakdown (--detail); it times like the baseline.
  const names = Object.keys(VARIANTS).filter((n) => (only ? only.includes(n) || n === 'baseline' : n !== 'marks'));
  const served = DETAIL > 0 && !names.includes('marks') ? [...names, 'marks'] : names;
  const scratch = await mkdtemp(join(tmpdir(), 'momentum-loaders-'));
  const loader = await readFile(join(DIST, 'momentum.js'), 'utf8');
  const folders = { reference: REFERENCE };
  const pages = { 'reference.html': REFERENCE_PAGE };
  const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  for (const name of served) {
    const dir = join(scratch, slug(name));
    await cp(DIST, dir, { recursive: true });
    await writeFile(join(dir, 'momentum.js'), edit(loader, VARIANTS[name], name));
    folders[`v-${slug(name)}`] = dir;
    pages[`${slug(name)}.html`] = WIDGET_PAGE(`v-${slug(name)}`);
  }
  const site = await serveFolders(folders, pages);
  const browser = await chromium.launch(LAUNCH);
  const results = { reference: [], ...Object.fromEntries(names.map((n) => [n, []])) };
  const loadavg = [];
  const url = (name) => `${site.origin}/bench/${name === 'reference' ? 'reference' : slug(name)}.html`;
  try {
    for (let round_ = 0; round_ < LOADS; round_++) {
      for (const name of ['reference', ...names]) {
        const r = longestTasks(await tracedLoad(browser, url(name)), url(name));
        // The same page unthrottled: the main thread's CPU time in its busiest task, which a
        // shared machine does not stretch (bench/longtask.mjs, longestAppCpu).
        const u = longestTasks(await tracedLoad(browser, url(name), { throttle: 1 }), url(name));
        results[name].push({ longest: r.longest, longestApp: r.longestApp, longestAppAt: r.longestAppAt, observer: r.observerLongest, over50: r.tasksOver50, visible: r.visible,
          cpu1x: u.longestAppCpu, wall1x: u.longestApp });
      }
      loadavg.push(os.loadavg()[0]);
      process.stdout.write(`\r  ${round_ + 1}/${LOADS} rounds`);
    }
    process.stdout.write('\n');

    // Where the time goes, on the build as it is (with marks around init and mount_all).
    const details = [];
    if (DETAIL > 0) {
      for (let i = 0; i < DETAIL; i++) {
        const load = await tracedLoad(browser, url('marks'), { categories: DETAIL_CATEGORIES });
        const r = longestTasks(load, url('marks'));
        const app = breakdown(load.events, r.appTask, ['bench:init-end', 'bench:mount-start', 'bench:mount-end', 'momentum:load-start', 'momentum:load-end', 'bench:visible']);
        // Every task over 50 ms, not only the longest: the layout after the first render is one.
        const threadTasks = load.events.filter((e) => e.pid === r.thread.pid && e.tid === r.thread.tid && e.name === 'RunTask' && e.dur > 50_000 && e.ts >= r.appTask.ts - 5_000_000);
        details.push({ longestApp: round(r.longestApp), breakdown: app, over50: threadTasks.map((t) => breakdown(load.events, t, ['bench:mount-end', 'bench:visible'])) });
      }
    }

    const summary = Object.fromEntries(Object.entries(results).map(([name, rs]) => {
      const app = rs.map((r) => r.longestApp);
      const all = rs.map((r) => r.longest);
      const obs = rs.map((r) => r.observer).filter((x) => x !== null);
      const cpu = rs.map((r) => r.cpu1x * 4);
      return [name, {
        cpuTimes4: { median: round(median(cpu)), min: round(Math.min(...cpu)), max: round(Math.max(...cpu)), n: cpu.length },
        wall1x: { median: round(median(rs.map((r) => r.wall1x))) },
        longestApp: { median: round(median(app)), min: round(Math.min(...app)), max: round(Math.max(...app)), n: app.length },
        longestWholeLoad: { median: round(median(all)), max: round(Math.max(...all)) },
        observerLongest: { median: round(median(obs)), n: obs.length },
        visible: { median: round(median(rs.map((r) => r.visible))) },
        tasksOver50_first: rs[0].over50,
      }];
    }));
    const report = { dist: resolve(DIST), loads: LOADS, chromium: browser.version(), nproc: os.cpus().length, cpu: os.cpus()[0]?.model,
      loadavg_1min_per_round: loadavg.map((x) => round(x, 2)), summary, details, raw: results };
    await mkdir(resolve(OUT, '..'), { recursive: true });
    await writeFile(OUT, JSON.stringify(report, null, 2));
    console.log('variant'.padEnd(50), '4x wall: median    min    max | observer | 4 x CPU 1x: median    min    max | visible (4x)');
    for (const [name, s] of Object.entries(summary)) {
      const c = (x, w = 7) => String(x).padStart(w);
      console.log(name.padEnd(50), c(s.longestApp.median, 15), c(s.longestApp.min), c(s.longestApp.max), '|', c(s.observerLongest.median, 8), '|', c(s.cpuTimes4.median, 18), c(s.cpuTimes4.min), c(s.cpuTimes4.max), '|', s.visible.median);
    }
    if (details.length) console.log(JSON.stringify(details[Math.floor(details.length / 2)], null, 1));
    console.log(`written: ${OUT}`);
  } finally {
    await browser.close();
    await site.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
