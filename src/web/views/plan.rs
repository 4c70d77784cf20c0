//! The whole plan, week by week: what is done, skipped, and ahead.

use yew::prelude::*;

use crate::core::calendar::{self, CalendarOptions};
use crate::core::log::Outcome;
use crate::core::plan::adjust;
use crate::core::plan::{Intensity, Plan, Session};
use crate::present::dates::short_date;
use crate::present::widget::{Action, WidgetState};
use crate::web::app::ScreenProps;
use crate::web::components::session_card::{effort_word, session_card};
use crate::web::components::session_change::{session_change, SessionChange};
use crate::web::files;

/// How far ahead "Add to calendar" reaches: long enough to build a habit, short enough that a
/// changed plan is soon re-exported.
const CALENDAR_WEEKS: u32 = 4;

/// Twelve weeks; this week's and last week's sessions can be ticked off here too (people
/// forget on the day).
pub fn plan_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    let Some(plan) = state.plan() else {
        return html! {};
    };
    let today = state.today;
    let upcoming = calendar::upcoming(&plan, today, CALENDAR_WEEKS).len();
    let on_calendar = {
        let (plan, key, clinic) = (
            plan.clone(),
            props.storage_key.as_str().to_owned(),
            props.config.clinic_name.clone(),
        );
        Callback::from(move |_| {
            let stamp = chrono::Utc::now().naive_utc();
            let ics = calendar::sessions_ics(
                calendar::upcoming(&plan, today, CALENDAR_WEEKS),
                &CalendarOptions::new(key.clone(), clinic.clone(), stamp),
            );
            let _ = files::download(&calendar::file_name(today), "text/calendar", &ics);
        })
    };
    html! {
        <div class="plan" key="plan">
            <h3>{"Your twelve weeks"}</h3>
            if let Some(notice) = &plan.notice {
                <p class="gentle-note">{notice}</p>
            }
            if let Some(error) = &state.form_error {
                <p class="form-error" role="alert">{error}</p>
            }
            if upcoming > 0 {
                <div class="calendar-export">
                    <div class="actions">
                        <button type="button" class="secondary" onclick={on_calendar}>
                            {format!("Add the next {CALENDAR_WEEKS} weeks to my calendar")}
                        </button>
                        <button type="button" class="secondary" onclick={Callback::from(|_| print_page())}>
                            {"Print my plan"}
                        </button>
                    </div>
                    <p class="hint">
                        {"Downloads a calendar file with a reminder before each session. Open it with your calendar app; downloading it again later updates the sessions rather than adding them twice."}
                    </p>
                </div>
            }
            <ol class="weeks">
                for week in plan.weeks.iter() {
                    {{
                        let current = week_contains(state, week.week, today);
                        // People forget to tick on the day: this week's and last week's
                        // sessions so far can still be logged here.
                        let loggable = current
                            || week_contains(state, week.week, today - chrono::Days::new(7));
                        html! {
                            <li key={week.week} class="week" aria-current={current.then_some("true")}>
                                <h4>
                                    {format!("Week {}", week.week)}
                                    <span class="muted">{format!(" · {} min in all", week.total_minutes())}</span>
                                    if current { <span class="badge">{"this week"}</span> }
                                </h4>
                                <ul class="week-sessions">
                                    for session in week.sessions.iter() {
                                        <li key={format!("{}-{}", session.date, session.activity.id())}>
                                            if loggable && session.date <= today {
                                                {session_card(session, state, &props.dispatch)}
                                            } else {
                                                {session_row(state, session)}
                                            }
                                            {change_options(state, &plan, session, &props.dispatch)}
                                        </li>
                                    }
                                </ul>
                            </li>
                        }
                    }}
                }
            </ol>
        </div>
    }
}

/// "Move or swap" for a session that is not logged yet and still in this week or ahead.
fn change_options(
    state: &WidgetState,
    plan: &Plan,
    session: &Session,
    dispatch: &Callback<Action>,
) -> Html {
    let key = (session.date, session.activity);
    let (Some(inputs), true, None) = (state.plan_inputs(), state.editable(), state.entry(key))
    else {
        return html! {};
    };
    let log = state.record.log.entries();
    let move_days = adjust::move_options(plan, &inputs, log, state.today, session);
    let swaps = adjust::swap_options(plan, &inputs, log, state.today, session);
    let change = SessionChange {
        session,
        move_days: &move_days,
        swaps: &swaps,
        adjusted: state.is_adjusted(key),
    };
    session_change(&change, dispatch)
}

/// Opens the browser's print dialog; the widget's print styles lay the plan out as a sheet
/// for the fridge, without buttons.
fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whether plan week `week` (1-based) contains `date`.
fn week_contains(state: &WidgetState, week: u8, date: chrono::NaiveDate) -> bool {
    state.record.profile.start_date.is_some_and(|start| {
        crate::core::stats::week_of(start, date).is_some_and(|w| w + 1 == usize::from(week))
    })
}

/// One line for a session outside this week: date, what, and how it went.
fn session_row(state: &WidgetState, session: &Session) -> Html {
    let status = match state
        .entry((session.date, session.activity))
        .map(|e| &e.outcome)
    {
        Some(Outcome::Done { minutes, effort }) => {
            format!("done, {minutes} min, {}", effort_word(*effort))
        }
        Some(Outcome::Skipped) => "not this time".to_owned(),
        None if session.date < state.today => "not logged".to_owned(),
        None => "ahead".to_owned(),
    };
    let intensity = match session.intensity {
        Intensity::Easy => "easy",
        Intensity::Moderate => "moderate",
    };
    html! {
        <p class="session-row">
            <span class="when">{short_date(session.date)}</span>
            <span class="what">{format!("{}, {} min, {intensity}", session.activity.label(), session.minutes)}</span>
            <span class="state">{status}</span>
        </p>
    }
}
