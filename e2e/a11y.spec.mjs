// Accessibility: axe-core finds no WCAG 2.1 A/AA violations on any view (light and dark, wide and
// 320 px), and a visitor can complete the whole flow with the keyboard alone.
import { test, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import {
  widget, failOnPageErrors, setDay, startReadiness, answerReadiness, answerQuestions, buildPlan, storedRecord, plantAndReload,
  logged, session,
} from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the widget (it pierces the open shadow root) and returns the violations. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { include: [['[data-momentum]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' > ')}: ${n.failureSummary}`),
    }));
  });
}

/** Visits every view of the widget, checking each with axe. */
async function checkEveryView(page) {
  const w = widget(page);
  const check = async (view) => expect(await axeViolations(page), view).toEqual([]);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await check('welcome');
  await startReadiness(w);
  await check('readiness questions');
  await w.getByRole('button', { name: 'Continue' }).click();
  await expect(w.locator('.form-error')).toBeVisible();
  await check('readiness questions with a form error');
  await answerQuestions(w, [1]);
  await check('build your plan (gentle)');
  await buildPlan(w);
  await check('today');
  await w.getByRole('button', { name: 'Done', exact: true }).first().click();
  await w.getByText('Add mood or a note (optional)').click();
  await check('today, logging a session');
  await w.getByRole('button', { name: 'Save', exact: true }).click();
  await check('today, session done');
  for (const tab of ['Plan', 'Progress', 'Settings']) {
    await w.getByRole('button', { name: tab, exact: true }).click();
    await check(tab);
  }
  await w.getByRole('button', { name: 'Start over' }).click();
  await check('settings, confirming start over');
  await w.getByRole('button', { name: 'Change my plan' }).click();
  await check('change plan');
}

for (const scheme of ['light', 'dark']) {
  for (const width of [1100, 320]) {
    test(`no axe violations on any view (${scheme}, ${width}px)`, async ({ page }) => {
      failOnPageErrors(page);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      await setDay(page, '2026-01-05');
      await page.goto('/');
      await checkEveryView(page);
      // Nothing sticks out sideways at 320 px.
      const overflow = await widget(page).evaluate((host) => host.scrollWidth - host.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('no axe violations in notices, hints, disclosures and confirmations', async ({ page }) => {
  failOnPageErrors(page);
  const check = async (view) => expect(await axeViolations(page), view).toEqual([]);
  await setDay(page, '2026-01-05');
  await plantAndReload(page, '{"version":2,');
  const w = widget(page);
  await expect(w.getByRole('alert')).toBeVisible();
  await check('unreadable-record notice');
  await answerReadiness(w);
  await buildPlan(w, { activities: ['Walking', 'Yoga'], days: ['Monday', 'Wednesday', 'Friday'] });
  await w.getByRole('button', { name: 'Plan', exact: true }).click();
  const wednesday = w.locator('li.week').first().locator('[data-session^="2026-01-07-"]');
  await wednesday.getByText('Move or swap').click();
  await expect(wednesday.getByRole('button', { name: 'Thu, Jan 8' })).toBeVisible();
  await check('move or swap open');
  // Five ticks bring the gentle backup hint.
  const days = ['2026-01-05', '2026-01-07', '2026-01-09', '2026-01-12', '2026-01-14'];
  for (const [i, day] of days.entries()) {
    await setDay(page, day);
    await page.reload();
    await w.getByRole('button', { name: 'Not today' }).first().click();
    // Saved before the next reload.
    await expect.poll(async () => (await storedRecord(page)).log.length).toBe(i + 1);
  }
  await expect(w.getByRole('button', { name: 'Download a backup' })).toBeVisible();
  await check('backup hint');
  await setDay(page, '2026-01-10');
  await page.reload();
  await expect(w.getByText('Nothing planned today')).toBeVisible();
  await check('rest day');
});

test('the whole flow works with the keyboard alone', async ({ page }) => {
  failOnPageErrors(page);
  await setDay(page, '2026-01-05');
  await page.goto('/');
  const w = widget(page);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement === document.body), 'loading takes no focus').toBe(true);

  /** Tabs until `locator` has focus (giving up after many presses), checking focus is visible. */
  async function tabTo(locator, max = 80) {
    for (let i = 0; i < max; i++) {
      if (await locator.evaluate((el) => el.getRootNode().activeElement === el)) {
        const outline = await locator.evaluate((el) => getComputedStyle(el).outlineStyle);
        expect(outline, 'focus is visible').not.toBe('none');
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`never reached ${locator}`);
  }

  await tabTo(w.getByRole('button', { name: "Let's begin" }));
  await page.keyboard.press('Enter');
  // The pressed button is gone with its screen; focus goes to the new screen's heading.
  await expect(w.getByRole('heading', { name: 'Before you start' })).toBeFocused();

  // Readiness: in each radio group, Tab reaches the group and arrow keys choose.
  const groups = w.locator('fieldset.question');
  for (let i = 0; i < 7; i++) {
    await tabTo(groups.nth(i).getByRole('radio', { name: 'Yes' }));
    await page.keyboard.press('ArrowRight'); // moves to (and selects) "No"
    await expect(groups.nth(i).getByRole('radio', { name: 'No' })).toBeChecked();
  }
  await tabTo(w.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { name: 'Build your plan' })).toBeFocused();

  await tabTo(w.getByRole('checkbox', { name: /Walking/ }));
  await page.keyboard.press('Space');
  // Tab lands on the checked radio of a group (10 minutes is preselected); arrows change it.
  await tabTo(w.getByRole('radio', { name: '10 min', exact: true }));
  await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('radio', { name: '15 min', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(w.getByRole('radio', { name: '10 min', exact: true })).toBeChecked();
  for (const day of ['Monday', 'Wednesday', 'Friday']) {
    await tabTo(w.getByRole('checkbox', { name: day, exact: true }));
    await page.keyboard.press('Space');
  }
  await tabTo(w.getByRole('button', { name: 'Make my plan' }));
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { name: /^Today/ })).toBeFocused();

  await tabTo(w.getByRole('button', { name: 'Done', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(w.getByRole('radio', { name: 'Just right' }));
  await tabTo(w.getByRole('button', { name: 'Save', exact: true }));
  await page.keyboard.press('Enter');
  // The Save button went with the form: focus goes to the kind words beside the session.
  const walk = session(w, '2026-01-05', 'walking');
  await expect(logged(w)).toHaveCount(1);
  await expect(walk.locator('h4')).toContainText('Walking: done, 10 min');
  await expect(walk.locator('p.status-line')).toContainText('Well done');
  await expect(walk.locator('p.status-line')).toBeFocused();

  const progressTab = w.getByRole('button', { name: 'Progress', exact: true });
  await tabTo(progressTab);
  await page.keyboard.press('Enter');
  await expect(w.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(progressTab, 'a tab keeps the focus').toBeFocused();
});
