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
//!
//! [`Text`]: crate::present::text::Text

mod calendar;
mod consistency;
mod layout;
mod minutes;
mod model;
mod mood;
mod numbers;
pub mod section;
pub mod svg;

use crate::present::text::ChartWords;

use layout::{
    names_plans, one_line, plan_marker, plan_number, plan_of, plan_starts, plot_left, recent_weeks,
    week_axis, week_marker_sentences, week_markers, week_name, week_slot, AXIS_LABEL_OFFSET,
    BOTTOM_PAD, LABEL_GAP, MARKER_BAND,
};
use numbers::{nice_step, number_into, parse_points, points_attr, round1};

pub use calendar::{
    activity_calendar, day_counts, CalendarCell, CalendarView, DayCount, DayState,
    MAX_CALENDAR_WEEKS,
};
pub use consistency::{consistency_chart, ConsistencyChartView};
pub use minutes::{minutes_chart, MinuteBar, MinutesChartView, TargetMarker};
pub use model::{
    Anchor, DataTable, GridLine, Label, PlanMarker, PlotArea, Point, Rect, TableCell, TableRow,
    ViewBox,
};
pub use mood::{mood_chart, MoodChartView, MoodPoint, MoodSeries, MOOD_MARKER_SIZE};
pub use numbers::number;

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
/// tables and legends use. `styles/momentum.css` sets the same (tested in `charts/tests.rs`).
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

#[cfg(test)]
mod tests;
