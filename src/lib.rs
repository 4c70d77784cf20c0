//! Momentum: a gentle beginner exercise planner embedded on a clinic's web page.
//!
//! The crate is split the way the product is: [`core`] is plain Rust (plan engine, progress
//! statistics, the stored record and its migrations) with no web types, so it is tested natively;
//! `web` is the thin yew shell that renders core state in the browser and exists only in wasm builds.
//! ARCHITECTURE.md has the map.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

pub mod core;
pub mod present;

#[cfg(target_arch = "wasm32")]
pub mod web;
