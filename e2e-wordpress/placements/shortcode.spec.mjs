// The [momentum] shortcode, written by an Author: every setting reaches the widget's element,
// and two placements on one page share one loader.
import { test, expect, MAIN, newPostInEditor, insertBlock, publishFromEditor, savePost, uniqueTitle } from '../wp.mjs';
import { widget, nthWidget, setDay, answerReadiness } from '../../e2e/helpers.mjs';

test('an Author writes the shortcode in a Shortcode block; its settings reach the widget', async ({ as, visitor }) => {
  const author = await as('author');
  await newPostInEditor(author, uniqueTitle('Walking together'));
  await insertBlock(author, 'Shortcode', 'Shortcode');
  const shortcode =
    '[momentum clinic_name="Avesta Ketamine and Wellness" consult_url="/contact/" accent="#5a3e85" ' +
    'week_start="Sunday" support_text="Call or text 988" support_url="tel:988" lang="en-US" offline="off" ' +
    'offline_scope="/" storage_key="walking-group"]';
  await author.getByRole('textbox', { name: 'Shortcode text' }).fill(shortcode);
  const link = await publishFromEditor(author);

  await setDay(visitor, '2026-01-07');
  await visitor.goto(link);
  const host = visitor.locator('[data-momentum]');
  // The data attributes as printed (the widget adds its own inline style for the accent).
  const attributes = await host.evaluate((el) =>
    Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])));
  expect(attributes).toEqual({
    'data-momentum': '',
    'data-clinic-name': 'Avesta Ketamine and Wellness',
    'data-consult-url': '/contact/',
    'data-accent': '#5a3e85',
    'data-week-start': 'sunday',
    'data-support-text': 'Call or text 988',
    'data-support-url': 'tel:988',
    'data-lang': 'en',
    'data-offline': 'off',
    'data-offline-scope': '/',
    'data-storage-key': 'walking-group',
  });
  const w = widget(visitor);
  await expect(w.getByRole('link', { name: 'Talk with Avesta Ketamine and Wellness' })).toHaveAttribute('href', '/contact/');
  const accent = await host.evaluate((el) => getComputedStyle(el).getPropertyValue('--momentum-accent').trim());
  expect(accent).toBe('#5a3e85');
  await answerReadiness(w);
  expect((await w.locator('.days .pill').first().textContent()).trim()).toBe('Sunday');
  expect(await visitor.evaluate(() => localStorage.getItem('momentum/walking-group'))).not.toBeNull();
});

test('two shortcodes on one page: two widgets, each with its own record, and one loader', async ({ as, visitor }) => {
  const author = await as('author');
  const post = await savePost(author, {
    title: uniqueTitle('Two groups'),
    content: '<!-- wp:shortcode -->[momentum storage_key="walking"]<!-- /wp:shortcode -->\n'
      + '<!-- wp:paragraph --><p>Or yoga:</p><!-- /wp:paragraph -->\n'
      + '<!-- wp:shortcode -->[momentum storage_key="yoga" clinic_name="Yoga room"]<!-- /wp:shortcode -->',
  });
  await visitor.goto(post.link);
  await expect(visitor.locator('[data-momentum]')).toHaveCount(2);
  await expect(visitor.locator(`script[src="${MAIN}/wp-content/plugins/momentum/widget/momentum.js"]`)).toHaveCount(1);
  await expect(nthWidget(visitor, 0).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(nthWidget(visitor, 1).getByText('talk with Yoga room before becoming much more active.')).toBeVisible();
  await expect.poll(() => visitor.evaluate(() => [localStorage.getItem('momentum/walking'), localStorage.getItem('momentum/yoga')].every(Boolean))).toBe(true);
});

test('a page without a placement gets no loader', async ({ as, visitor }) => {
  const author = await as('author');
  const post = await savePost(author, { title: uniqueTitle('Sleep'), content: '<!-- wp:paragraph --><p>Rest well.</p><!-- /wp:paragraph -->' });
  await visitor.goto(post.link);
  await expect(visitor.getByText('Rest well.')).toBeVisible();
  await expect(visitor.locator('script[src*="momentum"]')).toHaveCount(0);
});
