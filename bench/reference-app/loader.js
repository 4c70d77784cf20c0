// Loads the reference app the way web/momentum.js loads the widget: init the wasm next to this
// file, then mount.
import init, { mount } from './reference_app.js';

await init({ module_or_path: new URL('reference_app_bg.wasm', import.meta.url) });
mount();
