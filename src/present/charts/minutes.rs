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
mod tests {
    use chrono::Days;

    use super::*;
    use crate::present::text::{EN, ES};

    fn monday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    /// Week `n` of the whole history, the `number`th week of plan `plan`.
    fn plan_week(
        n: usize,
        plan: usize,
        number: u8,
        minutes: u32,
        target: Option<u32>,
    ) -> WeekSummary {
        WeekSummary {
            week: n,
            plan,
            number,
            first_day: monday() + Days::new(7 * n as u64),
            minutes_done: minutes,
            target_minutes: target,
            sessions_done: u32::from(minutes > 0),
            sessions_skipped: 0,
            mood_before: None,
            mood_after: None,
        }
    }

    fn week(n: usize, minutes: u32, target: Option<u32>) -> WeekSummary {
        plan_week(n, 0, n as u8 + 1, minutes, target)
    }

    /// Two days into the last week.
    fn today_of(weeks: &[WeekSummary]) -> NaiveDate {
        weeks
            .last()
            .map_or(monday(), |w| w.first_day + Days::new(2))
    }

    fn chart(weeks: &[WeekSummary]) -> MinutesChartView {
        minutes_chart(weeks, today_of(weeks), &EN, 320.0)
    }

    fn assert_in_box(view: &MinutesChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
        for bar in &view.bars {
            assert!(bar.width >= 0.0 && bar.height >= 0.0);
        }
        super::super::tests::assert_labels_apart(&view.x_labels, view.view_box.width);
    }

    #[test]
    fn empty_plan_has_a_friendly_summary() {
        let view = chart(&[]);
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
        let view = chart(&[
            week(0, 20, Some(40)),
            week(1, 40, Some(40)),
            week(2, 10, None),
        ]);
        let [a, b, c] = [&view.bars[0], &view.bars[1], &view.bars[2]];
        assert!((b.height - 2.0 * a.height).abs() < 0.2);
        assert!((a.height - 2.0 * c.height).abs() < 0.2);
        // Bars stand on the baseline.
        for bar in &view.bars {
            assert!((bar.y + bar.height - view.plot.bottom).abs() < 0.11);
        }
        // The 40-minute target sits level with the 40-minute bar's top.
        assert_eq!(a.target.unwrap().y, b.y);
        assert!(c.target.is_none());
        assert_in_box(&view);
    }

    #[test]
    fn scale_covers_targets_above_every_bar() {
        let view = chart(&[week(0, 10, Some(70))]);
        let marker = view.bars[0].target.unwrap();
        assert!(marker.y >= view.plot.top && marker.y < view.bars[0].y);
        let labels: Vec<_> = view.grid.iter().map(|g| g.label.text.as_str()).collect();
        assert_eq!(labels, ["0", "20", "40", "60", "80"]);
        assert_in_box(&view);
    }

    #[test]
    fn zero_weeks_and_zero_targets_draw_safely() {
        let view = chart(&[week(0, 0, Some(0)), week(1, 0, None)]);
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
        let view = chart(&[week(0, 1, Some(30))]);
        assert_eq!(view.bars.len(), 1);
        assert!(view.bars[0].width <= MAX_BAR_WIDTH);
        assert_eq!(view.x_labels[0].text, "Wk 1");
        assert!(view.x_title.is_none());
        assert!(view.markers.is_empty());
        assert_eq!(view.summary, "Week 1 so far: 1 of 30 minutes.");
        assert_eq!(view.bars[0].tooltip, "Wk 1: 1 of 30 minutes");
        assert_eq!(
            view.table.headers,
            ["Week", "Minutes done", "Plan's target"]
        );
        assert_eq!(view.table.rows[0].header, "Wk\u{a0}1 (so far)");
        assert!(view.bars[0].current);
        assert_in_box(&view);
    }

