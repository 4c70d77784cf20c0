// Momentum loader: the one script a clinic's page includes.
//
// It finds the folder it was served from, loads the WebAssembly next to it, and mounts a widget
// into every element carrying `data-momentum`. Everything is fetched relative to this file, so the
// folder works from any sub-path (for example /wp-content/uploads/momentum/).
const base = new URL('./', import.meta.url).href;
const wasm = new URL('momentum_app_bg.wasm', base);
// The wasm-bindgen glue and the stylesheet's text. A release build carries both inside this file
// (scripts/shrink.mjs replaces these two lines), so the page fetches only this file and the
// WebAssembly: nothing waits on a second script or a stylesheet. A development build fetches them.
const glue = () => import('./momentum_app.js');
const css = () => fetch(new URL('momentum.css', base)).then((r) => (r.ok ? r.text() : undefined)).catch(() => undefined);
// Every download starts at once. The stylesheet is handed over as text: every widget's shadow
// root adopts one shared stylesheet built from it, so the widget is styled from its first
// render. Without constructable stylesheets (or if a development build's request fails), the
// widget links momentum.css itself and stays hidden until it has loaded.
const wasmResponse = fetch(wasm);
const constructable = 'adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype;
const stylesheet = constructable && document.querySelector('[data-momentum]') ? css() : undefined;
const { default: init, mount_all } = await glue();
// A bug in the widget stops its WebAssembly at once (the release build traps without unwinding
// or a message). Rather than leave a frozen widget, every widget on the page says so kindly,
// and the error goes to the console for a bug report. Stored data is not touched.
const stopped = (error, event) => {
  if (!(error instanceof WebAssembly.RuntimeError) || !String(error.stack).includes(wasm.href)) return;
  event?.preventDefault();
  console.error('Momentum stopped after an internal error; stored data is untouched.', error);
  for (const host of document.querySelectorAll('[data-momentum]')) {
    const message = document.createElement('p');
    message.className = 'momentum';
    message.setAttribute('role', 'alert');
    message.textContent = speaksSpanish(host)
      ? 'Algo salió mal en Momentum, lo sentimos. Lo que guardaste está a salvo en este navegador, '
        + 'aunque tu último cambio puede haberse perdido. Al volver a cargar la página debería volver.'
      : 'Something went wrong in Momentum, sorry. What you saved is safe in this browser, '
        + 'though your last change may be lost. Reloading the page should bring it back.';
    host.shadowRoot?.replaceChildren(message);
  }
};
// The widget's language, as the widget chooses it: data-lang, else the page's <html lang>.
function speaksSpanish(host) {
  const tag = host.getAttribute('data-lang') || document.documentElement.lang || '';
  return /^es(-|$)/i.test(tag.trim());
}
addEventListener('error', (event) => stopped(event.error, event));
addEventListener('unhandledrejection', (event) => stopped(event.reason, event));
await init({ module_or_path: wasmResponse });
// Mount in a task of its own: on a slow phone, instantiating the wasm and the first render in
// one task is one long freeze of the page (see bench/README.md).
await new Promise((resolve) => setTimeout(resolve, 0));
try {
  mount_all(base, await stylesheet);
} catch (error) {
  stopped(error);
  throw error;
}

// Offline copy (optional): momentum-sw.js, next to this file, keeps the widget's files and a copy
// of this page for a visitor who comes back without a connection. Only when this page could use
// it. The widget works without it, so anything that stops it is one console.info line (a bad
// attribute value is a console.warn, like every other one), never an error.
if (document.readyState === 'complete') offline();
else addEventListener('load', () => offline(), { once: true });

async function offline() {
  try {
    const { on, scope } = offlineSettings();
    if (!('serviceWorker' in navigator) || new URL(base).origin !== location.origin) return;
    const script = new URL('momentum-sw.js', base).href;
    const current = await navigator.serviceWorker.getRegistration(scope);
    const atScope = current?.scope === scope;
    const ours = atScope && workerOf(current)?.scriptURL === script ? current : null;
    if (!on) {
      // Turned off: remove what an earlier visit may have left, and nothing else.
      if (ours) await ours.unregister();
      for (const name of await caches.keys()) if (name.startsWith(`momentum:${scope}:`)) await caches.delete(name);
      return;
    }
    // A service worker controls pages inside its scope only; never replace someone else's.
    if (!location.href.startsWith(scope) || (atScope && !ours)) return;
    // register() logs its own console error when it fails, so first check quietly that it can
    // succeed.
    if (!ours) await checkRegistrable(script, scope);
    const worker = await activeWorker(ours ?? (await navigator.serviceWorker.register(script, { scope })));
    // The worker keeps this page (its own address, without a query string) and nothing else.
    worker.postMessage({ momentum: 'keep' });
  } catch (err) {
    console.info(`Momentum: offline copy not available here: ${err?.message ?? err}`);
  }
}

/**
 * data-offline and data-offline-scope from every widget on the page: off if any widget says
 * off; the scope of the first widget that sets a usable one, else the widget's folder. A value
 * that is not usable is warned about and ignored.
 */
function offlineSettings() {
  let on = true;
  let scope;
  const warn = (name, value, hint) => console.warn(`Momentum: ${name}="${value}" ignored: ${hint}`);
  for (const host of document.querySelectorAll('[data-momentum]')) {
    const offline = host.getAttribute('data-offline');
    const value = offline?.trim().toLowerCase();
    if (value === 'off') on = false;
    else if (offline !== null && value !== 'on') warn('data-offline', offline, 'use on or off');
    const wanted = host.getAttribute('data-offline-scope');
    if (wanted === null || scope) continue;
    // A path on this site: not //host/... or /\host/..., which browsers read as another site
    // (as they do /<tab>/host/..., hence the check of the origin too).
    const url = /^\/(?![/\\])/.test(wanted.trim()) && new URL(wanted.trim(), location.origin);
    if (url?.origin !== location.origin) warn('data-offline-scope', wanted, 'use a path on this site starting with /');
    else if (!location.href.startsWith(url.href)) warn('data-offline-scope', wanted, `it must contain this page (${location.pathname})`);
    else scope = url.href;
  }
  return { on, scope: scope ?? base };
}

/** Throws, saying why, if registering the worker for `scope` would fail. */
async function checkRegistrable(script, scope) {
  const response = await fetch(script, { method: 'HEAD', cache: 'no-store' });
  const type = response.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  // By default a worker may take only pages under its own folder; the server can allow more.
  const max = new URL(response.headers.get('service-worker-allowed') ?? './', script);
  if (response.status !== 200 || response.redirected) {
    throw new Error(`${script} answered ${response.redirected ? 'with a redirect' : `HTTP ${response.status}`}`);
  }
  if (!/^(text|application)\/(x-)?(java|ecma)script$/.test(type)) throw new Error(`${script} is served as ${type}, not JavaScript`);
  if (max.origin !== location.origin || !new URL(scope).pathname.startsWith(max.pathname)) {
    throw new Error(`the scope ${scope} needs the header Service-Worker-Allowed on ${script}`);
  }
}

function workerOf(registration) {
  return registration.active ?? registration.waiting ?? registration.installing;
}

function activeWorker(registration) {
  if (registration.active) return Promise.resolve(registration.active);
  const worker = registration.installing ?? registration.waiting;
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('the service worker did not install (is a new build still uploading?)'));
    });
  });
}
