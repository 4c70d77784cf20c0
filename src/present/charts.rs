//! Chart geometry and text alternatives for the Progress view.
//!
//! Every function here is pure: progress data in, a view model out. A view model holds the SVG
//! geometry (rectangles, polyline point strings, axis labels) already placed in a fixed
//! coordinate space, plus the words a screen reader or a curious visitor reads instead: a
//! one-line summary and a data table with the same numbers. Each view model also writes its own
//! markup ([`Chart::svg`], framed by [`section::section`]); `web::components::charts` only
//! inserts it, so every coordinate, sentence and tag is tested natively. Numbers reach the SVG
//! through [`number`], never through `f64`'s `Display`.
//!
//! The coordinate space is [`VIEW_WIDTH`] units wide, the narrowest phone width we support, and
//! the SVG is scaled to the widget's width. Labels are drawn at about 11 units, so they stay
//! legible at 320 px and simply grow on wider screens.
//!
//! Tone: summaries state numbers plainly and kindly. They never count streaks, never say
//! "missed", and treat a skipped session as the normal answer it is.

mod calendar;
mod consistency;
mod minutes;
mod mood;
pub mod section;
pub mod svg;

pub use calendar::{
    activity_calendar, day_counts, CalendarCell, CalendarView, DayCount, DayState,
    MAX_CALENDAR_WEEKS,
};
pub use consistency::{consistency_chart, ConsistencyChartView, SCORE_EXPLANATION};
pub use minutes::{minutes_chart, MinuteBar, MinutesChartView, TargetMarker};
pub use mood::{mood_chart, MoodChartView, MoodPoint, MoodSeries, MOOD_MARKER_SIZE};

/// What the shell needs from any of the charts to frame it: its words, its table and its
/// drawing. The Progress view frames all four through one `&dyn Chart`, so the frame's markup
/// is in the wasm once.
pub trait Chart {
    /// Whether there is nothing to draw yet; the frame then shows only the friendly summary.
    fn is_empty(&self) -> bool;
    /// One or two sentences saying what the chart shows.
    fn summary(&self) -> &str;
    /// The same numbers as the drawing, as a table.
    fn table(&self) -> &DataTable;
    /// A line under the chart on how to read it, if it needs one.
    fn note(&self) -> Option<&'static str> {
        None
    }
    /// The drawing as SVG markup (see [`svg`]), named and described by the elements with ids
    /// `labelled_by` and `described_by`.
    fn svg(&self, labelled_by: &str, described_by: &str) -> String;
    /// The legend's markup (see [`svg::legend`]); empty when the drawing needs none.
    fn legend(&self) -> String {
        String::new()
    }
}

/// Width of every chart's coordinate space: the narrowest screen we design for, so one unit is
/// at least one CSS pixel wherever the widget is shown.
pub const VIEW_WIDTH: f64 = 320.0;

/// The weekly charts show at most this many of the most recent weeks, so bars and labels stay
/// wide enough to read on a phone.
pub const MAX_CHART_WEEKS: usize = 12;

/// The SVG coordinate space of one chart (its `viewBox`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ViewBox {
    /// Always [`VIEW_WIDTH`]; kept here so renderers and tests need no constant.
    pub width: f64,
    /// Depends on the chart (and, for the calendar, on how many weeks it shows).
    pub height: f64,
}

impl ViewBox {
    /// Whether a point is finite and inside the box; what the property tests check.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x.is_finite()
            && y.is_finite()
            && (0.0..=self.width).contains(&x)
            && (0.0..=self.height).contains(&y)
    }
}

/// Where data is drawn inside the view box; gridlines run from `left` to `right`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlotArea {
    /// Left edge, right of the y-axis labels.
    pub left: f64,
    /// Top edge; the largest value is drawn here.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge (the baseline); the smallest value is drawn here.
    pub bottom: f64,
}

impl PlotArea {
    /// Horizontal space for data.
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    /// Vertical space for data.
    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }
}

/// A point in chart coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Horizontal position, 0 at the left.
    pub x: f64,
    /// Vertical position, 0 at the top (SVG's convention).
    pub y: f64,
}

/// A plain rectangle, e.g. the ring drawn around today's calendar cell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Never negative.
    pub width: f64,
    /// Never negative.
    pub height: f64,
}

