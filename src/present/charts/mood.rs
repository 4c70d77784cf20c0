//! Chart 3: average mood before and after sessions, per week, as two marked lines.
//!
//! The two series differ in shape as well as colour (renderers draw "before" as hollow circles
//! on a dashed line and "after" as filled squares on a solid line), and sit a few units apart
//! horizontally so equal values never hide each other.

use super::svg::{legend, Svg};
use super::{
    chart_width, names_plans, one_line, parse_points, plan_number, plan_starts, plot_left,
    points_attr, recent_weeks, round1, week_axis, week_marker_sentences, week_markers, week_name,
    week_slot, Anchor, Chart, DataTable, GridLine, Label, PlanMarker, PlotArea, Point, Rect,
    TableCell, TableRow, ViewBox, BOTTOM_PAD, LABEL_GAP, MARKER_BAND,
};
use crate::core::stats::WeekSummary;
use crate::present::text::{ChartWords, Text};

/// Height of the markers' area.
const PLOT_HEIGHT: f64 = 152.0;
/// Space above the top gridline (and under a marker's band).
const TOP_PAD: f64 = 12.0;
/// Space right of the last week.
const RIGHT_PAD: f64 = 8.0;
/// Horizontal nudge of each series from the week's centre.
const SERIES_OFFSET: f64 = 4.0;

/// Half the width of a mood marker in chart units; the plot leaves this much room at its edges.
pub const MOOD_MARKER_SIZE: f64 = 4.5;

/// Everything the mood chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct MoodChartView {
    /// The words it was built with.
    pub words: &'static ChartWords,
    /// The SVG `viewBox`, as wide as the chart was drawn for.
    pub view_box: ViewBox,
    /// Where markers are placed; gridlines span it.
    pub plot: PlotArea,
    /// Gridlines at moods 1 to 5, labelled with the number; the note says which end is good.
    pub grid: Vec<GridLine>,
    /// Week labels under the axis: every week's when they fit, otherwise every other one.
    pub x_labels: Vec<Label>,
    /// "Week" under the axis, only when the labels shrink to bare numbers.
    pub x_title: Option<Label>,
    /// Where later plans began.
    pub markers: Vec<PlanMarker>,
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

impl Chart for MoodChartView {
    fn words(&self) -> &'static ChartWords {
        self.words
    }

    /// What the scale's ends mean.
    fn note(&self) -> Option<&'static str> {
        Some(self.words.mood_scale)
    }

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
        svg.plan_markers(&self.markers);
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
    /// "Wk 3, before sessions: 2.5" ("Plan 2, wk 3, ..." once plans are named).
    pub tooltip: String,
}

