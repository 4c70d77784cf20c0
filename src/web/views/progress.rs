//! Progress: totals, minutes against the plan, consistency, mood, and a calendar of active days.
//! Every number is derived from the log on the spot; nothing here is stored.

use yew::prelude::*;

use crate::core::consistency::{score_series, Frequency};
use crate::core::stats;
use crate::present::charts::day_counts;
use crate::web::app::ScreenProps;
use crate::web::components::charts::{
    activity_calendar_view, consistency_chart_view, minutes_chart_view, mood_chart_view,
};

/// The progress screen.
pub fn progress_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    let (Some(plan), Some(start)) = (state.plan(), state.record.profile.start_date) else {
        return html! {};
    };
    let entries = state.record.log.entries();
    let totals = stats::totals(entries);
    let targets: Vec<u32> = plan
        .weeks
        .iter()
        .map(|w| u32::from(w.total_minutes()))
        .collect();
    let weeks = stats::weekly_summaries(entries, start, &targets, state.today);
    let days_per_week = u32::try_from(state.record.profile.weekdays.len()).unwrap_or(7);
    let scores = score_series(
        entries,
        Frequency::per_week(days_per_week),
        start,
        state.today,
    );

    html! {
        <div class="progress" key="progress">
            <h3>{"Your progress"}</h3>
            <dl class="totals">
                <div><dt>{"Sessions done"}</dt><dd>{totals.sessions_done}</dd></div>
                <div><dt>{"Minutes moved"}</dt><dd>{totals.minutes_done}</dd></div>
                <div><dt>{"Active days"}</dt><dd>{totals.active_days}</dd></div>
            </dl>
            {minutes_chart_view(&weeks)}
            {consistency_chart_view(&scores)}
            {mood_chart_view(&weeks)}
            {activity_calendar_view(&day_counts(entries), start, state.today, props.config.week_start)}
        </div>
    }
}
