// Interaction, for bench/run.mjs: "Save" clicks on a page with years of history, timed inside the
// page until the status is in the DOM and until the work the click queued has settled.

import { STORAGE_KEY, openPage } from './site.mjs';

/* eslint-disable no-undef */
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
  // A logged card is marked done; its heading then says what was done ("Walking: done, 10 min").
  const status = () => (card()?.dataset.outcome === 'done' ? card().querySelector('h4') : null);

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
    if (renderedAt === null) renderedAt = await when(status, 'the card marked done');
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

export async function measureClicks(browser, origin, record, label, clicks) {
  const { context, page } = await openPage(browser, origin, '/bench/widget.html', record);
  try {
    // A short warm-up (not counted), as a visitor's first clicks also compile the code paths.
    await page.evaluate(clickLoop, { clicks: 3, timeoutMs: 5_000, key: STORAGE_KEY });
    const samples = await page.evaluate(clickLoop, { clicks, timeoutMs: 5_000, key: STORAGE_KEY });
    console.log(`  interaction ${label}: ${samples.length} clicks, last status "${samples.at(-1).statusText}"`);
    return samples;
  } finally {
    await context.close();
  }
}
