// Regenerates the README's screenshots from the release build in dist/ (run `make build` first):
//   node scripts/screenshots.mjs
// The visitor's clock is faked so the pictures are the same on every run.
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';
import { onboard, setDay, startReadiness, tickFirstSession, widget } from '../e2e/helpers.mjs';

const PORT = 4174;
const server = await serve({ root: 'dist', port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const out = (name) => `docs/screenshots/${name}.png`;
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await setDay(page, '2026-01-05');
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const w = widget(page);
  await w.getByRole('heading', { name: 'Welcome' }).waitFor();
  await page.evaluate(() => {
    const top = document.querySelector('[data-momentum]').getBoundingClientRect().top;
    window.scrollTo(0, window.scrollY + top - 260);
  });
  await page.screenshot({ path: out('demo') });
  await w.locator('.momentum').screenshot({ path: out('welcome') });
  await startReadiness(w);
  await w.locator('.momentum').screenshot({ path: out('readiness') });
  await w.getByRole('button', { name: 'Back' }).click();

  await onboard(page, { activities: ['Walking', 'Yoga'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await tickFirstSession(w, { moodBefore: 2, moodAfter: 4 });
  const days = [['2026-01-07', 3, 4], ['2026-01-09', 2, 3], ['2026-01-12', 3, 5], ['2026-01-14', 3, 4]];
  for (const [day, before, after] of days) {
    await setDay(page, day);
    await page.reload();
    await tickFirstSession(w, { moodBefore: before, moodAfter: after });
  }
  await setDay(page, '2026-01-16');
  await page.reload();
  await w.locator('.momentum').screenshot({ path: out('today') });
  await w.getByRole('button', { name: 'Progress' }).click();
  await w.locator('.momentum').screenshot({ path: out('progress') });
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  await w.locator('li.week').nth(1).screenshot({ path: out('plan-week') });

  await page.setViewportSize({ width: 360, height: 780 });
  await w.getByRole('button', { name: 'Today', exact: true }).click();
  await w.locator('.momentum').screenshot({ path: out('widget-phone') });
} finally {
  await browser.close();
  server.close();
}
