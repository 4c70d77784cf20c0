//! The Progress charts: inline SVG drawn from the view models in [`crate::present::charts`].
//!
//! These components decide nothing: geometry, wording, empty states and the SVG markup itself
//! all come from the pure functions, which are tested natively. The drawing and legend arrive
//! as finished, escaped markup and are inserted as raw nodes (see `present::charts::svg` for
//! why); the frame, summary and table stay yew markup. Each chart is a `<section>` with a visible heading and
//! summary; the SVG is one image (`role="img"`) labelled by the heading and described by the
//! summary, and a "Show as a table" disclosure lists the same numbers. Colours come from CSS
//! classes on the widget's custom properties, so dark mode and a clinic's accent apply.
//!
//! Ids are prefixed per chart, because all charts share the widget's shadow root.
//!
//! Each chart is a plain function the Progress screen calls, not a `#[component]`: they hold no
//! state, and every component type adds yew's generic component machinery to the wasm.

use chrono::{NaiveDate, Weekday};
use yew::prelude::*;

use crate::core::consistency::DailyScore;
use crate::core::stats::WeekSummary;
use crate::present::charts::{
    activity_calendar, consistency_chart, minutes_chart, mood_chart, Chart, DataTable, DayCount,
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

/// One chart's heading and the ids of its parts, all starting with the chart's prefix (spelled
/// out as constants so no id is formatted at run time).
struct Frame {
    heading: &'static str,
    heading_id: &'static str,
    summary_id: &'static str,
    /// What describes the image: the summary, and the note if the chart has one.
    described_by: &'static str,
    note_id: &'static str,
}

const MINUTES: Frame = Frame {
    heading: "Minutes each week",
    heading_id: "momentum-minutes-title",
    summary_id: "momentum-minutes-summary",
    described_by: "momentum-minutes-summary",
    note_id: "momentum-minutes-note",
};

const CONSISTENCY: Frame = Frame {
    heading: "Consistency score",
    heading_id: "momentum-consistency-title",
    summary_id: "momentum-consistency-summary",
    described_by: "momentum-consistency-summary momentum-consistency-note",
    note_id: "momentum-consistency-note",
};

const MOOD: Frame = Frame {
    heading: "Mood before and after sessions",
    heading_id: "momentum-mood-title",
    summary_id: "momentum-mood-summary",
    described_by: "momentum-mood-summary",
    note_id: "momentum-mood-note",
};

const CALENDAR: Frame = Frame {
    heading: "Active days",
    heading_id: "momentum-calendar-title",
    summary_id: "momentum-calendar-summary",
    described_by: "momentum-calendar-summary",
    note_id: "momentum-calendar-note",
};

/// The frame every chart shares: heading, summary, optional note, the SVG, its legend, and the
/// "Show as a table" disclosure; a chart with nothing to draw yet shows just its heading and
/// the friendly summary. The section is deliberately unlabelled so four charts do not add four
/// landmarks; the heading is how screen-reader users move between them. One function for all
/// four (`dyn`), so the frame's markup is in the wasm once.
fn chart(frame: &Frame, view: &dyn Chart) -> Html {
    let heading = html! {
        <>
            <h3 class="chart-title" id={frame.heading_id}>{frame.heading}</h3>
            <p class="chart-summary" id={frame.summary_id}>{view.summary().to_owned()}</p>
        </>
    };
    if view.is_empty() {
        return html! { <section class="chart is-empty">{heading}</section> };
    }
    let svg = view.svg(frame.heading_id, frame.described_by);
    html! {
        <section class="chart">
            {heading}
            <div class="chart-figure">{Html::from_html_unchecked(svg.into())}</div>
            {Html::from_html_unchecked(view.legend().into())}
            if let Some(note) = view.note() {
                <p class="chart-note" id={frame.note_id}>{note}</p>
            }
            {data_table(view.table())}
        </section>
    }
}

/// The same numbers as the chart, in a closed-by-default disclosure.
fn data_table(table: &DataTable) -> Html {
    html! {
        <details class="chart-table">
            <summary>{"Show as a table"}</summary>
            <div class="chart-table-scroll">
                <table>
                    <caption>{table.caption.clone()}</caption>
                    <thead>
                        <tr>
                            for header in &table.headers {
                                <th scope="col">{header.clone()}</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for row in &table.rows {
                            <tr>
                                <th scope="row">{row.header.clone()}</th>
                                for cell in &row.cells {
                                    <td>
                                        if let Some(label) = &cell.label {
                                            <span aria-hidden="true">{cell.text.clone()}</span>
                                            <span class="visually-hidden">{label.clone()}</span>
                                        } else {
                                            {cell.text.clone()}
                                        }
                                    </td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </details>
    }
}
