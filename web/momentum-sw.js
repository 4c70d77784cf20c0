// Momentum's optional service worker: keeps the widget working offline for a visitor who has
// opened the page once. The loader (momentum.js) registers it only when the page is served from
// the same origin and lies inside the worker's scope (the widget's folder, unless the embed sets
// data-offline-scope). Delete this file to ship the widget without offline support.
//
// What it does, and nothing more:
// - precaches the widget's own files (WIDGET_FILES: in a release build the loader, the wasm and
//   the stylesheet, as scripts/shrink.mjs puts the glue inside the loader) and serves them
//   cache-first: they only change with a new build, and a new build means a new VERSION;
// - keeps a copy of the pages that showed a widget (and the files those pages loaded from inside
//   the scope) when the loader asks, and serves them network-first, falling back to the copy;
// - leaves every other request alone: it never talks to any other server.
//
// VERSION is stamped at build time by scripts/stamp-sw.mjs with a hash of the build output, so
// every build that changes any file gets a fresh cache, and old caches are deleted on activate.
const VERSION = 'dev';

const WIDGET_FILES = ['momentum.js', 'momentum_app.js', 'momentum_app_bg.wasm', 'momentum.css'];
const WIDGET_URLS = new Set(WIDGET_FILES.map((name) => new URL(name, self.location.href).href));
const SCOPE = self.registration.scope;
// Caches are per origin and shared with the clinic's own site: ours are named after our scope,
// and we only ever delete our own.
const CACHE_PREFIX = `momentum:${SCOPE}:`;
const CACHE = CACHE_PREFIX + VERSION;
const MAX_PAGE_URLS = 20;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload` skips the HTTP cache, so the copy always matches this build.
      await cache.addAll([...WIDGET_URLS].map((url) => new Request(url, { cache: 'reload' })));
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
        // Keep the copies of pages (not widget files: those belong to the old build).
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          if (WIDGET_URLS.has(request.url) || (await cache.match(request))) continue;
          const response = await old.match(request);
          if (response) await cache.put(request, response);
        }
        await caches.delete(name);
      }
    })(),
  );
});

// The loader sends {momentum: 'keep', urls: [...]}: the page that shows a widget and the files
// it loaded from inside our scope. We keep a copy of each one we do not have yet.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.momentum !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const raw of data.urls.slice(0, MAX_PAGE_URLS)) {
        const url = keepable(raw);
        if (!url || (await cache.match(url))) continue;
        try {
          const response = await fetch(url, { credentials: 'same-origin' });
          // A redirected response cannot answer a navigation later: keep only direct answers.
          if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(url, response);
        } catch {
          // Offline or gone: try again on the next visit.
        }
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  url.hash = '';
  if (url.origin !== self.location.origin) return;
  if (WIDGET_URLS.has(url.href)) {
    event.respondWith(cacheFirst(request));
  } else if (url.href.startsWith(SCOPE)) {
    event.respondWith(networkFirstIfKept(request));
  }
});

/** A same-origin http(s) URL inside our scope that is not a widget file, or null. */
function keepable(raw) {
  try {
    const url = new URL(raw, SCOPE);
    url.hash = '';
    const ok = url.origin === self.location.origin && url.href.startsWith(SCOPE)
      && !WIDGET_URLS.has(url.href) && url.href !== self.location.href;
    return ok ? url.href : null;
  } catch {
    return null;
  }
}

/** Our cache if it exists. Requests never create it: once the loader has removed the offline
 * copy (data-offline="off"), a request still in flight must not bring an empty one back. */
async function existingCache() {
  return (await caches.has(CACHE)) ? caches.open(CACHE) : null;
}

async function cacheFirst(request) {
  const cache = await existingCache();
  if (!cache) return fetch(request);
  const hit = await cache.match(request.url);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request.url, response.clone());
  return response;
}

/** Pages we keep: fresh from the network when it answers, our copy when it does not. */
async function networkFirstIfKept(request) {
  const cache = await existingCache();
  const kept = cache && (await cache.match(request, { ignoreVary: true }));
  if (!kept) return fetch(request);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch {
    return kept;
  }
}
