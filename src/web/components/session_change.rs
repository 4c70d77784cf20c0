//! "Move or swap": a session can go to another free day of its week, or become another chosen
//! activity; a changed session can be put back. Plain buttons inside a native disclosure, so
//! keyboards and screen readers need nothing special.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::web::components::send;

use crate::core::activity::Activity;
use crate::core::plan::adjust::Adjustment;
use crate::core::plan::Session;
use crate::present::dates::short_date;
use crate::present::widget::Action;

/// What [`session_change`] offers for one session.
pub struct SessionChange<'a> {
    /// The session as planned now.
    pub session: &'a Session,
    /// Free days of its week it can move to.
    pub move_days: &'a [NaiveDate],
    /// Other chosen activities it can become.
    pub swaps: &'a [Activity],
    /// Whether the visitor already moved or swapped it.
    pub adjusted: bool,
}

/// The disclosure with the options; renders nothing when there is nothing to offer. Actions go
/// to `dispatch`.
pub fn session_change(change: &SessionChange<'_>, dispatch: &Callback<Action>) -> Html {
    if change.move_days.is_empty() && change.swaps.is_empty() && !change.adjusted {
        return html! {};
    }
    let s = change.session;
    let (date, activity) = (s.date, s.activity);
    let adjust = |to_date: NaiveDate, to_activity: Activity| {
        dispatch.reform(move |_| {
            Action::Adjust(Adjustment {
                date,
                activity,
                to_date,
                to_activity,
            })
        })
    };
    html! {
        <details class="change">
            <summary>
                {"Move or swap"}
                <span class="visually-hidden">{format!(": {} on {}", s.activity.label(), short_date(s.date))}</span>
            </summary>
            if !change.move_days.is_empty() {
                <p class="change-label">{"Move to"}</p>
                <div class="pills">
                    for day in change.move_days.iter().copied() {
                        <button type="button" class="secondary small" onclick={adjust(day, activity)}>
                            {short_date(day)}
                        </button>
                    }
                </div>
            }
            if !change.swaps.is_empty() {
                <p class="change-label">{"Do this instead"}</p>
                <div class="pills">
                    for other in change.swaps.iter().copied() {
                        <button type="button" class="secondary small" onclick={adjust(date, other)}>
                            {other.label()}
                        </button>
                    }
                </div>
            }
            if change.adjusted {
                <div class="actions">
                    <button type="button" class="link" onclick={send(dispatch, Action::PutBack { date, activity })}>
                        {"Put back as planned"}
                    </button>
                </div>
            }
        </details>
    }
}