    #[test]
    fn summary_names_the_best_week() {
        let view = chart(&[
            week(0, 30, Some(30)),
            week(1, 70, Some(45)),
            week(2, 45, Some(60)),
        ]);
        assert_eq!(
            view.summary,
            "Week 3 so far: 45 of 60 minutes. Your best week so far was week 2 with 70 minutes."
        );
        let view = chart(&[week(0, 30, Some(30)), week(1, 50, Some(45))]);
        assert_eq!(
            view.summary,
            "Week 2 so far: 50 of 45 minutes. This is your most active week yet."
        );
        // A tie with an earlier week is not called "most active yet".
        let view = chart(&[week(0, 30, None), week(1, 30, None)]);
        assert_eq!(
            view.summary,
            "Week 2 so far: 30 minutes. Your best week so far was week 1 with 30 minutes."
        );
    }

    #[test]
    fn twelve_weeks_fit_at_every_width() {
        let weeks: Vec<_> = (0..12).map(|n| week(n, n as u32 * 10, Some(60))).collect();
        for width in [240.0, 254.0, 320.0, 646.0, 1200.0] {
            let view = minutes_chart(&weeks, today_of(&weeks), &EN, width);
            assert_eq!(view.view_box.width, width);
            assert_eq!(view.plot.right, width - RIGHT_PAD);
            // The latest week is always labelled.
            let bar = &view.bars[11];
            assert!((view.x_labels.last().unwrap().x - (bar.x + bar.width / 2.0)).abs() < 0.2);
            // Bars never overlap their neighbours.
            for pair in view.bars.windows(2) {
                assert!(pair[0].x + pair[0].width < pair[1].x);
                let (m0, m1) = (pair[0].target.unwrap(), pair[1].target.unwrap());
                assert!(m0.x2 < m1.x1);
            }
            assert_in_box(&view);
        }
        // On a phone the labels are bare numbers, every other one, under a "Week" title...
        let narrow = minutes_chart(&weeks, today_of(&weeks), &EN, 254.0);
        let texts: Vec<_> = narrow.x_labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["2", "4", "6", "8", "10", "12"]);
        assert_eq!(narrow.x_title.as_ref().unwrap().text, "Week");
        // ... and on a wide screen every week has "Wk 3" under it.
        let wide = minutes_chart(&weeks, today_of(&weeks), &EN, 900.0);
        assert_eq!(wide.x_labels.len(), 12);
        assert_eq!(wide.x_labels[2].text, "Wk 3");
        assert!(wide.x_title.is_none());
    }

    /// Plan 1's twelve weeks, then plan 2's first `second` weeks, `gap` weeks later.
    fn two_plans(second: usize, gap: usize) -> Vec<WeekSummary> {
        let mut weeks: Vec<_> = (0..12)
            .map(|n| plan_week(n, 0, n as u8 + 1, 30 + n as u32, Some(40)))
            .collect();
        for k in 0..second {
            let mut w = plan_week(12 + k, 1, k as u8 + 1, 20, Some(30));
            w.first_day = w.first_day + Days::new(7 * gap as u64);
            weeks.push(w);
        }
        weeks
    }

    #[test]
    fn a_new_plan_is_marked_where_it_began() {
        for gap in [0, 5] {
            let weeks = two_plans(4, gap);
            let view = chart(&weeks);
            assert_eq!(view.bars.len(), 12);
            // Plan 1's weeks 5-12, then plan 2's weeks 1-4, numbered within each plan.
            assert_eq!(view.bars[0].tooltip, "Plan 1, wk 5: 34 of 40 minutes");
            assert_eq!(view.bars[8].tooltip, "Plan 2, wk 1: 20 of 30 minutes");
            let marker = &view.markers[..];
            assert_eq!(marker.len(), 1);
            let (_, slot) = week_slot(&view.plot, 0, 12);
            assert_eq!(marker[0].x, round1(view.plot.left + 8.0 * slot));
            assert!(view.bars[7].x + view.bars[7].width < marker[0].x);
            assert!(marker[0].x < view.bars[8].x);
            assert_eq!(marker[0].label.text, "Plan 2");
            assert!(marker[0].label.y < view.plot.top);
            assert_eq!(marker[0].bottom, view.plot.bottom);
            let begun = if gap == 0 {
                "Mon, Mar 30"
            } else {
                "Mon, May 4"
            };
            assert_eq!(
                view.summary,
                format!(
                    "Week 4 of plan 2 so far: 20 of 30 minutes. Your best week so far was week \
                     12 of plan 1 with 41 minutes. Showing your last 12 weeks. A line marks \
                     where plan 2 began, on {begun}."
                )
            );
            assert_eq!(
                view.table.headers,
                ["Week", "Plan", "Minutes done", "Plan's target"]
            );
            assert_eq!(view.table.rows[0].header, "Wk\u{a0}5");
            assert_eq!(view.table.rows[0].cells[0].text, "1");
            assert_eq!(view.table.rows[11].header, "Wk\u{a0}4 (so far)");
            assert_eq!(view.table.rows[11].cells[0].text, "2");
            assert_in_box(&view);
            let svg = view.svg("t", "s");
            assert!(svg.contains("<g class=\"chart-plan\"><line class=\"chart-plan-line\""));
            assert!(svg.contains(">Plan 2</text></g>"));
        }
    }

    #[test]
    fn a_plan_just_begun_keeps_its_label_in_the_picture() {
        let weeks = two_plans(1, 2);
        for width in [240.0, 320.0, 900.0] {
            let view = minutes_chart(&weeks, today_of(&weeks), &EN, width);
            let marker = &view.markers[0];
            let (left, right) = marker.label.span();
            assert!(left >= 0.0 && right <= width, "{left}..{right} in {width}");
            assert!(left <= marker.x && marker.x <= right);
            assert_in_box(&view);
        }
    }

    #[test]
    fn one_plan_names_no_plan() {
        let weeks: Vec<_> = (0..12).map(|n| week(n, 10, Some(20))).collect();
        let view = chart(&weeks);
        assert!(view.markers.is_empty());
        assert_eq!(view.plot.top, TOP_PAD);
        assert!(!view.summary.contains("plan"), "{}", view.summary);
        assert!(!view.table.headers.contains(&"Plan".to_string()));
    }

    #[test]
    fn only_a_later_plans_weeks_are_marked_at_the_left() {
        let weeks: Vec<_> = two_plans(12, 3).split_off(12);
        let view = chart(&weeks);
        assert_eq!(view.markers.len(), 1);
        assert_eq!(view.markers[0].x, view.plot.left);
        assert!(view.markers[0].label.span().0 >= 0.0);
        assert_eq!(view.bars[0].tooltip, "Plan 2, wk 1: 20 of 30 minutes");
        assert_in_box(&view);
    }

    #[test]
    fn a_finished_week_is_not_so_far() {
        let weeks = vec![week(0, 30, Some(30)), week(1, 40, Some(45))];
        let later = weeks[1].first_day + Days::new(20);
        let view = minutes_chart(&weeks, later, &EN, 320.0);
        assert!(!view.bars[1].current);
        assert_eq!(view.table.rows[1].header, "Wk\u{a0}2");
        assert!(
            view.summary.starts_with("Week 2: 40 of 45 minutes."),
            "{}",
            view.summary
        );
    }

    #[test]
    fn spanish_words_come_from_the_catalogue() {
        let weeks = two_plans(2, 0);
        let view = minutes_chart(&weeks, today_of(&weeks), &ES, 900.0);
        assert_eq!(view.x_labels[11].text, "Sem 2");
        assert_eq!(view.bars[11].tooltip, "Plan 2, sem 2: 20 de 30 minutos");
        assert_eq!(view.table.rows[11].header, "Sem\u{a0}2 (en curso)");
        assert_eq!(view.table.headers[2], "Minutos que hiciste");
        assert!(
            view.summary
                .starts_with("Semana 2 del plan 2, hasta ahora: 20 de 30 minutos."),
            "{}",
            view.summary
        );
        assert!(
            view.summary.ends_with("empezó el plan 2, el lun 30 mar."),
            "{}",
            view.summary
        );
        assert!(view.legend().contains("La meta de tu plan"));
    }

    #[test]
    fn huge_totals_stay_finite() {
        let view = chart(&[week(0, u32::MAX, Some(u32::MAX)), week(1, 1, Some(1))]);
        assert_in_box(&view);
        assert!(view.bars[1].height >= 0.0);
    }
}
