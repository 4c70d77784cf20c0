// Loads the probe the way web/momentum.js loads the widget (fetch, init, then use), and offers
// `window.__probe.measure(key)`: read the record stored under `key` and write it back, timing
// each step with performance.now(). Only the first measure() of a page counts as "cold" or
// "warm" (later ones run code already compiled and optimized).
import init, * as probe from './serde_probe.js';

const started = performance.now();
await init({ module_or_path: fetch(new URL('serde_probe_bg.wasm', import.meta.url)) });
const kind = probe.kind();

// Each step also leaves a User Timing mark: a trace records the main thread's CPU time at each
// (`tts`), which run.mjs reads to get CPU times that other processes on the machine cannot stretch.
const mark = (name) => performance.mark(`probe:${name}`);

/** One read and one write of the stored record; every time in ms. */
function measure(key) {
  mark('start');
  const t0 = performance.now();
  const text = localStorage.getItem(key);
  const t1 = performance.now();
  mark('got');
  let entries;
  let jsonParse = null;
  if (kind === 'serde-wasm-bindgen') {
    const value = JSON.parse(text);
    jsonParse = performance.now() - t1;
    mark('json-parsed');
    entries = probe.read_value(value);
  } else if (kind === 'none') {
    entries = Number.parseInt(probe.describe_nothing(0), 10);
  } else {
    entries = probe.read_text(text);
  }
  const t2 = performance.now();
  mark('read');
  let out = null;
  let jsonStringify = null;
  if (kind === 'serde-wasm-bindgen') {
    const value = probe.write_value();
    mark('to-value');
    const t = performance.now();
    out = JSON.stringify(value);
    jsonStringify = performance.now() - t;
  } else if (kind !== 'none') {
    out = probe.write_text();
  }
  const t3 = performance.now();
  mark('written');
  if (out !== null) localStorage.setItem(`${key}:written`, out);
  const t4 = performance.now();
  mark('saved');
  return {
    kind,
    entries,
    chars: text?.length ?? 0,
    getItem: t1 - t0,
    parse: t2 - t1,
    jsonParse,
    stringify: t3 - t2,
    jsonStringify,
    setItem: t4 - t3,
    // The round trip must give back exactly the text the widget stored.
    identical: out === null ? null : out === text,
  };
}

window.__probe = { kind, measure, initMs: performance.now() - started };
document.getElementById('probe-title').textContent = `serde probe: ${kind}`;
