//! The Progress charts: inline SVG drawn from the view models in [`crate::present::charts`].
//!
//! These components decide nothing: geometry, wording and empty states all come from the pure
//! functions, which are tested natively. Each chart is a `<section>` with a visible heading and
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
use crate::core::schema::iso_date;
use crate::core::stats::WeekSummary;
use crate::present::charts::{
    activity_calendar, consistency_chart, minutes_chart, mood_chart, number, DataTable, DayCount,
    DayState, GridLine, Label, PlotArea, MOOD_MARKER_SIZE,
};

/// Minutes moved per week as bars, each with the plan's target as a marker line. `weeks` are the
/// plan's weeks from `core::stats::weekly_summaries`, oldest first (the last 12 are drawn).
pub fn minutes_chart_view(weeks: &[WeekSummary]) -> Html {
    let view = minutes_chart(weeks);
    let ids = &MINUTES_IDS;
    let title = "Minutes each week";
    if view.is_empty() {
        return empty_chart(ids, title, &view.summary);
    }
    let svg = chart_image(
        "chart-svg",
        view.view_box.attr(),
        ids.title,
        ids.summary,
        html! {
            <>
                {grid(&view.plot, &view.grid)}
                for bar in &view.bars {
                    <g class="chart-week">
                        <title>{bar.tooltip.clone()}</title>
                        <rect
                            class={if bar.current { "chart-bar is-current" } else { "chart-bar" }}
                            x={number(bar.x)}
                            y={number(bar.y)}
                            width={number(bar.width)}
                            height={number(bar.height)}
                        />
                        if let Some(marker) = bar.target {
                            {horizontal_line("chart-target-halo", marker.x1, marker.x2, marker.y)}
                            {horizontal_line("chart-target", marker.x1, marker.x2, marker.y)}
                        }
                        {text(&bar.label, "chart-axis-label")}
                    </g>
                }
                if let Some(title) = &view.x_title {
                    {text(title, "chart-axis-title")}
                }
            </>
        },
    );
    let legend = html! {
        <ul class="chart-legend">
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <rect class="chart-bar" x="6" y="2" width="12" height="12" />
                </svg>
                {"Minutes done"}
            </li>
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <line class="chart-target" x1="2" x2="22" y1="7" y2="7" />
                </svg>
                {"Your plan's target"}
            </li>
        </ul>
    };
    chart(ids, title, &view.summary, None, svg, legend, &view.table)
}

/// The consistency score over time as a line over a soft area, with a line on how it works.
/// `scores` are the daily scores from `core::consistency::score_series`, from the plan's start
/// to today.
pub fn consistency_chart_view(scores: &[DailyScore]) -> Html {
    let view = consistency_chart(scores);
    let ids = &CONSISTENCY_IDS;
    let title = "Consistency score";
    if view.is_empty() {
        return empty_chart(ids, title, &view.summary);
    }
    let svg = chart_image(
        "chart-svg",
        view.view_box.attr(),
        ids.title,
        CONSISTENCY_DESCRIBED_BY,
        html! {
            <>
                {grid(&view.plot, &view.grid)}
                if !view.area_points.is_empty() {
                    <polygon class="chart-area" points={view.area_points.clone()} />
                }
                <polyline class="chart-line" points={view.line_points.clone()} />
                if let Some(today) = view.today {
                    <circle
                        class="chart-dot"
                        cx={number(today.x)}
                        cy={number(today.y)}
                        r="4"
                    />
                }
                for label in &view.x_labels {
                    {text(label, "chart-axis-label")}
                }
            </>
        },
    );
    chart(
        ids,
        title,
        &view.summary,
        Some(view.explanation),
        svg,
        Html::default(),
        &view.table,
    )
}

