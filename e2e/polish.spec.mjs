// The finish of the visitor's screens (issue 17), in a real browser: one row of tabs at every
// width and at 200% zoom, native controls in the page's colour scheme, the medical advice once per
// screen with the clinic's link, cards that say when and what, a 320 px phone's layout, the
// summary and a full Progress passing axe in both themes. Focus, status lines and axe on the other
// screens are in a11y.spec.mjs and flow.spec.mjs; the clinic's settings in branding.spec.mjs.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { widget, setDay, startReadiness, answerQuestions, openTab, tab, session } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TABS = ['today', 'plan', 'progress', 'settings'];

/** Monday 5 January 2026 plus `n` days, as YYYY-MM-DD. */
const day = (n) => new Date(Date.UTC(2026, 0, 5 + n)).toISOString().slice(0, 10);

/** Walking on Mon/Wed/Fri from 5 January; its first two weeks done (10 min, moods noted). */
const RECORD = JSON.stringify({
  version: 5,
  choices: { activities: ['walking'], minutes_today: 10, weekdays: ['Mon', 'Wed', 'Fri'], gentle: false },
  readiness: [false, false, false, false, false, false, false],
  plans: [{ start: day(0) }],
  weeks: [],
  moves: [],
  log: [0, 2, 4, 7, 9, 11].map((n) => [day(n), 'walking', 'done', 8, 'just_right', 2 + (n % 3), 4]),
  settings: { ticks_since_backup: 0, last_backup: null },
});

/** Opens the demo page on Wednesday of week 3 with `RECORD` stored (or nothing). */
async function open(page, { stored = RECORD, at = 16 } = {}) {
  await setDay(page, day(at));
  if (stored) await page.addInitScript((text) => localStorage.getItem('momentum/default') ?? localStorage.setItem('momentum/default', text), stored);
  await page.goto('/');
  const w = widget(page);
  await expect(w.locator('.screen h3').first()).toBeVisible();
  return w;
}

/** axe's WCAG 2.1 A/AA violations inside the widget. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['[data-momentum]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  });
}

test('the four tabs are one row at 320, 360, 390 and 1280 px and at 200% zoom', async ({ browser }) => {
  // 200% zoom of a 1280 px window is a 640 CSS px viewport at two device pixels per CSS pixel.
  for (const [width, zoom] of [[320, 1], [360, 1], [390, 1], [1280, 1], [640, 2]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: zoom });
    const page = await context.newPage();
    const w = await open(page);
    const boxes = await Promise.all(TABS.map((id) => tab(w, id).boundingBox()));
    const tops = new Set(boxes.map((b) => Math.round(b.y)));
    expect(tops.size, `${width} px at ${zoom * 100}%`).toBe(1);
    // No label is cut: each fits its tab.
    for (const id of TABS) {
      const cut = await tab(w, id).evaluate((t) => t.scrollWidth - t.clientWidth);
      expect(cut, `${id} at ${width} px at ${zoom * 100}%: ${await tab(w, id).innerText()}`).toBeLessThanOrEqual(0);
    }
    await context.close();
  }
});

test('native controls follow the colour scheme: checkboxes, radios, the start day and the file picker', async ({ browser }) => {
  for (const scheme of ['light', 'dark']) {
    // A page of its own per scheme: the stored record `open` plants stays planted on a page.
    const page = await browser.newPage({ colorScheme: scheme });
    const w = await open(page, { stored: null });
    await startReadiness(w);
    const radio = w.locator('input[type=radio]').first();
    await expect(radio).toHaveCSS('color-scheme', scheme);
    await answerQuestions(w);
    for (const control of ['input[type=checkbox]', 'input[type=radio]', 'select']) {
      await expect(w.locator(control).first(), `${control} in ${scheme}`).toHaveCSS('color-scheme', scheme);
    }
    await page.evaluate(() => localStorage.clear());
    const v = await open(page);
    await openTab(v, 'settings');
    await expect(v.locator('input[type=file]')).toHaveCSS('color-scheme', scheme);
    await page.close();
  }
});

test('the advice to talk with a clinician is said once per screen, with the clinic\'s link wherever it is', async ({ page }) => {
  await page.route('**/consult.html', async (route) => {
    const demo = await (await page.request.get('/')).text();
    const body = demo.replace('<div data-momentum>', '<div data-momentum data-consult-url="/book" data-clinic-name="Riverside Clinic">');
    await route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
  await setDay(page, day(0));
  await page.goto('/consult.html');
  const w = widget(page);
  const advice = () => w.locator('.momentum').evaluate((m) => (m.innerText.match(/not medical advice/g) ?? []).length);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(await advice(), 'welcome').toBe(1);
  await startReadiness(w);
  expect(await advice(), 'readiness').toBe(1);
  // A "yes": the plan form says it once, gently, with the clinic's link.
  await answerQuestions(w, [2]);
  expect(await advice(), 'plan form after a yes').toBe(1);
  const link = w.getByRole('link', { name: /Riverside Clinic/ });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('href', '/book');
  await w.getByRole('checkbox', { name: /Walking/ }).check();
  await w.getByRole('radio', { name: '10 min', exact: true }).check();
  for (const d of ['Monday', 'Wednesday', 'Friday']) await w.getByRole('checkbox', { name: d, exact: true }).check();
  await w.getByRole('button', { name: 'Make my plan' }).click();
  for (const id of TABS) {
    await openTab(w, id);
    expect(await advice(), id).toBe(1);
    await expect(w.getByRole('link', { name: /Riverside Clinic/ }), id).toHaveCount(1);
  }
});

