// First, as an administrator would: upload the built zip under Plugins -> Add New -> Upload
// Plugin, install and activate it. Then log each role in once and keep their cookies for the
// other tests.
import { test, expect, logIn, localOnly, storageState, site, ZIP, MAIN } from './wp.mjs';
import { readFileSync } from 'node:fs';

test('an administrator installs the plugin from the zip and activates it', async ({ browser }) => {
  const context = await browser.newContext();
  await localOnly(context);
  const page = await context.newPage();
  await logIn(page, 'administrator');
  await context.storageState({ path: storageState('administrator') });

  await page.goto(`${MAIN}/wp-admin/plugins.php`);
  await page.getByRole('main').getByRole('link', { name: 'Add New', exact: true }).click();
  await page.getByRole('button', { name: 'Upload Plugin' }).click();
  await page.locator('input#pluginzip').setInputFiles(ZIP);
  await page.getByRole('button', { name: 'Install Now' }).click();
  await expect(page.getByText('Plugin installed successfully.')).toBeVisible();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.getByText('Plugin activated.')).toBeVisible();

  const row = page.locator('tr[data-plugin="momentum/momentum.php"]');
  await expect(row.locator('.plugin-title strong')).toHaveText('Momentum exercise plan');
  await expect(row).toContainText('Version 0.1.0');
  await expect(row.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', /options-general\.php\?page=momentum$/);
  await context.close();

  // The installed plugin says which versions it supports.
  const header = readFileSync(`${site.content}/plugins/momentum/momentum.php`, 'utf8');
  const readme = readFileSync(`${site.content}/plugins/momentum/readme.txt`, 'utf8');
  for (const text of [header, readme]) {
    expect(text).toMatch(/^(?: \* )?Requires at least: +6\.1$/m);
    expect(text).toMatch(/^(?: \* )?Requires PHP: +7\.4$/m);
  }
  expect(readme).toMatch(/^Tested up to: 6\.1$/m);
});

for (const role of ['editor', 'author', 'contributor']) {
  test(`${role} logs in`, async ({ browser }) => {
    const context = await browser.newContext();
    await localOnly(context);
    const page = await context.newPage();
    await logIn(page, role);
    await context.storageState({ path: storageState(role) });
    await context.close();
  });
}
