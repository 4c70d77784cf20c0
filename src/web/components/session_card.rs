//! One planned session: what to do, and ways to tick it off, skip it, or take that back.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::core::log::{Effort, LogEntry, Outcome, MAX_NOTE_CHARS};
use crate::core::plan::{Intensity, Session};
use crate::present::done_form::{DoneDraft, DoneEdit};
use crate::present::widget::Action;
use crate::web::components::field_text;

/// Props for [`SessionCard`].
#[derive(Clone, PartialEq, Properties)]
pub struct SessionCardProps {
    /// The planned session.
    pub session: Session,
    /// What the visitor logged for it, if anything.
    pub entry: Option<LogEntry>,
    /// Whether changes are allowed (not for a read-only record).
    pub editable: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

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

/// A session with "Done" (which opens a short form), "Not today", and "Undo" once logged.
#[component]
pub fn SessionCard(props: &SessionCardProps) -> Html {
    let session = &props.session;
    let form_open = use_state(|| false);
    let id = format!("{}-{}", session.date, session.activity.id());
    let intensity = match session.intensity {
        Intensity::Easy => "easy",
        Intensity::Moderate => "moderate",
    };
    let (date, activity) = (session.date, session.activity);

    // Styles tell a logged session by this attribute (no class list: yew builds dynamic classes
    // through an index set, about 1 KB of wasm).
    let outcome = props
        .entry
        .as_ref()
        .map(|entry| if entry.is_done() { "done" } else { "skipped" });
    let status = props.entry.as_ref().map(|entry| match &entry.outcome {
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
            if props.editable {
                if props.entry.is_some() {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={props.dispatch.reform(move |_| Action::Undo { date, activity })}>
                            {"Undo"}
                        </button>
                    </div>
                } else if *form_open {
                    <DoneForm
                        {date}
                        session={session.clone()}
                        dispatch={props.dispatch.clone()}
                        on_cancel={{ let form_open = form_open.clone(); Callback::from(move |_| form_open.set(false)) }}
                    />
                } else {
                    <div class="actions">
                        <button type="button" class="primary" onclick={{ let form_open = form_open.clone(); Callback::from(move |_| form_open.set(true)) }}>
                            {"Done"}
                        </button>
                        <button type="button" class="secondary" onclick={props.dispatch.reform(move |_| Action::LogSkipped { date, activity })}>
                            {"Not today"}
                        </button>
                    </div>
                }
            }
        </article>
    }
}

/// Props for [`DoneForm`].
#[derive(Clone, PartialEq, Properties)]
struct DoneFormProps {
    date: NaiveDate,
    session: Session,
    dispatch: Callback<Action>,
    on_cancel: Callback<()>,
}

/// Minutes (prefilled), how it felt, and optional mood and note. The draft and its checks are
/// `present::done_form`; this renders it and sends each edit back.
#[component]
fn DoneForm(props: &DoneFormProps) -> Html {
    let draft = use_reducer(|| Draft(DoneDraft::new(props.session.minutes)));
    let id = format!("{}-{}", props.date, props.session.activity.id());

    let edit = draft.dispatcher().to_callback();
    // Saved on click, not by form submission, which sandboxed iframes may block.
    let on_save = {
        let draft = draft.clone();
        let (dispatch, date, activity) =
            (props.dispatch.clone(), props.date, props.session.activity);
        Callback::from(move |()| match draft.0.save(date, activity) {
            Ok(action) => dispatch.emit(action),
            Err(reason) => draft.dispatch(DoneEdit::Refused(reason)),
        })
    };
    let draft = &draft.0;
    let on_submit = on_save.reform(|e: SubmitEvent| e.prevent_default());
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
                                    onchange={edit.reform(move |_| to_edit(value))}
                                />
                                {value}
                            </label>
                        }
                    </div>
                </fieldset>
            }
        };

    html! {
        <form class="done-form" onsubmit={on_submit} aria-label={format!("Log {}", props.session.activity.label())}>
            <label class="field">
                <span>{"Minutes you did"}</span>
                <input type="number" inputmode="numeric" min="1" max="600" name="minutes"
                    value={draft.minutes.clone()} oninput={edit.reform(|e: InputEvent| DoneEdit::Minutes(field_text(&e)))} />
            </label>
            <fieldset class="effort">
                <legend>{"How did it feel?"}</legend>
                <div class="pills">
                    for (value, label) in EFFORTS {
                        <label class="pill">
                            <input type="radio" name={format!("{id}-effort")}
                                checked={draft.effort == value}
                                onchange={edit.reform(move |_| DoneEdit::Effort(value))} />
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
                        value={draft.note.clone()} oninput={edit.reform(|e: InputEvent| DoneEdit::Note(field_text(&e)))} />
                </label>
            </details>
            if let Some(message) = draft.error {
                <p class="form-error" role="alert">{message}</p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={on_save.reform(|_| ())}>{"Save"}</button>
                <button type="button" class="secondary" onclick={props.on_cancel.reform(|_| ())}>{"Cancel"}</button>
            </div>
        </form>
    }
}

/// The form's draft as yew state; every change goes through [`DoneDraft::edited`].
#[derive(PartialEq)]
struct Draft(DoneDraft);

impl Reducible for Draft {
    type Action = DoneEdit;

    fn reduce(self: std::rc::Rc<Self>, edit: DoneEdit) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Draft(self.0.edited(edit)))
    }
}