test('the Plan\'s cards say their day, and a logged card\'s heading tells what was done', async ({ page }) => {
  const w = await open(page);
  await openTab(w, 'plan');
  // This week's card to tick, and last week's logged one, each with its day.
  const open_ = session(w, day(18), 'walking');
  await expect(open_.locator('.when')).toHaveText(/Fri, Jan 23/);
  const logged = session(w, day(11), 'walking');
  await expect(logged).toHaveAttribute('data-outcome', 'done');
  await expect(logged.locator('.when')).toHaveText(/Fri, Jan 16/);
  // Did 8 of the planned minutes: the heading says so, beside how it felt.
  await expect(logged.locator('h4')).toHaveText(/^Walking: done, 8 of \d+ min/);
  await expect(logged.locator('.status')).toHaveText('Felt just right.');
  // Move or swap only for what lies ahead and is not logged.
  await expect(logged.getByText('Move or swap')).toHaveCount(0);
  await expect(session(w, day(14), 'walking').getByText('Move or swap')).toHaveCount(0);
  await expect(open_.getByText('Move or swap')).toHaveCount(1);
  // The calendar hint sits with the calendar button, before the print button.
  const hint = await w.locator('.calendar-export .hint').boundingBox();
  const print = await w.getByRole('button', { name: 'Print my plan' }).boundingBox();
  expect(hint.y).toBeLessThan(print.y);
});

test('at 320 px: the "this week" badge is one line, the mood scale one row, the note box three rows', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const w = await open(page);
  await openTab(w, 'plan');
  const badge = w.locator('.badge').first();
  await expect(badge).toBeVisible();
  const height = await badge.evaluate((b) => b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight));
  expect(height).toBeLessThan(1.9);
  await openTab(w, 'today');
  await w.getByRole('button', { name: 'Done', exact: true }).first().click();
  await w.getByText('Add mood or a note (optional)').click();
  for (const group of [/Mood before/, /Mood after/]) {
    const radios = w.getByRole('group', { name: group }).locator('label');
    const tops = await radios.evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().top)));
    expect(tops.length).toBe(5);
    expect(new Set(tops).size, `${group}`).toBe(1);
  }
  const note = w.locator('textarea[name=note]');
  const rows = await note.evaluate((t) => t.clientHeight / parseFloat(getComputedStyle(t).lineHeight));
  expect(rows).toBeGreaterThanOrEqual(2.9);
  // Nothing sticks out sideways.
  expect(await widget(page).evaluate((host) => host.scrollWidth - host.clientWidth)).toBeLessThanOrEqual(0);
});

for (const scheme of ['light', 'dark']) {
  for (const width of [320, 1280]) {
    test(`no axe violations on a full Progress, its tables open, and the summary (${scheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      const w = await open(page);
      await openTab(w, 'progress');
      await expect(w.locator('.mood-insight')).toBeVisible();
      for (const summary of await w.locator('details summary').all()) await summary.click();
      expect(await axeViolations(page), 'progress, tables open').toEqual([]);
      await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
      await expect(w.getByRole('heading', { name: 'My Momentum summary' })).toBeVisible();
      expect(await axeViolations(page), 'summary').toEqual([]);
    });
  }
}
