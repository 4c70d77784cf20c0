// The skeleton widget on the demo page: it mounts in a shadow root, keeps the visitor's choice
// across a reload, and is immune to the host page's CSS.
import { test, expect } from '@playwright/test';

const widget = (page) => page.locator('[data-momentum]');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (err) => {
    throw err;
  });
});

test('mounts into a shadow root with its own stylesheet', async ({ page }) => {
  await page.goto('/');
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const shadow = await widget(page).evaluate((host) => ({
    open: host.shadowRoot !== null,
    sheet: host.shadowRoot?.querySelector('link[rel=stylesheet]')?.getAttribute('href') ?? null,
    pageLinksWidgetCss: [...document.querySelectorAll('link')].some((l) => l.href.endsWith('momentum.css')),
  }));
  expect(shadow.open).toBe(true);
  expect(shadow.sheet).toMatch(/momentum\.css$/);
  expect(shadow.pageLinksWidgetCss).toBe(false);
});

test('a chosen activity survives a reload', async ({ page }) => {
  await page.goto('/');
  const yoga = widget(page).getByRole('checkbox', { name: /Yoga/ });
  const swimming = widget(page).getByRole('checkbox', { name: /Swimming/ });
  await expect(yoga).not.toBeChecked();
  await yoga.check();
  await expect(yoga).toBeChecked();

  const stored = await page.evaluate(() => localStorage.getItem('momentum/default'));
  expect(JSON.parse(stored).profile.activities).toContain('yoga');

  await page.reload();
  await expect(widget(page).getByRole('checkbox', { name: /Yoga/ })).toBeChecked();
  await expect(swimming).not.toBeChecked();
});

test('aggressive host-page CSS does not reach the widget', async ({ page }) => {
  await page.goto('/');
  await page.addStyleTag({
    content:
      'button, input, label, fieldset, h2 { display: none !important } ' +
      'body { color: red; font: 40px fantasy } * { background: yellow !important }',
  });
  // The host page really is affected...
  const bodyColor = await page.evaluate(() => getComputedStyle(document.body).color);
  expect(bodyColor).toBe('rgb(255, 0, 0)');

  // ...but the widget keeps its own look and stays usable.
  const walking = widget(page).getByRole('checkbox', { name: /Walking/ });
  await expect(walking).toBeVisible();
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const style = await widget(page)
    .locator('.momentum')
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily };
    });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.fontSize).toBe('16px');
  expect(style.fontFamily).not.toContain('fantasy');
  await walking.check();
  await expect(walking).toBeChecked();
});
