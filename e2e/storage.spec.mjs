// Every way storage can fail, with real localStorage in Chromium: the visitor gets a clear
// message inside the widget and nothing they entered is lost.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { widget, failOnPageErrors, setDay, onboard, answerReadiness, buildPlan, storedRecord, plantAndReload, session, logFirstOpen } from './helpers.mjs';

const KEY = 'momentum/default';

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

const storeAndReload = (page, text) => plantAndReload(page, text, KEY);

test('blocked storage (sandboxed iframe): works in memory, says so, offers a download', async ({ page, baseURL }) => {
  await page.route('**/blocked.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Blocked</title><iframe sandbox="allow-scripts allow-downloads" src="${baseURL}index.html" style="width:100%;height:2000px"></iframe>`,
    }),
  );
  await page.goto('/blocked.html');
  const frame = page.frameLocator('iframe');
  const w = frame.locator('[data-momentum]');
  await expect(w.getByRole('alert')).toContainText("isn't letting this page save anything");
  await expect(w.getByRole('button', { name: 'Download my data' })).toBeVisible();
  // Still fully usable, in memory.
  await answerReadiness(w);
  await buildPlan(w);
  await logFirstOpen(w);
  await expect(session(w, '2026-01-05', 'walking')).toContainText('Walking: done, 10 min');
});

test('quota exceeded on save: says so, keeps the tick in memory, offers export', async ({ page }) => {
  await page.goto('/');
  const w = await onboard(page);
  // Fill the rest of this origin's storage.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`filler-${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await logFirstOpen(w);
  await expect(w.getByRole('alert')).toContainText('storage for this site is full');
  await expect(session(w, '2026-01-05', 'walking')).toHaveAttribute('data-outcome', 'done'); // kept in memory

  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Download my data' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.format).toBe('momentum-backup');
  expect(file.log).toHaveLength(1);
  // What was stored before is untouched.
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
});

test('an unreadable record is set aside first, never overwritten, and can be downloaded', async ({ page }) => {
  const garbage = '{"version":2,"profile":{"activities":["walking"'; // cut off mid-write
  await storeAndReload(page, garbage);
  const w = widget(page);
  await expect(w.getByRole('alert')).toContainText("couldn't read what was saved before");
  expect(await page.evaluate(() => localStorage.getItem('momentum/default/unreadable-1'))).toBe(garbage);

  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Download the old copy' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(garbage);

  // Starting fresh works, and the set-aside copy survives later saves and reloads.
  await onboard(page);
  await page.reload();
  expect(await page.evaluate(() => localStorage.getItem('momentum/default/unreadable-1'))).toBe(garbage);
  expect((await storedRecord(page)).choices.activities).toEqual(['walking']);
});

test('a record from a newer widget is shown read-only and never overwritten', async ({ page }) => {
  // Format 5's shape with a higher version and a member this build does not know.
  const newer = JSON.stringify({
    version: 99,
    choices: { activities: ['yoga'], minutes_today: 10, weekdays: ['Mon'], gentle: false },
    readiness: null,
    plans: [{ start: '2026-01-05' }],
    log: [],
    settings: { ticks_since_backup: 0, last_backup: null },
    something_new: { from: 'the future' },
  });
  await storeAndReload(page, newer);
  const w = widget(page);
  await expect(w.getByRole('alert')).toContainText('newer version of this widget');
  await expect(w.getByRole('heading', { name: 'Yoga, 10 min' })).toBeVisible();
  await expect(w.getByRole('button', { name: 'Done', exact: true })).toHaveCount(0);
  await page.reload();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
});

test('two tabs: a tick in one appears in the other, and neither overwrites the other', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    failOnPageErrors(p);
    await setDay(p, '2026-01-05'); // Monday: the plan starts today
  }
  await a.bringToFront();
  await a.goto('/');
  await onboard(a, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });

  // Two days later, both tabs are open on the same page.
  for (const p of [a, b]) {
    await setDay(p, '2026-01-07');
    await p.goto('/');
  }
  const [wa, wb] = [widget(a), widget(b)];
  await expect(wb.getByRole('heading', { name: /^Today/ })).toBeVisible();

  // Background tabs get no animation frames, so bring each to the front before using it.
  await a.bringToFront();
  await logFirstOpen(wa); // Wednesday's walk, in tab A
  await b.bringToFront();
  await expect(wb.locator('[data-outcome="done"]')).toHaveCount(1); // arrived in B without a reload

  // Tab B catches up on Monday's walk from the plan; tab A sees both.
  await wb.getByRole('button', { name: 'Plan', exact: true }).click();
  await wb.getByRole('button', { name: 'Done', exact: true }).first().click();
  await wb.getByRole('button', { name: 'Save', exact: true }).click();
  await a.bringToFront();
  await wa.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(wa.locator('.week[aria-current] [data-outcome="done"]')).toHaveCount(2);

  const record = await storedRecord(a);
  expect(record.log.map(([date]) => date)).toEqual(['2026-01-05', '2026-01-07']);
});

test('a record the previous widget stored (version 3) shows as it was and is saved as version 5 on the next change', async ({ page }) => {
  const v3 = JSON.stringify({
    version: 3,
    profile: { activities: ['walking'], minutes_today: 10, weekdays: ['Mon', 'Wed', 'Fri'], start_date: '2026-01-05', gentle: false, readiness: null },
    log: [{ date: '2026-01-05', activity: 'walking', status: 'done', minutes: 12, effort: 'easy', mood_after: 4, note: 'Sunny.' }],
    settings: { ticks_since_backup: 1, last_backup: null },
    adjustments: [],
  });
  await setDay(page, '2026-01-07');
  await storeAndReload(page, v3);
  const w = widget(page);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.locator('.week[aria-current] [data-outcome="done"]')).toContainText('Walking: done, 12 of 10 min');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(v3); // nothing rewritten just by looking

  await w.getByRole('button', { name: 'Today', exact: true }).click();
  await logFirstOpen(w);
  await expect.poll(async () => (await storedRecord(page)).version).toBe(5);
  expect((await storedRecord(page)).log).toEqual([
    ['2026-01-05', 'walking', 'done', 12, 'easy', null, 4, 'Sunny.'],
    ['2026-01-07', 'walking', 'done', 10, 'just_right'],
  ]);
});
