//! Layout the weekly charts share: which weeks they show and where each goes, the plot's left
//! edge and the week axis, plan markers and their sentences, and which plan a day belongs to.

use chrono::NaiveDate;

use super::{round1, text_width, Anchor, Label, PlanMarker, PlotArea, MAX_CHART_WEEKS};
use crate::core::plan::PlanStart;
use crate::core::stats::WeekSummary;
use crate::present::text::{ChartWords, Text};

/// The most recent [`MAX_CHART_WEEKS`] weeks, which the weekly charts draw.
pub(super) fn recent_weeks<T>(weeks: &[T]) -> &[T] {
    &weeks[weeks.len().saturating_sub(MAX_CHART_WEEKS)..]
}

/// Horizontal slots for weekly charts: the centre of slot `i` of `n`, and the slot width.
pub(super) fn week_slot(plot: &PlotArea, i: usize, n: usize) -> (f64, f64) {
    let slot = plot.width() / n.max(1) as f64;
    (plot.left + slot * (i as f64 + 0.5), slot)
}

/// Height of the band above a plot that holds a plan marker's label.
pub(super) const MARKER_BAND: f64 = 22.0;

/// The marker label's baseline in that band.
pub(super) const MARKER_LABEL_Y: f64 = 15.0;

/// Space kept between two labels on one line.
pub(super) const LABEL_GAP: f64 = 6.0;

/// Baseline of the labels under a plot, below its bottom edge.
pub(super) const AXIS_LABEL_OFFSET: f64 = 19.0;

/// Baseline of the axis title under those labels, below the plot's bottom edge.
pub(super) const AXIS_TITLE_OFFSET: f64 = 38.0;

/// Space kept under the lowest line of text.
pub(super) const BOTTOM_PAD: f64 = 7.0;

/// The left edge of a plot whose y-axis labels (drawn end-anchored [`LABEL_GAP`] left of it)
/// are `labels`.
pub(super) fn plot_left(labels: &[String]) -> f64 {
    let widest = labels.iter().map(|l| text_width(l)).fold(0.0, f64::max);
    round1(widest + LABEL_GAP + 2.0)
}

/// Whether the weekly charts name plans ("week 3 of plan 2", a plan column): once any week shown
/// belongs to a plan after the first.
pub(super) fn names_plans(shown: &[WeekSummary]) -> bool {
    shown.iter().any(|w| w.plan > 0)
}

/// The plan number (from 1) to name in a sentence about `week`, when plans are named.
pub(super) fn plan_number(week: &WeekSummary, named: bool) -> Option<usize> {
    named.then(|| week.plan.saturating_add(1))
}

/// A week in hover text: "Wk 3", or "Plan 2, wk 3" when plans are named.
pub(super) fn week_name(week: &WeekSummary, named: bool, words: &ChartWords) -> String {
    match plan_number(week, named) {
        Some(plan) => (words.plan_week_short)(plan, week.number),
        None => (words.week_short)(week.number),
    }
}

/// The indices of the shown weeks that begin a later plan: where the plan changes from the week
/// before, and the first week shown if it is week 1 of a later plan.
pub(super) fn plan_starts(shown: &[WeekSummary]) -> Vec<usize> {
    (0..shown.len())
        .filter(|&i| match i.checked_sub(1) {
            Some(before) => shown[before].plan != shown[i].plan,
            None => shown[i].plan > 0 && shown[i].number == 1,
        })
        .collect()
}

/// The marker for a plan beginning at `x`: its line from under the label band to the plot's
/// bottom, and "Plan 2" centred on it, moved in from the edges so it stays in the drawing.
pub(super) fn plan_marker(
    plan: usize,
    x: f64,
    plot: &PlotArea,
    width: f64,
    t: &Text,
) -> PlanMarker {
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
pub(super) fn week_markers(
    plot: &PlotArea,
    shown: &[WeekSummary],
    width: f64,
    t: &Text,
) -> Vec<PlanMarker> {
    let (_, slot) = week_slot(plot, 0, shown.len());
    plan_starts(shown)
        .into_iter()
        .map(|i| plan_marker(shown[i].plan, plot.left + slot * i as f64, plot, width, t))
        .collect()
}

/// The summary's sentences about where plans began among the shown weeks.
pub(super) fn week_marker_sentences(shown: &[WeekSummary], t: &Text) -> Vec<String> {
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
pub(super) fn week_axis(
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
pub(super) fn one_line(text: String) -> String {
    text.replace(' ', "\u{a0}")
}

/// Which plan `date` belongs to (0 is the first), if any: none before the first plan, between
/// plans, or after the last one's twelve weeks.
pub(super) fn plan_of(plans: &[PlanStart], date: NaiveDate) -> Option<usize> {
    let i = plans.iter().rposition(|p| p.start <= date)?;
    (date < plans[i].end()).then_some(i)
}
