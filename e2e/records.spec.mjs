// Storage format 5 in a real browser (issue 15, points 7 and 8), with a fixed clock: records and
// backups of every earlier format, a newer format left untouched, unusable plan inputs, a full
// storage and two tabs merging, a huge or far-past record, an unreadable record kept byte-exact,
// and an unknown activity named. Each test checks what the visitor sees and the stored text.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  widget, failOnPageErrors, setDay, answerQuestions, buildPlan, onboard, plantAndReload, openTab, session,
  shownText, widgetMarkup, storedText, logFirstOpen, openSettings,
} from './helpers.mjs';

const KEY = 'momentum/default';
const COPY = `${KEY}/unreadable-1`;
const fixture = (name) => readFile(`tests/fixtures/${name}`, 'utf8');
const json = async (name) => JSON.parse(await fixture(name));
/** A file for the restore picker, made in memory. */
const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const storedRecord = async (page) => JSON.parse(await storedText(page));
/** The text of the file the next download gives, once `click` starts it. */
async function downloaded(page, click) {
  const download = page.waitForEvent('download');
  await click();
  return readFile(await (await download).path(), 'utf8');
}
/** Chooses `file` in Settings' restore picker (Settings must be on show). */
const chooseBackup = (w, file) => w.locator('input[type=file]').setInputFiles(file);
/** No dead end: the screen on show has a control the visitor can use. */
async function expectAWayOn(w) {
  await expect(w.locator('.screen').locator('button:enabled, input:enabled').first()).toBeVisible();
}

/** Walking on Mon/Wed/Fri, 10 min, from Monday 5 January 2026, with `log` (rows). */
const walkingRecord = (log = []) => JSON.stringify({
  version: 5,
  choices: { activities: ['walking'], minutes_today: 10, weekdays: ['Mon', 'Wed', 'Fri'], gentle: false },
  readiness: [false, false, false, false, false, false, false],
  plans: [{ start: '2026-01-05' }],
  weeks: [],
  moves: [],
  log,
  settings: { ticks_since_backup: 0, last_backup: null },
});

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
});

