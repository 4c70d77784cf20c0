// The longest main-thread task while a bare page loads its app, with Chromium's CPU slowed 4x
// through the DevTools protocol: what a phone feels as a frozen page (Lighthouse's mobile run
// saw one 267-412 ms task, wasm start plus first render). Used by bench/run.mjs (`make bench`)
// and by bench/loader-variants.mjs (experiments with the loader).
//
// One load = one fresh browser context (cold HTTP and compiled-wasm caches), a CDP session that
// sets `Emulation.setCPUThrottlingRate {rate: 4}` before navigating, and a trace
// (`devtools.timeline` and `disabled-by-default-devtools.timeline`, as the Performance panel
// records) from before navigation until the app's heading is visible and the main thread has
// been idle for IDLE_MS (bounded by SETTLE_MAX_MS). A "task" is a top-level `RunTask` on the
// page's renderer main thread (`CrRendererMain`): everything that runs there between two turns
// of the event loop, microtasks included, so a wasm start, the code it calls and the promise
// callbacks chained to it count as one task, as they freeze the page as one.
//
// Two numbers per load:
// - `longest`: the longest task of the whole load, navigation commit included. In a fresh
//   context the commit (creating the window's V8 context, before any page script) is itself
//   a long task, the same for every page, which the app cannot change.
// - `longestApp`: the longest task from the one that runs the page's first module script on:
//   the app's own work (its script, the wasm start, the first render and the layout it causes).
//   This is the budgeted number.
// - `longestAppCpu`: the main thread's CPU time (the trace's `tdur`) in its busiest app task.
//   Chromium's throttler busy-waits, after each slice the thread ran, 3x that slice's wall-clock
//   time (blink's ThreadCPUThrottler), so on a shared machine every moment another process holds
//   the core is stretched 4x as well, and wall-clock numbers at 4x wander by 2-3x between runs.
//   CPU time of an unthrottled load does not; 4x it is what the 4x duration would be on a quiet
//   machine.
// Also, as a cross-check, the longest entry of a `PerformanceObserver` for `longtask` entries,
// which only sees tasks over 50 ms and measures them inside the page (it agrees with the trace
// within a few ms).
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../e2e/server.mjs';

export const THROTTLE = 4;
export const IDLE_MS = 500;
export const SETTLE_MAX_MS = 5_000;
const WAIT_MS = 20_000;

/** What the Performance panel records; enough for tasks, scripts, wasm, style and layout. */
export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.wasm', 'v8.execute', 'toplevel'];
/** For the breakdown only (slower to record, so never for the budgeted numbers): JS parse and compile, GC. */
export const DETAIL_CATEGORIES = [...CATEGORIES, 'v8', 'disabled-by-default-v8.compile', 'disabled-by-default-v8.gc'];

// ---------------------------------------------------------------------------------------------
// The site: bare pages under /bench/, the widget's folder under /momentum/ (or any folders).

export const WIDGET_PAGE = (folder = 'momentum') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Momentum (benchmark)</title></head>
<body><div data-momentum></div><script type="module" src="/${folder}/momentum.js"></script></body></html>`;
export const REFERENCE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference (benchmark)</title></head>
<body><div id="reference"></div><script type="module" src="/reference/loader.js"></script></body></html>`;

