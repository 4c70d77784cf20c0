//! The web shell: mounts the widget on a clinic's page and moves state between the DOM, storage
//! and the pure core. Nothing here decides anything a native test could check instead.
//!
//! - [`mount`] finds `[data-momentum]` elements and gives each its own Shadow DOM and app;
//! - [`storage`] reads and writes the record text in `localStorage`, reporting every failure;
//! - [`files`] downloads and reads files without a server; [`print`] prints the widget alone;
//! - [`app`] runs `present::reduce` and the storage protocol of `present::sync`;
//! - [`views`] render `present::screens`' view models and send actions back.

pub mod app;
pub mod files;
pub mod mount;
pub mod print;
pub mod storage;
pub mod views;

pub use mount::mount_all;