/// Average mood before and after sessions per week: two series told apart by marker shape and
/// line style as well as colour, with a legend. `weeks` as for [`minutes_chart_view`].
pub fn mood_chart_view(weeks: &[WeekSummary]) -> Html {
    let view = mood_chart(weeks);
    let ids = &MOOD_IDS;
    let title = "Mood before and after sessions";
    if view.is_empty() {
        return empty_chart(ids, title, &view.summary);
    }
    let r = number(MOOD_MARKER_SIZE);
    let side = number(MOOD_MARKER_SIZE * 2.0 - 1.0);
    let half = MOOD_MARKER_SIZE - 0.5;
    let svg = chart_image(
        "chart-svg",
        view.view_box.attr(),
        ids.title,
        ids.summary,
        html! {
            <>
                {grid(&view.plot, &view.grid)}
                for segment in &view.before.segments {
                    <polyline class="mood-line mood-before" points={segment.clone()} />
                }
                for segment in &view.after.segments {
                    <polyline class="mood-line mood-after" points={segment.clone()} />
                }
                for point in &view.after.points {
                    <rect
                        class="mood-marker mood-after"
                        x={number(point.x - half)}
                        y={number(point.y - half)}
                        width={side.clone()}
                        height={side.clone()}
                    >
                        <title>{point.tooltip.clone()}</title>
                    </rect>
                }
                for point in &view.before.points {
                    <circle
                        class="mood-marker mood-before"
                        cx={number(point.x)}
                        cy={number(point.y)}
                        r={r.clone()}
                    >
                        <title>{point.tooltip.clone()}</title>
                    </circle>
                }
                for label in &view.x_labels {
                    {text(label, "chart-axis-label")}
                }
                if let Some(title) = &view.x_title {
                    {text(title, "chart-axis-title")}
                }
            </>
        },
    );
    let legend = html! {
        <ul class="chart-legend">
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <line class="mood-line mood-before" x1="1" x2="23" y1="7" y2="7" />
                    <circle class="mood-marker mood-before" cx="12" cy="7" r="4.5" />
                </svg>
                {view.before.name}
            </li>
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <line class="mood-line mood-after" x1="1" x2="23" y1="7" y2="7" />
                    <rect class="mood-marker mood-after" x="8" y="3" width="8" height="8" />
                </svg>
                {view.after.name}
            </li>
        </ul>
    };
    chart(ids, title, &view.summary, None, svg, legend, &view.table)
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
    let ids = &CALENDAR_IDS;
    let title = "Active days";
    if view.is_empty() {
        return empty_chart(ids, title, &view.summary);
    }
    let svg = chart_image(
        "chart-svg chart-calendar",
        view.view_box.attr(),
        ids.title,
        ids.summary,
        html! {
            <>
                for label in &view.weekday_labels {
                    {text(label, "chart-axis-label")}
                }
                for label in &view.month_labels {
                    {text(label, "chart-axis-label")}
                }
                for cell in &view.cells {
                    <g key={iso_date(cell.date)} class={state_class(cell.state)}>
                        <title>{cell.label.clone()}</title>
                        if cell.state != DayState::Outside {
                            <rect
                                class="cal-cell"
                                x={number(cell.rect.x)}
                                y={number(cell.rect.y)}
                                width={number(cell.rect.width)}
                                height={number(cell.rect.height)}
                                rx="5"
                            />
                        }
                        {text(&cell.day_number, "cal-day-number")}
                    </g>
                }
                if let Some(ring) = view.today_ring {
                    <rect
                        class="cal-today-ring"
                        x={number(ring.x)}
                        y={number(ring.y)}
                        width={number(ring.width)}
                        height={number(ring.height)}
                        rx="7"
                    />
                }
            </>
        },
    );
    let legend = html! {
        <ul class="chart-legend">
            for (state, name) in [
                (DayState::Done, "Active"),
                (DayState::Skipped, "Skipped"),
                (DayState::Nothing, "Nothing logged"),
            ] {
                <li>
                    <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                        <g class={state_class(state)}>
                            <rect class="cal-cell" x="5" y="1" width="14" height="12" rx="3" />
                        </g>
                    </svg>
                    {name}
                </li>
            }
            <li>
                <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                    <rect class="cal-today-ring" x="5" y="1" width="14" height="12" rx="3" />
                </svg>
                {"Today"}
            </li>
        </ul>
    };
    chart(ids, title, &view.summary, None, svg, legend, &view.table)
}

