// Momentum loader: the one script a clinic's page includes.
//
// It finds the folder it was served from, loads the WebAssembly next to it, and mounts a widget
// into every element carrying `data-momentum`. Everything is fetched relative to this file, so the
// folder works from any sub-path (for example /wp-content/uploads/momentum/).
import init, { mount_all } from './momentum_app.js';

const base = new URL('./', import.meta.url).href;
await init({ module_or_path: new URL('momentum_app_bg.wasm', base) });
mount_all(base);