/// Which end of a label sits at its `x` (SVG `text-anchor`), so edge labels stay in the box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The label starts at `x`.
    Start,
    /// The label is centred on `x`.
    Middle,
    /// The label ends at `x`.
    End,
}

impl Anchor {
    /// The `text-anchor` attribute value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Text drawn in the chart (axis and tick labels); `y` is the text's baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Horizontal anchor position.
    pub x: f64,
    /// Baseline.
    pub y: f64,
    /// What it says.
    pub text: String,
    /// How the text sits around `x`.
    pub anchor: Anchor,
}

/// A horizontal gridline at a y-axis tick, with its value label left of the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct GridLine {
    /// Vertical position of the line.
    pub y: f64,
    /// The tick's value, e.g. "60" or "50%".
    pub label: Label,
}

/// The same numbers as a chart, for the "Show as a table" disclosure: the text alternative that
/// lets anyone read exact values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// The table's `<caption>`.
    pub caption: String,
    /// Column headings, including the first (row heading) column.
    pub headers: Vec<String>,
    /// One row per week or date.
    pub rows: Vec<TableRow>,
}

/// One table row: a row heading (`<th scope="row">`) and its cells.
#[derive(Clone, Debug, PartialEq)]
pub struct TableRow {
    /// E.g. "Wk 3" or "Mon 5 Jan".
    pub header: String,
    /// One per remaining column.
    pub cells: Vec<TableCell>,
}

/// One table cell: short visible text, and optionally a fuller label for screen readers when the
/// short text needs its row and column to make sense ("2 done" versus "Mon 5 Jan: 2 sessions
/// done").
#[derive(Clone, Debug, PartialEq)]
pub struct TableCell {
    /// What sighted visitors see.
    pub text: String,
    /// What screen readers read instead, if different.
    pub label: Option<String>,
}

impl TableCell {
    /// A cell whose visible text is also its accessible text.
    pub fn plain(text: impl Into<String>) -> TableCell {
        TableCell {
            text: text.into(),
            label: None,
        }
    }
}

/// Rounds to a tenth of a unit for compact SVG attributes; anything not finite becomes 0 so a
/// chart can never contain `NaN`.
fn round1(value: f64) -> f64 {
    if value.is_finite() {
        (value * 10.0).round() / 10.0
    } else {
        0.0
    }
}

/// A chart number (coordinate, size or axis value) as SVG attribute or label text, to a tenth:
/// "12.3", "40", "-0.5". For every value `round1` returns this is exactly what `f64`'s
/// `Display` writes (tested below), but it formats integers only: `Display` for `f64` links
/// about 10 KB of float-printing code into the wasm. Anything not finite becomes "0".
pub fn number(value: f64) -> String {
    let mut text = String::new();
    number_into(&mut text, value);
    text
}

/// [`number`], appended to `out` (how the SVG writer uses it, without a `String` each).
fn number_into(out: &mut String, value: f64) {
    use std::fmt::Write as _;
    let tenths = (value * 10.0).round();
    if !tenths.is_finite() {
        out.push('0');
        return;
    }
    // `as` saturates; coordinates are a few hundred units, so nothing here comes near.
    let tenths = tenths as i64;
    if tenths < 0 {
        out.push('-');
    }
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{whole}");
    if tenth != 0 {
        out.push('.');
        out.push(char::from(b'0' + tenth as u8));
    }
}

/// A `points` attribute ("x,y x,y") for an SVG polyline or polygon.
fn points_attr(points: &[Point]) -> String {
    let mut attr = String::new();
    for p in points {
        if !attr.is_empty() {
            attr.push(' ');
        }
        number_into(&mut attr, p.x);
        attr.push(',');
        number_into(&mut attr, p.y);
    }
    attr
}

