// Shared steps for the end-to-end tests: they drive the widget the way a visitor does.
import { expect } from '@playwright/test';

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

/** Answers "no" to every readiness question (or "yes" to those in `yes`) and continues. */
export async function answerReadiness(w, yes = []) {
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
  await expect(w.locator('.status.done').first()).toBeVisible();
}

/** The stored record of the default widget, parsed. */
export async function storedRecord(page, key = 'momentum/default') {
  const text = await page.evaluate((k) => localStorage.getItem(k), key);
  return text === null ? null : JSON.parse(text);
}
