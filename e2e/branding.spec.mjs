// Clinic branding through the embed element's data attributes: used when valid, ignored with a
// console warning when not, and sensible defaults when absent.
import { test, expect } from '@playwright/test';
import { widget, failOnPageErrors, setDay, startReadiness, answerReadiness, answerQuestions } from './helpers.mjs';

// The pages below are page.route() answers, which a service worker's own requests bypass; the
// built folder is served at the site root here, so the worker would control every page.
test.use({ serviceWorkers: 'block' });

/** Serves a page at /<name>.html that embeds the widget with `attributes`. */
async function embedPage(page, name, attributes) {
  await page.route(`**/${name}.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>${name}</title><main>
        <div data-momentum ${attributes}></div>
        <script type="module" src="momentum.js"></script></main></html>`,
    }),
  );
  await page.goto(`/${name}.html`);
}

/** [r, g, b] of a computed colour such as "rgb(90, 62, 133)". */
const channels = (colour) => colour.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);

/** WCAG 2 contrast ratio of two computed colours. */
function contrast(a, b) {
  const luminance = (colour) => {
    const [r, g, b] = channels(colour).map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** HSL hue in degrees, or null for a grey. */
function hue(colour) {
  const [r, g, b] = channels(colour).map((c) => c / 255);
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) return null;
  const h = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return h * 60;
}

/** The advice to talk with a clinician, as the widget says it once per screen without a clinic name. */
const DEFAULT_ADVICE =
  'Momentum offers general encouragement, not medical advice. If you have a health condition, ' +
  'talk with your care team before becoming much more active.';

const hexToRgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-07'); // a Wednesday
});

test('clinic name, accent colour, consultation link and a Sunday week start are used', async ({ page }) => {
  await embedPage(
    page,
    'branded',
    'data-storage-key="branded" data-clinic-name="Avesta Ketamine and Wellness" data-accent="#5a3e85" ' +
      'data-consult-url="https://clinic.example/consultation" data-week-start="sunday"',
  );
  const w = widget(page);
  const link = w.getByRole('link', { name: 'talk with Avesta Ketamine and Wellness', exact: true });
  await expect(link).toHaveAttribute('href', 'https://clinic.example/consultation');
  await expect(w.locator('p.disclaimer')).toHaveText(
    'Momentum offers general encouragement, not medical advice. If you have a health condition, ' +
      'talk with Avesta Ketamine and Wellness before becoming much more active.',
  );
  const accent = await w.evaluate((host) => getComputedStyle(host).getPropertyValue('--momentum-accent').trim());
  expect(accent).toBe('#5a3e85');
  const buttonColour = await w.locator('.primary').first().evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(buttonColour).toBe('rgb(90, 62, 133)');
  await startReadiness(w);
  await expect(link, 'the readiness questions offer the consultation link too, once').toHaveCount(1);
  await expect(link, 'the readiness questions offer the consultation link too').toBeVisible();

  await answerQuestions(w);
  const days = await w.locator('.days .pill').allTextContents();
  expect(days[0].trim()).toBe('Sunday');
  expect(days[6].trim()).toBe('Saturday');
  expect(await page.evaluate(() => localStorage.getItem('momentum/branded'))).not.toBeNull();
});

test('bad values are ignored with a console warning each, and defaults apply', async ({ page }) => {
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await embedPage(
    page,
    'bad-branding',
    'data-storage-key="../oops" data-accent="red; background:url(x)" ' +
      'data-consult-url="javascript:alert(1)" data-week-start="wednesday" ' +
      'data-lang="fr" data-support-text=" " data-support-url="tel:call-us"',
  );
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(w.getByRole('link')).toHaveCount(0);
  await expect(w.getByText(DEFAULT_ADVICE, { exact: true })).toHaveCount(1);
  await expect(w.getByText(DEFAULT_ADVICE, { exact: true })).toBeVisible();
  expect(warnings.filter((t) => t.startsWith('Momentum:'))).toHaveLength(7);
  expect(await page.evaluate(() => localStorage.getItem('momentum/default'))).not.toBeNull();
  await answerReadiness(w);
  expect((await w.locator('.days .pill').first().textContent()).trim()).toBe('Monday');
});

test('a consultation link that would leave the site, or is not https, is refused with a warning', async ({ page }) => {
  const warnings = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  // Browsers read //host and /\host as another site, though both look like paths.
  for (const [i, url] of ['//evil.example/phish', '/\\evil.example/phish', 'http://clinic.example/consult'].entries()) {
    warnings.length = 0;
    await embedPage(page, `consult-${i}`, `data-consult-url="${url}"`);
    const w = widget(page);
    await expect(w.getByText(DEFAULT_ADVICE, { exact: true })).toBeVisible();
    await expect(w.getByRole('link'), url).toHaveCount(0);
    expect(warnings.filter((t) => t.startsWith('Momentum: data-consult-url')), url).toHaveLength(1);
  }
  // A path on the clinic's own site is fine.
  await embedPage(page, 'consult-path', 'data-consult-url="/contact/"');
  await expect(widget(page).getByRole('link', { name: 'talk with your care team', exact: true })).toHaveAttribute('href', '/contact/');
});

test('the accent is used in light and dark mode, with readable text on it and readable links', async ({ page }) => {
  const DEFAULTS = { light: '#1d6b64', dark: '#6fc7bd' };
  for (const [i, accent] of ['#ffff00', '#5a3e85', '#e0f', '#000000', '#ffffff', null].entries()) {
    await embedPage(page, `accent-${i}`, `data-consult-url="/consult/" ${accent ? `data-accent="${accent}"` : ''}`);
    const w = widget(page);
    await expect(w.getByRole('link', { name: 'talk with your care team', exact: true })).toBeVisible();
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const what = `${accent ?? 'no accent'}, ${colorScheme}`;
      const seen = await w.evaluate((host) => {
        const style = (selector) => getComputedStyle(host.shadowRoot.querySelector(selector));
        const button = style('button.primary');
        return { fill: button.backgroundColor, ink: button.color, link: style('a').color, panel: style('.momentum').backgroundColor };
      });
      expect(contrast(seen.ink, seen.fill), `${what}: text on the accent`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(seen.link, seen.panel), `${what}: the accent as a link`).toBeGreaterThanOrEqual(4.5);
      expect(seen.link, `${what}: links and buttons share the accent`).toBe(seen.fill);
      if (!accent) {
        expect(seen.fill, what).toBe(hexToRgb(DEFAULTS[colorScheme]));
      } else if (hue(hexToRgb(accent.length === 4 ? `#${[...accent.slice(1)].map((c) => c + c).join('')}` : accent)) === null) {
        expect(hue(seen.fill), `${what}: a grey stays grey`).toBeNull();
      } else {
        const wanted = hue(hexToRgb(accent.length === 4 ? `#${[...accent.slice(1)].map((c) => c + c).join('')}` : accent));
        const off = Math.abs(hue(seen.fill) - wanted);
        expect(Math.min(off, 360 - off), `${what}: the clinic's hue`).toBeLessThan(5);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
});
