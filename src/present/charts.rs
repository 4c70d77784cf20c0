//! Chart geometry and text alternatives for the Progress view.
//!
//! Every function here is pure: progress data, the words of one language ([`Text`]) and the
//! width there is to draw in, and out comes a view model. A view model holds the SVG geometry
//! (rectangles, polyline point strings, axis labels) already placed, plus the words a screen
//! reader or a curious visitor reads instead: a summary and a data table with the same numbers.
//! Each view model also writes its own markup ([`Chart::svg`], framed by [`section::section`]);
//! `web::views::progress` only inserts it, so every coordinate, sentence and tag is tested
//! natively. Numbers reach the SVG through [`number`], never through `f64`'s `Display`.
//!
//! One unit is one CSS pixel: the shell measures the width the charts have and draws them for
//! it (the SVG only scales down if it is ever given less). So labels are [`LABEL_SIZE`] pixels
//! at every width, the widget's text size, and a wider screen gets wider charts, not bigger
//! letters. Layout decisions that depend on how long a label is (thinning week numbers, where a
//! plan's label goes) use [`text_width`], a generous estimate.
//!
//! The weekly charts show the most recent [`MAX_CHART_WEEKS`] weeks across every plan, each
//! week named by its number within its plan; a vertical line with the plan's name marks where a
//! later plan began, and the summary and the table say so too.
//!
//! Tone: summaries state numbers plainly and kindly. They never count streaks, never say
//! "missed", and treat a skipped session as the normal answer it is.

mod calendar;
mod consistency;
mod minutes;
mod mood;
pub mod section;
pub mod svg;

use chrono::NaiveDate;

use crate::core::plan::PlanStart;
use crate::core::stats::WeekSummary;
use crate::present::text::{ChartWords, Text};

pub use calendar::{
    activity_calendar, day_counts, CalendarCell, CalendarView, DayCount, DayState,
    MAX_CALENDAR_WEEKS,
};
pub use consistency::{consistency_chart, ConsistencyChartView};
pub use minutes::{minutes_chart, MinuteBar, MinutesChartView, TargetMarker};
pub use mood::{mood_chart, MoodChartView, MoodPoint, MoodSeries, MOOD_MARKER_SIZE};

/// A chart's finished markup. Only this module's escaping writers ([`svg`], [`section`]) can
/// build one, so the shell may insert it as raw HTML knowing every value in it was escaped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// The markup's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What the shell needs from any of the charts to frame it: its words, its table and its
/// drawing. The Progress view frames all four through one `&dyn Chart`, so the frame's markup
/// is in the wasm once.
pub trait Chart {
    /// The chart's words, for its heading and the table's disclosure.
    fn words(&self) -> &'static ChartWords;
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

/// The width charts are drawn for until the shell has measured the real one: the narrowest
/// phone screen we design for.
pub const VIEW_WIDTH: f64 = 320.0;

/// Charts are never drawn narrower than this (a narrower box scales the drawing down) ...
pub const MIN_WIDTH: f64 = 240.0;

/// ... nor wider than this, whatever a host page gives the widget.
pub const MAX_WIDTH: f64 = 2400.0;

/// The size of every label in the drawings, in pixels: the widget's small text size, as the
/// tables and legends use. `styles/momentum.css` sets the same (tested below).
pub const LABEL_SIZE: f64 = 14.0;

/// The weekly charts show at most this many of the most recent weeks, so bars and labels stay
/// wide enough to read on a phone.
pub const MAX_CHART_WEEKS: usize = 12;

/// The width a chart is drawn for, from the width the shell measured: within [`MIN_WIDTH`] and
/// [`MAX_WIDTH`], and [`VIEW_WIDTH`] for anything not a number.
pub fn chart_width(width: f64) -> f64 {
    if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH).round()
    } else {
        VIEW_WIDTH
    }
}

