//! A session card, the logging forms, and "Move or swap".

use chrono::NaiveDate;
use yew::prelude::*;

use crate::core::activity::Activity;
use crate::core::plan::adjust::Adjustment;
use crate::present::log_form::LogEdit;
use crate::present::screens::session::{CardActions, ChangeOptions, LogFormView, SessionCard};
use crate::present::Action;
use crate::web::views::common::{
    field_text, form_error, send, send_on_submit, status_line, support,
};

/// One session: what to do, what was done, and its buttons.
pub fn card(c: &SessionCard, dispatch: &Callback<Action>) -> Html {
    let key = c.key;
    html! {
        <article class="session" data-session={c.id.clone()} data-outcome={c.outcome} aria-labelledby={format!("{}-title", c.id)}>
            <h4 id={format!("{}-title", c.id)}>
                {c.title.clone()}
                <span class="intensity">{c.intensity}</span>
            </h4>
            <p class="when">
                {c.when.clone()}
                if let Some(moved) = &c.moved_from {
                    {" · "}{moved.clone()}
                }
            </p>
            <p class="how">{c.note}</p>
            if let Some(detail) = &c.detail {
                <p class="status">{detail.clone()}</p>
            }
            {status_line(&c.status)}
            {match &c.actions {
                CardActions::None => html! {},
                CardActions::Undo(label) => html! {
                    <div class="actions">
                        <button type="button" class="secondary" onclick={send(dispatch, Action::Undo(key))}>{*label}</button>
                    </div>
                },
                CardActions::Log { done, not_today, planned_minutes } => html! {
                    <div class="actions">
                        <button type="button" class="primary" onclick={send(dispatch, Action::OpenDoneForm { key, planned_minutes: *planned_minutes })}>
                            {*done}
                        </button>
                        <button type="button" class="secondary" onclick={send(dispatch, Action::LogSkipped(key))}>
                            {*not_today}
                        </button>
                    </div>
                },
                CardActions::Form(form) => log_form(form, &c.id, dispatch, false),
            }}
            if let Some(change) = &c.change {
                {change_options(change, c.key, dispatch)}
            }
        </article>
    }
}

/// A logging form: "Done" (`extra` false) or "something else" (`extra` true). Typed text is
/// sent when a field is left (`change`), so typing re-renders nothing.
pub fn log_form(f: &LogFormView, id: &str, dispatch: &Callback<Action>, extra: bool) -> Html {
    let edit = if extra {
        dispatch.reform(Action::EditExtraForm)
    } else {
        dispatch.reform(Action::EditDoneForm)
    };
    let (save, cancel) = if extra {
        (Action::SaveExtraForm, Action::CloseExtraForm)
    } else {
        (Action::SaveDoneForm, Action::CloseDoneForm)
    };
    let pick = |e: LogEdit| edit.reform(move |_: Event| e.clone());
    let mood = |index: usize, (legend, picked): (&'static str, Option<u8>)| {
        let name = format!("{id}-mood-{index}");
        html! {
            <fieldset class="mood">
                <legend>{legend}</legend>
                <div class="pills scale">
                    for value in f.mood_values.iter().copied() {
                        <label class="pill">
                            <input type="radio" name={name.clone()} checked={picked == Some(value)}
                                onchange={pick(if index == 0 { LogEdit::MoodBefore(value) } else { LogEdit::MoodAfter(value) })} />
                            {value}
                        </label>
                    }
                </div>
            </fieldset>
        }
    };
    html! {
        <form class="done-form" data-open="" onsubmit={send_on_submit(dispatch, save.clone())} aria-label={f.label.clone()}>
            if let Some(fields) = &f.extra {
                <h4>{fields.title}</h4>
                <label class="field">
                    <span>{fields.activity.0}</span>
                    <select name="activity" onchange={edit.reform(|e: Event| {
                        LogEdit::Activity(Activity::from_id(&field_text(&e)).unwrap_or(Activity::Other))
                    })}>
                        <option value="" selected={fields.activity.1.iter().all(|a| !a.2)} disabled=true>{"…"}</option>
                        for (activity, name, chosen) in fields.activity.1.iter().copied() {
                            <option value={activity.id()} selected={chosen}>{name}</option>
                        }
                    </select>
                </label>
                <label class="field">
                    <span>{fields.day.0}</span>
                    <select name="day" onchange={edit.reform(|e: Event| {
                        LogEdit::Date(crate::core::dates::parse(&field_text(&e)).unwrap_or_default())
                    })}>
                        for (day, label, chosen) in fields.day.1.iter().cloned() {
                            <option value={day.to_string()} selected={chosen}>{label}</option>
                        }
                    </select>
                </label>
            }
            <label class="field">
                <span>{f.minutes.0}</span>
                <input type="number" inputmode="numeric" min="1" max={f.max_minutes.to_string()} name="minutes"
                    value={f.minutes.1.clone()} onchange={edit.reform(|e: Event| LogEdit::Minutes(field_text(&e)))} />
            </label>
            <fieldset class="effort">
                <legend>{f.effort.0}</legend>
                <div class="pills">
                    for (effort, label, chosen) in f.effort.1.iter().copied() {
                        <label class="pill">
                            <input type="radio" name={format!("{id}-effort")} checked={chosen}
                                onchange={pick(LogEdit::Effort(effort))} />
                            {label}
                        </label>
                    }
                </div>
            </fieldset>
            <details class="optional">
                <summary>{f.optional}</summary>
                {mood(0, f.moods[0])}
                {mood(1, f.moods[1])}
                {support(&f.support)}
                <label class="field">
                    <span>{f.note.0}</span>
                    <textarea name="note" maxlength={f.note_max.to_string()} rows="3"
                        value={f.note.1.clone()} onchange={edit.reform(|e: Event| LogEdit::Note(field_text(&e)))} />
                </label>
            </details>
            {form_error(&f.error)}
            <div class="actions">
                <button type="button" class="primary" onclick={send(dispatch, save)}>{f.save}</button>
                <button type="button" class="secondary" onclick={send(dispatch, cancel)}>{f.cancel}</button>
            </div>
        </form>
    }
}

/// "Move or swap": plain buttons inside a native disclosure, so keyboards and screen readers
/// need nothing special.
pub fn change_options(
    c: &ChangeOptions,
    key: (NaiveDate, Activity),
    dispatch: &Callback<Action>,
) -> Html {
    let (date, activity) = key;
    let adjust = |to_date: NaiveDate, to_activity: Activity| {
        send(
            dispatch,
            Action::Adjust(Adjustment {
                date,
                activity,
                to_date,
                to_activity,
            }),
        )
    };
    html! {
        <details class="change">
            <summary>
                {c.summary}
                <span class="visually-hidden">{c.detail.clone()}</span>
            </summary>
            if !c.moves.1.is_empty() {
                <p class="change-label">{c.moves.0}</p>
                <div class="pills">
                    for (day, label) in c.moves.1.iter().cloned() {
                        <button type="button" class="secondary small" onclick={adjust(day, activity)}>{label}</button>
                    }
                </div>
            }
            if !c.swaps.1.is_empty() {
                <p class="change-label">{c.swaps.0}</p>
                <div class="pills">
                    for (other, label) in c.swaps.1.iter().copied() {
                        <button type="button" class="secondary small" onclick={adjust(date, other)}>{label}</button>
                    }
                </div>
            }
            if let Some(label) = c.put_back {
                <div class="actions">
                    <button type="button" class="link" onclick={send(dispatch, Action::PutBack(key))}>{label}</button>
                </div>
            }
        </details>
    }
}
