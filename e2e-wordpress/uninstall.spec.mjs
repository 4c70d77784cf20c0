// Last: an administrator deactivates and deletes the plugin through the Plugins screen. Its one
// option goes; everything else stays: other options, the posts and their blocks and shortcodes.
import { test, expect, MAIN, site, getOption, sitePhp, savePost, uniqueTitle } from './wp.mjs';
import { existsSync, readFileSync } from 'node:fs';

test('deleting the plugin removes its option and nothing else', async ({ as, visitor }) => {
  const author = await as('author');
  const block = await savePost(author, { title: uniqueTitle('Block stays'), content: '<!-- wp:momentum/exercise-plan /-->' });
  const shortcode = await savePost(author, { title: uniqueTitle('Shortcode stays'), content: '<!-- wp:shortcode -->[momentum]<!-- /wp:shortcode -->' });
  sitePhp('set-option', 'another_plugins_setting', JSON.stringify({ kept: true }));
  expect(getOption('momentum_settings')).not.toBeNull();
  const blogname = getOption('blogname');

  const admin = await as('administrator');
  await admin.goto(`${MAIN}/wp-admin/plugins.php`);
  const row = admin.locator('tr[data-plugin="momentum/momentum.php"]');
  await row.getByRole('link', { name: /Deactivate/ }).click();
  await expect(admin.getByText('Plugin deactivated.')).toBeVisible();
  admin.once('dialog', (dialog) => dialog.accept());
  await row.getByRole('link', { name: /^Delete/ }).click();
  await expect(admin.getByText('Momentum exercise plan was successfully deleted.')).toBeVisible();

  expect(getOption('momentum_settings')).toBeNull();
  expect(getOption('another_plugins_setting')).toEqual({ kept: true });
  expect(getOption('blogname')).toBe(blogname);
  expect(existsSync(`${site.content}/plugins/momentum`)).toBe(false);

  await visitor.goto(block.link);
  await expect(visitor.getByRole('heading', { name: block.title.raw })).toBeVisible();
  await expect(visitor.locator('[data-momentum]')).toHaveCount(0);
  await visitor.goto(shortcode.link);
  await expect(visitor.getByText('[momentum]'), 'the shortcode shows as text').toBeVisible();
  await expect(visitor.locator('script[src*="momentum"]')).toHaveCount(0);
});

test('PHP logged nothing about the plugin during the whole run', () => {
  // WP_DEBUG is on and its log is this run's (scripts/wp-env.sh empties it on start). WordPress
  // 6.1 itself logs deprecations on PHP 8.2 and its blocked calls to WordPress.org; the plugin none.
  const log = readFileSync(site.debugLog, 'utf8').split('\n');
  expect(log.filter((line) => /momentum/i.test(line))).toEqual([]);
});
