// Clinic branding through the embed element's data attributes: used when valid, ignored with a
// console warning when not, and sensible defaults when absent.
import { test, expect } from '@playwright/test';
import { widget, failOnPageErrors, setDay, startReadiness, answerReadiness, answerQuestions } from './helpers.mjs';

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
  const link = w.getByRole('link', { name: 'Talk with Avesta Ketamine and Wellness' });
  await expect(link).toHaveAttribute('href', 'https://clinic.example/consultation');
  const accent = await w.evaluate((host) => getComputedStyle(host).getPropertyValue('--momentum-accent').trim());
  expect(accent).toBe('#5a3e85');
  const buttonColour = await w.locator('.primary').first().evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(buttonColour).toBe('rgb(90, 62, 133)');
  await startReadiness(w);
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
      'data-consult-url="javascript:alert(1)" data-week-start="wednesday"',
  );
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(w.getByRole('link')).toHaveCount(0);
  await expect(w.getByText('Talk with your care team about what is right for you.')).toBeVisible();
  expect(warnings.filter((t) => t.startsWith('Momentum:'))).toHaveLength(4);
  expect(await page.evaluate(() => localStorage.getItem('momentum/default'))).not.toBeNull();
  await answerReadiness(w);
  expect((await w.locator('.days .pill').first().textContent()).trim()).toBe('Monday');
});
