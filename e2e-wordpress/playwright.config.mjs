// The WordPress plugin's tests: a real WordPress 6.1 from Debian's packages (MariaDB, Apache with
// mod_php), started on 127.0.0.1 by scripts/wp-env.sh before the tests and stopped after, and
// Debian's Chromium. The plugin is installed from dist/momentum-wordpress.zip through the admin
// screens, so `make build` must have run. Apart from the main suite (../playwright.config.mjs):
//   npx playwright test -c e2e-wordpress
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.mjs',
  // Generous: the block editor alone can take half a minute to open on a busy 2-core machine.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: '../test-results/wordpress',
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // In order: an administrator installs the plugin from the zip; then everything that needs the
  // site's settings left alone, in parallel; then the settings page; then deleting the plugin.
  projects: [
    { name: 'install', testMatch: 'install.setup.mjs' },
    { name: 'placements', testMatch: 'placements/*.spec.mjs', dependencies: ['install'] },
    { name: 'settings', testMatch: 'settings.spec.mjs', dependencies: ['placements'] },
    { name: 'uninstall', testMatch: 'uninstall.spec.mjs', dependencies: ['settings'] },
  ],
});
