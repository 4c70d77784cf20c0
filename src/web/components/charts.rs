//! The Progress charts: inline SVG drawn from the view models in [`crate::present::charts`].
//!
//! These components decide nothing: geometry, wording and empty states all come from the pure
//! functions, which are tested natively. Each chart is a `<section>` with a visible heading and
//! summary; the SVG is one image (`role="img"`) labelled by the heading and described by the
//! summary, and a "Show as a table" disclosure lists the same numbers. Colours come from CSS
//! classes on the widget's custom properties, so dark mode and a clinic's accent apply.
//!
//! Ids are prefixed per chart (`id_prefix`), because all charts share the widget's shadow root.

use chrono::{NaiveDate, Weekday};
use yew::prelude::*;

use crate::core::consistency::DailyScore;
use crate::core::stats::WeekSummary;
use crate::present::charts::{
    activity_calendar, consistency_chart, minutes_chart, mood_chart, DataTable, DayCount, DayState,
    GridLine, Label, PlotArea, MOOD_MARKER_SIZE,
};

/// Props for [`MinutesChart`].
#[derive(Clone, PartialEq, Properties)]
pub struct MinutesChartProps {
    /// The plan's weeks from `core::stats::weekly_summaries`, oldest first (the last 12 are drawn).
    pub weeks: Vec<WeekSummary>,
    /// Prefix for this chart's element ids; change it only if the chart appears twice.
    #[prop_or(AttrValue::Static("momentum-minutes"))]
    pub id_prefix: AttrValue,
}

/// Minutes moved per week as bars, each with the plan's target as a marker line.
#[component]
pub fn MinutesChart(props: &MinutesChartProps) -> Html {
    let view = minutes_chart(&props.weeks);
    let ids = Ids::new(&props.id_prefix);
    let title = "Minutes each week";
    if view.is_empty() {
        return empty_chart(&ids, title, &view.summary);
    }
    let svg = html! {
        <svg
            class="chart-svg"
            viewBox={view.view_box.attr()}
            width="100%"
            role="img"
            aria-labelledby={ids.title.clone()}
            aria-describedby={ids.summary.clone()}
            focusable="false"
        >
            {grid(&view.plot, &view.grid)}
            for bar in &view.bars {
                <g class="chart-week">
                    <title>{bar.tooltip.clone()}</title>
                    <rect
                        class={classes!("chart-bar", bar.current.then_some("is-current"))}
                        x={bar.x.to_string()}
                        y={bar.y.to_string()}
                        width={bar.width.to_string()}
                        height={bar.height.to_string()}
                    />
                    if let Some(marker) = bar.target {
                        <line
                            class="chart-target-halo"
                            x1={marker.x1.to_string()}
                            x2={marker.x2.to_string()}
                            y1={marker.y.to_string()}
                            y2={marker.y.to_string()}
                        />
                        <line
                            class="chart-target"
                            x1={marker.x1.to_string()}
                            x2={marker.x2.to_string()}
                            y1={marker.y.to_string()}
                            y2={marker.y.to_string()}
                        />
                    }
                    {text(&bar.label, "chart-axis-label")}
                </g>
            }
            if let Some(title) = &view.x_title {
                {text(title, "chart-axis-title")}
            }
        </svg>
    };
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
    chart(&ids, title, &view.summary, None, svg, legend, &view.table)
}

/// Props for [`ConsistencyChart`].
#[derive(Clone, PartialEq, Properties)]
pub struct ConsistencyChartProps {
    /// The daily scores from `core::consistency::score_series`, from the plan's start to today.
    pub scores: Vec<DailyScore>,
    /// Prefix for this chart's element ids; change it only if the chart appears twice.
    #[prop_or(AttrValue::Static("momentum-consistency"))]
    pub id_prefix: AttrValue,
}

