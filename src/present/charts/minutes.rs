//! Chart 1: minutes moved per plan week, each bar with the plan's target as a marker line.

use crate::core::stats::WeekSummary;

use super::svg::{legend, Svg};
use super::{
    count, nice_step, number, recent_weeks, round1, week_axis, week_label, week_slot, Anchor,
    Chart, DataTable, GridLine, Label, PlotArea, Rect, TableCell, TableRow, ViewBox, VIEW_WIDTH,
};

const VIEW: ViewBox = ViewBox {
    width: VIEW_WIDTH,
    height: 206.0,
};
const PLOT: PlotArea = PlotArea {
    left: 36.0,
    top: 12.0,
    right: 312.0,
    bottom: 172.0,
};
const LABEL_Y: f64 = 188.0;
const TITLE_Y: f64 = 202.0;
/// Bars never get wider than this, so one or two weeks don't look like a wall.
const MAX_BAR_WIDTH: f64 = 40.0;
/// How far the target marker reaches past each side of its bar, so it reads as a line across.
const MARKER_OVERHANG: f64 = 4.0;

/// Everything the minutes chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct MinutesChartView {
    /// The SVG `viewBox`.
    pub view_box: ViewBox,
    /// Where bars stand; gridlines span it.
    pub plot: PlotArea,
    /// Horizontal gridlines with minute labels ("0", "20", ...).
    pub grid: Vec<GridLine>,
    /// One bar per shown week, oldest first.
    pub bars: Vec<MinuteBar>,
    /// "Week" under the axis, only when the labels shrink to bare numbers.
    pub x_title: Option<Label>,
    /// One or two sentences saying what the chart shows.
    pub summary: String,
    /// The same numbers as rows: week, minutes done, target.
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
            all.push((bar.label.x, bar.label.y));
            if let Some(marker) = bar.target {
                all.extend([(marker.x1, marker.y), (marker.x2, marker.y)]);
            }
        }
        all.extend(self.x_title.iter().map(|t| (t.x, t.y)));
        all
    }
}

