// Export and import: a backup downloaded in one browser restores in another; bad files are
// refused with a message naming the problem, and nothing changes.
import { test, expect } from '@playwright/test';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widget, failOnPageErrors, setDay, onboard, tickFirstSession, storedRecord } from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

async function openSettings(w) {
  await w.getByRole('button', { name: 'Settings' }).click();
}

test('a backup restores in a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  const w = await onboard(page);
  await tickFirstSession(w);
  await openSettings(w);
  const download = page.waitForEvent('download');
  await w.getByRole('button', { name: 'Download a backup' }).click();
  const path = await (await download).path();
  const backup = JSON.parse(await readFile(path, 'utf8'));
  expect(backup.format).toBe('momentum-backup');
  expect(backup.log).toHaveLength(1);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  failOnPageErrors(page2);
  await setDay(page2, '2026-01-05');
  await page2.goto('/');
  const w2 = widget(page2);
  await w2.getByRole('button', { name: 'Restore from a backup' }).click();
  await w2.locator('input[type=file]').setInputFiles(path);
  await expect(w2.getByText('This backup holds 1 logged session')).toBeVisible();
  await w2.getByRole('button', { name: 'Restore it' }).click();
  await expect(w2.locator('.announcement')).toContainText('restored');
  await expect(w2.locator('.status.done')).toHaveCount(1);
  expect((await storedRecord(page2)).log).toEqual((await storedRecord(page)).log);
  await other.close();
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
  await expect(w.getByText('Would you like a backup first?')).toBeVisible();
  await w.getByRole('button', { name: 'Keep my plan' }).click();
  expect((await storedRecord(page)).profile.start_date).toBe('2026-01-05');
  await w.getByRole('button', { name: 'Start over' }).click();
  await w.getByRole('button', { name: 'Delete everything' }).click();
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect((await storedRecord(page)).profile.start_date).toBe(null);
});
