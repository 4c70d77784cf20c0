// Offline with the plugin: a post is outside the plugin's folder, so its offline copy needs
// offline_scope="/" and the Service-Worker-Allowed header from the plugin's .htaccess (main).
// Without the header (bare: no mod_headers) the widget works on, and the console says why.
import { test, expect, site, savePost, storageState, uniqueTitle } from '../wp.mjs';
import { widget, waitForOfflineCopy } from '../../e2e/helpers.mjs';

let path;
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState('author') });
  const post = await savePost(await context.newPage(), {
    title: uniqueTitle('Offline'),
    content: '<!-- wp:momentum/exercise-plan {"offline_scope":"/"} /-->',
  });
  path = new URL(post.link).pathname;
  await context.close();
});

test('with offline_scope="/", the post opens again with no connection', async ({ visitor }) => {
  const link = `${site.servers.main}${path}`;
  await visitor.goto(link);
  await expect(widget(visitor).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await waitForOfflineCopy(visitor, link);
  await visitor.context().setOffline(true);
  await visitor.reload();
  await expect(widget(visitor).getByRole('heading', { name: 'Welcome' })).toBeVisible();
});

test('without Service-Worker-Allowed, the widget works and the console says why', async ({ visitor }) => {
  const messages = [];
  visitor.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  await visitor.goto(`${site.servers.bare}${path}`);
  await expect(widget(visitor).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect.poll(() => messages.filter((m) => m.text.startsWith('Momentum: offline copy not available here')).map((m) => m.type))
    .toEqual(['info']);
  // The loader asks first whether the scope is allowed, so the browser logs no error of its own.
  const others = messages.filter((m) => !m.text.startsWith('Momentum:') && !m.text.startsWith('JQMIGRATE'));
  expect(others).toEqual([]);
  expect(await visitor.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});
