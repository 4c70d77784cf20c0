//! Chart 3: average mood before and after sessions, per week, as two marked lines.
//!
//! The two series differ in shape as well as colour (renderers draw "before" as hollow circles
//! on a dashed line and "after" as filled squares on a solid line), and sit a few units apart
//! horizontally so equal values never hide each other.

use super::svg::{legend, Svg};
use super::{
    parse_points, points_attr, recent_weeks, round1, week_axis, week_label, week_slot, Anchor,
    Chart, DataTable, GridLine, Label, PlotArea, Point, Rect, TableCell, TableRow, ViewBox,
    VIEW_WIDTH,
};
use crate::core::stats::WeekSummary;

const VIEW: ViewBox = ViewBox {
    width: VIEW_WIDTH,
    height: 206.0,
};
const PLOT: PlotArea = PlotArea {
    left: 50.0,
    top: 14.0,
    right: 312.0,
    bottom: 166.0,
};
const LABEL_Y: f64 = 186.0;
const TITLE_Y: f64 = 202.0;
/// Horizontal nudge of each series from the week's centre.
const SERIES_OFFSET: f64 = 4.0;

/// Half the width of a mood marker in chart units; the plot leaves this much room at its edges.
pub const MOOD_MARKER_SIZE: f64 = 4.5;

/// Everything the mood chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct MoodChartView {
    /// The SVG `viewBox`.
    pub view_box: ViewBox,
    /// Where markers are placed; gridlines span it.
    pub plot: PlotArea,
    /// Gridlines at moods 1 to 5; the ends say "1 low" and "5 good".
    pub grid: Vec<GridLine>,
    /// Week labels under the axis.
    pub x_labels: Vec<Label>,
    /// "Week" under the axis, only when the labels shrink to bare numbers.
    pub x_title: Option<Label>,
    /// Mood before sessions: hollow circles, dashed line.
    pub before: MoodSeries,
    /// Mood after sessions: filled squares, solid line.
    pub after: MoodSeries,
    /// What the latest moods were, in words.
    pub summary: String,
    /// Week, mood before, mood after.
    pub table: DataTable,
}

impl MoodChartView {
    /// Every coordinate the chart draws, so tests can check they are finite and in the box.
    pub fn coordinates(&self) -> Vec<(f64, f64)> {
        let mut all = Vec::new();
        for series in [&self.before, &self.after] {
            for segment in &series.segments {
                all.extend(parse_points(segment));
            }
            for point in &series.points {
                all.extend([
                    (point.x - MOOD_MARKER_SIZE, point.y - MOOD_MARKER_SIZE),
                    (point.x + MOOD_MARKER_SIZE, point.y + MOOD_MARKER_SIZE),
                ]);
            }
        }
        for line in &self.grid {
            all.extend([
                (self.plot.left, line.y),
                (self.plot.right, line.y),
                (line.label.x, line.label.y),
            ]);
        }
        all.extend(self.x_labels.iter().map(|l| (l.x, l.y)));
        all.extend(self.x_title.iter().map(|l| (l.x, l.y)));
        all
    }
}

impl Chart for MoodChartView {
    fn is_empty(&self) -> bool {
        self.before.points.is_empty() && self.after.points.is_empty()
    }

    fn summary(&self) -> &str {
        &self.summary
    }

    fn table(&self) -> &DataTable {
        &self.table
    }

    /// Squares ("after") are drawn before circles ("before"), so a smaller circle stays
    /// visible on top of an equal square.
    fn svg(&self, labelled_by: &str, described_by: &str) -> String {
        let mut svg = Svg::image("chart-svg", self.view_box, labelled_by, described_by);
        svg.grid(&self.plot, &self.grid);
        for (series, class) in [
            (&self.before, "mood-line mood-before"),
            (&self.after, "mood-line mood-after"),
        ] {
            for segment in &series.segments {
                svg.open("polyline", class).attr("points", segment).end();
            }
        }
        let half = MOOD_MARKER_SIZE - 0.5;
        for point in &self.after.points {
            svg.open("rect", "mood-marker mood-after")
                .rect(&Rect {
                    x: point.x - half,
                    y: point.y - half,
                    width: 2.0 * half,
                    height: 2.0 * half,
                })
                .inside();
            svg.title(&point.tooltip);
            svg.close("rect");
        }
        for point in &self.before.points {
            svg.open("circle", "mood-marker mood-before")
                .num("cx", point.x)
                .num("cy", point.y)
                .num("r", MOOD_MARKER_SIZE)
                .inside();
            svg.title(&point.tooltip);
            svg.close("circle");
        }
        for label in &self.x_labels {
            svg.text(label, "chart-axis-label");
        }
        if let Some(title) = &self.x_title {
            svg.text(title, "chart-axis-title");
        }
        svg.finish()
    }