/// The consistency score over time as a line over a soft area, with a line on how it works.
#[component]
pub fn ConsistencyChart(props: &ConsistencyChartProps) -> Html {
    let view = consistency_chart(&props.scores);
    let ids = Ids::new(&props.id_prefix);
    let title = "Consistency score";
    if view.is_empty() {
        return empty_chart(&ids, title, &view.summary);
    }
    let svg = html! {
        <svg
            class="chart-svg"
            viewBox={view.view_box.attr()}
            width="100%"
            role="img"
            aria-labelledby={ids.title.clone()}
            aria-describedby={format!("{} {}", ids.summary, ids.note)}
            focusable="false"
        >
            {grid(&view.plot, &view.grid)}
            if !view.area_points.is_empty() {
                <polygon class="chart-area" points={view.area_points.clone()} />
            }
            <polyline class="chart-line" points={view.line_points.clone()} />
            if let Some(today) = view.today {
                <circle
                    class="chart-dot"
                    cx={today.x.to_string()}
                    cy={today.y.to_string()}
                    r="4"
                />
            }
            for label in &view.x_labels {
                {text(label, "chart-axis-label")}
            }
        </svg>
    };
    chart(
        &ids,
        title,
        &view.summary,
        Some(view.explanation),
        svg,
        Html::default(),
        &view.table,
    )
}

/// Props for [`MoodChart`].
#[derive(Clone, PartialEq, Properties)]
pub struct MoodChartProps {
    /// The plan's weeks from `core::stats::weekly_summaries`, oldest first (the last 12 are drawn).
    pub weeks: Vec<WeekSummary>,
    /// Prefix for this chart's element ids; change it only if the chart appears twice.
    #[prop_or(AttrValue::Static("momentum-mood"))]
    pub id_prefix: AttrValue,
}

/// Average mood before and after sessions per week: two series told apart by marker shape and
/// line style as well as colour, with a legend.
#[component]
pub fn MoodChart(props: &MoodChartProps) -> Html {
    let view = mood_chart(&props.weeks);
    let ids = Ids::new(&props.id_prefix);
    let title = "Mood before and after sessions";
    if view.is_empty() {
        return empty_chart(&ids, title, &view.summary);
    }
    let r = MOOD_MARKER_SIZE.to_string();
    let side = (MOOD_MARKER_SIZE * 2.0 - 1.0).to_string();
    let half = MOOD_MARKER_SIZE - 0.5;
    let svg = html! {
        <svg
            class="chart-svg"
            viewBox={view.view_box.attr()}
            width="100%"
            role="img"
            aria-labelledby={ids.title.clone()}
            aria-describedby={ids.summary.clone()}
            focusable="false"
        >
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
                    x={(point.x - half).to_string()}
                    y={(point.y - half).to_string()}
                    width={side.clone()}
                    height={side.clone()}
                >
                    <title>{point.tooltip.clone()}</title>
                </rect>
            }
            for point in &view.before.points {
                <circle
                    class="mood-marker mood-before"
                    cx={point.x.to_string()}
                    cy={point.y.to_string()}
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
        </svg>
    };
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
    chart(&ids, title, &view.summary, None, svg, legend, &view.table)
}

/// Props for [`ActivityCalendar`].
#[derive(Clone, PartialEq, Properties)]
pub struct ActivityCalendarProps {
    /// Day tallies `(date, done, skipped)`, e.g. from `present::charts::day_counts(log)`.
    pub days: Vec<DayCount>,
    /// The plan's start date; earlier days show as "before your plan began".
    pub plan_start: NaiveDate,
    /// Today, from the shell's clock; later days show as "still to come".
    pub today: NaiveDate,
    /// The weekday the embed's weeks start on (`data-week-start`).
    #[prop_or(Weekday::Mon)]
    pub week_start: Weekday,
    /// Prefix for this chart's element ids; change it only if the chart appears twice.
    #[prop_or(AttrValue::Static("momentum-calendar"))]
    pub id_prefix: AttrValue,
}

