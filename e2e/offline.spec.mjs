// Offline: the optional service worker (web/momentum-sw.js) keeps the widget's files and the page
// for a visitor who has opened it once; a visitor who loses the connection mid-visit loses nothing.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import {
  widget, failOnPageErrors, setDay, onboard, tickFirstSession, storedRecord, visitEveryView,
  serveSite, waitForOfflineCopy, logged, session,
} from './helpers.mjs';

const WIDGET_FILES = ['momentum.css', 'momentum.js', 'momentum_app_bg.wasm'];

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

/** Every URL kept in the page origin's `momentum:` caches, sorted. */
function cachedUrls(page) {
  return page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      if (name.startsWith('momentum:')) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.sort();
  });
}

/** The names of the page origin's `momentum:` caches. */
function momentumCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('momentum:')));
}

/** Which workers the page's registration has (false for all when there is none). */
function workers(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(r?.active), waiting: Boolean(r?.waiting), installing: Boolean(r?.installing) };
  });
}

/** Resolves once the page's worker is active and has had time to act on the loader's message. */
async function workerSettled(page) {
  await expect.poll(async () => (await workers(page)).active, { timeout: 10_000 }).toBe(true);
  await page.waitForTimeout(500);
}

/** Console messages of one type, without the browser's own 404 for /favicon.ico. */
function consoleMessages(page, type) {
  const messages = [];
  page.on('console', (msg) => {
    if (msg.type() === type && !msg.location().url.endsWith('/favicon.ico')) messages.push(msg.text());
  });
  return messages;
}

/**
 * A clinic site with the widget's folder at its root, so the worker's default scope is the whole
 * site: the build at /, and e2e/pages/root-clinic.html at /clinic.html with the clinic's own
 * script, stylesheet and API. `log` has every request as "METHOD /path?query".
 */
