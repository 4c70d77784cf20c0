//! One view per screen of `present::widget::Screen`.
//!
//! The one screen that owns state (the setup form's draft) is a component; the others are plain
//! functions from [`ScreenProps`] to HTML that the app calls, because each component type adds
//! yew's generic component machinery to the wasm. Their root elements carry a `key` per screen, so switching screens replaces the
//! DOM, as switching between component types does.
//!
//! [`ScreenProps`]: crate::web::app::ScreenProps

pub mod plan;
pub mod progress;
pub mod settings;
pub mod setup;
pub mod today;
pub mod welcome;
