// Offline: the optional service worker (web/momentum-sw.js) keeps the widget's files and the page
// for a visitor who has opened it once; a visitor who loses the connection mid-visit loses nothing.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  widget, failOnPageErrors, setDay, onboard, tickFirstSession, storedRecord, visitEveryView,
  serveSite, waitForOfflineCopy,
} from './helpers.mjs';

let site;
test.beforeAll(async () => {
  site = await serveSite({
    headers: { '/wp-content/uploads/momentum/momentum-sw.js': { 'service-worker-allowed': '/' } },
  });
});
test.afterAll(() => site.close());

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

/**
 * Console errors, so "no error" covers what a visitor would not see too. The browser's own
 * request for /favicon.ico (a 404 on the test site) is not the widget's.
 */
function consoleErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) errors.push(msg.text());
  });
  return errors;
}

test('after one visit the page opens offline, a session can be ticked, and it is there back online', async ({ page, context }) => {
  const demo = `${site.widgetFolder}index.html`;
  await page.goto(demo);
  const w = await onboard(page, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  const before = site.requests.length;
  await page.reload();
  await expect(w.getByRole('heading', { name: 'Walking, 10 min' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Keeping the Benefits Going/ })).toBeVisible();
  // Styled from the copy too: the widget reveals itself only once its stylesheet has loaded.
  await expect(w.locator('.momentum')).toBeVisible();
  await tickFirstSession(w);
  expect(site.requests.slice(before)).toEqual([]); // really nothing reached the server
  await expect(page.evaluate(() => fetch('/not-cached').then(() => 'online', () => 'offline'))).resolves.toBe('offline');

  await context.setOffline(false);
  await page.reload();
  await expect(w.locator('.status.done')).toContainText('Done: 10 min');
  const record = await storedRecord(page);
  expect(record.profile.activities).toEqual(['walking']);
  expect(record.log.map(([date, , status]) => [date, status])).toEqual([['2026-01-05', 'done']]);
});

test('going offline mid-visit loses nothing and shows no error', async ({ page, context }) => {
  const errors = consoleErrors(page);
  // A page outside the widget's folder: no service worker, only what is already loaded.
  await page.goto(`${site.origin}/pages/clinic-post.html`);
  const w = await onboard(page);
  await context.setOffline(true);
  await visitEveryView(w);
  await expect(w.getByRole('alert')).toHaveCount(0);
  expect((await storedRecord(page)).log).toHaveLength(1);

  await context.setOffline(false);
  await page.reload();
  await expect(w.locator('.status.done')).toContainText('Done: 10 min');
  expect(errors).toEqual([]);
});

test('a page outside the folder works offline with data-offline-scope and Service-Worker-Allowed', async ({ page, context }) => {
  const url = `${site.origin}/pages/wider-scope.html`;
  await page.goto(url);
  const w = await onboard(page);
  await waitForOfflineCopy(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  expect(scope).toBe(`${site.origin}/pages/`);

  await context.setOffline(true);
  await page.reload();
  await tickFirstSession(w);
  await context.setOffline(false);
  await page.reload();
  await expect(w.locator('.status.done')).toBeVisible();
});

test('without data-offline-scope, a page outside the folder registers no service worker', async ({ page }) => {
  await page.goto(`${site.origin}/pages/clinic-post.html`);
  await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
});

test('a new build gets a new cache, the old one is removed, and the kept page survives', async ({ page }) => {
  // "Uploading a new build" into the test site's copy of the folder: a new stamped version.
  const demo = `${site.widgetFolder}index.html`;
  await page.goto(demo);
  await onboard(page);
  await waitForOfflineCopy(page);
  const names = () => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('momentum:')));
  const [first] = await names();
  expect(first).toMatch(/^momentum:http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/momentum\/:[0-9a-f]{16}$/);

  const swFile = join(site.root, 'wp-content/uploads/momentum/momentum-sw.js');
  const original = await readFile(swFile, 'utf8');
  try {
    await writeFile(swFile, original.replace(/const VERSION = '[0-9a-f]+';/, "const VERSION = '0123456789abcdef';"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect.poll(names, { timeout: 10_000 }).toEqual([first.replace(/[0-9a-f]{16}$/, '0123456789abcdef')]);
    await waitForOfflineCopy(page, demo);
  } finally {
    await writeFile(swFile, original);
  }
});

test('data-offline="off" removes the service worker and its cache', async ({ page }) => {
  await page.goto(`${site.widgetFolder}index.html`);
  await waitForOfflineCopy(page);
  // A page in the same folder whose embed turns offline support off.
  const folder = join(site.root, 'wp-content/uploads/momentum');
  const demo = await readFile(join(folder, 'index.html'), 'utf8');
  await writeFile(join(folder, 'off.html'), demo.replace('<div data-momentum>', '<div data-momentum data-offline="off">'));
  await page.goto(`${site.widgetFolder}off.html`);
  await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});

test('the cache version is a hash of the build: same files, same version; any change, a new one', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'momentum-stamp-'));
  try {
    const stamp = async (tweak) => {
      const copy = await mkdtemp(join(dir, 'build-'));
      await cp('dist', copy, { recursive: true });
      const sw = join(copy, 'momentum-sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '[^']*';/, "const VERSION = 'dev';"));
      if (tweak) await writeFile(join(copy, 'momentum.css'), (await readFile(join(copy, 'momentum.css'), 'utf8')) + '\n');
      execFileSync('node', ['scripts/stamp-sw.mjs', copy], { env: { ...process.env, TRUNK_STAGING_DIR: '' } });
      return (await readFile(sw, 'utf8')).match(/const VERSION = '([0-9a-f]{16})';/)[1];
    };
    const a = await stamp(false);
    expect(await stamp(false)).toBe(a);
    expect(await stamp(true)).not.toBe(a);
    // dist/ itself was stamped by the build with the same hash.
    expect(await readFile('dist/momentum-sw.js', 'utf8')).toContain(`const VERSION = '${a}';`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
