// Shared steps for the WordPress tests: the site scripts/wp-env.sh started, its users, and the
// ways a person works in it (log in, write a post, open it).
import { test as base, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect };
export const root = fileURLToPath(new URL('..', import.meta.url));
const envDir = process.env.WP_ENV_DIR ?? `${root}target/wp-env`;
/** Every test user's password (e2e-wordpress/site.php makes the users). */
export const PASSWORD = 'momentum-e2e-password';
export const ZIP = `${root}dist/momentum-wordpress.zip`;

/** What scripts/wp-env.sh wrote: the three servers' origins, the config name, the log. */
export const site = JSON.parse(readFileSync(`${envDir}/run/env.json`, 'utf8'));
/** The main server: mod_headers on, AllowOverride FileInfo. */
export const MAIN = site.servers.main;
export const storageState = (role) => `${envDir}/run/state-${role}.json`;

/**
 * Writes a file into the site's wp-content, the way an administrator uploads one by SFTP:
 * readable by Apache's user whatever this process's umask.
 */
export function upload(path, data) {
  const file = `${site.content}/${path}`;
  mkdirSync(dirname(file), { recursive: true });
  for (let dir = dirname(file); dir.length > site.content.length; dir = dirname(dir)) chmodSync(dir, 0o755);
  writeFileSync(file, data);
  chmodSync(file, 0o644);
}

/** Runs e2e-wordpress/site.php (option NAME, set-option NAME JSON, ...) against the site. */
export function sitePhp(...args) {
  const out = execFileSync('php', [`${root}e2e-wordpress/site.php`, ...args], {
    env: { ...process.env, HTTP_HOST: new URL(MAIN).host, WORDPRESS_CONFIG: site.siteConfig },
    encoding: 'utf8',
  });
  return out.trim();
}
export const getOption = (name) => JSON.parse(sitePhp('option', name));

/**
 * Keeps the browser on this machine: requests to any other host are refused and listed in
 * `context.offsite`, so a test can check that a page asked nothing of another server.
 */
export async function localOnly(context) {
  context.offsite = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    context.offsite.push(route.request().url());
    return route.abort();
  });
}

/** Logs `role` in through wp-login.php, as a person does. */
export async function logIn(page, role, server = MAIN) {
  await page.goto(`${server}/wp-login.php`);
  await page.getByLabel('Username or Email Address').fill(role);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.locator('#wpadminbar')).toBeVisible();
}

/**
 * The fixtures: `as(role)` opens a page logged in as that role (administrator, editor, author,
 * contributor) and `visitor` a page for someone not logged in; all local-only.
 */
export const test = base.extend({
  as: async ({ browser }, use) => {
    const contexts = [];
    await use(async (role) => {
      const context = await browser.newContext({ storageState: storageState(role) });
      await localOnly(context);
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  visitor: async ({ browser }, use) => {
    const context = await browser.newContext();
    await localOnly(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    await use(page);
    await context.close();
  },
});

/** A nonce for the REST API, for the user logged in on `page`. */
async function restNonce(page, server = MAIN) {
  const response = await page.request.get(`${server}/wp-admin/admin-ajax.php?action=rest-nonce`);
  expect(response.ok()).toBe(true);
  return response.text();
}

/**
 * Saves a post as the user logged in on `page`, through the REST API the block editor itself
 * saves with (so WordPress filters the content exactly as it does for the editor). Resolves with
 * the post as the API returns it (id, link, status, content.raw).
 */
export async function savePost(page, { id, title, content, status = 'publish' }) {
  const response = await page.request.post(`${MAIN}/wp-json/wp/v2/posts${id ? `/${id}` : ''}?context=edit`, {
    headers: { 'X-WP-Nonce': await restNonce(page) },
    data: { ...(title === undefined ? {} : { title }), ...(content === undefined ? {} : { content }), status },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

/** A unique title, so parallel tests never find each other's posts. */
export const uniqueTitle = (what) => `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Opens a new post in the block editor, with its title typed in. */
export async function newPostInEditor(page, title) {
  await page.goto(`${MAIN}/wp-admin/post-new.php`);
  const titleBox = page.getByRole('textbox', { name: 'Add title' });
  await expect(titleBox).toBeVisible({ timeout: 30_000 });
  await titleBox.fill(title);
}

/** Adds a block from the block inserter (the "+" in the editor's top bar), by its title. */
export async function insertBlock(page, search, title) {
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
  await page.getByRole('searchbox', { name: /Search for blocks and patterns/ }).fill(search);
  await page.getByRole('option', { name: title, exact: true }).click();
  await page.getByRole('button', { name: 'Toggle block inserter' }).click();
}

/**
 * Publishes (or, for a contributor, submits) the post open in the editor, and resolves with its
 * address once WordPress has said so.
 */
export async function publishFromEditor(page, { submit = false } = {}) {
  const action = submit ? 'Submit for Review' : 'Publish';
  await page.getByRole('region', { name: 'Editor top bar' }).getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('region', { name: 'Editor publish' }).getByRole('button', { name: submit ? 'Submit' : 'Publish', exact: true }).click();
  const saved = submit ? /Post submitted/ : /Post published/;
  await expect(page.getByText(saved).first()).toBeVisible();
  return page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
}
