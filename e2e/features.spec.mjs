// What no other tool gives a clinic's visitors (issue 18), in the release build: the summary for
// a clinician (its print layout: one page), what the mood notes show, the clinic's support line,
// Spanish, and Momentum as an app (installable, offline, progress moved by a backup file).
import { test, expect } from '@playwright/test';

/** Monday 5 January 2026 plus `n` days, as YYYY-MM-DD. */
const day = (n) => new Date(Date.UTC(2026, 0, 5 + n)).toISOString().slice(0, 10);

/** A format-5 record: walking and yoga on Mon/Wed/Fri from 5 Jan, `weeks` weeks of sessions
 * done with moods (better after on most days), one too hard, one note, one unplanned swim. */
function record(weeks = 3, plans = [{ start: day(0) }]) {
  const log = [];
  for (let w = 0; w < weeks; w++) {
    for (const [d, activity] of [[0, 'walking'], [2, 'yoga'], [4, 'walking']]) {
      const n = w * 7 + d;
      const after = n % 4 === 0 ? 3 : 4;
      log.push([day(n), activity, 'done', 10, n === 7 ? 'too_hard' : 'just_right', 3, after]);
    }
  }
  log.push([day(3), 'swimming', 'done', 20]);
  log.push([day(1), 'other', 'done', 15, null, null, null, 'Danced in the kitchen']);
  log.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  return JSON.stringify({
    version: 5,
    choices: { activities: ['walking', 'yoga'], minutes_today: 10, weekdays: ['Mon', 'Wed', 'Fri'], gentle: false },
    readiness: [false, false, false, false, false, false, false],
    plans,
    weeks: [],
    moves: [],
    log,
    settings: { ticks_since_backup: 0, last_backup: null },
  });
}

/** Serves `path` as the app page with `attrs` on the widget and `lang` on the page. */
async function pageWith(page, path, { attrs = '', lang = 'en' } = {}) {
  await page.route(`**${path}`, async (route) => {
    const app = await (await page.request.get('/app.html')).text();
    const body = app.replace('<html lang="en">', `<html lang="${lang}">`).replace('<div data-momentum>', `<div data-momentum ${attrs}>`);
    await route.fulfill({ body, contentType: 'text/html; charset=utf-8' });
  });
}

