// The Momentum block, placed by the people who write a clinic's articles: an Author through the
// block inserter of the real block editor, and a Contributor whose post an Editor publishes.
import { test, expect, MAIN, newPostInEditor, insertBlock, publishFromEditor, savePost, uniqueTitle } from '../wp.mjs';
import { widget, setDay, answerReadiness, buildPlan, tickFirstSession, storedRecord } from '../../e2e/helpers.mjs';

test('an Author adds the block from the inserter, publishes, and the widget works on the post', async ({ as, visitor }) => {
  const author = await as('author');
  await newPostInEditor(author, uniqueTitle('Moving gently'));
  await insertBlock(author, 'Momentum', /Momentum exercise plan/);
  // The block's settings, in the editor's sidebar; its preview repeats them.
  await author.getByRole('button', { name: 'Settings', exact: true }).click();
  await author.getByRole('textbox', { name: 'Clinic name' }).fill('Avesta Ketamine and Wellness');
  await author.getByRole('combobox', { name: 'Week starts on' }).selectOption('sunday');
  const preview = author.locator('.momentum-preview');
  await expect(preview).toContainText('Clinic name: Avesta Ketamine and Wellness');
  await expect(preview).toContainText('Week starts on: sunday');
  const content = await author.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
  expect(content, 'the post keeps a block comment only').toBe(
    '<!-- wp:momentum/exercise-plan {"clinic_name":"Avesta Ketamine and Wellness","week_start":"sunday"} /-->',
  );
  const link = await publishFromEditor(author);

  await setDay(visitor, '2026-01-07'); // a Wednesday
  await visitor.goto(link);
  const host = visitor.locator('[data-momentum]');
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-clinic-name', 'Avesta Ketamine and Wellness');
  await expect(host).toHaveAttribute('data-week-start', 'sunday');
  // One loader, as an ES module from the plugin's folder, printed by the plugin.
  const loaders = visitor.locator('script[src*="momentum.js"]');
  await expect(loaders).toHaveCount(1);
  await expect(loaders).toHaveAttribute('type', 'module');
  await expect(loaders).toHaveAttribute('src', `${MAIN}/wp-content/plugins/momentum/widget/momentum.js`);

  const w = widget(visitor);
  await expect(w.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(w.getByText('talk with Avesta Ketamine and Wellness before becoming much more active.')).toBeVisible();
  // In its own shadow root, styled by its own stylesheet: the theme's CSS stays out.
  expect(await host.evaluate((el) => el.shadowRoot?.adoptedStyleSheets.length ?? 0)).toBeGreaterThan(0);

  await answerReadiness(w);
  expect((await w.locator('.days .pill').first().textContent()).trim(), 'the week starts on Sunday').toBe('Sunday');
  await buildPlan(w);
  await tickFirstSession(w);
  await visitor.reload();
  await expect(w.locator('article.session[data-outcome="done"]').first(), 'the tick survives a reload').toBeVisible();
  expect(await storedRecord(visitor)).not.toBeNull();
  expect(visitor.context().offsite, 'the post asks nothing of another server').toEqual([]);
});

test("a Contributor's block goes live when an Editor publishes it", async ({ as, visitor }) => {
  const contributor = await as('contributor');
  const post = await savePost(contributor, {
    title: uniqueTitle('Small steps'),
    content: '<!-- wp:momentum/exercise-plan {"clinic_name":"Riverside Clinic"} /-->',
    status: 'pending',
  });
  expect(post.status).toBe('pending');
  await visitor.goto(post.link);
  await expect(visitor.locator('[data-momentum]'), 'not public before review').toHaveCount(0);

  const editor = await as('editor');
  const published = await savePost(editor, { id: post.id, status: 'publish' });
  expect(published.content.raw).toBe('<!-- wp:momentum/exercise-plan {"clinic_name":"Riverside Clinic"} /-->');
  await visitor.goto(published.link);
  await expect(widget(visitor).getByText('talk with Riverside Clinic before becoming much more active.')).toBeVisible();
});
