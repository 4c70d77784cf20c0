//! Progress: totals, the week's minutes against the plan, and how consistency is going.

use yew::prelude::*;

use crate::core::stats;
use crate::web::app::ScreenProps;

/// The progress screen.
#[component]
pub fn ProgressView(props: &ScreenProps) -> Html {
    let state = &props.state;
    let totals = stats::totals(state.record.log.entries());
    html! {
        <div class="progress">
            <h3>{"Your progress"}</h3>
            <dl class="totals">
                <div><dt>{"Sessions done"}</dt><dd>{totals.sessions_done}</dd></div>
                <div><dt>{"Minutes moved"}</dt><dd>{totals.minutes_done}</dd></div>
                <div><dt>{"Active days"}</dt><dd>{totals.active_days}</dd></div>
            </dl>
        </div>
    }
}
