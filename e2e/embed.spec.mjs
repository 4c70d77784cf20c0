// Embedding the way a clinic does: the dist/ folder uploaded to a sub-path, the two-line snippet
// on any page, several widgets on one page, a strict Content-Security-Policy, and no request to
// anything but the widget's own files.
import { test, expect } from '@playwright/test';
import { serve } from './server.mjs';
import {
  widget, nthWidget, failOnPageErrors, setDay, onboard, answerReadiness, buildPlan, tickFirstSession,
  storedRecord, visitEveryView, serveSite, watchCsp, waitForOfflineCopy, logged, session,
} from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
// The files the service worker keeps; a page itself fetches only the first two (the loader
// carries the JS glue and the stylesheet inside it).
const WIDGET_FILES = ['momentum.js', 'momentum_app_bg.wasm', 'momentum.css'];

let site;
test.beforeAll(async () => {
  site = await serveSite({ csp: CSP });
});
test.afterAll(() => site.close());

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

test('a page fetches only the loader and the WebAssembly', async ({ page }) => {
  // The loader carries the JS glue and the stylesheet, so nothing else stands between the page
  // and its first render, and the wasm is requested by the loader's first lines.
  const fetched = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/wp-content/uploads/momentum/')) fetched.push(url.pathname.split('/').pop());
  });
  await page.goto(`${site.origin}/pages/clinic-post.html`);
  await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(fetched.filter((name) => name !== 'momentum-sw.js')).toEqual(['momentum.js', 'momentum_app_bg.wasm']);
});

test('the uploaded folder works from a sub-path, on its demo page and on a page elsewhere', async ({ page }) => {
  // The demo page, served by the test server's --prefix from inside the folder.
  const server = await serve({ root: 'dist', port: 0, prefix: '/wp-content/uploads/momentum/' });
  try {
    const folder = `http://127.0.0.1:${server.address().port}/wp-content/uploads/momentum/`;
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(folder);
    await expect(widget(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    expect(requested).toContain(`${folder}momentum_app_bg.wasm`);
    expect(requested).not.toContain(`${folder}momentum.css`);
  } finally {
    server.close();
  }

  // A blog post somewhere else on the site, with the two-line embed and some settings.
  await page.goto(`${site.origin}/pages/clinic-post.html`);
  const w = await onboard(page);
  await tickFirstSession(w);
  const accent = await widget(page).evaluate((h) => h.style.getPropertyValue('--momentum-accent'));
  expect(accent).toBe('#5a3e85');
  expect((await storedRecord(page)).log).toHaveLength(1);
});

test('two widgets on one page each keep their own record', async ({ page }) => {
  await page.goto(`${site.origin}/pages/two-widgets.html`);
  const [walking, yoga] = [nthWidget(page, 0), nthWidget(page, 1)];
  for (const w of [walking, yoga]) await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await answerReadiness(walking);
  await buildPlan(walking, { activities: ['Walking'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await tickFirstSession(walking);
  await answerReadiness(yoga);
  await buildPlan(yoga, { activities: ['Yoga'], minutes: 5, days: ['Tuesday', 'Thursday'] });

  const a = await storedRecord(page, 'momentum/walking-group');
  const b = await storedRecord(page, 'momentum/yoga_group');
  expect(a.choices.activities).toEqual(['walking']);
  expect(b.choices.activities).toEqual(['yoga']);
  expect(a.log).toHaveLength(1);
  expect(b.log).toHaveLength(0);
  expect(await storedRecord(page)).toBeNull(); // the default namespace is untouched

  await page.reload();
  await expect(session(walking, '2026-01-05', 'walking')).toHaveAttribute('data-outcome', 'done');
  await expect(logged(walking)).toHaveCount(1);
  await expect(yoga.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await expect(yoga.locator('[data-outcome]')).toHaveCount(0);
});

test('a strict Content-Security-Policy is served and nothing violates it', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ['/pages/clinic-post.html', '/wp-content/uploads/momentum/']) {
    await page.evaluate(() => localStorage.clear()).catch(() => {});
    const response = await page.goto(`${site.origin}${path}`);
    expect(response.headers()['content-security-policy']).toBe(CSP);
    const w = await onboard(page);
    await visitEveryView(w);
    await page.reload();
    await expect(logged(w).first()).toBeVisible();
  }
  // The demo page is inside the folder: its service worker registered under the same policy.
  await waitForOfflineCopy(page);
  expect(violations).toEqual([]);
});

test('over a whole visit, only the page and the widget\'s own files are requested', async ({ page, context }) => {
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  const start = site.requests.length;
  const demo = `${site.widgetFolder}index.html`;
  await page.goto(demo);
  const w = await onboard(page);
  await visitEveryView(w);
  await waitForOfflineCopy(page); // the service worker's own fetches count too
  await page.reload();
  await expect(logged(w).first()).toBeVisible();
  await page.goto(`${site.origin}/pages/clinic-post.html`);
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();

  // Nothing left the test server...
  for (const url of seen) expect(new URL(url).origin).toBe(site.origin);
  // ...and the server was asked only for the pages and the widget's folder.
  const allowed = new Set([
    '/pages/clinic-post.html',
    '/wp-content/uploads/momentum/index.html',
    '/wp-content/uploads/momentum/demo-page.css',
    '/wp-content/uploads/momentum/momentum-sw.js',
    ...WIDGET_FILES.map((f) => `/wp-content/uploads/momentum/${f}`),
  ]);
  const asked = site.requests.slice(start).filter((p) => p !== '/favicon.ico');
  expect([...new Set(asked)].filter((p) => !allowed.has(p))).toEqual([]);
  for (const f of WIDGET_FILES) expect(asked).toContain(`/wp-content/uploads/momentum/${f}`);
});
