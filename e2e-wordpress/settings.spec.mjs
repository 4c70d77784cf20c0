// Settings -> Momentum: the clinic's defaults, saved by an administrator through the Settings
// API, each value checked by the widget's rule, inherited by every placement; nobody else can
// open or post the form. Runs after the placements (it changes what they would print).
import { test, expect, MAIN, getOption, savePost, storageState, uniqueTitle } from './wp.mjs';
import { widget } from '../e2e/helpers.mjs';

test.describe.configure({ mode: 'serial' });

const dataAttributes = (locator) => locator.evaluate((el) =>
  Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value])));

async function openSettings(page) {
  await page.goto(`${MAIN}/wp-admin/options-general.php`);
  await page.locator('#adminmenu').getByRole('link', { name: 'Momentum', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Momentum', level: 1 })).toBeVisible();
}

let posts;
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: storageState('author') });
  const page = await context.newPage();
  posts = {
    plain: await savePost(page, { title: uniqueTitle('Defaults'), content: '<!-- wp:shortcode -->[momentum]<!-- /wp:shortcode -->' }),
    own: await savePost(page, {
      title: uniqueTitle('Own values'),
      content: '<!-- wp:momentum/exercise-plan {"clinic_name":"Yoga room","consult_url":"javascript:alert(1)"} /-->',
    }),
  };
  await context.close();
});

test('an administrator saves the defaults, and every placement inherits them', async ({ as, visitor }) => {
  const admin = await as('administrator');
  await openSettings(admin);
  const form = admin.locator('form[action="options.php"]');
  await expect(form.locator('input[name="option_page"]')).toHaveValue('momentum');
  await expect(form.locator('input[name="_wpnonce"]')).toHaveValue(/^[0-9a-f]{10}$/);
  await admin.getByLabel('Clinic name').fill('Avesta Ketamine and Wellness');
  await admin.getByLabel('Consultation link').fill('/contact/');
  await admin.getByLabel('Accent colour').fill('#5a3e85');
  await admin.getByLabel('Week starts on').selectOption('sunday');
  await admin.getByLabel('Support line text').fill('Call or text 988');
  await admin.getByLabel('Support line link').fill('tel:988');
  await admin.getByLabel('Language').selectOption('es');
  await admin.getByLabel('Offline copy', { exact: true }).selectOption('off');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
  await expect(admin.getByLabel('Clinic name')).toHaveValue('Avesta Ketamine and Wellness');
  expect(getOption('momentum_settings')).toEqual({
    clinic_name: 'Avesta Ketamine and Wellness',
    consult_url: '/contact/',
    accent: '#5a3e85',
    week_start: 'sunday',
    support_text: 'Call or text 988',
    support_url: 'tel:988',
    lang: 'es',
    offline: 'off',
  });

  await visitor.goto(posts.plain.link);
  expect(await dataAttributes(visitor.locator('[data-momentum]'))).toEqual({
    'data-momentum': '',
    'data-clinic-name': 'Avesta Ketamine and Wellness',
    'data-consult-url': '/contact/',
    'data-accent': '#5a3e85',
    'data-week-start': 'sunday',
    'data-support-text': 'Call or text 988',
    'data-support-url': 'tel:988',
    'data-lang': 'es',
    'data-offline': 'off',
  });
  // A placement's own value wins; its refused one falls back to the site's default.
  await visitor.goto(posts.own.link);
  const own = visitor.locator('[data-momentum]');
  await expect(own).toHaveAttribute('data-clinic-name', 'Yoga room');
  await expect(own).toHaveAttribute('data-consult-url', '/contact/');
  await expect(widget(visitor).locator('a[href="/contact/"]')).toHaveCount(1);
});

test('a value the widget could not use is not saved, and the page says why', async ({ as }) => {
  const admin = await as('administrator');
  await openSettings(admin);
  await admin.getByLabel('Consultation link').fill('javascript:alert(1)');
  await admin.getByLabel('Accent colour').fill('red');
  await admin.getByLabel('Support line link').fill('http://988lifeline.org/');
  await admin.getByLabel('Clinic name').fill('');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Consultation link was not changed: use an https:// address, or a path on this site starting with /. The other settings were saved.')).toBeVisible();
  await expect(admin.getByText('Accent colour was not changed: use a colour written like #1d6b64 or #386.')).toBeVisible();
  await expect(admin.getByText('Support line link was not changed')).toBeVisible();
  await expect(admin.getByText('Settings saved.')).toHaveCount(0);
  const saved = getOption('momentum_settings');
  expect(saved.consult_url).toBe('/contact/');
  expect(saved.accent).toBe('#5a3e85');
  expect(saved.support_url).toBe('tel:988');
  expect(saved, 'an emptied field means the default').not.toHaveProperty('clinic_name');
  await expect(admin.getByLabel('Consultation link')).toHaveValue('/contact/');
});

test('what an administrator types is escaped on the settings page and on the post', async ({ as, visitor }) => {
  const admin = await as('administrator');
  const name = '"><script>window.pwned=1</script>';
  await openSettings(admin);
  await admin.getByLabel('Clinic name').fill(name);
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
  await expect(admin.getByLabel('Clinic name')).toHaveValue(name);
  expect(await admin.evaluate(() => window.pwned)).toBeUndefined();
  await visitor.goto(posts.plain.link);
  await expect(visitor.locator('[data-momentum]')).toHaveAttribute('data-clinic-name', name);
  expect(await visitor.evaluate(() => window.pwned)).toBeUndefined();
});

test('an Editor can neither open nor post the settings', async ({ as }) => {
  const before = getOption('momentum_settings');
  const editor = await as('editor');
  await editor.goto(`${MAIN}/wp-admin/options-general.php?page=momentum`);
  await expect(editor.getByText('Sorry, you are not allowed to access this page.')).toBeVisible();
  await editor.goto(`${MAIN}/wp-admin/`);
  await expect(editor.locator('#adminmenu').getByRole('link', { name: 'Momentum' })).toHaveCount(0);
  const post = await editor.request.post(`${MAIN}/wp-admin/options.php`, {
    form: { option_page: 'momentum', action: 'update', 'momentum_settings[clinic_name]': 'Not the clinic' },
  });
  expect(post.status()).toBe(403);
  expect(await post.text()).toContain('Sorry, you are not allowed to manage options for this site.');
  expect(getOption('momentum_settings')).toEqual(before);
});

test('without the nonce, even an administrator cannot post the settings', async ({ as }) => {
  const before = getOption('momentum_settings');
  const admin = await as('administrator');
  for (const nonce of [undefined, 'not-a-nonce']) {
    const post = await admin.request.post(`${MAIN}/wp-admin/options.php`, {
      form: {
        option_page: 'momentum',
        action: 'update',
        ...(nonce ? { _wpnonce: nonce } : {}),
        _wp_http_referer: '/wp-admin/options-general.php?page=momentum',
        'momentum_settings[clinic_name]': 'Forged',
      },
    });
    expect(post.status()).toBe(403);
    expect(await post.text()).toContain('The link you followed has expired.');
  }
  expect(getOption('momentum_settings')).toEqual(before);
});
