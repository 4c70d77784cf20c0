//! Chart 1: minutes moved per plan week, each bar with the plan's target as a marker line, and a
//! line where a later plan began.

use chrono::NaiveDate;

use crate::core::stats::WeekSummary;
use crate::present::text::{ChartWords, Text};

use super::svg::{legend, Svg};
use super::{
    chart_width, names_plans, nice_step, number, one_line, plan_number, plan_starts, plot_left,
    recent_weeks, round1, week_axis, week_marker_sentences, week_markers, week_name, week_slot,
    Anchor, Chart, DataTable, GridLine, Label, PlanMarker, PlotArea, Rect, TableCell, TableRow,
    ViewBox, BOTTOM_PAD, LABEL_GAP, MARKER_BAND,
};

/// Height of the bars' area.
const PLOT_HEIGHT: f64 = 160.0;
/// Space above the tallest bar (and under a marker's band).
const TOP_PAD: f64 = 10.0;
/// Space right of the last bar.
const RIGHT_PAD: f64 = 8.0;
/// Bars never get wider than this, so one or two weeks don't look like a wall.
const MAX_BAR_WIDTH: f64 = 44.0;
/// How far the target marker reaches past each side of its bar, so it reads as a line across.
const MARKER_OVERHANG: f64 = 4.0;

/// Everything the minutes chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct MinutesChartView {
    /// The words it was built with.
    pub words: &'static ChartWords,
    /// The SVG `viewBox`, as wide as the chart was drawn for.
    pub view_box: ViewBox,
    /// Where bars stand; gridlines span it.
    pub plot: PlotArea,
    /// Horizontal gridlines with minute labels ("0", "20", ...).
    pub grid: Vec<GridLine>,
    /// One bar per shown week, oldest first.
    pub bars: Vec<MinuteBar>,
    /// Week labels under the bars: every bar's when they fit, otherwise every other one.
    pub x_labels: Vec<Label>,
    /// "Week" under the axis, only when the labels shrink to bare numbers.
    pub x_title: Option<Label>,
    /// Where later plans began.
    pub markers: Vec<PlanMarker>,
    /// A few sentences saying what the chart shows.
    pub summary: String,
    /// The same numbers as rows: week, (plan,) minutes done, target.
    pub table: DataTable,
}

impl MinutesChartView {
    /// Every coordinate the chart draws, so tests can check they are finite and in the box.
    pub fn coordinates(&self) -> Vec<(f64, f64)> {
        let mut all = Vec::new();
        for line in &self.grid {
            all.extend([
                (self.plot.left, line.y),
                (self.plot.right, line.y),
                (line.label.x, line.label.y),
            ]);
        }
        for bar in &self.bars {
            all.extend([(bar.x, bar.y), (bar.x + bar.width, bar.y + bar.height)]);
            if let Some(marker) = bar.target {
                all.extend([(marker.x1, marker.y), (marker.x2, marker.y)]);
            }
        }
        all.extend(self.x_labels.iter().map(|l| (l.x, l.y)));
        all.extend(self.x_title.iter().map(|t| (t.x, t.y)));
        for marker in &self.markers {
            all.extend([
                (marker.x, marker.top),
                (marker.x, marker.bottom),
                (marker.label.x, marker.label.y),
            ]);
        }
        all
    }
}

impl Chart for MinutesChartView {
    fn words(&self) -> &'static ChartWords {
        self.words
    }

    fn is_empty(&self) -> bool {
        self.bars.is_empty()
    }

    fn summary(&self) -> &str {
        &self.summary
    }

    fn table(&self) -> &DataTable {
        &self.table
    }

    fn svg(&self, labelled_by: &str, described_by: &str) -> String {
        let mut svg = Svg::image("chart-svg", self.view_box, labelled_by, described_by);
        svg.grid(&self.plot, &self.grid);
        svg.plan_markers(&self.markers);
        for bar in &self.bars {
            svg.open("g", "chart-week").inside();
            svg.title(&bar.tooltip);
            let class = if bar.current {
                "chart-bar is-current"
            } else {
                "chart-bar"
            };
            svg.open("rect", class)
                .rect(&Rect {
                    x: bar.x,
                    y: bar.y,
                    width: bar.width,
                    height: bar.height,
                })
                .end();
            if let Some(marker) = bar.target {
                for class in ["chart-target-halo", "chart-target"] {
                    svg.horizontal_line(class, marker.x1, marker.x2, marker.y);
                }
            }
            svg.close("g");
        }
        for label in &self.x_labels {
            svg.text(label, "chart-axis-label");
        }
        if let Some(title) = &self.x_title {
            svg.text(title, "chart-axis-title");
        }
        svg.finish()
    }

    /// What the bar and the target line mean.
    fn legend(&self) -> String {
        legend(&[
            (
                "<rect class=\"chart-bar\" x=\"6\" y=\"2\" width=\"12\" height=\"12\"/>",
                self.words.minutes_done,
            ),
            (
                "<line class=\"chart-target\" x1=\"2\" x2=\"22\" y1=\"7\" y2=\"7\"/>",
                self.words.target,
            ),
        ])
    }
}