test('records of formats 1 to 4 load as they were and are stored as format 5 on the next change; backups of formats 1, 2, 4 and 5 restore', async ({ page }) => {
  await setDay(page, '2025-03-19'); // Wednesday of week 3 of the fixtures' plan
  const w = widget(page);

  // Format 1 held only the activities: the welcome, then a plan form with them ticked.
  const v1 = await fixture('record-v1.json');
  await plantAndReload(page, v1);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(await storedText(page)).toBe(v1);
  await w.getByRole('button', { name: "Let's begin" }).click();
  await answerQuestions(w);
  await expect(w.getByRole('checkbox', { name: /Yoga/ })).toBeChecked();
  await expect(w.getByRole('checkbox', { name: /Walking/ })).toBeChecked();
  await buildPlan(w, { activities: [], minutes: 10, days: ['Wednesday'] });
  await expect.poll(async () => (await storedRecord(page)).version).toBe(5);
  const fromV1 = await storedRecord(page);
  expect(fromV1.choices).toEqual({ activities: ['walking', 'yoga'], minutes_today: 10, weekdays: ['Wed'], gentle: false });
  expect(fromV1.plans).toEqual([{ start: '2025-03-19' }]);

  // Formats 2 to 4 had a plan and a log: the history shows as it was, and the first change stores
  // exactly the upgraded record the native tests expect (tests/fixtures/record-vN-as-v5.json).
  for (const version of [2, 3, 4]) {
    const text = await fixture(`record-v${version}.json`);
    await plantAndReload(page, text);
    await expect(w.getByRole('heading', { name: 'Today, Wednesday, March 19' })).toBeVisible();
    await openTab(w, 'plan');
    await expect(session(w, '2025-03-03', 'walking')).toContainText('done, 15 min, easy');
    await expect(session(w, '2025-03-05', 'walking')).toContainText('not this time');
    await expect(session(w, '2025-03-07', 'strength')).toContainText('done, 10 min, just right');
    await expect(w.locator('.week').first()).toContainText('Also: Walking, 20 min');
    if (version >= 3) {
      // Format 3 added moves: the walk moved to Tuesday and Wednesday's swap to strength.
      await expect(session(w, '2025-03-11', 'walking')).toContainText('moved from Mon, Mar 10');
      await expect(session(w, '2025-03-12', 'strength')).toBeVisible();
    } else {
      await expect(session(w, '2025-03-10', 'walking')).toBeVisible();
    }
    expect(await storedText(page), `format ${version}: nothing rewritten just by looking`).toBe(text);

    await openTab(w, 'today');
    await logFirstOpen(w);
    await expect(session(w, '2025-03-19', 'walking')).toContainText('Walking: done, 15 min');
    const expected = await json(`record-v${version}-as-v5.json`);
    expected.log.push(['2025-03-19', 'walking', 'done', 15, 'just_right']);
    expected.settings.ticks_since_backup += 1;
    await expect.poll(() => storedRecord(page), { message: `format ${version} stored as 5` }).toEqual(expected);
  }

  // Backups of each format, through Settings' file picker.
  const v5 = await json('backup-v5.json');
  delete v5.format;
  const backups = [
    ['backup-v1.json', 0, {
      version: 5, choices: { activities: ['swimming'], minutes_today: 10, weekdays: [], gentle: false },
      readiness: null, plans: [], weeks: [], moves: [], log: [], settings: { ticks_since_backup: 0, last_backup: null },
    }],
    ['backup-v2.json', 4, await json('record-v2-as-v5.json')],
    ['backup-v4.json', 4, v5],
    ['backup-v5.json', 4, v5],
  ];
  for (const [name, sessions, expected] of backups) {
    await openSettings(w);
    await chooseBackup(w, `tests/fixtures/${name}`);
    await expect(w.getByText(`This backup holds ${sessions} logged session`)).toBeVisible();
    await w.getByRole('button', { name: 'Restore it' }).click();
    await expect.poll(() => storedRecord(page), { message: name }).toEqual(expected);
    if (sessions === 0) {
      await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
      continue;
    }
    await openTab(w, 'plan');
    await expect(session(w, '2025-03-03', 'walking')).toContainText('done, 15 min, easy');
    await expect(session(w, '2025-03-07', 'strength')).toContainText('done, 10 min, just right');
    if (name !== 'backup-v2.json') await expect(session(w, '2025-03-11', 'walking')).toContainText('moved from Mon, Mar 10');
  }
});

test('a record from a newer format is shown read-only as "newer" and never overwritten', async ({ page }) => {
  await setDay(page, '2026-01-08'); // Thursday: a yoga day of the newer record's plan
  const w = widget(page);
  const newer = await fixture('record-v99-newer.json');
  await plantAndReload(page, newer);
  const notice = w.locator('.notice');
  await expect(notice).toContainText('saved by a newer version of this widget');
  await expect(notice).toContainText("we won't change it");
  await expect(w.getByRole('heading', { name: 'Today, Thursday, January 8' })).toBeVisible();
  await expect(session(w, '2026-01-08', 'yoga')).toContainText('Yoga, 20 min');
  await expect(w.getByRole('button', { name: 'Done', exact: true })).toHaveCount(0);
  await expect(w.getByRole('button', { name: 'Not today' })).toHaveCount(0);

  await openTab(w, 'plan');
  await expect(session(w, '2026-01-06', 'yoga')).toContainText('Yoga: done, 20 min');
  await expect(session(w, '2026-01-06', 'yoga')).toContainText('Felt easy.');
  await expect(w.getByRole('button', { name: 'Done', exact: true })).toHaveCount(0);
  await openTab(w, 'progress');
  await expect(w.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await openTab(w, 'settings');
  await expect(w.getByRole('button', { name: 'Change my plan' })).toBeDisabled();
  await expect(w.getByRole('button', { name: 'Start over' })).toBeDisabled();
  await expect(w.locator('input[type=file]')).toHaveCount(0); // no restore picker
  // The download is the stored text itself, byte for byte.
  expect(await downloaded(page, () => notice.getByRole('button', { name: 'Download the saved data' }).click())).toBe(newer);
  await openTab(w, 'today');
  expect(await storedText(page)).toBe(newer);

  await page.reload();
  await expect(notice).toContainText('saved by a newer version of this widget');
  await expect(session(w, '2026-01-08', 'yoga')).toBeVisible();
  expect(await storedText(page)).toBe(newer);

  // A newer record of a shape this build cannot read at all: still shown, read-only, untouched.
  const reshaped = await fixture('record-v99-reshaped.json');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [KEY, reshaped]);
  await page.reload();
  await expect(notice).toContainText('saved by a newer version of this widget');
  await w.getByRole('button', { name: "Let's begin" }).click();
  await answerQuestions(w);
  await expectAWayOn(w); // whatever Continue does in read-only mode, never an empty screen
  expect(await storedText(page)).toBe(reshaped);
  await page.reload();
  await expect(notice).toBeVisible();
  expect(await storedText(page)).toBe(reshaped);
});

