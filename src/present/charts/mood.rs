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
mod tests;
