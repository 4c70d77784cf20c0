// Shared steps for the end-to-end tests: they drive the widget the way a visitor does.
import { expect } from '@playwright/test';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';

/** The widget on the demo page (Playwright locators pierce its open shadow root). */
export const widget = (page) => page.locator('[data-momentum]').first();

/** Fails the test on any uncaught page error. */
export function failOnPageErrors(page) {
  page.on('pageerror', (err) => {
    throw err;
  });
}

/** Fixes the page's clock at local noon of `isoDate` (YYYY-MM-DD); call before navigating. */
export async function setDay(page, isoDate) {
  await page.clock.setFixedTime(new Date(`${isoDate}T12:00:00`));
}

/** From the welcome, goes on to the readiness questions. */
export async function startReadiness(w) {
  await w.getByRole('button', { name: "Let's begin" }).click();
  await expect(w.getByRole('heading', { name: 'Before you start' })).toBeVisible();
}

/** From the welcome: goes on to the readiness questions, then answers them. */
export async function answerReadiness(w, yes = []) {
  await startReadiness(w);
  await answerQuestions(w, yes);
}

/** Answers "no" to every readiness question (or "yes" to those in `yes`) and continues. */
export async function answerQuestions(w, yes = []) {
  const questions = w.locator('fieldset.question');
  const count = await questions.count();
  expect(count).toBe(7);
  for (let i = 0; i < count; i++) {
    await questions.nth(i).getByRole('radio', { name: yes.includes(i) ? 'Yes' : 'No' }).check();
  }
  await w.getByRole('button', { name: 'Continue' }).click();
}

/** Builds a plan from the setup form. */
export async function buildPlan(w, { activities = ['Walking'], minutes = 10, days = ['Monday', 'Wednesday', 'Friday'] } = {}) {
  for (const a of activities) await w.getByRole('checkbox', { name: new RegExp(a) }).check();
  await w.getByRole("radio", { name: `${minutes} min`, exact: true }).check();
  for (const d of days) await w.getByRole('checkbox', { name: d, exact: true }).check();
  await w.getByRole('button', { name: 'Make my plan' }).click();
  await expect(w.getByRole('heading', { name: /^Today/ })).toBeVisible();
}

/** A full onboarding with defaults: readiness all "no", then the plan. */
export async function onboard(page, plan) {
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await answerReadiness(w);
  await buildPlan(w, plan);
  return w;
}

/** Ticks off the first open session of today with the prefilled minutes (and moods if given). */
export async function tickFirstSession(w, { effort = 'Just right', moodBefore, moodAfter } = {}) {
  await w.getByRole('button', { name: 'Done', exact: true }).first().click();
  await w.getByRole('radio', { name: effort }).check();
  if (moodBefore || moodAfter) {
    await w.getByText('Add mood or a note (optional)').click();
    if (moodBefore) await w.getByRole('group', { name: /Mood before/ }).getByRole('radio', { name: String(moodBefore) }).check();
    if (moodAfter) await w.getByRole('group', { name: /Mood after/ }).getByRole('radio', { name: String(moodAfter) }).check();
  }
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(w.locator('article.session[data-outcome="done"]').first()).toBeVisible();
}

/** The cards of logged sessions ('done' or 'skipped'). */
export const logged = (w, outcome = 'done') => w.locator(`article.session[data-outcome="${outcome}"]`);

/** The stored record of the default widget, parsed. */
export async function storedRecord(page, key = 'momentum/default') {
  const text = await page.evaluate((k) => localStorage.getItem(k), key);
  return text === null ? null : JSON.parse(text);
}

/** The `n`th widget on a page with several (0-based). */
export const nthWidget = (page, n) => page.locator('[data-momentum]').nth(n);

/**
 * After onboarding: ticks today's first session, then visits every view the widget has, so a
 * test can watch what a whole visit does (requests, CSP reports, console messages).
 */
export async function visitEveryView(w) {
  await tickFirstSession(w);
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.getByRole('button', { name: /Add the next 4 weeks to my calendar/ })).toBeVisible();
  await w.getByRole('button', { name: 'Progress' }).click();
  await expect(w.locator('section.chart')).toHaveCount(4);
  await w.getByRole('button', { name: 'Settings' }).click();
  await expect(w.getByRole('button', { name: 'Change my plan' })).toBeVisible();
}

