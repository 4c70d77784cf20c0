//! Today: the day's sessions to tick off, or a kind word when nothing is planned.

use yew::prelude::*;

use crate::present::dates::{long_date, short_date};
use crate::present::widget::Action;
use crate::web::app::ScreenProps;
use crate::web::components::backup_hint::backup_hint;
use crate::web::components::send;
use crate::web::components::session_card::session_card;

/// The screen a returning visitor lands on.
pub fn today_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    let Some(plan) = state.plan() else {
        return html! {};
    };
    let today = state.today;
    let sessions: Vec<_> = plan
        .sessions()
        .filter(|s| s.date == today)
        .cloned()
        .collect();
    let next = plan.sessions().find(|s| s.date > today).cloned();
    let started = plan.sessions().next().is_some_and(|s| s.date <= today);

    html! {
        <div class="today" key="today">
            <h3>{"Today, "}{long_date(today)}</h3>
            if plan.gentle {
                if let Some(notice) = &plan.notice {
                    <p class="gentle-note">{notice}</p>
                }
            }
            if state.suggest_backup() {
                {backup_hint(state, &props.dispatch)}
            }
            if state.plan_finished() {
                <div class="hint-box finished">
                    <p>
                        {"You've come to the end of your twelve weeks. Whatever they looked like, \
                          showing up for yourself counts. Ready for the next twelve?"}
                    </p>
                    <div class="actions">
                        <button type="button" class="primary" disabled={!state.editable()}
                            onclick={send(&props.dispatch, Action::StartNextPlan)}>
                            {"Start my next twelve weeks"}
                        </button>
                    </div>
                </div>
            } else if sessions.is_empty() {
                <div class="rest-day">
                    <p>
                        { if started { "Nothing planned today. Rest counts too." } else { "Your plan hasn't started yet." } }
                    </p>
                    <p class="hint">
                        {"If you feel like moving, a few minutes of gentle stretching is a lovely way to check in with your body."}
                    </p>
                    if let Some(next) = next {
                        <p>{format!("Next up: {} on {}, {} min.", next.activity.label(), short_date(next.date), next.minutes)}</p>
                    }
                </div>
            } else {
                <ul class="sessions">
                    for session in sessions {
                        <li key={format!("{}-{}", session.date, session.activity.id())}>
                            {session_card(&session, state, &props.dispatch)}
                        </li>
                    }
                </ul>
            }
            if let Some(error) = &state.form_error {
                <p class="form-error" role="alert">{error}</p>
            }
            <p class="hint">
                <button type="button" class="link" onclick={send(&props.dispatch, Action::Show(crate::present::widget::Screen::Plan))}>
                    {"See the whole plan"}
                </button>
            </p>
        </div>
    }
}
