//! The browser entry point. `momentum.js` (the loader a clinic's page includes) initialises this
//! module and calls `mount_all` with the folder it was served from and, when it could fetch it,
//! the stylesheet's text.
//!
//! Native builds get a plain `main` so `cargo build` and `cargo test` work everywhere.

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    /// Mounts a widget into every `[data-momentum]` element; `assets_base` ends in `/`, and
    /// `stylesheet` is `momentum.css`'s text when the loader fetched it (see `web::mount`).
    #[wasm_bindgen]
    pub fn mount_all(assets_base: &str, stylesheet: Option<String>) {
        momentum::web::mount_all(assets_base, stylesheet.as_deref());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("momentum_app is the browser build; run `make demo` to see it.");
}