/// One week's bar; its top is at `y`, its bottom on the baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct MinuteBar {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Never negative.
    pub width: f64,
    /// Proportional to the minutes done; 0 for a week without sessions.
    pub height: f64,
    /// The plan's target for the week, if it has a non-zero one.
    pub target: Option<TargetMarker>,
    /// Hover text for the bar: "Wk 3: 45 of 60 minutes" ("Plan 2, wk 3: ..." once plans are
    /// named).
    pub tooltip: String,
    /// The week in progress (the last one, if today is in it), so its numbers are "so far".
    pub current: bool,
}

/// The target as a short horizontal line across its bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TargetMarker {
    /// Left end.
    pub x1: f64,
    /// Right end.
    pub x2: f64,
    /// Height of the target on the minutes scale.
    pub y: f64,
}

/// Whether `week` is still in progress on `today`.
fn in_progress(week: &WeekSummary, today: NaiveDate) -> bool {
    week.first_day <= today && (today - week.first_day).num_days() < 7
}

/// The minutes chart for the weekly summaries of every plan (as `core::stats::weekly_summaries`
/// returns them, oldest first), drawn `width` pixels wide. Only the last
/// [`super::MAX_CHART_WEEKS`] weeks are drawn. A target of 0 or `None` draws no marker: there is
/// nothing to aim at.
pub fn minutes_chart(
    weeks: &[WeekSummary],
    today: NaiveDate,
    t: &'static Text,
    width: f64,
) -> MinutesChartView {
    let words = &t.charts;
    let width = chart_width(width);
    let shown = recent_weeks(weeks);
    let (top, step) = scale(shown);
    let ticks = (top / step).round() as u32;
    let tick_values: Vec<f64> = (0..=ticks).map(|k| f64::from(k) * step).collect();
    let tick_labels: Vec<String> = tick_values.iter().map(|v| number(*v)).collect();
    let band = if plan_starts(shown).is_empty() {
        0.0
    } else {
        MARKER_BAND
    };
    let plot = PlotArea {
        left: plot_left(&tick_labels),
        top: band + TOP_PAD,
        right: width - RIGHT_PAD,
        bottom: band + TOP_PAD + PLOT_HEIGHT,
    };
    let y_of = |minutes: f64| round1(plot.bottom - minutes / top * plot.height());

    let n = shown.len();
    let named = names_plans(shown);
    let (x_labels, x_title) = week_axis(&plot, shown, words);
    let bars = shown
        .iter()
        .enumerate()
        .map(|(i, week)| {
            let (centre, slot) = week_slot(&plot, i, n);
            let bar_width = (slot * 0.6).min(MAX_BAR_WIDTH);
            // Short of half the space between bars, so neighbouring targets never touch.
            let overhang = ((slot - bar_width) / 2.0 - 1.0).clamp(0.0, MARKER_OVERHANG);
            let y = y_of(f64::from(week.minutes_done));
            MinuteBar {
                x: round1(centre - bar_width / 2.0),
                y,
                width: round1(bar_width),
                height: round1(plot.bottom - y),
                target: positive_target(week).map(|target| TargetMarker {
                    x1: round1(centre - bar_width / 2.0 - overhang),
                    x2: round1(centre + bar_width / 2.0 + overhang),
                    y: y_of(f64::from(target)),
                }),
                tooltip: (words.bar_tooltip)(
                    &week_name(week, named, words),
                    week.minutes_done,
                    positive_target(week),
                ),
                current: i + 1 == n && in_progress(week, today),
            }
        })
        .collect();

    let grid = tick_values
        .iter()
        .zip(tick_labels)
        .map(|(value, text)| {
            let y = y_of(*value);
            GridLine {
                y,
                label: Label {
                    x: plot.left - LABEL_GAP,
                    y: round1(y + 5.0),
                    text,
                    anchor: Anchor::End,
                },
            }
        })
        .collect();

    let lowest = x_title
        .as_ref()
        .or(x_labels.first())
        .map_or(plot.bottom, |l| l.y);
    MinutesChartView {
        words,
        view_box: ViewBox {
            width,
            height: lowest + BOTTOM_PAD,
        },
        markers: week_markers(&plot, shown, width, t),
        plot,
        grid,
        bars,
        x_labels,
        x_title,
        summary: summary(weeks.len(), shown, today, t),
        table: table(shown, today, t),
    }
}

