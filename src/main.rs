//! The browser entry point: mounts a widget into every `[data-momentum]` element on the page.
//!
//! Native builds get an empty `main` so `cargo build` and `cargo test` work everywhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    momentum::web::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("momentum_app is the browser build; run `make demo` to see it.");
}