async function serveRootSite() {
  const root = await mkdtemp(join(tmpdir(), 'momentum-root-'));
  await cp('dist', root, { recursive: true });
  await cp('e2e/pages/root-clinic.html', join(root, 'clinic.html'));
  for (const file of ['root-clinic.js', 'root-clinic.css']) await cp(`e2e/pages/${file}`, join(root, file));
  await mkdir(join(root, 'api'));
  await writeFile(join(root, 'api/secret.json'), JSON.stringify({ name: 'Alice', note: 'private to Alice' }));
  await writeFile(join(root, 'api/mood'), 'saved');
  await writeFile(join(root, 'track.gif'), Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
  const log = [];
  const server = await serve({ root, port: 0, onRequest: (path, request) => log.push(`${request.method} ${request.url}`) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin, log,
    /** How many requests were exactly `line`. */
    count: (line) => log.filter((l) => l === line).length,
    async close() {
      server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Turns a stamped worker back into the unstamped source form scripts/stamp-sw.mjs expects. */
const unstamped = (sw) => sw
  .replace(/const VERSION = '[^']*';/, "const VERSION = 'dev';")
  .replace(/const FILE_HASHES = \{[^}]*\};/, 'const FILE_HASHES = {};');

/** Stamps the build in `folder` the way the build does; resolves with its VERSION. */
async function stamp(folder) {
  const sw = join(folder, 'momentum-sw.js');
  await writeFile(sw, unstamped(await readFile(sw, 'utf8')));
  execFileSync('node', ['scripts/stamp-sw.mjs', folder], { env: { ...process.env, TRUNK_STAGING_DIR: '' } });
  return (await readFile(sw, 'utf8')).match(/const VERSION = '([0-9a-f]{16})';/)[1];
}

/**
 * "Build B": a copy of the build in `folder` with a new loader and a new wasm (a custom section
 * appended, so still a valid module), stamped as a real build is. Resolves with its folder and
 * version.
 */
async function nextBuild(folder) {
  const dir = await mkdtemp(join(tmpdir(), 'momentum-build-b-'));
  await cp(folder, dir, { recursive: true });
  await writeFile(join(dir, 'momentum.js'), `${await readFile(join(dir, 'momentum.js'), 'utf8')}\n// build B\n`);
  const name = Buffer.from('build-b');
  const section = Buffer.concat([Buffer.from([0, name.length + 1, name.length]), name]);
  const wasm = join(dir, 'momentum_app_bg.wasm');
  await writeFile(wasm, Buffer.concat([await readFile(wasm), section]));
  return { dir, version: await stamp(dir) };
}

/** Today's walk (2026-01-05, 10 min planned) shows as done in full, as it felt just right. */
async function expectWalkDone(w) {
  const walk = session(w, '2026-01-05', 'walking');
  await expect(walk).toHaveAttribute('data-outcome', 'done');
  await expect(walk.getByRole('heading')).toContainText('Walking: done, 10 min');
  await expect(walk.locator('p.status')).toHaveText('Felt just right.');
  await expect(logged(w)).toHaveCount(1);
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
  await expectWalkDone(w);
  const record = await storedRecord(page);
  expect(record.choices.activities).toEqual(['walking']);
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
  await expectWalkDone(w);
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
  await expectWalkDone(w);
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

  // What an older version of the worker kept besides the page (it kept whatever the page loaded
  // from inside its scope): the new version must not carry any of it over.
  await page.evaluate(async ([name, folder, url]) => {
    const cache = await caches.open(name);
    const html = { headers: { 'content-type': 'text/html' } };
    await cache.put(`${folder}api.json?user=alice`, new Response('{"secret":1}', { headers: { 'content-type': 'application/json' } }));
    await cache.put(`${url}?token=s3cret`, new Response('<div data-momentum></div>', html));
    await cache.put(`${folder}demo-page.css`, new Response('body{}', { headers: { 'content-type': 'text/css' } }));
    await cache.put(`${folder}no-widget.html`, new Response('<p>no widget here</p>', html));
  }, [first, site.widgetFolder, demo]);

  const swFile = join(site.root, 'wp-content/uploads/momentum/momentum-sw.js');
  const original = await readFile(swFile, 'utf8');
  try {
    await writeFile(swFile, original.replace(/const VERSION = '[0-9a-f]+';/, "const VERSION = '0123456789abcdef';"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect.poll(names, { timeout: 10_000 }).toEqual([first.replace(/[0-9a-f]{16}$/, '0123456789abcdef')]);
    await waitForOfflineCopy(page, demo);
    expect(await cachedUrls(page)).toEqual([demo, ...WIDGET_FILES.map((f) => `${site.widgetFolder}${f}`)].sort());
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

test('the build stamps the worker with each widget file\'s SHA-256 and a version: same files, same version', async () => {
  const sw = await readFile('dist/momentum-sw.js', 'utf8');
  const hashes = JSON.parse(sw.match(/const FILE_HASHES = (\{[^}]*\});/)[1]);
  const expected = {};
  for (const f of WIDGET_FILES) expected[f] = createHash('sha256').update(await readFile(join('dist', f))).digest('hex');
  expect(hashes).toEqual(expected);

  const dir = await mkdtemp(join(tmpdir(), 'momentum-stamp-'));
  try {
    const copyOfDist = async (tweak) => {
      const copy = await mkdtemp(join(dir, 'build-'));
      await cp('dist', copy, { recursive: true });
      if (tweak) await writeFile(join(copy, 'momentum.css'), (await readFile(join(copy, 'momentum.css'), 'utf8')) + '\n');
      return copy;
    };
    const a = await stamp(await copyOfDist(false));
    expect(await stamp(await copyOfDist(false))).toBe(a);
    expect(await stamp(await copyOfDist(true))).not.toBe(a);
    // dist/ itself was stamped by the build with the same hash.
    expect(sw).toContain(`const VERSION = '${a}';`);
    // A build missing a file on the worker's list is refused, not stamped.
    const broken = await copyOfDist(false);
    await unlink(join(broken, 'momentum.css'));
    await expect(stamp(broken)).rejects.toThrow(/momentum\.css is on the worker's list but not in the build/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/**
 * A page in a context of its own without the fake clock of `setDay`: that clock replaces
 * `performance`, and with it the resource timing a real page has.
 */
async function realVisitor(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  failOnPageErrors(page);
  return { context, page };
}

test('at the site root, the worker keeps only the widget\'s files and the page, and requests nothing else', async ({ browser }) => {
  const site = await serveRootSite();
  const { context, page } = await realVisitor(browser);
  try {
    const clinic = `${site.origin}/clinic.html`;
    const kept = [clinic, ...WIDGET_FILES.map((f) => `${site.origin}/${f}`)].sort();
    await page.goto(clinic);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await expect(page.locator('#visitor')).toHaveText('Alice'); // the clinic's own API answered
    await waitForOfflineCopy(page);
    await workerSettled(page);
    expect(await cachedUrls(page)).toEqual(kept);
    // The page's own requests reached the server once each, from the page: none was made again.
    expect(site.count('GET /api/secret.json?user=alice')).toBe(1);
    expect(site.count('GET /track.gif?event=view&visitor=42')).toBe(1);
    expect(site.count('POST /api/mood')).toBe(1);
    expect(site.log.filter((l) => l.startsWith('GET /api/mood'))).toEqual([]);
    expect(site.count('GET /root-clinic.js')).toBe(1);
    expect(site.count('GET /root-clinic.css')).toBe(1);

    // The next visit is under the worker: the page's requests pass by it, and nothing more is kept.
    await page.reload();
    await expect(page.locator('#visitor')).toHaveText('Alice');
    await workerSettled(page);
    expect(site.count('GET /api/secret.json?user=alice')).toBe(2);
    expect(site.count('POST /api/mood')).toBe(2);
    expect(await cachedUrls(page)).toEqual(kept);

    // Offline the widget's page opens; nothing else the page had asked for is answered.
    await context.setOffline(true);
    await page.reload();
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    const offlineAnswer = (url) => page.evaluate((u) => fetch(u).then(() => 'answered', () => 'offline'), url);
    expect(await offlineAnswer('/api/secret.json?user=alice')).toBe('offline');
    expect(await offlineAnswer('/track.gif?event=view&visitor=42')).toBe('offline');
    expect(await offlineAnswer('/root-clinic.css')).toBe('offline');
  } finally {
    await context.close();
    await site.close();
  }
});

test('a page opened with a query string is not kept, and no query string reaches the cache', async ({ browser }) => {
  const site = await serveRootSite();
  const { context, page } = await realVisitor(browser);
  try {
    const withToken = `${site.origin}/clinic.html?token=s3cret`;
    await page.goto(withToken);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await workerSettled(page);
    expect(await cachedUrls(page)).toEqual(WIDGET_FILES.map((f) => `${site.origin}/${f}`));
    expect(site.log.filter((l) => l.startsWith('GET /clinic.html'))).toEqual(['GET /clinic.html?token=s3cret']);
    await context.setOffline(true);
    await expect(page.goto(withToken)).rejects.toThrow();
    await context.setOffline(false);

    // The page at its plain address is kept, and that copy opens offline whatever the query.
    await page.goto(`${site.origin}/clinic.html`);
    await waitForOfflineCopy(page);
    await context.setOffline(true);
    await page.goto(`${site.origin}/clinic.html?utm_source=newsletter`);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await context.setOffline(false);
    await page.goto(withToken);
    await workerSettled(page);
    expect((await cachedUrls(page)).filter((url) => url.includes('?'))).toEqual([]);
  } finally {
    await context.close();
    await site.close();
  }
});

test('a half-uploaded build is never installed: the old one keeps serving, and the finished upload heals', async ({ context }) => {
  const own = await serveSite();
  const folder = join(own.root, 'wp-content/uploads/momentum');
  const demo = `${own.widgetFolder}index.html`;
  const b = await nextBuild(folder);
  const loaderText = (page) => page.evaluate(() => fetch('momentum.js').then((r) => r.text()));
  try {
    let page = await context.newPage();
    failOnPageErrors(page);
    await page.goto(demo);
    await waitForOfflineCopy(page);
    const cacheA = await momentumCaches(page);
    expect(cacheA).toHaveLength(1);

    // The clinic has uploaded the new loader and worker, and not yet the new wasm.
    await cp(join(b.dir, 'momentum.js'), join(folder, 'momentum.js'));
    await cp(join(b.dir, 'momentum-sw.js'), join(folder, 'momentum-sw.js'));
    const wasmDownloads = () => own.requests.filter((p) => p.endsWith('/momentum_app_bg.wasm')).length;
    const before = wasmDownloads();
    await page.reload(); // the next visit: the browser finds the new worker and tries it
    await expect.poll(wasmDownloads, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect.poll(() => workers(page), { timeout: 10_000 }).toEqual({ active: true, waiting: false, installing: false });
    expect(await momentumCaches(page)).toEqual(cacheA); // nothing of the mixed build was kept
    expect(await loaderText(page)).not.toContain('// build B'); // the old build still serves, whole
    await context.setOffline(true);
    await page.reload();
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await context.setOffline(false);

    // The upload is finished: the next visit installs the new build, which takes over once the
    // visitor's tabs of the old one are closed.
    await cp(join(b.dir, 'momentum_app_bg.wasm'), join(folder, 'momentum_app_bg.wasm'));
    await page.reload();
    await expect.poll(async () => (await workers(page)).waiting, { timeout: 15_000 }).toBe(true);
    await page.close();
    page = await context.newPage();
    failOnPageErrors(page);
    await page.goto(`${own.origin}/pages/clinic-post.html`); // same site, outside the worker's scope
    const cacheB = cacheA[0].replace(/[0-9a-f]{16}$/, b.version);
    await expect.poll(() => momentumCaches(page), { timeout: 10_000 }).toEqual([cacheB]);
    await page.goto(demo);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    expect(await loaderText(page)).toContain('// build B');
    await waitForOfflineCopy(page);
  } finally {
    await context.setOffline(false);
    await own.close();
    await rm(b.dir, { recursive: true, force: true });
  }
});

test('a registration that cannot work is one console.info line, and no console error', async ({ browser }) => {
  const cases = [
    { what: 'a wider scope without Service-Worker-Allowed', page: '/pages/wider-scope.html' },
    {
      what: 'the worker file served as HTML',
      headers: { '/wp-content/uploads/momentum/momentum-sw.js': { 'content-type': 'text/html; charset=utf-8' } },
    },
    {
      what: 'a build whose files do not match the worker (an unfinished upload, on a first visit)',
      tamper: (folder) => writeFile(join(folder, 'momentum.css'), ':host{}'),
    },
    {
      // Any request for a missing file puts the browser's own network line in the console; the
      // loader adds nothing to it.
      what: 'no worker file',
      tamper: (folder) => unlink(join(folder, 'momentum-sw.js')),
      browserErrors: ['Failed to load resource: the server responded with a status of 404 (Not Found)'],
    },
  ];
  for (const { what, headers, page: path = '/wp-content/uploads/momentum/index.html', tamper, browserErrors = [] } of cases) {
    const own = await serveSite({ headers });
    const context = await browser.newContext();
    try {
      if (tamper) await tamper(join(own.root, 'wp-content/uploads/momentum'));
      const page = await context.newPage();
      failOnPageErrors(page);
      const errors = consoleMessages(page, 'error');
      const infos = consoleMessages(page, 'info');
      await page.goto(`${own.origin}${path}`);
      await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
      await expect.poll(() => infos.length, { message: what, timeout: 10_000 }).toBe(1);
      await page.waitForTimeout(500);
      expect(infos[0], what).toMatch(/^Momentum: offline copy not available here: /);
      expect(errors, what).toEqual(browserErrors);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), what).toBe(0);
      expect(await momentumCaches(page), what).toEqual([]);
    } finally {
      await context.close();
      await own.close();
    }
  }
});

test('bad data-offline and data-offline-scope values warn, and the defaults apply', async ({ page }) => {
  const folder = join(site.root, 'wp-content/uploads/momentum');
  const demo = await readFile(join(folder, 'index.html'), 'utf8');
  const warnings = consoleMessages(page, 'warning');
  const scope = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope ?? null);
  const cases = [
    ['data-offline="no"', 'data-offline="no" ignored: use on or off'],
    ['data-offline="  On "', null],
    ['data-offline-scope="//evil.example/"', 'data-offline-scope="//evil.example/" ignored: use a path on this site starting with /'],
    ['data-offline-scope="/\\evil.example/"', 'data-offline-scope="/\\evil.example/" ignored: use a path on this site starting with /'],
    ['data-offline-scope="https://evil.example/"', 'data-offline-scope="https://evil.example/" ignored: use a path on this site starting with /'],
    // URL parsers drop tabs, which would make this //evil.example/.
    ['data-offline-scope="/&#9;/evil.example/"', 'data-offline-scope="/\t/evil.example/" ignored: use a path on this site starting with /'],
    ['data-offline-scope="/pages/"', 'data-offline-scope="/pages/" ignored: it must contain this page (/wp-content/uploads/momentum/bad-6.html)'],
  ];
  for (const [i, [attribute, warning]] of cases.entries()) {
    const name = `bad-${i}.html`;
    await writeFile(join(folder, name), demo.replace('<div data-momentum>', `<div data-momentum ${attribute}>`));
    warnings.length = 0;
    await page.goto(`${site.widgetFolder}${name}`);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await waitForOfflineCopy(page); // on, at the default scope: the widget's folder
    expect(await scope(), attribute).toBe(site.widgetFolder);
    expect(warnings.filter((w) => w.startsWith('Momentum:')), attribute).toEqual(warning ? [`Momentum: ${warning}`] : []);
  }
  // "OFF" is off: any case will do.
  warnings.length = 0;
  await writeFile(join(folder, 'shouting.html'), demo.replace('<div data-momentum>', '<div data-momentum data-offline="OFF">'));
  await page.goto(`${site.widgetFolder}shouting.html`);
  await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect.poll(() => momentumCaches(page)).toEqual([]);
  expect(await scope()).toBeNull();
  expect(warnings.filter((w) => w.startsWith('Momentum:'))).toEqual([]);
});
