// The site bench/run.mjs measures: the widget uploaded to /momentum/, the reference app to
// /reference/, and two bare pages under /bench/ (outside the widget's folder, so the optional
// service worker stays out); the in-page instrumentation, installed before any page script
// runs; and opening a page with it.

import { cp, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';

export const STORAGE_KEY = 'momentum/default';
export const WAIT_MS = 15_000; // the longest any single wait may take

const WIDGET_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Momentum (benchmark)</title></head>
<body><div data-momentum></div><script type="module" src="/momentum/momentum.js"></script></body></html>`;
const REFERENCE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reference (benchmark)</title></head>
<body><div id="reference"></div><script type="module" src="/reference/loader.js"></script></body></html>`;

export async function serveSite(dist, reference) {
  const root = await mkdtemp(join(tmpdir(), 'momentum-bench-'));
  await cp(dist, join(root, 'momentum'), { recursive: true });
  await cp(reference, join(root, 'reference'), { recursive: true });
  await mkdir(join(root, 'bench'));
  await writeFile(join(root, 'bench/widget.html'), WIDGET_PAGE);
  await writeFile(join(root, 'bench/reference.html'), REFERENCE_PAGE);
  const server = await serve({ root, port: 0 });
  return { root, server, origin: `http://127.0.0.1:${server.address().port}` };
}

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
/* eslint-enable no-undef */

export async function openPage(browser, origin, path, record) {
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
export const widgetShown = () => window.__bench !== undefined && window.__bench.visible !== undefined;
/* eslint-enable no-undef */
