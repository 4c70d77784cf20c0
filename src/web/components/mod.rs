//! Small presentational components: props in, HTML and callbacks out.

pub mod activity_chooser;
pub mod notice;
