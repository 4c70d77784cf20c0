//! One component per screen of `present::widget::Screen`.

pub mod plan;
pub mod progress;
pub mod settings;
pub mod setup;
pub mod today;
pub mod welcome;
