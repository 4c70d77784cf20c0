// How Apache serves the widget's files with the plugin's .htaccess, which is the docs' one
// .htaccess word for word, on three servers sharing the site (scripts/wp-env.sh):
//   main        mod_headers on, AllowOverride FileInfo: right types and revalidation headers;
//   bare        Debian's default modules, no mod_headers: still every file, never a 500;
//   nooverride  AllowOverride None: Apache ignores the file (why the docs ask for FileInfo).
import { test, expect, site, root, upload, savePost, uniqueTitle } from '../wp.mjs';
import { widget } from '../../e2e/helpers.mjs';
import { readFileSync } from 'node:fs';
import { docsHtaccess } from '../docs.mjs';

const FOLDER = '/wp-content/plugins/momentum/widget/';
const TYPES = {
  'momentum.js': 'text/javascript',
  'momentum_app_bg.wasm': 'application/wasm',
  'momentum.css': 'text/css',
  'momentum-sw.js': 'text/javascript',
};

test("the plugin's .htaccess is the docs' .htaccess", () => {
  expect(readFileSync(`${root}wordpress/momentum/widget/.htaccess`, 'utf8')).toBe(docsHtaccess());
});

for (const [server, expected] of Object.entries({
  main: { cacheControl: 'no-cache', serviceWorkerAllowed: '/' },
  bare: { cacheControl: undefined, serviceWorkerAllowed: undefined },
  nooverride: { cacheControl: undefined, serviceWorkerAllowed: undefined },
})) {
  test(`${server}: every widget file is served, with ${expected.cacheControl ? 'its' : 'no'} cache headers`, async ({ request }) => {
    for (const [name, type] of Object.entries(TYPES)) {
      const response = await request.get(`${site.servers[server]}${FOLDER}${name}`);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['content-type'], name).toMatch(new RegExp(`^${type}\\b`));
      expect(response.headers()['cache-control'], name).toBe(expected.cacheControl);
      const allowed = name === 'momentum-sw.js' ? expected.serviceWorkerAllowed : undefined;
      expect(response.headers()['service-worker-allowed'], name).toBe(allowed);
    }
  });
}

test('bare: a post with the widget works without mod_headers', async ({ as, visitor }) => {
  const author = await as('author');
  const post = await savePost(author, { title: uniqueTitle('Bare server'), content: '<!-- wp:momentum/exercise-plan /-->' });
  const path = new URL(post.link).pathname;
  await visitor.goto(`${site.servers.bare}${path}`);
  await expect(widget(visitor).getByRole('heading', { name: 'Welcome' })).toBeVisible();
});

test('the old unguarded Header line answers 500 without mod_headers; the guarded file does not', async ({ request }) => {
  const folders = {
    unguarded: '<Files "momentum-sw.js">\n  Header set Service-Worker-Allowed "/"\n</Files>\n',
    guarded: docsHtaccess(),
  };
  for (const [name, htaccess] of Object.entries(folders)) {
    upload(`uploads/htaccess-${name}/.htaccess`, htaccess);
    upload(`uploads/htaccess-${name}/momentum.js`, '// a widget file\n');
  }
  const get = async (server, name) => (await request.get(`${site.servers[server]}/wp-content/uploads/htaccess-${name}/momentum.js`)).status();
  expect(await get('bare', 'unguarded'), 'the whole folder fails: the widget vanishes').toBe(500);
  expect(await get('main', 'unguarded')).toBe(200);
  expect(await get('bare', 'guarded')).toBe(200);
});
