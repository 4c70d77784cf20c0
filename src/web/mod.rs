//! The web shell: mounts the widget on a clinic's page and moves state between the DOM, storage
//! and the functional core. Nothing here decides anything a test of `core` could check natively.
//!
//! - [`mount`] finds `[data-momentum]` elements and gives each its own Shadow DOM and app;
//! - [`storage`] reads and writes the record text in `localStorage`, reporting every failure;
//! - [`app`] and [`components`] are yew function components that render state and send messages.

pub mod app;
pub mod components;
pub mod mount;
pub mod storage;

pub use mount::mount_all;
