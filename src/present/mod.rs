//! Presentation models: pure functions that turn core data into what a screen shows (natural
//! dates, chart geometry, text alternatives). No web types, so they are tested natively; the yew
//! components in `web` only render what these return.

pub mod charts;
pub mod dates;
pub mod done_form;
pub mod embed;
pub mod widget;
