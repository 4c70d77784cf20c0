// A visitor's first weeks: onboarding, ticking sessions on different (faked) days, reloading,
// and finding everything as they left it.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { parseMomentumIcs } from './ical.mjs';
import {
  widget, failOnPageErrors, setDay, onboard, startReadiness, answerQuestions, tickFirstSession, storedRecord, logged, session,
 
} from './helpers.mjs';

test.beforeEach(async ({ page }) => failOnPageErrors(page));

test('onboarding asks every readiness question before building a plan', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = widget(page);
  await startReadiness(w);
  await w.getByRole('button', { name: 'Continue' }).click();
  await expect(w.getByRole('alert')).toContainText('answer each question');
  // Stepping back to the intro keeps the answers given so far.
  await w.getByRole('radio', { name: 'Yes' }).nth(2).check();
  await w.getByRole('button', { name: 'Back' }).click();
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await startReadiness(w);
  await expect(w.getByRole('radio', { name: 'Yes' }).nth(2)).toBeChecked();
  await answerQuestions(w, [2]);
  // A "yes" keeps the plan extra gentle, and the note under every screen asks the visitor to
  // talk with their care team first.
  await expect(w.getByRole('heading', { name: 'Build your plan' })).toBeVisible();
  await expect(w.locator('p.status-line')).toContainText('Your plan stays extra gentle');
  await expect(w.locator('p.disclaimer')).toContainText(
    'Because of your answers before you started, please talk with your care team before becoming much more active.',
  );
  await w.getByRole('button', { name: 'Make my plan' }).click();
  await expect(w.getByRole('alert')).toContainText('Pick at least one activity');
});

test('three sessions on three days survive a reload, with progress to match', async ({ page }) => {
  await setDay(page, '2026-01-05'); // a Monday
  await page.goto('/');
  const w = await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });

  await expect(w.getByRole('heading', { name: 'Walking, 10 min' })).toBeVisible();
  await tickFirstSession(w);
  // A done session is marked for its accent border; the plan marks the current week.
  const card = w.locator('article.session');
  await expect(card).toHaveAttribute('data-outcome', 'done');
  const [border, accent] = await card.evaluate((el) => {
    const probe = document.createElement('i');
    probe.style.color = 'var(--accent)';
    el.append(probe);
    const colors = [getComputedStyle(el).borderTopColor, getComputedStyle(probe).color];
    probe.remove();
    return colors;
  });
  expect(border).toBe(accent);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.locator('li.week[aria-current="true"] > h4')).toContainText('Week 1');
  await w.getByRole('button', { name: 'Today' }).click();

  for (const day of ['2026-01-07', '2026-01-09']) {
    await setDay(page, day);
    await page.reload();
    await expect(w.getByRole('heading', { name: /^Today/ })).toBeVisible();
    await tickFirstSession(w);
  }

  // A day off says so kindly.
  await setDay(page, '2026-01-10');
  await page.reload();
  await expect(w.getByText('Nothing planned today')).toBeVisible();

  await page.reload();
  await w.getByRole('button', { name: 'Progress' }).click();
  await expect(w.locator('.totals')).toContainText('Sessions done3');
  await expect(w.locator('.totals')).toContainText('Minutes active30');
  await expect(w.locator('section.chart')).toHaveCount(4);
  await expect(w.locator('section.chart').first()).toContainText('30 of');

  const record = await storedRecord(page);
  expect(record.log.map(([date]) => date)).toEqual(['2026-01-05', '2026-01-07', '2026-01-09']);
  expect(record.log.every(([, , status]) => status === 'done')).toBe(true);
});

test('"Not today" is kind, and a tick can be undone', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  const walk = session(w, '2026-01-05', 'walking');
  await walk.getByRole('button', { name: 'Not today' }).click();
  // The card says so kindly, and so does the status line beside it.
  await expect(walk).toHaveAttribute('data-outcome', 'skipped');
  await expect(walk.locator('h4')).toContainText('Walking: not today');
  await expect(walk.locator('p.status')).toHaveText("Not today. That's okay.");
  await expect(walk.locator('p.status-line')).toContainText('you always have tomorrow');
  await expect.poll(async () => (await storedRecord(page)).log.map(([, , status]) => status)).toEqual(['skipped']);
  await walk.getByRole('button', { name: 'Undo' }).click();
  await expect(walk.getByRole('button', { name: 'Not today' })).toBeVisible();
  await expect(walk).not.toHaveAttribute('data-outcome');
  await expect(walk.locator('p.status-line')).toContainText("Walking isn't marked any more");
  await expect.poll(async () => (await storedRecord(page)).log).toEqual([]);
});

