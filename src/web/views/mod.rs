//! One view per screen of `present::widget::Screen`.
//!
//! Each is a plain function from [`ScreenProps`] to HTML that the app calls, not a component:
//! each component type adds yew's generic component machinery to the wasm, and what a screen
//! remembers between clicks (the plan form's draft, a chosen backup) is widget state, where the
//! reducer's tests cover it. Their root elements carry a `key` per screen, so switching screens replaces the
//! DOM, as switching between component types does.
//!
//! [`ScreenProps`]: crate::web::app::ScreenProps

pub mod plan;
pub mod progress;
pub mod readiness;
pub mod settings;
pub mod setup;
pub mod today;
pub mod welcome;