/** Serves `folders` ({urlName: localPath}) and `pages` ({"name.html": html}) under /bench/. */
export async function serveFolders(folders, pages) {
  const root = await mkdtemp(join(tmpdir(), 'momentum-longtask-'));
  for (const [name, path] of Object.entries(folders)) await cp(path, join(root, name), { recursive: true });
  await mkdir(join(root, 'bench'));
  for (const [name, html] of Object.entries(pages)) await writeFile(join(root, 'bench', name), html);
  const server = await serve({ root, port: 0 });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// In the page, before any of its scripts: an empty localStorage (a first visit), a mark when the
// heading is first visible, and the longtask observer.

/* eslint-disable no-undef */
function instrumentPage() {
  if (!location.pathname.startsWith('/bench/')) return;
  let shown;
  const bench = (window.__longtask = { visible: undefined, longtasks: [], shown: new Promise((done) => { shown = done; }) });
  try {
    localStorage.clear();
  } catch {
    // A first visit either way.
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
  } catch {
    // No longtask API: the trace still measures.
  }
  const check = (root, selector) => {
    if (bench.visible !== undefined) return;
    const heading = root.querySelector(selector);
    if (heading && !heading.closest('[hidden]')) {
      bench.visible = performance.now();
      performance.mark('bench:visible');
      shown();
    }
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attach.call(this, init);
    new MutationObserver(() => check(shadow, '.screen h3')).observe(shadow, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'],
    });
    return shadow;
  };
  new MutationObserver(() => check(document, '#reference-title')).observe(document, { subtree: true, childList: true });
}

/**
 * Resolves once timers have run on time for `idleMs` in a row (no task of more than ~`slackMs`
 * got in their way), or after `maxMs`. A 4x-slowed idle main thread still fires them on time.
 */
function settle({ idleMs, maxMs, slackMs }) {
  return new Promise((done) => {
    const start = performance.now();
    let quietSince = start;
    let last = start;
    const tick = () => {
      const now = performance.now();
      if (now - last > 50 + slackMs) quietSince = now;
      last = now;
      if (now - quietSince >= idleMs || now - start >= maxMs) {
        performance.mark('bench:settled');
        done({ settledAt: now, waited: now - start });
      } else setTimeout(tick, 50);
    };
    setTimeout(tick, 50);
  });
}
/* eslint-enable no-undef */

// ---------------------------------------------------------------------------------------------
// One traced load

/**
 * Loads `url` in a fresh context with the CPU slowed `throttle` times and a trace running;
 * returns the trace's events and the page's own observations.
 */
