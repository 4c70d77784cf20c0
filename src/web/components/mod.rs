//! Small presentational parts: plain functions from data to HTML.
//!
//! They are functions the parent calls rather than `#[component]`s on purpose: every component
//! type instantiates yew's generic component machinery (lifecycle, props comparison, scheduling)
//! in the wasm, 1 to 2 KB of gzip each. What a part remembers between clicks (which "Done" form
//! is open, and what is typed in it) is in `present::widget::WidgetState` instead.

use crate::present::widget::Action;

pub mod activity_chooser;
pub mod backup_hint;
pub mod charts;
pub mod consult_note;
pub mod notice;
pub mod session_card;
pub mod session_change;
pub mod tabs;

/// A handler that sends `action`, whatever the event: one closure type shared by every button
/// and choice, rather than one per call site (each would add its own code to the wasm).
pub fn send<E: 'static>(dispatch: &yew::Callback<Action>, action: Action) -> yew::Callback<E> {
    dispatch.reform(move |_: E| action.clone())
}

/// [`send`] for a form's `submit` (Enter in a field), which never reaches the browser: the page
/// must not navigate, and a sandboxed iframe may block submission anyway. Buttons act on click.
pub fn send_on_submit(
    dispatch: &yew::Callback<Action>,
    action: Action,
) -> yew::Callback<yew::SubmitEvent> {
    dispatch.reform(move |e: yew::SubmitEvent| {
        e.prevent_default();
        action.clone()
    })
}

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
