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
    message.textContent = 'Something went wrong in Momentum, sorry. What you saved is safe in this browser, '
      + 'though your last change may be lost. Reloading the page should bring it back.';
    host.shadowRoot?.replaceChildren(message);
  }
};
addEventListener('error', (event) => stopped(event.error, event));
addEventListener('unhandledrejection', (event) => stopped(event.reason, event));
await init({ module_or_path: wasmResponse });
try {
  mount_all(base, await stylesheet);
} catch (error) {
  stopped(error);
  throw error;
}

// Offline copy (optional): momentum-sw.js, next to this file, keeps the widget's files and the
// page for a visitor who comes back without a connection. Only when this page could use it; any
// failure is silent, because the widget works without it.
if (document.readyState === 'complete') offline();
else addEventListener('load', () => offline(), { once: true });

async function offline() {
  try {
    if (!('serviceWorker' in navigator) || new URL(base).origin !== location.origin) return;
    const hosts = [...document.querySelectorAll('[data-momentum]')];
    const script = new URL('momentum-sw.js', base).href;
    const wanted = hosts.find((h) => h.hasAttribute('data-offline-scope'))?.getAttribute('data-offline-scope');
    const scope = wanted ? new URL(wanted, location.href).href : base;
    const current = await navigator.serviceWorker.getRegistration(scope);
    const ours = current && current.scope === scope && workerOf(current)?.scriptURL === script ? current : null;
    if (hosts.some((h) => h.getAttribute('data-offline') === 'off')) {
      // Turned off: remove what an earlier visit may have left, and nothing else.
      if (ours) await ours.unregister();
      for (const name of await caches.keys()) if (name.startsWith(`momentum:${scope}:`)) await caches.delete(name);
      return;
    }
    // A service worker controls pages inside its scope only; never replace someone else's.
    if (!location.href.startsWith(scope) || new URL(scope).origin !== location.origin) return;
    if (current && current.scope === scope && !ours) return;
    const registration = await navigator.serviceWorker.register(script, { scope });
    const worker = await activeWorker(registration);
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
      .filter((url) => url.startsWith(scope));
    worker.postMessage({ momentum: 'keep', urls });
  } catch (err) {
    console.info('Momentum: offline copy not available here:', err?.message ?? err);
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
      else if (worker.state === 'redundant') reject(new Error('service worker not installed'));
    });
  });
}