/// The mood chart for the weekly summaries of every plan (oldest first), drawn `width` pixels
/// wide; only the last [`super::MAX_CHART_WEEKS`] weeks are drawn. Moods outside 1..=5 are
/// clamped and values that are not finite count as not noted.
pub fn mood_chart(weeks: &[WeekSummary], t: &'static Text, width: f64) -> MoodChartView {
    let words = &t.charts;
    let width = chart_width(width);
    let shown = recent_weeks(weeks);
    let tick_labels: Vec<String> = (1..=5u8).map(|mood| mood.to_string()).collect();
    let band = if plan_starts(shown).is_empty() {
        0.0
    } else {
        MARKER_BAND
    };
    let plot = PlotArea {
        left: plot_left(&tick_labels).max(MOOD_MARKER_SIZE + 2.0),
        top: band + TOP_PAD,
        right: width - RIGHT_PAD,
        bottom: band + TOP_PAD + PLOT_HEIGHT,
    };
    let grid = (1..=5u8)
        .zip(tick_labels)
        .map(|(mood, text)| {
            let y = y_of(&plot, f64::from(mood));
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
    let named = names_plans(shown);
    let (x_labels, x_title) = week_axis(&plot, shown, words);
    let weeks = Weeks {
        plot: &plot,
        shown,
        named,
        words,
    };
    let before = weeks.series(false, -SERIES_OFFSET, |w| w.mood_before);
    let after = weeks.series(true, SERIES_OFFSET, |w| w.mood_after);
    let lowest = x_title
        .as_ref()
        .or(x_labels.first())
        .map_or(plot.bottom, |l| l.y);
    MoodChartView {
        words,
        view_box: ViewBox {
            width,
            height: lowest + BOTTOM_PAD,
        },
        markers: week_markers(&plot, shown, width, t),
        plot,
        grid,
        x_labels,
        x_title,
        before,
        after,
        summary: summary(shown, t),
        table: table(shown, t),
    }
}

/// A mood as drawn: `None` for "not noted" (including values that are not numbers), otherwise
/// clamped to the scale.
fn mood(value: Option<f64>) -> Option<f64> {
    value.filter(|v| v.is_finite()).map(|v| v.clamp(1.0, 5.0))
}

fn y_of(plot: &PlotArea, mood: f64) -> f64 {
    round1(plot.bottom - (mood - 1.0) / 4.0 * plot.height())
}

/// What both series are placed by.
struct Weeks<'a> {
    plot: &'a PlotArea,
    shown: &'a [WeekSummary],
    /// Whether tooltips name plans.
    named: bool,
    words: &'static ChartWords,
}

impl Weeks<'_> {
    /// The "after" series if `after`, else "before": its legend name and tooltips from the
    /// catalogue, its markers `offset` from each week's centre.
    fn series(
        &self,
        after: bool,
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
        for (i, week) in self.shown.iter().enumerate() {
            match mood(value(week)) {
                Some(m) => {
                    let (centre, _) = week_slot(self.plot, i, self.shown.len());
                    let point = Point {
                        x: round1(centre + offset),
                        y: y_of(self.plot, m),
                    };
                    run.push(point);
                    points.push(MoodPoint {
                        x: point.x,
                        y: point.y,
                        tooltip: (self.words.mood_tooltip)(
                            &week_name(week, self.named, self.words),
                            after,
                            &one_decimal(m),
                        ),
                    });
                }
                None => close_run(&mut run, &mut segments),
            }
        }
        close_run(&mut run, &mut segments);
        MoodSeries {
            name: if after {
                self.words.after_sessions
            } else {
                self.words.before_sessions
            },
            segments,
            points,
        }
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

fn summary(shown: &[WeekSummary], t: &Text) -> String {
    let words = &t.charts;
    let noted: Vec<&WeekSummary> = shown
        .iter()
        .filter(|w| mood(w.mood_before).is_some() || mood(w.mood_after).is_some())
        .collect();
    let Some(latest) = noted.last() else {
        return words.mood_empty.to_string();
    };
    let named = names_plans(shown);
    let decimal = |value: Option<f64>| mood(value).map(one_decimal);
    let mut sentences = vec![(words.mood_latest)(
        latest.number,
        plan_number(latest, named),
        decimal(latest.mood_before).as_deref(),
        decimal(latest.mood_after).as_deref(),
    )];
    if noted.len() >= 2 {
        let mean = |pick: fn(&WeekSummary) -> Option<f64>| {
            let values: Vec<f64> = noted.iter().filter_map(|w| mood(pick(w))).collect();
            (!values.is_empty())
                .then(|| one_decimal(values.iter().sum::<f64>() / values.len() as f64))
        };
        let (before, after) = (mean(|w| w.mood_before), mean(|w| w.mood_after));
        sentences.push((words.mood_average)(
            noted.len(),
            before.as_deref(),
            after.as_deref(),
        ));
    }
    sentences.extend(week_marker_sentences(shown, t));
    sentences.join(" ")
}

fn table(shown: &[WeekSummary], t: &Text) -> DataTable {
    let words = &t.charts;
    let named = names_plans(shown);
    let cell = |value: Option<f64>| {
        TableCell::plain(mood(value).map_or_else(|| words.not_noted.to_string(), one_decimal))
    };
    let mut headers = vec![words.week_column.to_string()];
    if named {
        headers.push(words.plan_column.to_string());
    }
    headers.extend([
        words.before_column.to_string(),
        words.after_column.to_string(),
    ]);
    DataTable {
        caption: words.mood_caption.to_string(),
        headers,
        rows: shown
            .iter()
            .map(|w| {
                let mut cells = Vec::with_capacity(3);
                if named {
                    // The plan's number under the "Plan" header: the narrowest column.
                    cells.push(TableCell::plain((w.plan + 1).to_string()));
                }
                cells.extend([cell(w.mood_before), cell(w.mood_after)]);
                TableRow {
                    header: one_line((words.week_short)(w.number)),
                    cells,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::present::text::{EN, ES};

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

    fn plan_week(
        n: usize,
        plan: usize,
        number: u8,
        before: Option<f64>,
        after: Option<f64>,
    ) -> WeekSummary {
        WeekSummary {
            week: n,
            plan,
            number,
            first_day: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
                + chrono::Days::new(7 * n as u64),
            minutes_done: 0,
            target_minutes: None,
            sessions_done: 0,
            sessions_skipped: 0,
            mood_before: before,
            mood_after: after,
        }
    }

    fn week(n: usize, before: Option<f64>, after: Option<f64>) -> WeekSummary {
        plan_week(n, 0, n as u8 + 1, before, after)
    }

    fn mood_chart(weeks: &[WeekSummary]) -> MoodChartView {
        super::mood_chart(weeks, &EN, 320.0)
    }

    fn assert_in_box(view: &MoodChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
        super::super::tests::assert_labels_apart(&view.x_labels, view.view_box.width);
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
        assert_eq!(view.before.points[0].y, view.plot.bottom);
        assert_eq!(view.after.points[0].y, view.plot.top);
        assert!(view.before.points[0].x < view.after.points[0].x);
        assert_eq!(view.grid[0].label.text, "1");
        assert_eq!(view.grid[4].label.text, "5");
        assert_eq!(view.note(), Some("1 is low and 5 is good."));
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
        assert_eq!(view.after.points[0].tooltip, "Wk 1, after sessions: 3.0");
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
        assert_eq!(view.after.points[0].y, view.plot.top);
        assert_in_box(&view);
    }

    #[test]
    fn twelve_weeks_fit_at_every_width() {
        let weeks: Vec<_> = (0..12)
            .map(|n| week(n, Some(1.0 + n as f64 / 3.0), Some(5.0 - n as f64 / 3.0)))
            .collect();
        for width in [240.0, 254.0, 390.0, 646.0, 1500.0] {
            let view = super::mood_chart(&weeks, &EN, width);
            assert_eq!(view.before.points.len(), 12);
            assert_eq!(view.view_box.width, width);
            assert_in_box(&view);
        }
        let view = super::mood_chart(&weeks, &EN, 254.0);
        assert_eq!(view.x_title.as_ref().unwrap().text, "Week");
    }

    /// Plan 1's twelve weeks, then `second` weeks of plan 2, `gap` weeks later.
    fn two_plans(second: usize, gap: u64) -> Vec<WeekSummary> {
        let mut weeks: Vec<_> = (0..12).map(|n| week(n, Some(2.0), Some(3.0))).collect();
        for k in 0..second {
            let mut w = plan_week(12 + k, 1, k as u8 + 1, Some(3.0), Some(4.0));
            w.first_day = w.first_day + chrono::Days::new(7 * gap);
            weeks.push(w);
        }
        weeks
    }

    #[test]
    fn a_new_plan_is_marked_in_the_drawing_the_summary_and_the_table() {
        for gap in [0, 3] {
            let view = mood_chart(&two_plans(3, gap));
            assert_eq!(view.markers.len(), 1);
            let marker = &view.markers[0];
            assert_eq!(marker.label.text, "Plan 2");
            // Between the last week of plan 1 and the first of plan 2.
            assert!(view.after.points[8].x < marker.x && marker.x < view.before.points[9].x);
            assert!(view.plot.top > marker.label.y);
            assert_eq!(
                view.before.points[9].tooltip,
                "Plan 2, wk 1, before sessions: 3.0"
            );
            let date = if gap == 0 {
                "Mon, Mar 30"
            } else {
                "Mon, Apr 20"
            };
            assert_eq!(
                view.summary,
                format!(
                    "Week 3 of plan 2: mood 3.0 before and 4.0 after sessions, on a scale from \
                     1 (low) to 5 (good). Across the 12 weeks with moods noted, it averaged 2.2 \
                     before and 3.2 after. A line marks where plan 2 began, on {date}."
                )
            );
            assert_eq!(view.table.headers, ["Week", "Plan", "Before", "After"]);
            assert_eq!(view.table.rows[9].header, "Wk\u{a0}1");
            assert_eq!(view.table.rows[9].cells[0].text, "2");
            assert_in_box(&view);
        }
        // One plan: no marker and no plan words.
        let view = mood_chart(&two_plans(0, 0));
        assert!(view.markers.is_empty());
        assert!(!view.summary.contains("plan"));
        assert_eq!(view.table.headers.len(), 3);
    }

    #[test]
    fn spanish_moods() {
        let view = super::mood_chart(&two_plans(1, 0), &ES, 390.0);
        assert_eq!(view.before.name, "Antes de las sesiones");
        assert_eq!(
            view.after.points[11].tooltip,
            "Plan 2, sem 1, después de las sesiones: 4.0"
        );
        assert!(view
            .summary
            .starts_with("Semana 1 del plan 2: ánimo de 3.0 antes y de 4.0 después"));
        assert_eq!(view.note(), Some("El 1 es bajo y el 5 es bueno."));
    }
}