    /// The two series' names, each with its line style and marker shape.
    fn legend(&self) -> String {
        legend(&[
            (
                "<line class=\"mood-line mood-before\" x1=\"1\" x2=\"23\" y1=\"7\" y2=\"7\"/>\
                 <circle class=\"mood-marker mood-before\" cx=\"12\" cy=\"7\" r=\"4.5\"/>",
                self.before.name,
            ),
            (
                "<line class=\"mood-line mood-after\" x1=\"1\" x2=\"23\" y1=\"7\" y2=\"7\"/>\
                 <rect class=\"mood-marker mood-after\" x=\"8\" y=\"3\" width=\"8\" height=\"8\"/>",
                self.after.name,
            ),
        ])
    }
}

/// One series: connected runs of weeks with a mood (a week without one breaks the line), and a
/// marker per week that has one.
#[derive(Clone, Debug, PartialEq)]
pub struct MoodSeries {
    /// "Before sessions" or "After sessions", for the legend.
    pub name: &'static str,
    /// SVG `points` attributes, one polyline per unbroken run of two or more weeks.
    pub segments: Vec<String>,
    /// Marker centres.
    pub points: Vec<MoodPoint>,
}

/// A marker's centre and its hover text.
#[derive(Clone, Debug, PartialEq)]
pub struct MoodPoint {
    /// Centre, horizontally.
    pub x: f64,
    /// Centre, vertically.
    pub y: f64,
    /// "Wk 3, before sessions: 2.5".
    pub tooltip: String,
}

/// The mood chart for a plan's weekly summaries (oldest first); only the last
/// [`super::MAX_CHART_WEEKS`] weeks are drawn. Moods outside 1..=5 are clamped and values that
/// are not finite count as not noted.
pub fn mood_chart(weeks: &[WeekSummary]) -> MoodChartView {
    let shown = recent_weeks(weeks);
    let grid = (1..=5)
        .map(|mood| {
            let y = y_of(f64::from(mood));
            GridLine {
                y,
                label: Label {
                    x: PLOT.left - 6.0,
                    y: round1(y + 4.0),
                    text: match mood {
                        1 => "1 low".to_string(),
                        5 => "5 good".to_string(),
                        other => other.to_string(),
                    },
                    anchor: Anchor::End,
                },
            }
        })
        .collect();
    let (x_labels, x_title) = week_axis(&PLOT, shown.iter().map(|w| w.week), LABEL_Y, TITLE_Y);
    let before = series(
        shown,
        ("Before sessions", "before sessions"),
        -SERIES_OFFSET,
        |w| w.mood_before,
    );
    let after = series(
        shown,
        ("After sessions", "after sessions"),
        SERIES_OFFSET,
        |w| w.mood_after,
    );
    MoodChartView {
        view_box: VIEW,
        plot: PLOT,
        grid,
        x_labels,
        x_title,
        before,
        after,
        summary: summary(shown),
        table: table(shown),
    }
}

/// A mood as drawn: `None` for "not noted" (including values that are not numbers), otherwise
/// clamped to the scale.
fn mood(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite()).map(|v| v.clamp(1.0, 5.0))
}

fn y_of(mood: f64) -> f64 {
    round1(PLOT.bottom - (mood - 1.0) / 4.0 * PLOT.height())
}

/// `names` is the legend name and the same in lower case for tooltips (spelled out, since
/// `to_lowercase` links large Unicode tables into the wasm).
fn series(
    shown: &[WeekSummary],
    (name, lower_name): (&'static str, &'static str),
    offset: f64,
    value: impl Fn(&WeekSummary) -> Option<f64>,
) -> MoodSeries {
    let mut segments = Vec::new();
    let mut run: Vec<Point> = Vec::new();
    let mut points = Vec::new();
    let close_run = |run: &mut Vec<Point>, segments: &mut Vec<String>| {
        if run.len() >= 2 {
            segments.push(points_attr(run));
        }
        run.clear();
    };
    for (i, week) in shown.iter().enumerate() {
        match mood(value(week)) {
            Some(m) => {
                let (centre, _) = week_slot(&PLOT, i, shown.len());
                let point = Point {
                    x: round1(centre + offset),
                    y: y_of(m),
                };
                run.push(point);
                points.push(MoodPoint {
                    x: point.x,
                    y: point.y,
                    tooltip: format!(
                        "{}, {}: {}",
                        week_label(week.week),
                        lower_name,
                        one_decimal(m)
                    ),
                });
            }
            None => close_run(&mut run, &mut segments),
        }
    }
    close_run(&mut run, &mut segments);
    MoodSeries {
        name,
        segments,
        points,
    }
}

