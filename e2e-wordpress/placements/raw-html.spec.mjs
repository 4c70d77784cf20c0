// The raw-HTML way of docs/EMBEDDING.md: the widget's folder uploaded to wp-content/uploads/momentum/
// with the docs' .htaccess, and the snippet pasted into a Custom HTML block. It works for an
// Editor (and an Administrator); for an Author WordPress itself removes the <script> when saving,
// without a word: "Post published", an empty space on the page, a clean console.
import { test, expect, MAIN, root, upload, newPostInEditor, insertBlock, publishFromEditor, savePost, uniqueTitle } from '../wp.mjs';
import { widget } from '../../e2e/helpers.mjs';
import { readFileSync } from 'node:fs';
import { docsHtaccess } from '../docs.mjs';

const SNIPPET = '<div data-momentum data-clinic-name="Your clinic" data-consult-url="/contact/"></div>\n'
  + '<script type="module" src="/wp-content/uploads/momentum/momentum.js"></script>';

test.beforeAll(() => {
  // What an administrator uploads by SFTP: the four widget files and the docs' .htaccess.
  for (const name of ['momentum.js', 'momentum_app_bg.wasm', 'momentum.css', 'momentum-sw.js']) {
    upload(`uploads/momentum/${name}`, readFileSync(`${root}dist/${name}`));
  }
  upload('uploads/momentum/.htaccess', docsHtaccess());
});

test("the docs' snippet in a Custom HTML block works for an Editor", async ({ as, visitor }) => {
  const editor = await as('editor');
  const post = await savePost(editor, { title: uniqueTitle('Raw HTML'), content: `<!-- wp:html -->\n${SNIPPET}\n<!-- /wp:html -->` });
  expect(post.content.raw).toContain('<script type="module" src="/wp-content/uploads/momentum/momentum.js"></script>');
  await visitor.goto(post.link);
  await expect(widget(visitor).getByRole('link', { name: 'Talk with Your clinic' })).toHaveAttribute('href', '/contact/');
});

test("an Author's Custom HTML snippet silently loses its script", async ({ as, visitor }) => {
  const author = await as('author');
  await newPostInEditor(author, uniqueTitle('Raw HTML by an Author'));
  await insertBlock(author, 'Custom HTML', 'Custom HTML');
  await author.getByRole('textbox', { name: 'HTML' }).fill(SNIPPET);
  const link = await publishFromEditor(author); // "Post published.": no warning at all

  const messages = [];
  visitor.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  await visitor.goto(link);
  await visitor.waitForLoadState('load');
  const host = visitor.locator('[data-momentum]');
  await expect(host, 'the <div> is kept').toHaveCount(1);
  await expect(visitor.locator('script[src*="momentum"]'), 'the <script> is gone').toHaveCount(0);
  await visitor.waitForTimeout(1000);
  expect(await host.evaluate((el) => el.shadowRoot), 'nothing mounts: an empty space').toBeNull();
  expect(messages.filter((m) => !m.startsWith('log: JQMIGRATE')), 'and a clean console').toEqual([]);

  const editor = await as('editor');
  const saved = await editor.request.get(`${MAIN}/wp-json/wp/v2/posts?search=${encodeURIComponent('Raw HTML by an Author')}&context=edit`, {
    headers: { 'X-WP-Nonce': await (await editor.request.get(`${MAIN}/wp-admin/admin-ajax.php?action=rest-nonce`)).text() },
  });
  const [stored] = await saved.json();
  expect(stored.content.raw, 'removed when saved, not when shown').not.toContain('<script');
});