/**
 * A site like a clinic's, in a fresh temporary folder: the built widget (dist/) uploaded to
 * /wp-content/uploads/momentum/ and the test pages in e2e/pages/ under /pages/. Resolves with
 * the server, its origin, the folder, and every path requested so far (`requests`).
 */
export async function serveSite({ csp = '', headers = {} } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'momentum-site-'));
  await cp('dist', join(root, 'wp-content/uploads/momentum'), { recursive: true });
  await cp('e2e/pages', join(root, 'pages'), { recursive: true });
  const requests = [];
  const server = await serve({ root, port: 0, csp, headers, onRequest: (path) => requests.push(path) });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    server, origin, root, requests, widgetFolder: `${origin}/wp-content/uploads/momentum/`,
    /** Stops the server and removes the copied site. */
    async close() {
      server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Collects CSP violations (events, and Chromium's console reports) seen by `page`. */
export async function watchCsp(page) {
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  await page.exposeFunction('__momentumCspViolation', (v) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__momentumCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
      true,
    );
  });
  return violations;
}

/** Resolves once the page's Momentum service worker is active and has kept `url` in its cache. */
export async function waitForOfflineCopy(page, url = page.url()) {
  await expect
    .poll(
      () =>
        page.evaluate(async (u) => {
          const names = (await caches.keys()).filter((n) => n.startsWith('momentum:'));
          for (const name of names) if (await (await caches.open(name)).match(u)) return true;
          return false;
        }, url),
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** Puts `text` under the default widget's key, then opens the demo page so the widget reads it. */
export async function plantAndReload(page, text, key = 'momentum/default') {
  // Planted from a page of the same origin with no widget on it, so no widget's pending save
  // can land after the planted text and overwrite it.
  await page.goto('/no-widget-here');
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [key, text]);
  await page.goto('/');
}

/** The tab button of screen `id` ('today', 'plan', 'progress' or 'settings'). */
export const tab = (w, id) => w.locator(`nav.tabs button[data-tab="${id}"]`);

/** Opens screen `id` from the tabs and waits until it is the one on show. */
export async function openTab(w, id) {
  await tab(w, id).click();
  await expect(tab(w, id)).toHaveAttribute('aria-current', 'page');
}

/** The card or row of the session on `isoDate` of `activity` (its id, e.g. 'walking'). */
export const session = (w, isoDate, activity) => w.locator(`[data-session="${isoDate}-${activity}"]`);

/** What the visitor sees of the widget (its shadow root's text as rendered), to assert on. */
export const shownText = (w) => w.evaluate((host) => (host.shadowRoot ?? host).querySelector('section').innerText);

/** The widget's markup (its shadow root's), e.g. to bound its size. */
export const widgetMarkup = (w) => w.evaluate((host) => (host.shadowRoot ?? host).innerHTML);

/** The text stored under `key`, exactly as stored (`null` when nothing is). */
export const storedText = (page, key = 'momentum/default') => page.evaluate((k) => localStorage.getItem(k), key);

/**
 * Ticks the first open session on the screen on show (Done, an effort, optionally other
 * minutes, Save) and waits until one more session shows as done. Format 5's cards and rows mark
 * a logged session with `data-outcome`.
 */
export async function logFirstOpen(w, { effort = 'Just right', minutes } = {}) {
  const done = w.locator('[data-outcome="done"]');
  const before = await done.count();
  await w.getByRole('button', { name: 'Done', exact: true }).first().click();
  if (minutes !== undefined) await w.getByLabel('Minutes you did').fill(String(minutes));
  await w.getByRole('radio', { name: effort }).check();
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(done).toHaveCount(before + 1);
}

/** Opens Settings: from its tab once a plan exists, or from the welcome's restore link. */
export async function openSettings(w) {
  await expect(w.locator('.screen h3').first()).toBeVisible(); // rendered, tabs or not
  const settingsTab = w.locator('nav.tabs button[data-tab="settings"]');
  if (await settingsTab.count()) await settingsTab.click();
  else await w.getByRole('button', { name: 'Restore from a backup' }).click();
  await expect(w.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
}