/// How wide `text` is drawn at [`LABEL_SIZE`], estimated on the generous side for the sans-serif
/// faces `system-ui` picks (DejaVu Sans, the widest of them, sets digits at 0.64 em), so labels
/// judged to fit do fit.
pub fn text_width(text: &str) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            '%' | 'm' | 'w' | 'M' | 'W' => 0.98,
            ' ' | ',' | '.' | ':' | ';' | '(' | ')' | 'i' | 'l' | 'j' | 't' | 'f' | 'r' => 0.4,
            c if c.is_ascii_uppercase() => 0.76,
            _ => 0.64,
        })
        .sum();
    ems * LABEL_SIZE
}

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

impl Label {
    /// The label's left and right edges, by [`text_width`].
    pub fn span(&self) -> (f64, f64) {
        let width = text_width(&self.text);
        match self.anchor {
            Anchor::Start => (self.x, self.x + width),
            Anchor::Middle => (self.x - width / 2.0, self.x + width / 2.0),
            Anchor::End => (self.x - width, self.x),
        }
    }
}

/// Where a later plan began: a vertical line through the plot, and the plan's name above it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanMarker {
    /// The line's horizontal position.
    pub x: f64,
    /// The line's top, just under the label.
    pub top: f64,
    /// The line's bottom, the plot's baseline.
    pub bottom: f64,
    /// "Plan 2", centred on the line where it fits, in the band above the plot.
    pub label: Label,
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

/// The most recent [`MAX_CHART_WEEKS`] weeks, which the weekly charts draw.
fn recent_weeks<T>(weeks: &[T]) -> &[T] {
    &weeks[weeks.len().saturating_sub(MAX_CHART_WEEKS)..]
}

/// Horizontal slots for weekly charts: the centre of slot `i` of `n`, and the slot width.
fn week_slot(plot: &PlotArea, i: usize, n: usize) -> (f64, f64) {
    let slot = plot.width() / n.max(1) as f64;
    (plot.left + slot * (i as f64 + 0.5), slot)
}

/// Height of the band above a plot that holds a plan marker's label.
const MARKER_BAND: f64 = 22.0;

/// The marker label's baseline in that band.
const MARKER_LABEL_Y: f64 = 15.0;

/// Space kept between two labels on one line.
const LABEL_GAP: f64 = 6.0;

/// Baseline of the labels under a plot, below its bottom edge.
const AXIS_LABEL_OFFSET: f64 = 19.0;

/// Baseline of the axis title under those labels, below the plot's bottom edge.
const AXIS_TITLE_OFFSET: f64 = 38.0;

/// Space kept under the lowest line of text.
const BOTTOM_PAD: f64 = 7.0;

/// The left edge of a plot whose y-axis labels (drawn end-anchored [`LABEL_GAP`] left of it)
/// are `labels`.
fn plot_left(labels: &[String]) -> f64 {
    let widest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
    round1(widest + LABEL_GAP + 2.0)
}

/// Whether the weekly charts name plans ("week 3 of plan 2", a plan column): once any week shown
/// belongs to a plan after the first.
fn names_plans(shown: &[WeekSummary]) -> bool {
    shown.iter().any(|w| w.plan > 0)
}

/// The plan number (from 1) to name in a sentence about `week`, when plans are named.
fn plan_number(week: &WeekSummary, named: bool) -> Option<usize> {
    named.then(|| week.plan.saturating_add(1))
}

/// A week in hover text: "Wk 3", or "Plan 2, wk 3" when plans are named.
fn week_name(week: &WeekSummary, named: bool, words: &ChartWords) -> String {
    match plan_number(week, named) {
        Some(plan) => (words.plan_week_short)(plan, week.number),
        None => (words.week_short)(week.number),
    }
}

/// The indices of the shown weeks that begin a later plan: where the plan changes from the week
/// before, and the first week shown if it is week 1 of a later plan.
fn plan_starts(shown: &[WeekSummary]) -> Vec<usize> {
    (0..shown.len())
        .filter(|&i| match i.checked_sub(1) {
            Some(before) => shown[before].plan != shown[i].plan,
            None => shown[i].plan > 0 && shown[i].number == 1,
        })
        .collect()
}

