// Regenerates the screenshots in docs/screenshots/ from the release build in dist/ (run
// `make build` first):
//   node scripts/screenshots.mjs             # every screen at 320, 390 and 1280 px, light and dark
//   node scripts/screenshots.mjs today plan  # only these screens
// Files are named <screen>-<width>-<theme>.png, plus demo.png (the clinic page at 1280 px). The
// visitor's clock is faked and the history is made through the widget itself, so the pictures
// are the same on every run and show what a visitor's own taps produce.
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';
import { answerReadiness, onboard, setDay, startReadiness, tickFirstSession, widget } from '../e2e/helpers.mjs';

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const WIDTHS = [320, 390, 1280];
const THEMES = ['light', 'dark'];
/** The day the pictures are taken: a Friday in week 2, with a session planned. */
const TODAY = '2026-01-16';

/** Each screen: whether it needs the visitor's history, and how to reach it from the first one. */
const SCREENS = {
  welcome: { history: false, reach: async () => {} },
  readiness: { history: false, reach: (w) => startReadiness(w) },
  setup: { history: false, reach: (w) => answerReadiness(w) },
  today: { history: true, reach: async () => {} },
  'today-done': {
    history: true,
    reach: async (w) => {
      await w.getByRole('button', { name: 'Done', exact: true }).first().click();
      await w.getByText('Add mood or a note (optional)').click();
    },
  },
  plan: { history: true, reach: (w) => w.locator('button[data-tab="plan"]').click() },
  progress: { history: true, reach: (w) => w.locator('button[data-tab="progress"]').click() },
  settings: { history: true, reach: (w) => w.locator('button[data-tab="settings"]').click() },
  summary: {
    history: true,
    reach: async (w) => {
      await w.locator('button[data-tab="progress"]').click();
      await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
    },
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted) if (!SCREENS[name]) throw new Error(`no screen "${name}": ${Object.keys(SCREENS).join(', ')}`);
const screens = wanted.length ? wanted : Object.keys(SCREENS);

const server = await serve({ root: 'dist', port: PORT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const out = (name) => `docs/screenshots/${name}.png`;

/** Two weeks of a visitor's taps: a plan made on Monday 5 January, five sessions ticked with moods. */
async function makeHistory() {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await setDay(page, '2026-01-05');
  await page.goto(`${ORIGIN}/`);
  const w = await onboard(page, { activities: ['Walking', 'Yoga'], minutes: 10, days: ['Monday', 'Wednesday', 'Friday'] });
  await tickFirstSession(w, { moodBefore: 2, moodAfter: 4 });
  for (const [day, before, after] of [['2026-01-07', 3, 4], ['2026-01-09', 2, 3], ['2026-01-12', 3, 5], ['2026-01-14', 3, 4]]) {
    await setDay(page, day);
    await page.reload();
    await tickFirstSession(w, { moodBefore: before, moodAfter: after });
  }
  const record = await page.evaluate(() => localStorage.getItem('momentum/default'));
  await page.close();
  return record;
}

try {
  const record = await makeHistory();

  // The clinic's page as a visitor first meets it.
  const demo = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await setDay(demo, TODAY);
  await demo.goto(`${ORIGIN}/`);
  await widget(demo).getByRole('heading', { name: 'Welcome' }).waitFor();
  await demo.evaluate(() => {
    const top = document.querySelector('[data-momentum]').getBoundingClientRect().top;
    window.scrollTo(0, window.scrollY + top - 260);
  });
  await demo.screenshot({ path: out('demo') });
  await demo.close();

  for (const name of screens) {
    const screen = SCREENS[name];
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
        await setDay(page, TODAY);
        if (screen.history) await page.addInitScript((text) => localStorage.setItem('momentum/default', text), record);
        await page.goto(`${ORIGIN}/`);
        const w = widget(page);
        await w.locator('.screen h3').first().waitFor();
        await screen.reach(w);
        await w.locator('.screen h3').first().waitFor();
        // Let the focus ring and any status line settle before the picture.
        await page.waitForTimeout(150);
        await w.locator('.momentum').screenshot({ path: out(`${name}-${width}-${theme}`) });
        await page.close();
      }
    }
  }
  console.log(`screenshots: ${screens.length * WIDTHS.length * THEMES.length + 1} files in docs/screenshots/`);
} finally {
  await browser.close();
  server.close();
}