test('unusable plan inputs: such a backup is refused with a reason; such a stored record opens the plan form with the log kept', async ({ page }) => {
  await setDay(page, '2025-03-19');
  const w = widget(page);
  const v4 = await json('backup-v4.json');
  const v5 = await json('backup-v5.json');
  const broken = (base, change) => {
    const copy = structuredClone(base);
    change(copy);
    return copy;
  };
  const cases = [
    ['no activities (format 4)', broken(v4, (b) => { b.profile.activities = []; }), /cannot make a plan \(please choose at least one activity\)/, 'Walking'],
    ['no weekdays (format 4)', broken(v4, (b) => { b.profile.weekdays = []; }), /cannot make a plan \(please choose at least one day of the week\)/, 'Monday'],
    ['17 minutes (format 4)', broken(v4, (b) => { b.profile.minutes_today = 17; }), /17 minutes is not one of the session lengths offered/, '15 min'],
    ['no activities (format 5)', broken(v5, (b) => { b.choices.activities = []; }), /please choose at least one activity/, 'Walking'],
    ['no weekdays (format 5)', broken(v5, (b) => { b.choices.weekdays = []; }), /please choose at least one day of the week/, 'Monday'],
    ['17 minutes (format 5)', broken(v5, (b) => { b.choices.minutes_today = 17; }), /17 minutes is not one of the session lengths offered/, '15 min'],
  ];

  // As backups: each refused with its reason, and nothing changes.
  await page.goto('/');
  await onboard(page);
  await logFirstOpen(w);
  const before = await storedText(page);
  await openSettings(w);
  for (const [what, backup, reason] of cases) {
    await chooseBackup(w, asFile('backup.json', JSON.stringify(backup)));
    const error = w.locator('.form-error');
    await expect(error, what).toContainText("That file wasn't restored: it holds a value that cannot be right");
    await expect(error, what).toContainText(reason);
    await expect(error, what).toContainText('Nothing here has changed.');
    await expect(w.getByRole('button', { name: 'Restore it' })).toHaveCount(0);
  }
  expect(await storedText(page)).toBe(before);

  // As the stored record: the plan form, the log kept, and a way on from every screen.
  for (const [what, backup, , fix] of cases) {
    const record = structuredClone(backup);
    delete record.format;
    const text = JSON.stringify(record);
    await plantAndReload(page, text);
    await expect(w.locator('.notice'), what).toContainText("Your plan's choices need another look");
    await expect(w.locator('.notice')).toContainText("Everything you've logged is still here.");
    await expect(w.getByRole('heading', { name: 'Change your plan' })).toBeVisible();
    await expectAWayOn(w);
    expect(await storedText(page), what).toBe(text);
    // "Back" leads to Settings, whose "Change my plan" leads back to the form.
    await w.getByRole('button', { name: 'Back' }).click();
    await expect(w.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
    await w.getByRole('button', { name: 'Change my plan' }).click();
    await expect(w.getByRole('heading', { name: 'Change your plan' })).toBeVisible();

    if (fix.endsWith('min')) await w.getByRole('radio', { name: fix, exact: true }).check();
    else await w.getByRole('checkbox', { name: new RegExp(`^${fix}`) }).check();
    await w.getByRole('button', { name: 'Save changes' }).click();
    await expect(w.getByRole('heading', { name: 'Today, Wednesday, March 19' }), what).toBeVisible();
    await expect(w.locator('.notice')).toHaveCount(0);
    await openTab(w, 'plan');
    await expect(session(w, '2025-03-03', 'walking'), what).toContainText('done, 15 min, easy');
    const stored = await storedRecord(page);
    expect(stored.version).toBe(5);
    expect(stored.log, what).toEqual(v5.log);
  }
});

test('memory-only mode (storage full) keeps its unsaved tick when another tab saves', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    failOnPageErrors(p);
    await setDay(p, '2026-01-07'); // Wednesday of week 1
  }
  const [wa, wb] = [widget(a), widget(b)];
  await a.bringToFront();
  await plantAndReload(a, walkingRecord());
  await expect.poll(async () => (await storedRecord(a)).weeks.length).toBe(1); // week 1 stored
  // From now on this tab's storage is full: every save throws, as a full quota does.
  await a.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await a.reload();
  await expect(wa.getByRole('heading', { name: 'Today, Wednesday, January 7' })).toBeVisible();
  await logFirstOpen(wa);
  await expect(wa.locator('.notice')).toContainText("Your browser's storage for this site is full");
  await expect(session(wa, '2026-01-07', 'walking')).toHaveAttribute('data-outcome', 'done');
  expect((await storedRecord(a)).log).toEqual([]); // only in this tab's memory

  // The other tab, with room to save, catches up on Monday's walk.
  await b.bringToFront();
  await b.goto('/');
  await openTab(wb, 'plan');
  await expect(session(wb, '2026-01-07', 'walking')).not.toHaveAttribute('data-outcome', 'done');
  await session(wb, '2026-01-05', 'walking').getByRole('button', { name: 'Done', exact: true }).click();
  await wb.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(session(wb, '2026-01-05', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect.poll(async () => (await storedRecord(b)).log.map(([d]) => d)).toEqual(['2026-01-05']);

  // This tab took the other tab's walk in and kept its own.
  await a.bringToFront();
  await expect(session(wa, '2026-01-07', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect(session(wa, '2026-01-07', 'walking')).toContainText('Walking: done, 10 min');
  await openTab(wa, 'plan');
  await expect(session(wa, '2026-01-05', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect(session(wa, '2026-01-07', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect(wa.locator('.notice')).toContainText('storage for this site is full');
  const file = JSON.parse(await downloaded(a, () => wa.getByRole('button', { name: 'Download my data' }).click()));
  expect(file.log.map(([d]) => d)).toEqual(['2026-01-05', '2026-01-07']);
});

// Known limitation, open: in Chromium each tab's renderer caches localStorage, so a tab can read
// a stale value and write over another tab's write of the same milliseconds. The merge is three
// ways from this tab's last write, which cannot tell "the other tab removed it" from "the other
// tab never saw it". The fix needs a writer's base in the record (a generation counter: a write
// names the generation it merged from); until it lands this test is skipped, not deleted.
test.fixme('two tabs acting within milliseconds lose no tick and bring no undone tick back', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const p of [a, b]) {
    failOnPageErrors(p);
    await setDay(p, '2026-01-07');
  }
  const [wa, wb] = [widget(a), widget(b)];
  await plantAndReload(a, walkingRecord([['2026-01-05', 'walking', 'done', 10, 'just_right']]));
  await expect.poll(async () => (await storedRecord(a)).weeks.length).toBe(1);
  await b.goto('/');
  for (const w of [wa, wb]) await openTab(w, 'plan');
  const [monA, wedA, monB, wedB] = [session(wa, '2026-01-05', 'walking'), session(wa, '2026-01-07', 'walking'),
    session(wb, '2026-01-05', 'walking'), session(wb, '2026-01-07', 'walking')];
  /** Both tabs, and the stored log, show exactly `dates` as done. */
  async function expectDone(dates, round) {
    await expect.poll(async () => (await storedRecord(a)).log.map(([d]) => d), { message: round }).toEqual(dates);
    for (const [p, mon, wed] of [[a, monA, wedA], [b, monB, wedB]]) {
      await p.bringToFront();
      for (const [card, date] of [[mon, '2026-01-05'], [wed, '2026-01-07']]) {
        if (dates.includes(date)) await expect(card, `${round}: ${date}`).toHaveAttribute('data-outcome', 'done');
        else await expect(card, `${round}: ${date}`).not.toHaveAttribute('data-outcome', /./);
      }
    }
  }
  await expectDone(['2026-01-05'], 'start');
  const fill = async (p, card) => {
    await p.bringToFront();
    await card.getByRole('button', { name: 'Done', exact: true }).click();
    await card.getByRole('radio', { name: 'Just right' }).check();
  };
  /** Clicks both buttons at once, one in each tab. */
  const together = (x, y) => Promise.all([x.dispatchEvent('click'), y.dispatchEvent('click')]);
  for (let round = 1; round <= 4; round++) {
    // A ticks Wednesday while B undoes Monday.
    await fill(a, wedA);
    await together(wedA.getByRole('button', { name: 'Save', exact: true }), monB.getByRole('button', { name: 'Undo' }));
    await expectDone(['2026-01-07'], `round ${round}: tick and undo`);
    // A undoes Wednesday while B ticks Monday late.
    await fill(b, monB);
    await together(wedA.getByRole('button', { name: 'Undo' }), monB.getByRole('button', { name: 'Save', exact: true }));
    await expectDone(['2026-01-05'], `round ${round}: undo and tick`);
  }
  for (const p of [a, b]) await p.reload();
  for (const w of [wa, wb]) await openTab(w, 'plan');
  await expectDone(['2026-01-05'], 'after reloading');
});

test('a log of thousands in reverse date order loads; a start date in year 0 or the far past is bounded', async ({ page }) => {
  test.setTimeout(30_000);
  await setDay(page, '2026-01-07');
  const w = widget(page);
  // 750 days of four activities each, newest first, ending the day before today.
  const activities = ['walking', 'yoga', 'swimming', 'strength'];
  const log = [];
  for (let n = 1; n <= 750; n++) {
    const date = new Date(Date.UTC(2026, 0, 7 - n)).toISOString().slice(0, 10);
    for (const a of activities) log.push([date, a, 'done', 10, 'easy']);
  }
  expect(log.length).toBe(3000);
  await plantAndReload(page, walkingRecord(log));
  await expect(w.getByRole('heading', { name: 'Today, Wednesday, January 7' })).toBeVisible({ timeout: 20_000 });
  await expect(session(w, '2026-01-07', 'walking')).toContainText('Walking, 10 min');
  await openTab(w, 'progress');
  await expect(w.locator('section.chart')).toHaveCount(4);
  const stored = await storedRecord(page); // saved once the begun week was stored
  expect(stored.log).toHaveLength(3000);
  const dates = stored.log.map(([d]) => d);
  expect(dates).toEqual([...dates].sort());

  // A plan begun in 2000, the earliest date accepted, with sessions then and now: Progress and
  // the summary draw a bounded span, not 26 years.
  const past = JSON.parse(walkingRecord([
    ['2000-01-03', 'walking', 'done', 10, 'easy'],
    ['2000-01-05', 'walking', 'done', 12, 'easy'],
    ['2026-01-05', 'yoga', 'done', 20, 'just_right'],
  ]));
  past.plans = [{ start: '2000-01-03' }];
  await plantAndReload(page, JSON.stringify(past));
  await expect(w.getByRole('heading', { name: 'Today, Wednesday, January 7' })).toBeVisible();
  await openTab(w, 'progress');
  await expect(w.locator('section.chart')).toHaveCount(4);
  expect((await widgetMarkup(w)).length).toBeLessThan(1_000_000);
  await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
  await expect(w.getByRole('heading', { name: 'My Momentum summary' })).toBeVisible();
  expect((await widgetMarkup(w)).length).toBeLessThan(1_000_000);

  // Year 0 is refused on reading: the record is set aside, and the widget starts afresh.
  const year0 = (await fixture('record-v4.json')).replaceAll('2025-03-03', '0000-03-03');
  await plantAndReload(page, year0);
  await expect(w.locator('.notice')).toContainText("We couldn't read what was saved before");
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(await storedText(page, COPY)).toBe(year0);
  expect((await widgetMarkup(w)).length).toBeLessThan(100_000);
});

test('an unreadable record is set aside byte-exact, and Settings offers it for as long as it exists', async ({ page }) => {
  await setDay(page, '2026-01-05');
  const w = widget(page);
  // Cut off mid-write, with a lone surrogate (no Rust string can hold one): joined in the page,
  // where the text is a JavaScript string exactly as localStorage keeps it.
  const parts = ['{"version":4,"profile":{"activities":["walking"]},"note":"caf\u00e9 ', ' ok'];
  const make = ([before, after]) => before + String.fromCharCode(0xd800) + after;
  const keptExactly = () => page.evaluate(([[before, after], copy]) => {
    const text = before + String.fromCharCode(0xd800) + after;
    const kept = localStorage.getItem(copy);
    return { same: kept === text, lone: kept !== null && kept.includes(String.fromCharCode(0xd800)) };
  }, [parts, COPY]);
  await page.goto('/');
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  await page.evaluate(([[before, after], k]) => localStorage.setItem(k, before + String.fromCharCode(0xd800) + after), [parts, KEY]);
  await page.reload();
  await expect(w.locator('.notice')).toContainText("We couldn't read what was saved before, so we set it aside untouched");
  expect(await keptExactly()).toEqual({ same: true, lone: true });

  // A file holds UTF-8, where a lone surrogate can only be U+FFFD; everything else is as stored.
  const asDownloaded = make(parts).replace(String.fromCharCode(0xd800), '\ufffd');
  expect(await downloaded(page, () => w.locator('.notice').getByRole('button', { name: 'Download the old copy' }).click())).toBe(asDownloaded);

  // After a reload the notice has gone, but Settings still offers the copy, also once a new plan
  // is made and saved, for as long as the copy is there.
  await page.reload();
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(w.locator('.notice')).toHaveCount(0);
  await openSettings(w);
  await expect(w.getByRole('heading', { name: "Copies we couldn't read" })).toBeVisible();
  await expectAWayOn(w);
  expect(await downloaded(page, () => w.getByRole('button', { name: 'Download copy 1' }).click())).toBe(asDownloaded);
  await page.reload();
  await onboard(page);
  await page.reload();
  await openSettings(w);
  await expect(w.getByRole('button', { name: 'Download copy 1' })).toBeVisible();
  expect(await keptExactly()).toEqual({ same: true, lone: true });
  expect((await storedRecord(page)).choices.activities).toEqual(['walking']);

  await page.evaluate((copy) => localStorage.removeItem(copy), COPY);
  await page.reload();
  await openSettings(w);
  await expect(w.getByRole('heading', { name: "Copies we couldn't read" })).toHaveCount(0);
  await expect(w.getByRole('button', { name: 'Download copy 1' })).toHaveCount(0);
});

test('a format-4 backup naming an unknown activity gets the unknown-activity message, the name clipped', async ({ page }) => {
  await setDay(page, '2025-03-19');
  const w = widget(page);
  await page.goto('/');
  await onboard(page);
  const before = await storedText(page);
  await openSettings(w);
  const long = 'parkour-on-the-rooftops-of-the-old-town-at-dawn-with-friends';
  const withLog = (name) => async () => {
    const b = await json('backup-v4.json');
    b.log[2][1] = name;
    return b;
  };
  const cases = [
    ['in a log row', withLog('running'), 'running'],
    ['in a move', async () => {
      const b = await json('backup-v4.json');
      b.adjustments[1].to_activity = 'running';
      return b;
    }, 'running'],
    ['very long, in a log row', withLog(long), `${long.slice(0, 40)}…`],
  ];
  for (const [what, make, echoed] of cases) {
    await chooseBackup(w, asFile('backup.json', JSON.stringify(await make())));
    const error = w.locator('.form-error');
    await expect(error, what).toHaveText(`That file wasn't restored: it mentions an activity Momentum does not know: "${echoed}". Nothing here has changed.`);
    await expect(error, what).not.toContainText('damaged');
    expect(await shownText(w)).not.toContain(long);
  }
  expect(await storedText(page)).toBe(before);
});