/// The marker for a plan beginning at `x`: its line from under the label band to the plot's
/// bottom, and "Plan 2" centred on it, moved in from the edges so it stays in the drawing.
fn plan_marker(plan: usize, x: f64, plot: &PlotArea, width: f64, t: &Text) -> PlanMarker {
    let text = (t.plan.plan_title)(plan.saturating_add(1));
    // Rounded up to a tenth, so the clamped centre is exact and the label stays inside.
    let half = (text_width(&text) * 5.0).ceil() / 10.0;
    let centre = if width >= 2.0 * half {
        x.clamp(half, width - half)
    } else {
        width / 2.0
    };
    PlanMarker {
        x: round1(x),
        top: MARKER_BAND - 2.0,
        bottom: plot.bottom,
        label: Label {
            x: round1(centre),
            y: MARKER_LABEL_Y,
            text,
            anchor: Anchor::Middle,
        },
    }
}

/// Markers for the weekly charts, on the slot boundary before each week that begins a plan.
fn week_markers(plot: &PlotArea, shown: &[WeekSummary], width: f64, t: &Text) -> Vec<PlanMarker> {
    let (_, slot) = week_slot(plot, 0, shown.len());
    plan_starts(shown)
        .into_iter()
        .map(|i| plan_marker(shown[i].plan, plot.left + slot * i as f64, plot, width, t))
        .collect()
}

/// The summary's sentences about where plans began among the shown weeks.
fn week_marker_sentences(shown: &[WeekSummary], t: &Text) -> Vec<String> {
    plan_starts(shown)
        .into_iter()
        .map(|i| {
            let week = &shown[i];
            (t.charts.plan_line)(week.plan.saturating_add(1), &t.dates.short(week.first_day))
        })
        .collect()
}

/// Week labels under a weekly chart: "Wk 3" when every one fits under its bar, otherwise bare
/// numbers with an axis title saying "Week", on every `k`th week counted back from the latest
/// (which is always labelled), `k` as small as lets the widest number fit.
fn week_axis(
    plot: &PlotArea,
    shown: &[WeekSummary],
    words: &ChartWords,
) -> (Vec<Label>, Option<Label>) {
    let n = shown.len();
    let (_, slot) = week_slot(plot, 0, n);
    let label_y = plot.bottom + AXIS_LABEL_OFFSET;
    let widest = |text: &dyn Fn(&WeekSummary) -> String| {
        shown
            .iter()
            .map(|w| text_width(&text(w)))
            .fold(0.0, f64::max)
            + LABEL_GAP
    };
    let roomy = widest(&|w| (words.week_short)(w.number)) <= slot;
    let every = if roomy {
        1
    } else {
        (widest(&|w| w.number.to_string()) / slot.max(1.0))
            .ceil()
            .max(1.0) as usize
    };
    let labels = shown
        .iter()
        .enumerate()
        .filter(|(i, _)| (n - 1 - i) % every == 0)
        .map(|(i, week)| Label {
            x: round1(week_slot(plot, i, n).0),
            y: label_y,
            text: if roomy {
                (words.week_short)(week.number)
            } else {
                week.number.to_string()
            },
            anchor: Anchor::Middle,
        })
        .collect();
    let title = (!roomy && n > 0).then(|| Label {
        x: round1(plot.left + plot.width() / 2.0),
        y: plot.bottom + AXIS_TITLE_OFFSET,
        text: words.week_axis.to_string(),
        anchor: Anchor::Middle,
    });
    (labels, title)
}

/// `text` with no-break spaces, for a short name ("Plan 2", "Wk 3", "Mon, Jan 5") that a narrow
/// table column should not split over two lines.
fn one_line(text: String) -> String {
    text.replace(' ', "\u{a0}")
}

