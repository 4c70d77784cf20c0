// Startup, for bench/run.mjs: cold loads of each page in fresh browser contexts, and a returning
// visitor's reloads, timed from navigation start and by the widget's own User Timing marks.

import { STORAGE_KEY, WAIT_MS, openPage, widgetShown } from './site.mjs';

/* eslint-disable no-undef */
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
export async function coldLoad(browser, origin, variant) {
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
export async function returningLoads(browser, origin, variant, loads) {
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

export async function measureStartup(browser, origin, variants, loads) {
  const results = Object.fromEntries(variants.map((v) => [v.name, []]));
  // Round robin, so drift in the machine's load spreads over every variant alike.
  for (let round = 0; round < loads; round++) {
    for (const v of variants) results[v.name].push(await coldLoad(browser, origin, v));
    process.stdout.write(`\r  startup: ${round + 1}/${loads} rounds`);
  }
  process.stdout.write('\n');
  return results;
}
