// Regenerates the README's screenshots from the release build in dist/ (run `make build` first):
//   node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';

const PORT = 4174;
const server = await serve({ root: 'dist', port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const widget = page.locator('[data-momentum]');
  await widget.getByRole('checkbox', { name: /Walking/ }).check();
  await widget.getByRole('checkbox', { name: /Yoga/ }).check();
  await widget.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.screenshot({ path: 'docs/screenshots/demo.png' });
  await page.setViewportSize({ width: 360, height: 780 });
  await widget.scrollIntoViewIfNeeded();
  await widget.screenshot({ path: 'docs/screenshots/widget-phone.png' });
} finally {
  await browser.close();
  server.close();
}