/// The element ids one chart uses, all starting with the chart's prefix (spelled out as
/// constants so no id is formatted at run time).
struct Ids {
    title: &'static str,
    summary: &'static str,
    note: &'static str,
}

const MINUTES_IDS: Ids = Ids {
    title: "momentum-minutes-title",
    summary: "momentum-minutes-summary",
    note: "momentum-minutes-note",
};

const CONSISTENCY_IDS: Ids = Ids {
    title: "momentum-consistency-title",
    summary: "momentum-consistency-summary",
    note: "momentum-consistency-note",
};

/// The consistency chart is described by its summary and by the note on how the score works.
const CONSISTENCY_DESCRIBED_BY: &str = "momentum-consistency-summary momentum-consistency-note";

const MOOD_IDS: Ids = Ids {
    title: "momentum-mood-title",
    summary: "momentum-mood-summary",
    note: "momentum-mood-note",
};

const CALENDAR_IDS: Ids = Ids {
    title: "momentum-calendar-title",
    summary: "momentum-calendar-summary",
    note: "momentum-calendar-note",
};

/// The frame every chart shares: heading, summary, optional note, the SVG, its legend, and the
/// "Show as a table" disclosure. The section is deliberately unlabelled so four charts do not
/// add four landmarks; the heading is how screen-reader users move between them.
fn chart(
    ids: &Ids,
    title: &'static str,
    summary: &str,
    note: Option<&'static str>,
    svg: Html,
    legend: Html,
    table: &DataTable,
) -> Html {
    html! {
        <section class="chart">
            <h3 class="chart-title" id={ids.title}>{title}</h3>
            <p class="chart-summary" id={ids.summary}>{summary.to_string()}</p>
            <div class="chart-figure">{svg}</div>
            {legend}
            if let Some(note) = note {
                <p class="chart-note" id={ids.note}>{note}</p>
            }
            {data_table(table)}
        </section>
    }
}

/// A chart with nothing to draw yet: just its heading and the friendly summary.
fn empty_chart(ids: &Ids, title: &'static str, summary: &str) -> Html {
    html! {
        <section class="chart is-empty">
            <h3 class="chart-title" id={ids.title}>{title}</h3>
            <p class="chart-summary" id={ids.summary}>{summary.to_string()}</p>
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

/// A chart's SVG: one image for assistive technology, named by the chart's heading and
/// described by `described_by`, drawn from `children`.
fn chart_image(
    class: &'static str,
    view_box: String,
    labelled_by: &'static str,
    described_by: &'static str,
    children: Html,
) -> Html {
    html! {
        <svg
            class={class}
            viewBox={view_box}
            width="100%"
            role="img"
            aria-labelledby={labelled_by}
            aria-describedby={described_by}
            focusable="false"
        >
            {children}
        </svg>
    }
}

/// Horizontal gridlines with their value labels.
fn grid(plot: &PlotArea, lines: &[GridLine]) -> Html {
    html! {
        <g class="chart-grid">
            for line in lines {
                {horizontal_line("chart-gridline", plot.left, plot.right, line.y)}
                {text(&line.label, "chart-axis-label")}
            }
        </g>
    }
}

/// A horizontal SVG line from `x1` to `x2` at height `y`.
fn horizontal_line(class: &'static str, x1: f64, x2: f64, y: f64) -> Html {
    let y = number(y);
    html! {
        <line class={class} x1={number(x1)} x2={number(x2)} y1={y.clone()} y2={y} />
    }
}

/// One SVG text label.
fn text(label: &Label, class: &'static str) -> Html {
    html! {
        <text
            class={class}
            x={number(label.x)}
            y={number(label.y)}
            text-anchor={label.anchor.as_str()}
        >
            {label.text.clone()}
        </text>
    }
}

fn state_class(state: DayState) -> &'static str {
    match state {
        DayState::Done => "cal-day is-done",
        DayState::Skipped => "cal-day is-skipped",
        DayState::Nothing => "cal-day is-nothing",
        DayState::Outside => "cal-day is-outside",
    }
}
