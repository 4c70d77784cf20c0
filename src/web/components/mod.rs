//! Small presentational components: props in, HTML and callbacks out.

pub mod activity_chooser;
pub mod backup_hint;
pub mod charts;
pub mod notice;
pub mod session_card;
pub mod session_change;
pub mod tabs;