/** How many pages a PDF from page.pdf() has. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function open(page, { at = 20, stored = record(), path = '/' } = {}) {
  await page.clock.setFixedTime(new Date(`${day(at)}T12:00:00`));
  await page.addInitScript((text) => {
    if (text && !sessionStorage.getItem('seeded')) {
      localStorage.setItem('momentum/default', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, stored);
  await page.goto(path);
  const w = page.locator('[data-momentum]').first();
  await expect(w.locator('.screen h3').first()).toBeVisible();
  return w;
}

test('the summary for a clinician prints alone on one page, with only the ticked notes', async ({ page }) => {
  const w = await open(page);
  await w.locator('button[data-tab="progress"]').click();
  await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
  await expect(w.getByRole('heading', { name: 'My Momentum summary' })).toBeVisible();
  await expect(w.getByText('Nothing was sent anywhere')).toBeVisible();
  await expect(w.locator('table.summary-weeks tbody tr')).toHaveCount(3);
  await expect(w.getByText('Sessions that felt too hard')).toBeVisible();
  // The note is not included until ticked.
  const note = w.locator('.summary-notes li');
  await expect(note).not.toHaveAttribute('data-included', 'true');
  await note.getByRole('checkbox').check();
  await expect(note).toHaveAttribute('data-included', 'true');

  // Print: the button copies the widget alone into the print box; keep it for the PDF.
  await page.evaluate(() => { window.print = () => {}; });
  for (const format of ['A4', 'Letter']) {
    // Each print is its own: the copy and the page's print rules go at "afterprint", which
    // making a PDF fires too.
    await page.emulateMedia({ media: 'screen' });
    await w.getByRole('button', { name: 'Print or save as PDF' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > .momentum-print')).toBeAttached();
    await expect(page.locator('article.post')).toBeHidden();
    // The printed copy holds the ticked note and no buttons.
    const printed = page.locator('body > .momentum-print .summary');
    await expect(printed.getByText('Danced in the kitchen')).toBeVisible();
    await expect(printed.getByRole('button')).toHaveCount(0);
    if (format === 'A4') await page.screenshot({ path: test.info().outputPath('summary-print.png'), fullPage: true });
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPages(pdf), format).toBe(1);
  }
  // Printing over, the page is as it was.
  await expect(page.locator('body > .momentum-print')).toHaveCount(0);
});

test('twelve weeks of history still print on one page; a longer history is summed up', async ({ page }) => {
  // A first plan of twelve weeks, then a second one begun three weeks ago.
  const w = await open(page, { at: 104, stored: record(15, [{ start: day(0) }, { start: day(84) }]) });
  await w.locator('button[data-tab="progress"]').click();
  await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
  await expect(w.locator('table.summary-weeks tbody tr')).toHaveCount(12);
  await expect(w.getByText(/The last 12 weeks are shown\. Since/)).toBeVisible();
  await page.evaluate(() => { window.print = () => {}; });
  await w.getByRole('button', { name: 'Print or save as PDF' }).click();
  await page.emulateMedia({ media: 'print' });
  expect(pdfPages(await page.pdf({ format: 'Letter' }))).toBe(1);
});

test('Progress says what the mood notes show once there are five, and a save echoes it now and then', async ({ page }) => {
  const w = await open(page);
  await w.locator('button[data-tab="progress"]').click();
  await expect(w.locator('.mood-insight')).toHaveText(/^On \d+ of the \d+ days you noted your mood before and after, you felt better after moving than before\./);
  // Too few notes: nothing is said.
  const few = await open(await page.context().newPage(), { stored: record(1) });
  await few.locator('button[data-tab="progress"]').click();
  await expect(few.locator('.mood-insight')).toHaveCount(0);
});

// The pages below are page.route() answers, which a service worker's own requests bypass (the
// build is served at the site root here, so the worker would control every page).
test.describe('on pages of their own', () => {
  test.use({ serviceWorkers: 'block' });

  test('the clinic\'s support line: after a yes, in Settings, in the summary, beside a very low mood', async ({ page, browser }) => {
    await pageWith(page, '/support.html', { attrs: 'data-support-text="Call or text 988" data-support-url="tel:988"' });
    const w = await open(page, { path: '/support.html' });
    await w.locator('button[data-tab="settings"]').click();
    await expect(w.getByRole('link', { name: 'Call or text 988' })).toHaveAttribute('href', 'tel:988');
    await w.locator('button[data-tab="today"]').click();
    await w.getByRole('button', { name: 'Log something else I did' }).click();
    await w.getByText(/mood or a note/).click();
    await expect(w.getByRole('link', { name: 'Call or text 988' })).toHaveCount(0);
    await w.getByRole('group', { name: /Mood before/ }).getByRole('radio', { name: '1' }).check();
    await expect(w.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
    await w.locator('button[data-tab="progress"]').click();
    await w.getByRole('button', { name: 'Prepare a summary for my clinician' }).click();
    await expect(w.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
    // A new visitor sees it after a "yes" in the readiness questions, not before.
    const fresh = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
    await pageWith(fresh, '/support-new.html', { attrs: 'data-support-text="Call or text 988" data-support-url="tel:988"' });
    const nw = await open(fresh, { path: '/support-new.html', stored: null });
    await nw.getByRole('button', { name: "Let's begin" }).click();
    await expect(nw.getByRole('link', { name: 'Call or text 988' })).toHaveCount(0);
    await nw.locator('fieldset.question').nth(1).getByRole('radio', { name: 'Yes' }).check();
    await expect(nw.getByRole('link', { name: 'Call or text 988' })).toBeVisible();
    // A support address that is neither tel:, sms: nor https: is refused with a warning.
    const bad = await page.context().newPage();
    const warnings = [];
    bad.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await pageWith(bad, '/support-bad.html', { attrs: 'data-support-text="Call us" data-support-url="javascript:alert(1)"' });
    const bw = await open(bad, { path: '/support-bad.html' });
    await bw.locator('button[data-tab="settings"]').click();
    await expect(bw.getByText('Call us')).toBeVisible();
    await expect(bw.getByRole('link', { name: 'Call us' })).toHaveCount(0);
    expect(warnings.some((w) => w.includes('data-support-url'))).toBe(true);
  });

  test('Spanish: every screen, dates and the calendar file follow <html lang="es">', async ({ page }) => {
    await pageWith(page, '/es.html', { lang: 'es' });
    const w = await open(page, { path: '/es.html' });
    await expect(w.getByRole('heading', { name: /^Hoy, domingo 25 de enero/ })).toBeVisible();
    await w.locator('button[data-tab="plan"]').click();
    await expect(w.getByRole('heading', { name: 'Tus doce semanas' })).toBeVisible();
    const download = page.waitForEvent('download');
    await w.getByRole('button', { name: /calendario/ }).click();
    const ics = await (await download).createReadStream().then(async (s) => {
      let text = '';
      for await (const chunk of s) text += chunk;
      return text;
    });
    expect(ics).toContain('X-WR-CALNAME:');
    expect(ics).toMatch(/SUMMARY:Caminar\\, \d+ min/);
    expect(ics).toContain('Todo movimiento cuenta');
    await w.locator('button[data-tab="settings"]').click();
    await expect(w.getByRole('heading', { name: 'Ajustes' })).toBeVisible();
    const words = await w.locator('.momentum').innerText();
    for (const english of ['Settings', 'Download a backup', 'Start over', 'Today']) expect(words).not.toContain(english);
  });
});

test('Momentum as an app: a valid manifest, installable, offline, and progress moved by a backup', async ({ browser }) => {
  // The browser tab: a visitor with progress downloads a backup.
  const web = await browser.newContext();
  const tab = await web.newPage();
  const w = await open(tab);
  await w.locator('button[data-tab="settings"]').click();
  await expect(w.getByRole('link', { name: 'Open Momentum as an app' })).toHaveAttribute('href', /app\.html$/);
  const downloaded = tab.waitForEvent('download');
  await w.getByRole('button', { name: 'Download a backup' }).click();
  const backup = await (await downloaded).path();

  // The installed app keeps its own storage (as on an iPhone): a new context, empty.
  const app = await browser.newContext();
  const page = await app.newPage();
  await page.clock.setFixedTime(new Date(`${day(20)}T12:00:00`));
  await page.goto('/app.html');
  const cdp = await app.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data)).toMatchObject({ name: 'Momentum', display: 'standalone', start_url: 'app.html' });
  const installability = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito, where Chromium never offers to install: any other
  // reason (no icon, no worker, a bad start_url) is a failure.
  const reasons = installability.installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(reasons).toEqual([]);
  const aw = page.locator('[data-momentum]');
  await expect(aw.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  // A few taps: Restore from a backup, choose the file, restore it.
  await aw.getByRole('button', { name: 'Restore from a backup' }).click();
  await aw.locator('input[type=file]').setInputFiles(backup);
  await aw.getByRole('button', { name: 'Restore it' }).click();
  await expect(aw.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await aw.locator('button[data-tab="progress"]').click();
  await expect(aw.locator('.totals dd').first()).toHaveText('11');

  // Offline: the worker kept the app page and the widget's files.
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active);
  await page.reload();
  await expect(aw.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await app.setOffline(true);
  await page.reload();
  await expect(aw.getByRole('heading', { name: /^Today/ })).toBeVisible();
  await web.close();
  await app.close();
});
