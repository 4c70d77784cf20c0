//! "Move or swap": a session can go to another free day of its week, or become another chosen
//! activity; a changed session can be put back. Plain buttons inside a native disclosure, so
//! keyboards and screen readers need nothing special.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::core::activity::Activity;
use crate::core::plan::adjust::Adjustment;
use crate::core::plan::Session;
use crate::present::dates::short_date;
use crate::present::widget::Action;

/// Props for [`SessionChange`].
#[derive(Clone, PartialEq, Properties)]
pub struct SessionChangeProps {
    /// The session as planned now.
    pub session: Session,
    /// Free days of its week it can move to.
    pub move_days: Vec<NaiveDate>,
    /// Other chosen activities it can become.
    pub swaps: Vec<Activity>,
    /// Whether the visitor already moved or swapped it.
    pub adjusted: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// The disclosure with the options; renders nothing when there is nothing to offer.
#[component]
pub fn SessionChange(props: &SessionChangeProps) -> Html {
    if props.move_days.is_empty() && props.swaps.is_empty() && !props.adjusted {
        return html! {};
    }
    let s = &props.session;
    let (date, activity) = (s.date, s.activity);
    let adjust = |to_date: NaiveDate, to_activity: Activity| {
        props.dispatch.reform(move |_| {
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
            if !props.move_days.is_empty() {
                <p class="change-label">{"Move to"}</p>
                <div class="pills">
                    for day in props.move_days.iter().copied() {
                        <button type="button" class="secondary small" onclick={adjust(day, activity)}>
                            {short_date(day)}
                        </button>
                    }
                </div>
            }
            if !props.swaps.is_empty() {
                <p class="change-label">{"Do this instead"}</p>
                <div class="pills">
                    for other in props.swaps.iter().copied() {
                        <button type="button" class="secondary small" onclick={adjust(date, other)}>
                            {other.label()}
                        </button>
                    }
                </div>
            }
            if props.adjusted {
                <div class="actions">
                    <button type="button" class="link" onclick={props.dispatch.reform(move |_| Action::PutBack { date, activity })}>
                        {"Put back as planned"}
                    </button>
                </div>
            }
        </details>
    }
}