test('progress shows four charts, each with a text alternative', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  await tickFirstSession(w, { moodBefore: 2, moodAfter: 4 });
  await w.getByRole('button', { name: 'Progress' }).click();
  const charts = w.locator('section.chart');
  await expect(charts).toHaveCount(4);
  const images = w.getByRole('img');
  await expect(images).toHaveCount(4);
  for (const img of await images.all()) {
    // Each SVG is named by its heading and described by a visible summary.
    const ids = await img.evaluate((svg) => [svg.getAttribute('aria-labelledby'), svg.getAttribute('aria-describedby')]);
    for (const id of ids.join(' ').split(/\s+/)) {
      expect(await w.locator(`[id="${id}"]`).count()).toBe(1);
    }
  }
  await expect(w.getByText('Show as a table')).toHaveCount(4);
  // The drawings arrive as markup (present::charts::svg): the browser must parse them as SVG,
  // with real geometry, not as unknown HTML elements.
  const bar = await w.locator('rect.chart-bar').first().evaluate((rect) => ({
    svg: rect instanceof SVGRectElement,
    height: rect.getBBox().height,
  }));
  expect(bar).toEqual({ svg: true, height: expect.any(Number) });
  expect(bar.height).toBeGreaterThan(0);
  expect(await w.locator('.cal-day.is-done rect.cal-cell').count()).toBeGreaterThan(0);
});

test('"Add to calendar" downloads a valid .ics with a reminder for each session', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: /Add the next 4 weeks to my calendar/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.ics$/);
  const events = parseMomentumIcs(await readFile(await file.path(), 'utf8'));
  expect(events).toHaveLength(12); // three a week for four weeks
  expect(new Set(events.map((e) => e.uid)).size).toBe(12);
  for (const e of events) {
    expect(e.start.isFloating).toBe(true);
    expect(e.alarms).toHaveLength(1);
    expect(e.alarms[0].triggerMinutes).toBeLessThan(0);
    expect(e.summary).toMatch(/^Walking, \d+ min/);
  }
  expect(events[0].start).toMatchObject({ year: 2026, month: 1, day: 5 });
});

test('a session moves to a free day or swaps activity, survives a reload, and can be put back', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page, { activities: ['Walking', 'Yoga'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const week1 = w.locator('li.week').first();
  // The session of week 1 on `isoDate`, whatever its activity (Wednesday's and Friday's lie
  // ahead, so they show as rows).
  const row = (isoDate) => week1.locator(`.session-row[data-session^="${isoDate}-"]`);
  // Week 1 has begun, so it is stored: a moved or swapped session keeps the session as first
  // planned in a sixth place.
  const changed = async () => (await storedRecord(page)).weeks[0].sessions.filter((s) => s.length > 5);

  const wednesday = await row('2026-01-07').locator('.what').textContent();
  await row('2026-01-07').getByText('Move or swap').click();
  await row('2026-01-07').getByRole('button', { name: 'Thu, Jan 8' }).click();
  await expect(w.getByRole('status')).toContainText('moved to Thu, Jan 8');
  await expect(row('2026-01-08')).toContainText('moved from Wed, Jan 7');
  await expect(row('2026-01-08').locator('.what')).toHaveText(wednesday);
  await expect(row('2026-01-07')).toHaveCount(0);

  await row('2026-01-09').getByText('Move or swap').click();
  const other = (await row('2026-01-09').locator('.what').textContent()).startsWith('Walking') ? 'Yoga' : 'Walking';
  await row('2026-01-09').getByRole('button', { name: other, exact: true }).click();
  await expect(w.getByRole('status')).toContainText(`${other} instead of`);
  await expect(row('2026-01-09').locator('.what')).toContainText(other);

  await page.reload();
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(row('2026-01-08').locator('.what')).toHaveText(wednesday);
  await expect(row('2026-01-09').locator('.what')).toContainText(other);
  expect(await changed()).toHaveLength(2);

  await row('2026-01-08').getByText('Move or swap').click();
  await row('2026-01-08').getByRole('button', { name: 'Put back as planned' }).click();
  await expect(w.locator('p.status-line')).toHaveText('Put back as planned.');
  await expect(row('2026-01-07').locator('.what')).toHaveText(wednesday);
  await expect(row('2026-01-08')).toHaveCount(0);
  await expect.poll(changed).toHaveLength(1);
});

test('the plan prints as a sheet without buttons', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.getByRole('button', { name: 'Print my plan' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(w.locator('li.week')).toHaveCount(12);
  await expect(w.locator('li.week').last()).toBeVisible();
  await expect(w.locator('.tabs')).toBeHidden();
  const visibleButtons = await w.locator('button').evaluateAll((buttons) => buttons.filter((b) => b.offsetParent !== null).length);
  expect(visibleButtons).toBe(0);
});

test('after twelve weeks, the next plan starts from where the visitor is', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await setDay(page, '2026-03-30'); // the Monday after week 12
  await page.reload();
  const w = widget(page);
  await expect(w.getByText("You've come to the end of your twelve weeks")).toBeVisible();
  await w.getByRole('button', { name: 'Start my next twelve weeks' }).click();
  await expect(w.locator('p.status-line')).toContainText('carrying on from where you are');
  // Week 12 was at 30 minutes a session; the next plan's first week carries on from there.
  await expect(w.getByRole('heading', { name: /^Walking, 30 min/ })).toBeVisible();
  await expect.poll(async () => (await storedRecord(page)).plans.length).toBe(2);
  const record = await storedRecord(page);
  expect(record.plans.map((p) => p.start)).toEqual(['2026-01-05', '2026-03-30']);
  const first = record.weeks.find((week) => week.start === '2026-03-30');
  expect(first.level).toBe(30);
  expect(first.sessions.map(([, , minutes]) => minutes)).toEqual([30, 30, 30]);
});

test("last week's forgotten session can still be ticked off from the plan", async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await setDay(page, '2026-01-13'); // Tuesday of week 2
  await page.reload();
  const w = widget(page);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const friday = w.locator('li.week').first().locator('article.session').last();
  await expect(friday).toHaveAttribute('data-session', '2026-01-09-walking');
  await friday.getByRole('button', { name: 'Done', exact: true }).click();
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(friday).toHaveAttribute('data-outcome', 'done');
  await expect(friday.locator('h4')).toContainText('Walking: done, 10 min');
  await expect.poll(async () => (await storedRecord(page)).log.map(([date]) => date)).toEqual(['2026-01-09']);
  // Two weeks back is history: shown, not editable.
  await setDay(page, '2026-01-20');
  await page.reload();
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.locator('li.week').first().getByRole('button', { name: 'Done', exact: true })).toHaveCount(0);
});

