//! The Progress charts, as the Progress screen places them.
//!
//! These functions decide nothing: geometry, wording, empty states and the markup itself come
//! from `present::charts`, which is tested natively. Each chart arrives as one finished, escaped
//! `<section>` (heading, summary, one SVG image labelled by the heading and described by the
//! summary, legend, and a "Show as a table" disclosure) and is inserted as a raw node (see
//! `present::charts::svg` for why). Colours come from CSS classes on the widget's custom
//! properties, so dark mode and a clinic's accent apply.

use chrono::{NaiveDate, Weekday};
use yew::prelude::*;

use crate::core::consistency::DailyScore;
use crate::core::stats::WeekSummary;
use crate::present::charts::section::{section, Frame, CALENDAR, CONSISTENCY, MINUTES, MOOD};
use crate::present::charts::{
    activity_calendar, consistency_chart, minutes_chart, mood_chart, Chart, DayCount,
};

/// Minutes moved per week as bars, each with the plan's target as a marker line. `weeks` are the
/// plan's weeks from `core::stats::weekly_summaries`, oldest first (the last 12 are drawn).
pub fn minutes_chart_view(weeks: &[WeekSummary]) -> Html {
    chart(&MINUTES, &minutes_chart(weeks))
}

/// The consistency score over time as a line over a soft area, with a line on how it works.
/// `scores` are the daily scores from `core::consistency::score_series`, from the plan's start
/// to today.
pub fn consistency_chart_view(scores: &[DailyScore]) -> Html {
    chart(&CONSISTENCY, &consistency_chart(scores))
}

/// Average mood before and after sessions per week: two series told apart by marker shape and
/// line style as well as colour, with a legend. `weeks` as for [`minutes_chart_view`].
pub fn mood_chart_view(weeks: &[WeekSummary]) -> Html {
    chart(&MOOD, &mood_chart(weeks))
}

/// A month-style grid of recent weeks: filled cells for active days, dashed outlines for days
/// only marked skipped, a ring around today.
///
/// `days` are day tallies `(date, done, skipped)`, e.g. from `present::charts::day_counts(log)`;
/// days before `plan_start` show as "before your plan began", days after `today` (from the
/// shell's clock) as "still to come"; weeks start on `week_start` (`data-week-start`).
pub fn activity_calendar_view(
    days: &[DayCount],
    plan_start: NaiveDate,
    today: NaiveDate,
    week_start: Weekday,
) -> Html {
    let view = activity_calendar(days, plan_start, today, week_start);
    chart(&CALENDAR, &view)
}

/// The finished markup of one chart (see `present::charts::section`) as a raw node.
fn chart(frame: &Frame, view: &dyn Chart) -> Html {
    Html::from_html_unchecked(section(frame, view).into())
}