/// The y scale's top value and tick step: nice round numbers above the largest bar or target,
/// with at most about five gridlines. An empty chart still gets a 0-30 scale.
fn scale(weeks: &[WeekSummary]) -> (f64, f64) {
    let largest = weeks
        .iter()
        .flat_map(|w| [w.minutes_done, w.target_minutes.unwrap_or(0)])
        .max()
        .unwrap_or(0);
    let largest = if largest == 0 {
        30.0
    } else {
        f64::from(largest)
    };
    let step = nice_step(largest / 4.0).max(1.0);
    let top = ((largest / step).ceil() * step).max(step);
    (top, step)
}

fn positive_target(week: &WeekSummary) -> Option<u32> {
    week.target_minutes.filter(|&t| t > 0)
}

fn summary(total_weeks: usize, shown: &[WeekSummary], today: NaiveDate, t: &Text) -> String {
    let words = &t.charts;
    let Some(current) = shown.last() else {
        return words.minutes_empty.to_string();
    };
    let named = names_plans(shown);
    let mut sentences = vec![(words.minutes_now)(
        current.number,
        plan_number(current, named),
        in_progress(current, today),
        current.minutes_done,
        positive_target(current),
    )];

    let latest = shown.len() - 1;
    let best = shown
        .iter()
        .enumerate()
        .max_by_key(|&(i, w)| (w.minutes_done, std::cmp::Reverse(i)))
        .filter(|(_, w)| w.minutes_done > 0);
    match best {
        None => sentences.push(words.minutes_no_bars.to_string()),
        Some((i, _)) if i == latest && latest > 0 => {
            sentences.push(words.minutes_best_now.to_string());
        }
        Some((i, best)) if i != latest => sentences.push((words.minutes_best)(
            best.number,
            plan_number(best, named),
            best.minutes_done,
        )),
        Some(_) => {}
    }
    if total_weeks > shown.len() {
        sentences.push((words.showing_weeks)(shown.len()));
    }
    sentences.extend(week_marker_sentences(shown, t));
    sentences.join(" ")
}

fn table(shown: &[WeekSummary], today: NaiveDate, t: &Text) -> DataTable {
    let words = &t.charts;
    let named = names_plans(shown);
    let mut headers = vec![words.week_column.to_string()];
    if named {
        headers.push(words.plan_column.to_string());
    }
    headers.extend([
        words.minutes_done.to_string(),
        words.target_column.to_string(),
    ]);
    DataTable {
        caption: words.minutes_caption.to_string(),
        headers,
        rows: shown
            .iter()
            .enumerate()
            .map(|(i, week)| {
                let label = one_line((words.week_short)(week.number));
                let mut cells = Vec::with_capacity(3);
                if named {
                    // The plan's number under the "Plan" header: the narrowest column.
                    cells.push(TableCell::plain((week.plan + 1).to_string()));
                }
                cells.extend([
                    TableCell::plain(week.minutes_done.to_string()),
                    TableCell::plain(
                        week.target_minutes
                            .map_or_else(|| words.no_target.to_string(), |t| t.to_string()),
                    ),
                ]);
                TableRow {
                    header: if i + 1 == shown.len() && in_progress(week, today) {
                        (words.so_far)(&label)
                    } else {
                        label
                    },
                    cells,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
