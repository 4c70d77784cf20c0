//! Small presentational parts: plain functions from data to HTML, plus the session card, the
//! one part that owns state (whether its "Done" form is open, and the form's fields).
//!
//! Stateless parts are functions the parent calls rather than `#[component]`s on purpose: every
//! component type instantiates yew's generic component machinery (lifecycle, props comparison,
//! scheduling) in the wasm, which cost several KB each for no benefit when there is no state.

pub mod activity_chooser;
pub mod backup_hint;
pub mod charts;
pub mod notice;
pub mod session_card;
pub mod session_change;
pub mod tabs;

/// The current text of the input or text area an event came from ("" for anything else).
pub fn field_text(event: &yew::Event) -> String {
    use yew::TargetCast;
    if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}