export async function tracedLoad(browser, url, { throttle = THROTTLE, categories = CATEGORIES, record = null, storageKey = 'momentum/default' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(instrumentPage);
    if (record !== null) {
      await page.addInitScript(({ key, text }) => {
        if (location.pathname.startsWith('/bench/')) localStorage.setItem(key, text);
      }, { key: storageKey, text: record });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => {
      for (const ev of e.value) events.push(ev);
    });
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
    // Playwright's own in-page helpers (its injected script, used by waitForFunction and
    // locators) are a long task of their own when first evaluated: wait through CDP instead,
    // with one small expression, and read the page only after the trace has stopped.
    await page.goto(url, { timeout: WAIT_MS, waitUntil: 'commit' });
    const waited = await cdp.send('Runtime.evaluate', {
      expression: `Promise.race([window.__longtask.shown, new Promise((_, fail) => setTimeout(() => fail(new Error('heading not visible')), ${WAIT_MS}))])
        .then(() => (${settle})(${JSON.stringify({ idleMs: IDLE_MS, maxMs: SETTLE_MAX_MS, slackMs: 20 })}))`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (waited.exceptionDetails) throw new Error(`${url}: ${waited.exceptionDetails.exception?.description ?? waited.exceptionDetails.text}`);
    const settled = waited.result.value;
    await cdp.send('Tracing.end');
    await complete;
    const inPage = await page.evaluate(() => ({ visible: window.__longtask.visible, longtasks: window.__longtask.longtasks }));
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return { events, ...inPage, ...settled };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Reading a trace

/** The page's renderer main thread: where its `navigationStart` for `pageUrl` was marked. */
export function mainThread(events, pageUrl) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  if (nav) return { pid: nav.pid, tid: nav.tid, navigationStart: nav.ts };
  throw new Error(`no navigationStart for ${pageUrl} in the trace`);
}

/** Top-level `RunTask`s of one thread (nested ones, from nested run loops, are inside them). */
export function topLevelTasks(events, { pid, tid }) {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) if (!top.length || t.ts >= top.at(-1).ts + top.at(-1).dur) top.push(t);
  return top;
}

function markTs(events, thread, name) {
  return events.find((e) => e.pid === thread.pid && e.name === name && e.cat.includes('blink.user_timing'))?.ts;
}

/**
 * The longest tasks of one traced load (durations in ms): of the whole load, and from the task
 * that evaluated the page's first script on; both end at the settle mark.
 */
export function longestTasks(load, pageUrl) {
  const { events } = load;
  const thread = mainThread(events, pageUrl);
  const end = markTs(events, thread, 'bench:settled') ?? Infinity;
  const tasks = topLevelTasks(events, thread).filter((t) => t.ts + t.dur >= thread.navigationStart && t.ts <= end);
  // Both pages start their app with a module script; the CDP expressions that wait for the
  // heading are classic scripts (EvaluateScript), so they never count as the first.
  const firstScript = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule') && e.ts >= thread.navigationStart)
    .sort((a, b) => a.ts - b.ts)[0];
  const appTasks = firstScript ? tasks.filter((t) => t.ts + t.dur > firstScript.ts) : [];
  const longestOf = (ts, key = 'dur') => ts.reduce((best, t) => (!best || (t[key] ?? 0) > (best[key] ?? 0) ? t : best), null);
  const all = longestOf(tasks);
  const app = longestOf(appTasks);
  const appCpu = longestOf(appTasks, 'tdur');
  const ms = (t) => (t ? t.dur / 1000 : null);
  const at = (t) => (t ? (t.ts - thread.navigationStart) / 1000 : null);
  return {
    longest: ms(all),
    longestAt: at(all),
    longestApp: ms(app),
    longestAppAt: at(app),
    appTask: app,
    // The main thread's CPU time in the task with the most of it (thread time, `tdur`): on a
    // shared machine the wall-clock durations stretch whenever another process gets the core
    // (and the throttler's busy-wait, which spins 3x as long as the thread ran, stretches with
    // them), while CPU time stays put. Unthrottled, 4x this is what a 4x slower CPU would take.
    longestAppCpu: appCpu?.tdur !== undefined ? appCpu.tdur / 1000 : null,
    longestAppCpuAt: at(appCpu),
    thread,
    // The app's three busiest tasks by CPU time, each named by its largest inner event.
    topCpu: [...appTasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 3).map((t) => ({
      at: round(at(t)), cpu: round((t.tdur ?? 0) / 1000, 2), wall: round(ms(t), 2), what: largestInside(events, t),
    })),
    tasksOver50: appTasks.filter((t) => t.dur > 50_000).map((t) => ({ at: round(at(t)), ms: round(ms(t)) })),
    observerLongest: load.longtasks.length ? Math.max(...load.longtasks.map((t) => t.duration)) : null,
    observerCount: load.longtasks.length,
    visible: load.visible,
  };
}

/** The name of the largest event inside `task` other than the task machinery itself. */
function largestInside(events, task) {
  const skip = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'Receive mojo message', 'SimpleWatcher::OnHandleReady', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks', 'v8.callFunction']);
  let best = null;
  for (const e of events) {
    if (e.pid !== task.pid || e.tid !== task.tid || e.ph !== 'X' || skip.has(e.name) || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
    if (!best || e.dur > best.dur) best = e;
  }
  return best ? `${best.name}${best.args?.data?.functionName ? ` ${best.args.data.functionName}` : ''}` : '';
}

const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

// ---------------------------------------------------------------------------------------------
// What a task spent its time on

/** Which kind of work an event is; the innermost classified event decides (self time). */
export function classify(e) {
  const n = e.name;
  if (n === 'wasm.CompileLazy' || n === 'wasm.CompileFunction' || n === 'wasm.LazyCompile') return 'wasm: lazy compile (Liftoff, on first call)';
  if (n === 'wasm.SyncInstantiate' || n === 'wasm.AsyncInstantiate' || n === 'wasm.InstantiateModule') return 'wasm: instantiate';
  if (n.startsWith('wasm.') || n.startsWith('v8.wasm.')) return 'wasm: compile (streaming finish, validate)';
  if (n === 'FlushInstructionCache') return 'wasm: lazy compile (Liftoff, on first call)';
  if (/^V8\.(Compile|Parse|PreParse)|^v8\.compile|^V8\.Deserialize|^CompileCode/.test(n)) return 'JS: parse and compile';
  if (/GC|Scavenge|MarkCompact|V8\.GC/.test(n)) return 'GC';
  if (n === 'V8.OptimizeCode' || n.startsWith('V8.Optimize')) return 'JS: optimize';
  if (['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest', 'IntersectionObserverController::computeIntersections', 'PaintImage', 'Decode Image'].includes(n)) return 'style, layout, paint';
  if (['ParseHTML', 'DocumentLoader::CommitNavigation', 'LocalWindowProxy::Initialize'].includes(n)) return 'document (commit, HTML, window)';
  if (['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'v8.callFunction', 'RunMicrotasks', 'v8.run', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.execute', 'V8.Execute'].includes(n)) return 'JS and wasm running';
  return null;
}

/**
 * Splits `task` into self time per kind of work and per phase, where phases are the spans
 * between the given User Timing marks (names in order). Returns ms.
 */
export function breakdown(events, task, marks = []) {
  const inside = events
    .filter((e) => e.pid === task.pid && e.tid === task.tid && e.ph === 'X' && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Nesting: each event's parent is the innermost open event containing it.
  const nodes = inside.map((e) => ({ e, children: [], kind: null }));
  const stack = [];
  for (const node of nodes) {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= node.e.ts) stack.pop();
    const parent = stack.at(-1);
    node.kind = classify(node.e) ?? parent?.kind ?? 'other';
    if (parent) parent.children.push(node);
    stack.push(node);
  }
  const markTimes = marks
    .map((name) => [name, events.find((e) => e.pid === task.pid && e.name === name && e.cat.includes('blink.user_timing'))?.ts])
    .filter(([, ts]) => ts !== undefined && ts >= task.ts && ts <= task.ts + task.dur);
  const bounds = [[`task start → ${markTimes[0]?.[0] ?? 'task end'}`, task.ts]];
  markTimes.forEach(([name, ts], i) => bounds.push([`${name} → ${markTimes[i + 1]?.[0] ?? 'task end'}`, ts]));
  const phaseOf = (ts) => bounds.filter(([, b]) => b <= ts).at(-1)?.[0] ?? bounds[0][0];
  const kinds = {};
  const phases = {};
  const add = (kind, from, to) => {
    if (to <= from) return;
    // Split the interval at phase boundaries.
    const cuts = [from, ...bounds.map(([, b]) => b).filter((b) => b > from && b < to), to];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const d = (cuts[i + 1] - cuts[i]) / 1000;
      kinds[kind] = (kinds[kind] ?? 0) + d;
      const phase = phaseOf(cuts[i]);
      phases[phase] ??= {};
      phases[phase][kind] = (phases[phase][kind] ?? 0) + d;
    }
  };
  const selfTime = (node) => {
    let at = node.e.ts;
    for (const child of node.children) {
      add(node.kind, at, child.e.ts);
      selfTime(child);
      at = Math.max(at, child.e.ts + child.e.dur);
    }
    add(node.kind, at, node.e.ts + node.e.dur);
  };
  const roots = nodes.filter((n) => !nodes.some((p) => p.children.includes(n)));
  for (const r of roots) selfTime(r);
  const rounded = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, round(v, 1)]));
  return {
    total: round(task.dur / 1000, 1),
    kinds: rounded(kinds),
    phases: Object.fromEntries(Object.entries(phases).map(([p, k]) => [p, { total: round(Object.values(k).reduce((s, x) => s + x, 0), 1), ...rounded(k) }])),
  };
}
