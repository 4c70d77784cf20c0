//! The browser entry point. `momentum.js` (the loader a clinic's page includes) initialises this
//! module and calls `mount_all` with the folder it was served from.
//!
//! Native builds get a plain `main` so `cargo build` and `cargo test` work everywhere.

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    /// Mounts a widget into every `[data-momentum]` element; `assets_base` ends in `/`.
    #[wasm_bindgen]
    pub fn mount_all(assets_base: &str) {
        momentum::web::mount_all(assets_base);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("momentum_app is the browser build; run `make demo` to see it.");
}