/// Which plan `date` belongs to (0 is the first), if any: none before the first plan, between
/// plans, or after the last one's twelve weeks.
fn plan_of(plans: &[PlanStart], date: NaiveDate) -> Option<usize> {
    let i = plans.iter().rposition(|p| p.start <= date)?;
    (date < plans[i].end()).then_some(i)
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

    /// Checks that labels on one line neither touch (by [`text_width`]'s estimate) nor leave
    /// the drawing.
    pub(crate) fn assert_labels_apart(labels: &[Label], width: f64) {
        for label in labels {
            let (left, right) = label.span();
            assert!(
                left >= 0.0 && right <= width,
                "{label:?} outside 0..{width}"
            );
        }
        for pair in labels.windows(2) {
            assert!(pair[0].span().1 + 1.0 <= pair[1].span().0, "{pair:?} touch");
        }
    }

    /// The stylesheet draws chart labels at the size the layout is worked out for, in pixels
    /// (one unit is one pixel), so they are that size at every width.
    #[test]
    fn labels_are_drawn_at_the_size_they_are_laid_out_for() {
        let css = include_str!("../../styles/momentum.css");
        let rule = css
            .lines()
            .find(|l| l.starts_with(".chart-svg text {"))
            .expect("a rule for chart text");
        assert!(
            rule.contains(&format!("font-size: {}px;", number(LABEL_SIZE))),
            "{rule}"
        );
        // Nothing in the stylesheet scales a chart up past its own width.
        let svg_rule = css.lines().find(|l| l.starts_with(".chart-svg {")).unwrap();
        let declarations: Vec<&str> = svg_rule
            .trim_start_matches(".chart-svg {")
            .split([';', '}'])
            .map(str::trim)
            .collect();
        assert!(declarations.contains(&"max-width: 100%"), "{svg_rule}");
        assert!(
            !declarations.iter().any(|d| d.starts_with("width:")),
            "{svg_rule}"
        );
    }

    #[test]
    fn widths_are_clamped_and_never_nan() {
        assert_eq!(chart_width(254.4), 254.0);
        assert_eq!(chart_width(10.0), MIN_WIDTH);
        assert_eq!(chart_width(1e9), MAX_WIDTH);
        assert_eq!(chart_width(f64::NAN), VIEW_WIDTH);
        assert_eq!(chart_width(f64::INFINITY), VIEW_WIDTH);
    }

    #[test]
    fn week_numbers_thin_out_evenly_from_the_latest() {
        let week = |n: usize, plan: usize, number: u8| WeekSummary {
            week: n,
            plan,
            number,
            first_day: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            minutes_done: 0,
            target_minutes: None,
            sessions_done: 0,
            sessions_skipped: 0,
            mood_before: None,
            mood_after: None,
        };
        // Plan 1's weeks 5 to 12, then plan 2's weeks 1 to 4.
        let shown: Vec<_> = (0..12)
            .map(|i| {
                if i < 8 {
                    week(i, 0, i as u8 + 5)
                } else {
                    week(i, 1, i as u8 - 7)
                }
            })
            .collect();
        let axis = |width: f64| {
            let plot = PlotArea {
                left: 0.0,
                top: 0.0,
                right: width,
                bottom: 100.0,
            };
            let (labels, title) = week_axis(&plot, &shown, &crate::present::text::EN.charts);
            let texts: Vec<String> = labels.iter().map(|l| l.text.clone()).collect();
            assert_labels_apart(&labels, width);
            (texts, title.map(|t| t.text))
        };
        assert_eq!(
            axis(210.0),
            (
                ["6", "8", "10", "12", "2", "4"].map(String::from).to_vec(),
                Some("Week".to_string())
            )
        );
        assert_eq!(axis(300.0).0.len(), 12);
        assert_eq!(axis(300.0).1.as_deref(), Some("Week"));
        assert_eq!(axis(700.0).0[0], "Wk 5");
        assert_eq!(axis(700.0).1, None);
        // Narrower than any chart is drawn, every third.
        assert_eq!(axis(120.0).0, ["7", "10", "1", "4"]);
    }

    #[test]
    fn days_belong_to_the_plan_they_fall_in() {
        let d = |n: u64| NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Days::new(n);
        let plans = [PlanStart { start: d(0) }, PlanStart { start: d(100) }];
        assert_eq!(plan_of(&plans, d(0)), Some(0));
        assert_eq!(plan_of(&plans, d(83)), Some(0));
        assert_eq!(plan_of(&plans, d(84)), None);
        assert_eq!(plan_of(&plans, d(100)), Some(1));
        assert_eq!(plan_of(&plans, d(184)), None);
        assert_eq!(plan_of(&plans[..0], d(0)), None);
        assert_eq!(plan_of(&plans, d(0) - chrono::Days::new(1)), None);
    }

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