test('the Done form keeps typed minutes and a note, refuses a typo kindly, and opens one at a time', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await setDay(page, '2026-01-09'); // Friday: Monday's, Wednesday's and today's walks can be logged
  await page.goto('/');
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const forms = w.locator('form.done-form');
  const done = w.getByRole('button', { name: 'Done', exact: true });
  await done.first().click();
  await expect(forms).toHaveCount(1);
  await done.first().click(); // Wednesday's: Monday's form closes
  await expect(forms).toHaveCount(1);
  await expect(w.locator('article.session:has(form.done-form)')).toHaveAttribute('aria-labelledby', '2026-01-07-walking-title');
  await w.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(forms).toHaveCount(0);

  // A typo is refused with the reason, and what was typed stays.
  await done.first().click();
  const minutes = w.getByRole('spinbutton', { name: 'Minutes you did' });
  await minutes.fill('0');
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.getByRole('alert')).toContainText('a number from 1 to 600');
  await expect(minutes).toHaveValue('0');

  // Typed minutes and a note reach the log: with the Save button, and with Enter in a field.
  await minutes.fill('17');
  await w.getByText('Add mood or a note (optional)').click();
  await w.getByRole('textbox', { name: 'Note' }).fill('Slow and steady.');
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(logged(w)).toHaveCount(1);
  await expect(session(w, '2026-01-05', 'walking').locator('h4')).toContainText('Walking: done, 17');
  await done.first().click();
  await w.getByRole('spinbutton', { name: 'Minutes you did' }).fill('12');
  await page.keyboard.press('Enter');
  await expect(logged(w)).toHaveCount(2);
  await expect(session(w, '2026-01-07', 'walking').locator('h4')).toContainText('Walking: done, 12 of 10 min');
  const log = (await storedRecord(page)).log;
  expect(log.map(([date, , , minutes, , , , note]) => [date, minutes, note ?? null])).toEqual([
    ['2026-01-05', 17, 'Slow and steady.'],
    ['2026-01-07', 12, null],
  ]);
});

// Two status lines that once went missing: wiped by the browser's answer to the storage
// request, and drawn nowhere for a session that shows as a row.

test("a visit's first tick keeps its kind words once the browser answers the storage request", async ({ page }) => {
  // After the first tick of a visit the widget asks to keep this site's storage; the answer
  // (Action::StorageKept) must leave the status line and the focus on it.
  await page.addInitScript(() => {
    const persist = navigator.storage.persist.bind(navigator.storage);
    navigator.storage.persist = () => persist().finally(() => { window.momentumStorageAnswered = true; });
  });
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  const walk = session(w, '2026-01-05', 'walking');
  await walk.getByRole('button', { name: 'Not today' }).click();
  await expect(walk).toHaveAttribute('data-outcome', 'skipped');
  await page.waitForFunction(() => window.momentumStorageAnswered === true);
  await expect(walk.locator('p.status-line')).toContainText('you always have tomorrow', { timeout: 2000 });
  await expect(walk.locator('p.status-line')).toBeFocused({ timeout: 2000 });
});

test('a session moved on the Plan screen says so where it now is, and takes the focus', async ({ page }) => {
  // A session ahead shows as a row: the row draws the line, and it takes the focus.
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const wednesday = session(w, '2026-01-07', 'walking');
  await wednesday.getByText('Move or swap').click();
  await wednesday.getByRole('button', { name: 'Thu, Jan 8' }).click();
  const thursday = session(w, '2026-01-08', 'walking');
  await expect(thursday).toContainText('moved from Wed, Jan 7');
  await expect(thursday.locator('p.status-line')).toContainText('Walking moved to Thu, Jan 8.', { timeout: 2000 });
  await expect(thursday.locator('p.status-line')).toBeFocused({ timeout: 2000 });
});