impl Chart for MinutesChartView {
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
            svg.text(&bar.label, "chart-axis-label");
            svg.close("g");
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
                "Minutes done",
            ),
            (
                "<line class=\"chart-target\" x1=\"2\" x2=\"22\" y1=\"7\" y2=\"7\"/>",
                "Your plan's target",
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
    /// "Wk 3" (or "3" when space is tight) under the bar.
    pub label: Label,
    /// Hover text for the bar: "Wk 3: 45 of 60 minutes".
    pub tooltip: String,
    /// The last bar is the week in progress, so its numbers are "so far".
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

/// The minutes chart for a plan's weekly summaries (as `core::stats::weekly_summaries` returns
/// them, oldest first, the last being the current week). Only the last [`super::MAX_CHART_WEEKS`]
/// weeks are drawn. A target of 0 or `None` draws no marker: there is nothing to aim at.
pub fn minutes_chart(weeks: &[WeekSummary]) -> MinutesChartView {
    let shown = recent_weeks(weeks);
    let (top, step) = scale(shown);
    let y_of = |minutes: u32| round1(PLOT.bottom - f64::from(minutes) / top * PLOT.height());

    let n = shown.len();
    let (labels, x_title) = week_axis(&PLOT, shown.iter().map(|w| w.week), LABEL_Y, TITLE_Y);
    let bars = shown
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (week, label))| {
            let (centre, slot) = week_slot(&PLOT, i, n);
            let width = (slot * 0.6).min(MAX_BAR_WIDTH);
            let overhang = ((slot - width) / 2.0).min(MARKER_OVERHANG);
            let y = y_of(week.minutes_done);
            MinuteBar {
                x: round1(centre - width / 2.0),
                y,
                width: round1(width),
                height: round1(PLOT.bottom - y),
                target: positive_target(week).map(|target| TargetMarker {
                    x1: round1(centre - width / 2.0 - overhang),
                    x2: round1(centre + width / 2.0 + overhang),
                    y: y_of(target),
                }),
                label,
                tooltip: week_numbers(week),
                current: i + 1 == n,
            }
        })
        .collect();

    let ticks = (top / step).round() as u32;
    let grid = (0..=ticks)
        .map(|k| {
            let value = f64::from(k) * step;
            let y = round1(PLOT.bottom - value / top * PLOT.height());
            GridLine {
                y,
                label: Label {
                    x: PLOT.left - 6.0,
                    y: round1(y + 4.0),
                    text: number(value),
                    anchor: Anchor::End,
                },
            }
        })
        .collect();

    MinutesChartView {
        view_box: VIEW,
        plot: PLOT,
        grid,
        bars,
        x_title,
        summary: summary(weeks.len(), shown),
        table: table(shown),
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

/// "Wk 3: 45 of 60 minutes", or "Wk 3: 45 minutes" without a target.
fn week_numbers(week: &WeekSummary) -> String {
    let done = match positive_target(week) {
        Some(target) => format!("{} of {target} minutes", week.minutes_done),
        None => count(week.minutes_done, "minute", "minutes"),
    };
    format!("{}: {done}", week_label(week.week))
}

fn summary(total_weeks: usize, shown: &[WeekSummary]) -> String {
    let Some(current) = shown.last() else {
        return "Your first week's bar appears after your first session.".to_string();
    };
    let number = current.week + 1;
    let done = match positive_target(current) {
        Some(target) => format!("{} of {target} minutes", current.minutes_done),
        None => count(current.minutes_done, "minute", "minutes"),
    };
    let mut text = format!("Week {number} so far: {done}.");

    let best = shown
        .iter()
        .enumerate()
        .max_by_key(|&(i, w)| (w.minutes_done, std::cmp::Reverse(i)))
        .map(|(_, w)| w)
        .filter(|w| w.minutes_done > 0);
    match best {
        None => text.push_str(" Your bars appear after your first session."),
        Some(best) if shown.len() > 1 && best.week == current.week => {
            text.push_str(" This is your most active week yet.");
        }
        Some(best) if best.week != current.week => text.push_str(&format!(
            " Your best week so far was week {} with {}.",
            best.week + 1,
            count(best.minutes_done, "minute", "minutes")
        )),
        Some(_) => {}
    }
    if total_weeks > shown.len() {
        if let Some(first) = shown.first() {
            text.push_str(&format!(
                " Showing weeks {} to {number}.",
                first.week.saturating_add(1)
            ));
        }
    }
    text
}

fn table(shown: &[WeekSummary]) -> DataTable {
    DataTable {
        caption: "Minutes per week".to_string(),
        headers: vec![
            "Week".to_string(),
            "Minutes done".to_string(),
            "Plan's target".to_string(),
        ],
        rows: shown
            .iter()
            .enumerate()
            .map(|(i, week)| TableRow {
                header: if i + 1 == shown.len() {
                    format!("{} (so far)", week_label(week.week))
                } else {
                    week_label(week.week)
                },
                cells: vec![
                    TableCell::plain(week.minutes_done.to_string()),
                    TableCell::plain(
                        week.target_minutes
                            .map_or_else(|| "No target".to_string(), |t| t.to_string()),
                    ),
                ],
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn week(n: usize, minutes: u32, target: Option<u32>) -> WeekSummary {
        WeekSummary {
            week: n,
            first_day: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
                + chrono::Days::new(7 * n as u64),
            minutes_done: minutes,
            target_minutes: target,
            sessions_done: u32::from(minutes > 0),
            sessions_skipped: 0,
            mood_before: None,
            mood_after: None,
        }
    }

    fn assert_in_box(view: &MinutesChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
        for bar in &view.bars {
            assert!(bar.width >= 0.0 && bar.height >= 0.0);
        }
    }

    #[test]
    fn empty_plan_has_a_friendly_summary() {
        let view = minutes_chart(&[]);
        assert!(view.is_empty());
        assert_eq!(
            view.summary,
            "Your first week's bar appears after your first session."
        );
        assert!(view.table.rows.is_empty());
        assert_in_box(&view);
    }

    #[test]
    fn heights_are_proportional_to_minutes() {
        let view = minutes_chart(&[
            week(0, 20, Some(40)),
            week(1, 40, Some(40)),
            week(2, 10, None),
        ]);
        let [a, b, c] = [&view.bars[0], &view.bars[1], &view.bars[2]];
        assert!((b.height - 2.0 * a.height).abs() < 0.2);
        assert!((a.height - 2.0 * c.height).abs() < 0.2);
        // Bars stand on the baseline.
        for bar in &view.bars {
            assert!((bar.y + bar.height - PLOT.bottom).abs() < 0.11);
        }
        // The 40-minute target sits level with the 40-minute bar's top.
        assert_eq!(a.target.unwrap().y, b.y);
        assert!(c.target.is_none());
        assert_in_box(&view);
    }

    #[test]
    fn scale_covers_targets_above_every_bar() {
        let view = minutes_chart(&[week(0, 10, Some(70))]);
        let marker = view.bars[0].target.unwrap();
        assert!(marker.y >= PLOT.top && marker.y < view.bars[0].y);
        let labels: Vec<_> = view.grid.iter().map(|g| g.label.text.as_str()).collect();
        assert_eq!(labels, ["0", "20", "40", "60", "80"]);
        assert_in_box(&view);
    }

    #[test]
    fn zero_weeks_and_zero_targets_draw_safely() {
        let view = minutes_chart(&[week(0, 0, Some(0)), week(1, 0, None)]);
        for bar in &view.bars {
            assert_eq!(bar.height, 0.0);
            assert!(bar.target.is_none());
        }
        assert_eq!(
            view.summary,
            "Week 2 so far: 0 minutes. Your bars appear after your first session."
        );
        assert_eq!(view.table.rows[0].cells[1].text, "0");
        assert_eq!(view.table.rows[1].cells[1].text, "No target");
        assert_in_box(&view);
    }

    #[test]
    fn a_single_week_reads_simply() {
        let view = minutes_chart(&[week(0, 1, Some(30))]);
        assert_eq!(view.bars.len(), 1);
        assert!(view.bars[0].width <= MAX_BAR_WIDTH);
        assert_eq!(view.bars[0].label.text, "Wk 1");
        assert!(view.x_title.is_none());
        assert_eq!(view.summary, "Week 1 so far: 1 of 30 minutes.");
        assert_eq!(view.bars[0].tooltip, "Wk 1: 1 of 30 minutes");
        assert_in_box(&view);
    }

    #[test]
    fn summary_names_the_best_week() {
        let view = minutes_chart(&[
            week(0, 30, Some(30)),
            week(1, 70, Some(45)),
            week(2, 45, Some(60)),
        ]);
        assert_eq!(
            view.summary,
            "Week 3 so far: 45 of 60 minutes. Your best week so far was week 2 with 70 minutes."
        );
        let view = minutes_chart(&[week(0, 30, Some(30)), week(1, 50, Some(45))]);
        assert_eq!(
            view.summary,
            "Week 2 so far: 50 of 45 minutes. This is your most active week yet."
        );
        // A tie with an earlier week is not called "most active yet".
        let view = minutes_chart(&[week(0, 30, None), week(1, 30, None)]);
        assert_eq!(
            view.summary,
            "Week 2 so far: 30 minutes. Your best week so far was week 1 with 30 minutes."
        );
    }

    #[test]
    fn twelve_weeks_fit_and_longer_plans_show_the_latest_twelve() {
        let weeks: Vec<_> = (0..15).map(|n| week(n, n as u32 * 10, Some(60))).collect();
        let view = minutes_chart(&weeks);
        assert_eq!(view.bars.len(), 12);
        assert_eq!(view.bars[0].label.text, "4");
        assert_eq!(view.x_title.as_ref().unwrap().text, "Week");
        assert!(view.bars[11].current && !view.bars[10].current);
        assert_eq!(view.table.rows.len(), 12);
        assert_eq!(view.table.rows[11].header, "Wk 15 (so far)");
        assert!(
            view.summary.ends_with("Showing weeks 4 to 15."),
            "{}",
            view.summary
        );
        // Bars never overlap their neighbours.
        for pair in view.bars.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x);
            let (m0, m1) = (pair[0].target.unwrap(), pair[1].target.unwrap());
            assert!(m0.x2 < m1.x1);
        }
        assert_in_box(&view);
    }

    #[test]
    fn huge_totals_stay_finite() {
        let view = minutes_chart(&[week(0, u32::MAX, Some(u32::MAX)), week(1, 1, Some(1))]);
        assert_in_box(&view);
        assert!(view.bars[1].height >= 0.0);
    }
}
