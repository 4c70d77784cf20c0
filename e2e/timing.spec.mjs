// The widget marks the page's performance timeline (User Timing) around reading its record;
// `make bench` measures load + parse between the marks (src/web/app.rs, `load`). No fixed clock
// here: Playwright's clock replaces the page's `performance` marks with its own.
import { test, expect } from '@playwright/test';
import { widget, failOnPageErrors } from './helpers.mjs';

test('reading the record is marked on the page\'s performance timeline', async ({ page }) => {
  failOnPageErrors(page);
  await page.goto('/');
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const marks = await page.evaluate(() => ['momentum:load-start', 'momentum:load-end']
    .map((name) => performance.getEntriesByName(name, 'mark').length));
  expect(marks).toEqual([1, 1]);
});
