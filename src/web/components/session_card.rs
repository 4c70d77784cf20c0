//! One planned session: what to do, and ways to tick it off, skip it, or take that back.

use yew::prelude::*;

use crate::core::log::{Effort, Outcome, MAX_NOTE_CHARS};
use crate::core::plan::{Intensity, Session};
use crate::present::done_form::{DoneDraft, DoneEdit};
use crate::present::widget::{Action, WidgetState};
use crate::web::components::{field_text, send, send_on_submit};

/// How a finished session felt, as offered in the form.
const EFFORTS: [(Effort, &str); 3] = [
    (Effort::Easy, "Easy"),
    (Effort::JustRight, "Just right"),
    (Effort::TooHard, "Too hard"),
];

/// Words for logged effort.
pub fn effort_label(effort: Effort) -> &'static str {
    EFFORTS
        .iter()
        .find(|(e, _)| *e == effort)
        .map_or("", |(_, label)| label)
}

/// [`effort_label`] in lower case, for the middle of a sentence ("felt just right"). Spelled
/// out rather than `to_lowercase()`, which links ~15 KB of Unicode case tables into the wasm.
pub fn effort_word(effort: Effort) -> &'static str {
    match effort {
        Effort::Easy => "easy",
        Effort::JustRight => "just right",
        Effort::TooHard => "too hard",
    }
}

/// A session with "Done" (which opens a short form), "Not today", and "Undo" once logged. A
/// plain function: which form is open is widget state (`WidgetState::done_form`).
pub fn session_card(session: &Session, state: &WidgetState, dispatch: &Callback<Action>) -> Html {
    let (date, activity, planned_minutes) = (session.date, session.activity, session.minutes);
    let entry = state.entry((date, activity));
    let id = format!("{}-{}", date, activity.id());
    let intensity = match session.intensity {
        Intensity::Easy => "easy",
        Intensity::Moderate => "moderate",
    };

    // Styles tell a logged session by this attribute (no class list: yew builds dynamic classes
    // through an index set, about 1 KB of wasm).
    let outcome = entry.map(|entry| if entry.is_done() { "done" } else { "skipped" });
    let status = entry.map(|entry| match &entry.outcome {
        Outcome::Done { minutes, effort } => html! {
            <p class="status done">{format!("Done: {minutes} min, felt {}.", effort_word(*effort))}</p>
        },
        Outcome::Skipped => html! { <p class="status skipped">{"Not today. That's okay."}</p> },
    });

    html! {
        <article class="session" data-outcome={outcome} aria-labelledby={format!("{id}-title")}>
            <h4 id={format!("{id}-title")}>
                {format!("{}, {} min", session.activity.label(), session.minutes)}
                <span class="intensity">{intensity}</span>
            </h4>
            <p class="how">{&session.note}</p>
            {for status}
            if state.editable() {
                if entry.is_some() {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={send(dispatch, Action::Undo { date, activity })}>
                            {"Undo"}
                        </button>
                    </div>
                } else if let Some(form) = state.done_form.as_ref().filter(|f| f.key == (date, activity)) {
                    {done_form(&form.draft, &id, session, dispatch)}
                } else {
                    <div class="actions">
                        <button type="button" class="primary" onclick={send(dispatch, Action::OpenDoneForm { key: (date, activity), planned_minutes })}>
                            {"Done"}
                        </button>
                        <button type="button" class="secondary" onclick={send(dispatch, Action::LogSkipped { date, activity })}>
                            {"Not today"}
                        </button>
                    </div>
                }
            }
        </article>
    }
}

/// Minutes (prefilled), how it felt, and optional mood and note. The draft and its checks are
/// `present::done_form`; this renders it and sends each change to the widget's reducer. Typed
/// text is sent when a field is left (`change`), not on every key, so typing re-renders nothing.
fn done_form(draft: &DoneDraft, id: &str, session: &Session, dispatch: &Callback<Action>) -> Html {
    let edit = dispatch.reform(Action::EditDoneForm);
    let mood_picker =
        |label: &'static str, name: String, picked: Option<u8>, to_edit: fn(u8) -> DoneEdit| {
            html! {
                <fieldset class="mood">
                    <legend>{label}</legend>
                    <div class="pills">
                        for value in 1..=5u8 {
                            <label class="pill">
                                <input
                                    type="radio"
                                    name={name.clone()}
                                    checked={picked == Some(value)}
                                    onchange={send(dispatch, Action::EditDoneForm(to_edit(value)))}
                                />
                                {value}
                            </label>
                        }
                    </div>
                </fieldset>
            }
        };

    html! {
        <form class="done-form" onsubmit={send_on_submit(dispatch, Action::SaveDoneForm)} aria-label={format!("Log {}", session.activity.label())}>
            <label class="field">
                <span>{"Minutes you did"}</span>
                <input type="number" inputmode="numeric" min="1" max="600" name="minutes"
                    value={draft.minutes.clone()} onchange={edit.reform(|e: Event| DoneEdit::Minutes(field_text(&e)))} />
            </label>
            <fieldset class="effort">
                <legend>{"How did it feel?"}</legend>
                <div class="pills">
                    for (value, label) in EFFORTS {
                        <label class="pill">
                            <input type="radio" name={format!("{id}-effort")}
                                checked={draft.effort == value}
                                onchange={send(dispatch, Action::EditDoneForm(DoneEdit::Effort(value)))} />
                            {label}
                        </label>
                    }
                </div>
            </fieldset>
            <details class="optional">
                <summary>{"Add mood or a note (optional)"}</summary>
                {mood_picker("Mood before (1 low, 5 good)", format!("{id}-mood-before"), draft.mood_before, DoneEdit::MoodBefore)}
                {mood_picker("Mood after (1 low, 5 good)", format!("{id}-mood-after"), draft.mood_after, DoneEdit::MoodAfter)}
                <label class="field">
                    <span>{"Note"}</span>
                    <textarea name="note" maxlength={MAX_NOTE_CHARS.to_string()} rows="2"
                        value={draft.note.clone()} onchange={edit.reform(|e: Event| DoneEdit::Note(field_text(&e)))} />
                </label>
            </details>
            if let Some(message) = draft.error {
                <p class="form-error" role="alert">{message}</p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={send(dispatch, Action::SaveDoneForm)}>{"Save"}</button>
                <button type="button" class="secondary" onclick={send(dispatch, Action::CloseDoneForm)}>{"Cancel"}</button>
            </div>
        </form>
    }
}