/// A month-style grid of recent weeks: filled cells for active days, dashed outlines for days
/// only marked skipped, a ring around today.
#[component]
pub fn ActivityCalendar(props: &ActivityCalendarProps) -> Html {
    let view = activity_calendar(&props.days, props.plan_start, props.today, props.week_start);
    let ids = Ids::new(&props.id_prefix);
    let title = "Active days";
    if view.is_empty() {
        return empty_chart(&ids, title, &view.summary);
    }
    let svg = html! {
        <svg
            class="chart-svg chart-calendar"
            viewBox={view.view_box.attr()}
            width="100%"
            role="img"
            aria-labelledby={ids.title.clone()}
            aria-describedby={ids.summary.clone()}
            focusable="false"
        >
            for label in &view.weekday_labels {
                {text(label, "chart-axis-label")}
            }
            for label in &view.month_labels {
                {text(label, "chart-axis-label")}
            }
            for cell in &view.cells {
                <g key={cell.date.to_string()} class={classes!("cal-day", state_class(cell.state))}>
                    <title>{cell.label.clone()}</title>
                    if cell.state != DayState::Outside {
                        <rect
                            class="cal-cell"
                            x={cell.rect.x.to_string()}
                            y={cell.rect.y.to_string()}
                            width={cell.rect.width.to_string()}
                            height={cell.rect.height.to_string()}
                            rx="5"
                        />
                    }
                    {text(&cell.day_number, "cal-day-number")}
                </g>
            }
            if let Some(ring) = view.today_ring {
                <rect
                    class="cal-today-ring"
                    x={ring.x.to_string()}
                    y={ring.y.to_string()}
                    width={ring.width.to_string()}
                    height={ring.height.to_string()}
                    rx="7"
                />
            }
        </svg>
    };
    let legend = html! {
        <ul class="chart-legend">
            for (state, name) in [
                (DayState::Done, "Active"),
                (DayState::Skipped, "Skipped"),
                (DayState::Nothing, "Nothing logged"),
            ] {
                <li>
                    <svg class="legend-swatch" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
                        <g class={classes!("cal-day", state_class(state))}>
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
    chart(&ids, title, &view.summary, None, svg, legend, &view.table)
}

/// The element ids one chart uses, derived from its prefix.
struct Ids {
    title: String,
    summary: String,
    note: String,
}

impl Ids {
    fn new(prefix: &str) -> Ids {
        Ids {
            title: format!("{prefix}-title"),
            summary: format!("{prefix}-summary"),
            note: format!("{prefix}-note"),
        }
    }
}

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
            <h3 class="chart-title" id={ids.title.clone()}>{title}</h3>
            <p class="chart-summary" id={ids.summary.clone()}>{summary.to_string()}</p>
            <div class="chart-figure">{svg}</div>
            {legend}
            if let Some(note) = note {
                <p class="chart-note" id={ids.note.clone()}>{note}</p>
            }
            {data_table(table)}
        </section>
    }
}

/// A chart with nothing to draw yet: just its heading and the friendly summary.
fn empty_chart(ids: &Ids, title: &'static str, summary: &str) -> Html {
    html! {
        <section class="chart is-empty">
            <h3 class="chart-title" id={ids.title.clone()}>{title}</h3>
            <p class="chart-summary" id={ids.summary.clone()}>{summary.to_string()}</p>
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

/// Horizontal gridlines with their value labels.
fn grid(plot: &PlotArea, lines: &[GridLine]) -> Html {
    html! {
        <g class="chart-grid">
            for line in lines {
                <line
                    class="chart-gridline"
                    x1={plot.left.to_string()}
                    x2={plot.right.to_string()}
                    y1={line.y.to_string()}
                    y2={line.y.to_string()}
                />
                {text(&line.label, "chart-axis-label")}
            }
        </g>
    }
}

/// One SVG text label.
fn text(label: &Label, class: &'static str) -> Html {
    html! {
        <text
            class={class}
            x={label.x.to_string()}
            y={label.y.to_string()}
            text-anchor={label.anchor.as_str()}
        >
            {label.text.clone()}
        </text>
    }
}

fn state_class(state: DayState) -> &'static str {
    match state {
        DayState::Done => "is-done",
        DayState::Skipped => "is-skipped",
        DayState::Nothing => "is-nothing",
        DayState::Outside => "is-outside",
    }
}
