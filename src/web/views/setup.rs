//! "Build my plan": activities, minutes for today, weekdays and a start date. The form edits a
//! draft; nothing changes until the visitor saves.

use crate::core::schema::{iso_date, parse_iso_date};
use yew::prelude::*;

use crate::core::plan::{ALLOWED_START_MINUTES, GENTLE_NOTICE};
use crate::present::dates::{week_order, weekday_name};
use crate::present::widget::{Action, PlanEdit, Screen};
use crate::web::app::ScreenProps;
use crate::web::components::activity_chooser::activity_chooser;
use crate::web::components::{field_text, send, send_on_submit};

/// The plan form; Settings shows it again to change choices later. The draft it edits lives
/// in the widget state (`WidgetState::plan_draft`), so this is a plain function.
pub fn setup_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let draft = &state.plan_draft;
    let editing = state.has_plan();
    let disabled = !state.editable();

    let edit = |change: PlanEdit| send(dispatch, Action::EditPlanDraft(change));
    let on_toggle_activity =
        dispatch.reform(|activity| Action::EditPlanDraft(PlanEdit::ToggleActivity(activity)));
    let on_start = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            // `<input type=date>` gives "YYYY-MM-DD" (or "" when cleared), the records' format.
            if let Some(date) = parse_iso_date(&field_text(&e)) {
                dispatch.emit(Action::EditPlanDraft(PlanEdit::Start(date)));
            }
        })
    };

    html! {
        <form class="setup" onsubmit={send_on_submit(dispatch, Action::SavePlanChoices)}>
            <h3>{ if editing { "Change your plan" } else { "Build your plan" } }</h3>
            if state.record.profile.gentle {
                <p class="gentle-note">{GENTLE_NOTICE}</p>
            }
            {activity_chooser(&draft.activities, disabled, &on_toggle_activity)}
            <fieldset class="minutes" {disabled}>
                <legend>{"How many minutes feel comfortable today?"}</legend>
                <p class="hint">{"Starting small is how this works. You can always do a little more."}</p>
                <div class="pills">
                    for minutes in ALLOWED_START_MINUTES {
                        <label class="pill">
                            <input
                                type="radio"
                                name="minutes"
                                value={minutes.to_string()}
                                checked={draft.minutes_today == minutes}
                                onchange={edit(PlanEdit::Minutes(minutes))}
                            />
                            {format!("{minutes} min")}
                        </label>
                    }
                </div>
            </fieldset>
            <fieldset class="days" {disabled}>
                <legend>{"Which days could work for you?"}</legend>
                <p class="hint">{"Three or four days is a lovely goal; one is a fine start."}</p>
                <div class="pills">
                    for day in week_order(props.config.week_start) {
                        <label class="pill">
                            <input
                                type="checkbox"
                                name="weekday"
                                value={weekday_name(day)}
                                checked={draft.weekdays.contains(&day)}
                                onchange={edit(PlanEdit::ToggleWeekday(day))}
                            />
                            {weekday_name(day)}
                        </label>
                    }
                </div>
            </fieldset>
            if !editing {
                <label class="field">
                    <span>{"Start date"}</span>
                    <input type="date" name="start" value={iso_date(draft.start)} onchange={on_start} />
                </label>
            }
            if let Some(error) = &state.form_error {
                <p class="form-error" role="alert">{error}</p>
            }
            <div class="actions">
                <button type="button" class="primary" {disabled} onclick={send(dispatch, Action::SavePlanChoices)}>
                    { if editing { "Save changes" } else { "Make my plan" } }
                </button>
                if editing {
                    <button type="button" class="secondary" onclick={send(dispatch, Action::Show(Screen::Settings))}>
                        {"Back"}
                    </button>
                }
            </div>
        </form>
    }
}
