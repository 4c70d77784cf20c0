// Momentum's optional service worker: keeps the widget working offline for a visitor who has
// opened the page once. The loader (momentum.js) registers it only when the page is served from
// the same origin and lies inside the worker's scope (the widget's folder, unless the embed sets
// data-offline-scope). Delete this file to ship the widget without offline support.
//
// What it keeps, and nothing more (a clinic can promise this to its visitors):
// - the widget's own files (WIDGET_FILES: in a release build the loader, the wasm and the
//   stylesheet, as scripts/shrink.mjs puts the glue inside the loader), downloaded once per build
//   at install, each checked against the SHA-256 stamped below, and served cache-first;
// - a copy of each page that shows a widget, when that page says so, and only if its address has
//   no query string: served network-first, the copy answering when the network does not.
// It never fetches anything else, and never keeps anything else a page requests (its API calls,
// stylesheets, images, trackers, posts): those go to the network as if the worker were not there.
//
// Versions: scripts/stamp-sw.mjs stamps VERSION with a hash of the whole build and FILE_HASHES
// with each widget file's SHA-256. A build is installed only whole and matching: while the server
// has a mix of two builds (a clinic part-way through uploading), the install fails, the previous
// build keeps serving, and the next visit tries again.
const VERSION = 'dev';
const FILE_HASHES = {};

const WIDGET_FILES = ['momentum.js', 'momentum_app.js', 'momentum_app_bg.wasm', 'momentum.css'];
const WIDGET_URLS = new Set(WIDGET_FILES.map((name) => new URL(name, self.location.href).href));
const SCOPE = self.registration.scope;
// Caches are per origin and shared with the clinic's own site: ours are named after our scope,
// and we only ever delete our own.
const CACHE_PREFIX = `momentum:${SCOPE}:`;
const CACHE = CACHE_PREFIX + VERSION;
// The most pages we keep a copy of; the least recently refreshed goes first.
const MAX_PAGES = 20;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // Everything is downloaded and checked before anything is cached, so a failed install
      // leaves nothing behind. `reload` skips the HTTP cache: the copy is what the server has now.
      const verified = [];
      for (const url of WIDGET_URLS) {
        const expected = FILE_HASHES[url.slice(url.lastIndexOf('/') + 1)];
        if (!expected) throw new Error(`momentum-sw.js has no stamped hash for ${url}`);
        const response = await fetch(url, { cache: 'reload' });
        if (!response.ok || response.redirected) throw new Error(`${url}: HTTP ${response.status}`);
        const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
        const actual = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
        if (actual !== expected) throw new Error(`${url} is not this build's file (the upload may be unfinished)`);
        verified.push([url, response]);
      }
      const cache = await caches.open(CACHE);
      for (const [url, response] of verified) await cache.put(url, response);
      // No skipWaiting(): a tab that is already open keeps its build's files until every such
      // tab is closed, so a page never mixes the old wasm-bindgen glue with the new wasm.
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
        // Keep the copies of pages that show a widget, and nothing else an older version kept.
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          const url = pageKey(request.url);
          if (!url || url !== request.url || (await cache.match(url))) continue;
          const response = await old.match(request);
          if (response && (await showsWidget(response.clone()))) await cache.put(url, response);
        }
        await caches.delete(name);
      }
    })(),
  );
});

// The loader sends {momentum: 'keep'} from a page that shows a widget. The address is the
// sending page's own (never one the message names), and it is kept only without a query string.
self.addEventListener('message', (event) => {
  const client = event.source;
  if (event.data?.momentum !== 'keep' || !client || client.type !== 'window') return;
  const url = pageKey(client.url);
  if (!url || url !== client.url.replace(/#.*$/, '')) return;
  event.waitUntil(keepFirstCopy(url));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  if (WIDGET_URLS.has(url.href)) {
    // The loader may be included as momentum.js?ver=..., a WordPress habit: same file.
    event.respondWith(cacheFirst(request, url.href));
  } else if (request.mode === 'navigate' && url.href.startsWith(SCOPE)) {
    event.respondWith(navigation(event));
  }
  // Anything else is not ours: no respondWith, so the browser handles it as if we were not here.
});

/** `raw` without its fragment, if it could be a kept page: same origin, inside our scope, not a
 * widget file or this worker, and no query string. Otherwise null. */
function pageKey(raw) {
  try {
    const url = new URL(raw);
    url.hash = '';
    const ok = url.origin === self.location.origin && url.href.startsWith(SCOPE) && !url.search
      && !WIDGET_URLS.has(url.href) && url.href !== self.location.href;
    return ok ? url.href : null;
  } catch {
    return null;
  }
}

/** A page's own HTML that embeds a widget: a direct answer from this site, not a redirect. */
async function showsWidget(response) {
  if (!response.ok || response.type !== 'basic' || response.redirected) return false;
  if (!/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return false;
  return (await response.text()).includes('data-momentum');
}

/** Our cache if it exists. Requests never create it: once the loader has removed the offline
 * copy (data-offline="off"), a request still in flight must not bring an empty one back. */
async function existingCache() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}

/** Keeps the first copy of a page that said it shows a widget. On its first visit the page was
 * not ours to see, so it is fetched once more; after that, its visits refresh the copy. */
async function keepFirstCopy(url) {
  const cache = await existingCache();
  if (!cache || (await cache.match(url))) return;
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (await showsWidget(response.clone())) await keep(cache, url, response);
  } catch {
    // Offline or gone: the next visit tries again.
  }
}

/** Puts a page copy in `cache`, dropping the least recently refreshed beyond MAX_PAGES. A copy
 * that cannot be stored (storage full, `Vary: *`) is simply not kept. */
async function keep(cache, url, response) {
  try {
    await cache.put(url, response);
    const pages = (await cache.keys()).filter((request) => !WIDGET_URLS.has(request.url));
    for (const request of pages.slice(0, Math.max(0, pages.length - MAX_PAGES))) await cache.delete(request);
  } catch {
    // Not kept this time.
  }
}

async function cacheFirst(request, url) {
  const cache = await existingCache();
  const hit = cache && (await cache.match(url));
  // A file missing from a verified build is fetched, never stored: only install stores files.
  return hit ?? fetch(request);
}

/** A navigation inside our scope: the network's answer when there is one (refreshing the copy
 * of a kept page, or dropping it once the page no longer shows a widget); the kept copy of the
 * page (its address without any query string) when there is not. */
async function navigation(event) {
  const request = event.request;
  const cache = await existingCache();
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  const key = pageKey(url.href);
  const kept = cache && key && (await cache.match(key, { ignoreVary: true }));
  if (!kept) return fetch(request);
  let response;
  try {
    response = await fetch(request);
  } catch {
    return kept;
  }
  // Only a visit to the kept address itself refreshes the copy; one with a query string might
  // carry a token or show someone's own data. A page that no longer shows a widget, or is gone,
  // is no longer kept. The page streams to the visitor at once; the copy is refreshed behind it.
  if (pageKey(request.url) === request.url.replace(/#.*$/, '')) {
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        if (await showsWidget(copy.clone())) await keep(cache, key, copy);
        else if ((copy.ok && !copy.redirected) || [404, 410].includes(copy.status)) await cache.delete(key);
      })(),
    );
  }
  return response;
}