/// Parses a `points` attribute back into coordinates, for `coordinates()` and tests.
fn parse_points(points: &str) -> Vec<(f64, f64)> {
    points
        .split_whitespace()
        .filter_map(|pair| {
            let (x, y) = pair.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// "1 minute", "45 minutes": counts read naturally.
fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The most recent [`MAX_CHART_WEEKS`] weeks, which the weekly charts draw.
fn recent_weeks<T>(weeks: &[T]) -> &[T] {
    &weeks[weeks.len().saturating_sub(MAX_CHART_WEEKS)..]
}

/// "Wk 3" in charts and tables; `week` counts from 0 as in `WeekSummary`.
fn week_label(week: usize) -> String {
    format!("Wk {}", week.saturating_add(1))
}

/// Horizontal slots for weekly charts: the centre of slot `i` of `n`, and the slot width.
fn week_slot(plot: &PlotArea, i: usize, n: usize) -> (f64, f64) {
    let slot = plot.width() / n.max(1) as f64;
    (plot.left + slot * (i as f64 + 0.5), slot)
}

/// Below this slot width "Wk 12" no longer fits under its bar, so labels shrink to "12" and an
/// axis title says "Week".
const COMPACT_SLOT: f64 = 34.0;

/// Week labels under a weekly chart, plus the axis title when they are compact.
fn week_axis(
    plot: &PlotArea,
    weeks: impl ExactSizeIterator<Item = usize>,
    label_y: f64,
    title_y: f64,
) -> (Vec<Label>, Option<Label>) {
    let n = weeks.len();
    let (_, slot) = week_slot(plot, 0, n);
    let compact = slot < COMPACT_SLOT;
    let labels = weeks
        .enumerate()
        .map(|(i, week)| Label {
            x: round1(week_slot(plot, i, n).0),
            y: label_y,
            text: if compact {
                week.saturating_add(1).to_string()
            } else {
                week_label(week)
            },
            anchor: Anchor::Middle,
        })
        .collect();
    let title = compact.then(|| Label {
        x: round1(plot.left + plot.width() / 2.0),
        y: title_y,
        text: "Week".to_string(),
        anchor: Anchor::Middle,
    });
    (labels, title)
}

/// A "nice" tick step (1, 2 or 5 times a power of ten) at least `raw`, so axes read 0, 20, 40.
fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = power_of_ten_at_most(raw);
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// The largest power of ten at most `raw` (positive and finite), i.e. `10^floor(log10(raw))`,
/// by stepping rather than with `powf` and `log10`: those two link about 3 KB of libm into the
/// wasm for the one axis that needs them.
fn power_of_ten_at_most(raw: f64) -> f64 {
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_match_the_logarithm() {
        // Every value an axis can meet (a quarter of a whole number of minutes), and then some.
        for quarters in 1..=400_000u32 {
            let raw = f64::from(quarters) / 4.0;
            assert_eq!(
                power_of_ten_at_most(raw),
                10f64.powf(raw.log10().floor()),
                "raw {raw}"
            );
        }
        assert_eq!(power_of_ten_at_most(0.3), 0.1);
        // Powers of ten are exact in `f64` up to 1e22, so the steps are exact for any minutes.
        assert_eq!(power_of_ten_at_most(f64::from(u32::MAX)), 1e9);
    }

    #[test]
    fn nice_steps_read_well() {
        assert_eq!(nice_step(7.5), 10.0);
        assert_eq!(nice_step(17.5), 20.0);
        assert_eq!(nice_step(32.5), 50.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::NAN), 1.0);
    }

    #[test]
    fn points_round_trip() {
        let points = [Point { x: 1.5, y: 2.0 }, Point { x: 3.0, y: 4.5 }];
        assert_eq!(points_attr(&points), "1.5,2 3,4.5");
        assert_eq!(
            parse_points(&points_attr(&points)),
            vec![(1.5, 2.0), (3.0, 4.5)]
        );
    }

    #[test]
    fn numbers_read_as_display_does_for_rounded_values() {
        for k in -100_000i64..=100_000 {
            let value = round1(k as f64 / 10.0);
            let expected = if value == 0.0 {
                "0".to_owned() // `Display` writes "-0" for negative zero
            } else {
                value.to_string()
            };
            assert_eq!(number(value), expected, "tenths {k}");
        }
        for value in [0.0, 1.0, 30.0, 320.0, 206.0, 1e6, 5e9] {
            assert_eq!(number(value), value.to_string());
        }
        assert_eq!(number(12.345), "12.3");
        assert_eq!(number(-0.04), "0");
        assert_eq!(number(f64::NAN), "0");
        assert_eq!(number(f64::NEG_INFINITY), "0");
    }

    #[test]
    fn rounding_never_leaks_nan() {
        assert_eq!(round1(f64::NAN), 0.0);
        assert_eq!(round1(f64::INFINITY), 0.0);
        assert_eq!(round1(12.345), 12.3);
    }
}
