// Export and import: a backup downloaded in one browser restores in another; bad files are
// refused with a message naming the problem, and nothing changes.
import { test, expect } from '@playwright/test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  widget, failOnPageErrors, setDay, onboard, tickFirstSession, storedRecord, logged, session, openSettings,
} from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

/** Onboards, ticks today's walk, and downloads a backup from Settings; resolves with its path. */
async function downloadBackup(page) {
  await page.goto('/');
  const w = await onboard(page);
  await tickFirstSession(w);
  await openSettings(w);
  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Download a backup' }).click();
  return (await download).path();
}

/** A fresh browser on the same day, its widget on the welcome; resolves with its page. */
async function freshBrowser(browser) {
  const other = await browser.newContext();
  const page = await other.newPage();
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
  await page.goto('/');
  return page;
}

/** From the welcome's restore link: chooses the backup at `path` and says yes to it. */
async function restore(w, path) {
  await openSettings(w);
  await w.locator('input[type=file]').setInputFiles(path);
  await expect(w.getByText('This backup holds 1 logged session')).toBeVisible();
  await w.getByRole('button', { name: 'Restore it' }).click();
}

test('a backup restores in a fresh browser', async ({ page, browser }) => {
  const path = await downloadBackup(page);
  const backup = JSON.parse(await readFile(path, 'utf8'));
  expect(backup.format).toBe('momentum-backup');
  expect(backup.log).toHaveLength(1);

  const page2 = await freshBrowser(browser);
  const w2 = widget(page2);
  await restore(w2, path);
  // Restoring lands on Today, with the restored tick on today's walk.
  await expect(w2.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await expect(logged(w2, 'done')).toHaveCount(1);
  await expect(session(w2, '2026-01-05', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect(session(w2, '2026-01-05', 'walking').getByRole('heading')).toContainText('Walking: done, 10 min');
  expect((await storedRecord(page2)).log).toEqual((await storedRecord(page)).log);
  await page2.context().close();
});

// The restored log asks the browser to keep storage, and its answer must not wipe the line.
test('restoring says so on the screen it lands on, and the words stay', async ({ page, browser }) => {
  const path = await downloadBackup(page);
  const page2 = await freshBrowser(browser);
  const w2 = widget(page2);
  await restore(w2, path);
  await expect(logged(w2, 'done')).toHaveCount(1);
  await expect.poll(async () => (await storedRecord(page2)).log.length).toBe(1);
  await page2.waitForTimeout(500); // a status line holds until the visitor does something
  await expect(w2.locator('.today p.status-line[data-status]')).toHaveText('Your backup is restored.', { timeout: 1000 });
  await page2.context().close();
});

test('bad files are refused with a reason, and nothing changes', async ({ page }) => {
  await page.goto('/');
  const w = await onboard(page);
  await tickFirstSession(w);
  const before = await page.evaluate(() => localStorage.getItem('momentum/default'));
  await openSettings(w);

  const dir = await mkdtemp(join(tmpdir(), 'momentum-import-'));
  const cases = [
    ['malformed.json', '{"format": "momentum-backup", ', /damaged/i],
    ['other.json', JSON.stringify({ hello: 'world' }), /not a Momentum backup/i],
    ['huge.json', 'x'.repeat(1_100_000), /too large|larger than/i],
    [
      'absurd.json',
      JSON.stringify({ ...JSON.parse(before), format: 'momentum-backup', log: [['2026-01-05', 'walking', 'done', 900, 'easy']] }),
      /minutes/i,
    ],
  ];
  for (const [name, text, reason] of cases) {
    const file = join(dir, name);
    await writeFile(file, text);
    await w.locator('input[type=file]').setInputFiles(file);
    const error = w.locator('.form-error');
    await expect(error).toContainText("That file wasn't restored");
    await expect(error).toContainText(reason);
    await expect(error).toContainText('Nothing here has changed');
  }
  expect(await page.evaluate(() => localStorage.getItem('momentum/default'))).toBe(before);
});

test('start over asks first and offers a backup', async ({ page }) => {
  await page.goto('/');
  const w = await onboard(page);
  await openSettings(w);
  await w.getByRole('button', { name: 'Start over' }).click();
  const confirm = w.getByRole('group', { name: 'Confirm start over' });
  await expect(confirm.getByText('Would you like a backup first?')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Download a backup' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Keep my plan' }).click();
  await expect(confirm).toHaveCount(0);
  expect((await storedRecord(page)).plans).toEqual([{ start: '2026-01-05' }]);
  await w.getByRole('button', { name: 'Start over' }).click();
  await w.getByRole('button', { name: 'Delete everything' }).click();
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect.poll(async () => (await storedRecord(page)).plans).toEqual([]);
  expect((await storedRecord(page)).choices.activities).toEqual([]);
});
