// Values the widget could not use, or that try to break out of the page's HTML, written by an
// Author into shortcodes and blocks: refused, the site's default used instead, and named in a
// note that only people who can edit the post see.
import { test, expect, savePost, uniqueTitle } from '../wp.mjs';
import { widget } from '../../e2e/helpers.mjs';

const attributesOf = (locator) => locator.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

test('malicious and unusable values never reach the page', async ({ as, visitor }) => {
  const author = await as('author');
  const post = await savePost(author, {
    title: uniqueTitle('Tricks'),
    content: [
      '<!-- wp:shortcode -->',
      `[momentum clinic_name='x" onmouseover="window.pwned=1' consult_url="javascript:alert(1)" accent="red;background:url(x)"`
        + ' storage_key="../x" week_start="wednesday" support_url="javascript:alert(2)" offline_scope="//evil.example/"'
        + ' lang="fr" offline="maybe" support_text=""]',
      '<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[momentum consult_url="//evil.example/" support_url="tel:988;ext=javascript:x"]<!-- /wp:shortcode -->',
      // The shortcode parser reads \\ as one backslash.
      '<!-- wp:shortcode -->[momentum consult_url="/\\\\evil.example/"]<!-- /wp:shortcode -->',
      '<!-- wp:momentum/exercise-plan {"consult_url":"javascript:alert(3)","accent":"\\u0022 onclick=\\u0022window.pwned=1"} /-->',
    ].join('\n'),
  });

  for (const page of [visitor, author]) {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await page.goto(post.link);
    const hosts = page.locator('[data-momentum]');
    await expect(hosts).toHaveCount(4);
    // The quote in the clinic's name stays inside the attribute, as text.
    expect(await attributesOf(hosts.nth(0))).toEqual({ 'data-momentum': '', 'data-clinic-name': 'x" onmouseover="window.pwned=1' });
    expect(await attributesOf(hosts.nth(1))).toEqual({ 'data-momentum': '' });
    expect(await attributesOf(hosts.nth(2))).toEqual({ 'data-momentum': '' });
    expect(await attributesOf(hosts.nth(3))).toEqual({ 'data-momentum': '', class: 'wp-block-momentum-exercise-plan' });
    await expect(widget(page).getByText('talk with x" onmouseover="window.pwned=1 before becoming much more active.')).toBeVisible();
    await hosts.nth(0).hover();
    await hosts.nth(3).click();
    expect(await page.evaluate(() => window.pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }

  // Only the Author (who can edit the post) is told what was ignored, and why.
  await expect(visitor.locator('.momentum-refused')).toHaveCount(0);
  const notes = author.locator('.momentum-refused');
  await expect(notes).toHaveCount(4);
  await expect(notes.nth(0)).toContainText('Consultation link (consult_url) was ignored: use an https:// address, or a path on this site starting with /.');
  await expect(notes.nth(0)).toContainText('Accent colour (accent) was ignored');
  await expect(notes.nth(0)).toContainText('Storage key (storage_key) was ignored');
  await expect(notes.nth(0)).toContainText('Week starts on (week_start) was ignored: use monday or sunday.');
  await expect(notes.nth(0)).toContainText('Support line link (support_url) was ignored');
  await expect(notes.nth(0)).toContainText('Offline scope (offline_scope) was ignored');
  await expect(notes.nth(0)).toContainText('Language (lang) was ignored: use en or es.');
  await expect(notes.nth(0)).toContainText('Offline copy (offline) was ignored: use on or off.');
  await expect(notes.nth(0).locator('li'), 'an empty value is no mistake: it means the default').toHaveCount(8);
  await expect(notes.nth(1).locator('li')).toHaveCount(2);
  await expect(notes.nth(2).locator('li')).toHaveCount(1);
  await expect(notes.nth(3).locator('li')).toHaveCount(2);
});
