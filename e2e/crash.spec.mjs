// When the widget itself fails: a bug stops its WebAssembly at once (release builds trap), and
// the loader must turn a frozen widget into a kind message, log the error, and touch no data.
import { test, expect } from '@playwright/test';
import { widget, setDay, onboard, tickFirstSession, storedRecord } from './helpers.mjs';

test('a crash inside the widget says so in the widget, logs the error and keeps the data', async ({ page }) => {
  await setDay(page, '2026-01-05');
  const logged = [];
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text());
  });
  await page.goto('/');
  const w = await onboard(page);
  await tickFirstSession(w);
  const before = await storedRecord(page);
  // Simulate a bug: yew unwraps insertBefore, so making it throw stops the wasm mid-render.
  await page.evaluate(() => {
    Node.prototype.insertBefore = () => {
      throw new Error('simulated failure');
    };
  });
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await expect(w.getByRole('alert')).toContainText('Something went wrong in Momentum, sorry.');
  await expect(w.getByRole('alert')).toContainText('Reloading the page should bring it back.');
  await expect(w.getByRole('button')).toHaveCount(0);
  expect(logged.some((text) => text.startsWith('Momentum stopped after an internal error'))).toBe(true);
  expect(await storedRecord(page)).toEqual(before);
});

test('an error from other code on the page leaves the widget alone', async ({ page }) => {
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = await onboard(page);
  await page.evaluate(async () => {
    const error = new WebAssembly.RuntimeError('unreachable in someone else\'s module');
    dispatchEvent(new ErrorEvent('error', { error, cancelable: true }));
    Promise.reject(error);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  await expect(w.getByRole('button', { name: 'Plan', exact: true })).toBeVisible();
  await expect(w.getByRole('alert')).toHaveCount(0);
});
