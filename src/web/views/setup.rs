//! "Build my plan": activities, minutes for today, weekdays and a start day. The form edits a
//! draft; nothing changes until the visitor saves.

use yew::prelude::*;

use crate::present::plan_draft::PlanEdit;
use crate::present::screens::setup::SetupView;
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::common::{field_text, form_error, send, send_on_submit, status_line};
use crate::web::views::Shell;

/// The plan form; Settings opens it again to change choices later.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &SetupView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    let disabled = v.disabled;
    let edit = |change: PlanEdit| send(dispatch, Action::EditPlanDraft(change));
    let on_start = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(date) = crate::core::dates::parse(&field_text(&e)) {
                dispatch.emit(Action::EditPlanDraft(PlanEdit::Start(date)));
            }
        })
    };
    html! {
        <form class="setup" key="setup" onsubmit={send_on_submit(dispatch, Action::SavePlanChoices)}>
            <h3>{v.title}</h3>
            {status_line(&v.note)}
            if let Some(hint) = v.change_hint {
                <p class="hint">{hint}</p>
            }
            if let Some(note) = v.gentle_note {
                <p class="gentle-note">{note}</p>
            }
            <fieldset class="chooser" {disabled}>
                <legend>{v.activities_legend.0}</legend>
                <p class="hint">{v.activities_legend.1}</p>
                <ul class="choices">
                    for choice in v.activities.iter() {
                        <li key={choice.activity.id()}>
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    name="activity"
                                    value={choice.activity.id()}
                                    checked={choice.chosen}
                                    onchange={edit(PlanEdit::ToggleActivity(choice.activity))}
                                />
                                <span class="choice-name">{choice.name}</span>
                                <span class="choice-blurb">{choice.blurb}</span>
                                <span class="choice-meta">
                                    {choice.good_for}{". "}
                                    <span class="impact">{choice.impact}</span>
                                </span>
                            </label>
                        </li>
                    }
                </ul>
            </fieldset>
            <fieldset class="minutes" {disabled}>
                <legend>{v.minutes_legend.0}</legend>
                <p class="hint">{v.minutes_legend.1}</p>
                <div class="pills">
                    for (minutes, label, chosen) in v.minutes.iter().cloned() {
                        <label class="pill">
                            <input type="radio" name="minutes" value={minutes.to_string()} checked={chosen}
                                onchange={edit(PlanEdit::Minutes(minutes))} />
                            {label}
                        </label>
                    }
                </div>
            </fieldset>
            <fieldset class="days" {disabled}>
                <legend>{v.days_legend.0}</legend>
                <p class="hint">{v.days_legend.1}</p>
                <div class="pills">
                    for (day, name, chosen) in v.days.iter().copied() {
                        <label class="pill">
                            <input type="checkbox" name="weekday" value={name} checked={chosen}
                                onchange={edit(PlanEdit::ToggleWeekday(day))} />
                            {name}
                        </label>
                    }
                </div>
            </fieldset>
            if let Some(start) = &v.start {
                <label class="field">
                    <span>{start.label}</span>
                    <select name="start" onchange={on_start} {disabled}>
                        for (day, label, chosen) in start.days.iter().cloned() {
                            <option value={day.to_string()} selected={chosen}>{label}</option>
                        }
                    </select>
                </label>
            }
            {form_error(&v.error)}
            <div class="actions">
                <button type="button" class="primary" {disabled} onclick={send(dispatch, Action::SavePlanChoices)}>
                    {v.submit}
                </button>
                if let Some(back) = v.back {
                    <button type="button" class="secondary" onclick={send(dispatch, Action::Show(Screen::Settings))}>
                        {back}
                    </button>
                }
            </div>
        </form>
    }
}