/// A mood average to one decimal, exactly as `format!("{value:.1}")` writes it (ties to even on
/// the exact binary value, e.g. 3.25 gives "3.2"), without linking `f64` formatting into the
/// wasm. Moods are clamped to 1..=5 before they get here; anything not finite gives "0.0".
fn one_decimal(value: f64) -> String {
    if !value.is_finite() {
        return "0.0".to_owned();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    let value = value.abs();
    // `value * 10` exactly, as `sum + err`: both products are exact (powers of two) and
    // Knuth's two-sum recovers what their floating-point sum rounded away.
    let (a, b) = (value * 8.0, value * 2.0);
    let sum = a + b;
    let b_part = sum - a;
    let err = (a - (sum - b_part)) + (b - b_part);
    let whole = sum.floor();
    let frac = sum - whole; // exact: `sum` and `whole` are close
    let up = frac > 0.5 || (frac == 0.5 && (err > 0.0 || (err == 0.0 && (whole as u64) % 2 == 1)));
    let tenths = whole as u64 + u64::from(up);
    format!("{sign}{}.{}", tenths / 10, tenths % 10)
}

fn summary(shown: &[WeekSummary]) -> String {
    let noted: Vec<&WeekSummary> = shown
        .iter()
        .filter(|w| mood(w.mood_before).is_some() || mood(w.mood_after).is_some())
        .collect();
    let Some(latest) = noted.last() else {
        return "Your mood dots appear after you note how you feel before or after a session."
            .to_string();
    };
    let moods = match (mood(latest.mood_before), mood(latest.mood_after)) {
        (Some(b), Some(a)) => format!(
            "mood {} before and {} after sessions",
            one_decimal(b),
            one_decimal(a)
        ),
        (Some(b), None) => format!("mood {} before sessions", one_decimal(b)),
        (None, Some(a)) => format!("mood {} after sessions", one_decimal(a)),
        (None, None) => unreachable!("filtered above"),
    };
    let mut text = format!(
        "Week {}: {moods}, on a scale from 1 (low) to 5 (good).",
        latest.week + 1
    );
    if noted.len() >= 2 {
        let mean = |pick: fn(&WeekSummary) -> Option<f64>| {
            let values: Vec<f64> = noted.iter().filter_map(|w| mood(pick(w))).collect();
            (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
        };
        let averages = match (mean(|w| w.mood_before), mean(|w| w.mood_after)) {
            (Some(b), Some(a)) => format!("{} before and {} after", one_decimal(b), one_decimal(a)),
            (Some(b), None) => format!("{} before sessions", one_decimal(b)),
            (None, Some(a)) => format!("{} after sessions", one_decimal(a)),
            (None, None) => String::new(),
        };
        text.push_str(&format!(
            " Across the {} weeks with moods noted, it averaged {averages}.",
            noted.len()
        ));
    }
    text
}

fn table(shown: &[WeekSummary]) -> DataTable {
    let cell = |value: Option<f64>| {
        TableCell::plain(mood(value).map_or_else(|| "Not noted".to_string(), one_decimal))
    };
    DataTable {
        caption: "Average mood per week, from 1 (low) to 5 (good)".to_string(),
        headers: vec![
            "Week".to_string(),
            "Before sessions".to_string(),
            "After sessions".to_string(),
        ],
        rows: shown
            .iter()
            .map(|w| TableRow {
                header: week_label(w.week),
                cells: vec![cell(w.mood_before), cell(w.mood_after)],
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn one_decimal_matches_format() {
        let mut values = vec![
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            2.45,
            3.25,
            3.75,
            4.95,
            1e9 + 0.25,
        ];
        // Every average of up to 60 moods from 1 to 5 (the ones a week can produce), and a fine
        // sweep with the values just either side of each.
        for count in 1..=60u32 {
            for total in count..=5 * count {
                values.push(f64::from(total) / f64::from(count));
            }
        }
        for k in 0..=200_000u32 {
            let v = f64::from(k) / 20_000.0 * 5.0;
            // The neighbouring floats (no `next_up`: it is newer than our minimum Rust).
            let bits = v.to_bits();
            values.extend([
                v,
                f64::from_bits(bits + 1),
                f64::from_bits(bits.saturating_sub(1)),
            ]);
        }
        for v in values {
            for v in [v, -v] {
                assert_eq!(one_decimal(v), format!("{v:.1}"), "{v:e}");
            }
        }
    }

    fn week(n: usize, before: Option<f64>, after: Option<f64>) -> WeekSummary {
        WeekSummary {
            week: n,
            first_day: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            minutes_done: 0,
            target_minutes: None,
            sessions_done: 0,
            sessions_skipped: 0,
            mood_before: before,
            mood_after: after,
        }
    }

    fn assert_in_box(view: &MoodChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
    }

    #[test]
    fn no_moods_yet_is_friendly() {
        for weeks in [vec![], vec![week(0, None, None)]] {
            let view = mood_chart(&weeks);
            assert!(view.is_empty());
            assert!(view.summary.starts_with("Your mood dots appear"));
            assert_in_box(&view);
        }
    }

    #[test]
    fn scale_runs_from_low_at_the_bottom_to_good_at_the_top() {
        let view = mood_chart(&[week(0, Some(1.0), Some(5.0))]);
        assert_eq!(view.before.points[0].y, PLOT.bottom);
        assert_eq!(view.after.points[0].y, PLOT.top);
        assert!(view.before.points[0].x < view.after.points[0].x);
        assert_eq!(view.grid[0].label.text, "1 low");
        assert_eq!(view.grid[4].label.text, "5 good");
        // One week has no line, only markers.
        assert!(view.before.segments.is_empty());
        assert_in_box(&view);
    }

    #[test]
    fn gaps_break_the_line() {
        let view = mood_chart(&[
            week(0, Some(2.0), Some(3.0)),
            week(1, Some(2.5), None),
            week(2, None, Some(4.0)),
            week(3, Some(3.0), Some(4.5)),
            week(4, Some(3.5), Some(4.0)),
        ]);
        assert_eq!(view.before.points.len(), 4);
        assert_eq!(view.before.segments.len(), 2); // weeks 1-2, then 4-5
        assert_eq!(view.after.points.len(), 4);
        // Week 1 stands alone as a marker; weeks 3-5 form the only line.
        assert_eq!(view.after.segments.len(), 1);
        assert_eq!(parse_points(&view.after.segments[0]).len(), 3);
        assert_eq!(view.table.rows[1].cells[1].text, "Not noted");
        assert_eq!(view.table.rows[1].cells[0].text, "2.5");
        assert_eq!(view.before.points[1].tooltip, "Wk 2, before sessions: 2.5");
        assert_in_box(&view);
    }

    #[test]
    fn summary_gives_the_latest_week_and_averages() {
        let view = mood_chart(&[
            week(0, Some(2.0), Some(3.0)),
            week(1, None, None),
            week(2, Some(3.0), Some(4.0)),
        ]);
        assert_eq!(
            view.summary,
            "Week 3: mood 3.0 before and 4.0 after sessions, on a scale from 1 (low) to 5 \
             (good). Across the 2 weeks with moods noted, it averaged 2.5 before and 3.5 after."
        );
        let view = mood_chart(&[week(0, None, Some(4.25))]);
        assert_eq!(
            view.summary,
            "Week 1: mood 4.2 after sessions, on a scale from 1 (low) to 5 (good)."
        );
    }

    #[test]
    fn odd_values_are_clamped_or_ignored() {
        let view = mood_chart(&[
            week(0, Some(f64::NAN), Some(9.0)),
            week(1, Some(-3.0), Some(f64::INFINITY)),
        ]);
        assert_eq!(view.before.points.len(), 1);
        assert_eq!(view.after.points.len(), 1);
        assert_eq!(view.after.points[0].y, PLOT.top);
        assert_in_box(&view);
    }

    #[test]
    fn twelve_weeks_fit() {
        let weeks: Vec<_> = (0..12)
            .map(|n| week(n, Some(1.0 + n as f64 / 3.0), Some(5.0 - n as f64 / 3.0)))
            .collect();
        let view = mood_chart(&weeks);
        assert_eq!(view.before.points.len(), 12);
        assert_eq!(view.x_title.as_ref().unwrap().text, "Week");
        assert_in_box(&view);
    }
}
