//! The functional core: everything Momentum knows and decides, with no browser in sight.
//!
//! Each module owns one idea. Nothing here touches the DOM, storage APIs or the clock: callers
//! pass in today's date and the stored text, so every rule can be tested natively and
//! deterministically.

pub mod activity;
pub mod calendar;
pub mod consistency;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod readiness;
pub mod record;
pub mod stats;
pub mod transfer;
pub mod validate;
