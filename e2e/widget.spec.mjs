// The widget on the demo page: it mounts in a shadow root, keeps the visitor's choices across
// a reload, and is immune to the host page's CSS.
import { test, expect } from '@playwright/test';
import { widget, failOnPageErrors, setDay, onboard, storedRecord } from './helpers.mjs';

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
});

test('mounts into a shadow root with its own stylesheet', async ({ page }) => {
  await page.goto('/');
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const shadow = await widget(page).evaluate((host) => ({
    open: host.shadowRoot !== null,
    // The loader carries the stylesheet's text; the shadow root adopted it.
    adopted: host.shadowRoot?.adoptedStyleSheets.length ?? 0,
    linked: host.shadowRoot?.querySelector('link') !== null,
    hidden: host.shadowRoot?.querySelector('[hidden]') !== null,
    pageUsesWidgetCss: [...document.querySelectorAll('link')].some((l) => l.href.endsWith('momentum.css'))
      || document.adoptedStyleSheets.length > 0,
    font: getComputedStyle(host.shadowRoot.querySelector('.momentum')).fontFamily,
  }));
  expect(shadow.open).toBe(true);
  expect(shadow.adopted).toBe(1);
  expect(shadow.linked).toBe(false);
  expect(shadow.hidden).toBe(false);
  expect(shadow.pageUsesWidgetCss).toBe(false);
  expect(shadow.font).toContain('system-ui');
});

test('without constructable stylesheets the widget links its stylesheet and shows once it has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    delete CSSStyleSheet.prototype.replaceSync;
  });
  await page.goto('/');
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const shadow = await widget(page).evaluate((host) => ({
    adopted: host.shadowRoot.adoptedStyleSheets.length,
    sheet: host.shadowRoot.querySelector('link[rel=stylesheet]')?.getAttribute('href') ?? null,
    hidden: host.shadowRoot.querySelector('[hidden]') !== null,
    font: getComputedStyle(host.shadowRoot.querySelector('.momentum')).fontFamily,
  }));
  expect(shadow.adopted).toBe(0);
  expect(shadow.sheet).toMatch(/momentum\.css$/);
  expect(shadow.hidden).toBe(false);
  expect(shadow.font).toContain('system-ui');
});

test('if the stylesheet cannot be fetched at all, the widget still starts, unstyled', async ({ page }) => {
  // Only a browser without constructable stylesheets fetches momentum.css (it links the file).
  await page.addInitScript(() => {
    delete CSSStyleSheet.prototype.replaceSync;
  });
  await page.route('**/momentum.css', (route) => route.abort());
  await page.goto('/');
  await expect(widget(page).getByRole('heading', { name: 'Momentum' })).toBeVisible();
  await expect(widget(page).getByRole('button', { name: "Let's begin" })).toBeVisible();
});

test('chosen activities survive a reload', async ({ page }) => {
  await page.goto('/');
  await onboard(page, { activities: ['Yoga', 'Swimming'], minutes: 15, days: ['Tuesday', 'Thursday'] });
  expect((await storedRecord(page)).choices.activities).toEqual(['yoga', 'swimming']);

  await page.reload();
  const w = widget(page);
  await w.getByRole('button', { name: 'Settings' }).click();
  await w.getByRole('button', { name: 'Change my plan' }).click();
  await expect(w.getByRole('checkbox', { name: /Yoga/ })).toBeChecked();
  await expect(w.getByRole('checkbox', { name: /Swimming/ })).toBeChecked();
  await expect(w.getByRole('checkbox', { name: /Walking/ })).not.toBeChecked();
  await expect(w.getByRole('radio', { name: '15 min' })).toBeChecked();
  await expect(w.getByRole('checkbox', { name: 'Thursday' })).toBeChecked();
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
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Momentum' })).toBeVisible();
  const begin = w.getByRole('button', { name: "Let's begin" });
  await expect(begin).toBeVisible();
  const style = await w.locator('.momentum').evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily, background: s.backgroundColor };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.fontSize).toBe('16px');
  expect(style.fontFamily).not.toContain('fantasy');
  expect(style.background).not.toBe('rgb(255, 255, 0)');
  await begin.click();
  const firstNo = w.getByRole('radio', { name: 'No' }).first();
  await firstNo.check();
  await expect(firstNo).toBeChecked();
});
