//! Chart 2: the consistency score over the last twelve weeks of the whole history, as a line
//! over a soft area, with a line where a later plan began.

use chrono::{Days, NaiveDate};

use super::svg::Svg;
use super::{
    chart_width, one_line, parse_points, plan_marker, plan_of, plot_left, points_attr, round1,
    Anchor, Chart, DataTable, GridLine, Label, PlanMarker, PlotArea, Point, TableCell, TableRow,
    ViewBox, AXIS_LABEL_OFFSET, BOTTOM_PAD, LABEL_GAP, MARKER_BAND, MAX_CHART_WEEKS,
};
use crate::core::consistency::DailyScore;
use crate::core::plan::PlanStart;
use crate::present::text::{ChartWords, Text};

/// Height of the line's area.
const PLOT_HEIGHT: f64 = 144.0;
/// Space above 100% (and under a marker's band).
const TOP_PAD: f64 = 10.0;
/// Space right of today.
const RIGHT_PAD: f64 = 10.0;
/// The days the line shows: the same twelve weeks as the weekly charts.
const SHOWN_DAYS: u64 = 7 * MAX_CHART_WEEKS as u64;

/// Everything the consistency chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsistencyChartView {
    /// The words it was built with.
    pub words: &'static ChartWords,
    /// The SVG `viewBox`, as wide as the chart was drawn for.
    pub view_box: ViewBox,
    /// Where the line is drawn; gridlines span it.
    pub plot: PlotArea,
    /// Gridlines at 0, 25, 50, 75 and 100 %.
    pub grid: Vec<GridLine>,
    /// Dates under the x axis: the first day shown, today, and the middle when there is room.
    pub x_labels: Vec<Label>,
    /// The score line, as an SVG `points` attribute; empty when there is no data.
    pub line_points: String,
    /// The line closed down to the baseline, for a soft filled area; empty with fewer than two
    /// days.
    pub area_points: String,
    /// Today's score as a dot, so a single day still shows something.
    pub today: Option<Point>,
    /// Where later plans began, within the days shown.
    pub markers: Vec<PlanMarker>,
    /// What today's score is, in words, since when the line shows it, and where plans began.
    pub summary: String,
    /// How the score works, kept with the view so renderers cannot forget it.
    pub explanation: &'static str,
    /// The score at the start of each week shown, and today.
    pub table: DataTable,
}

impl ConsistencyChartView {
    /// Every coordinate the chart draws, so tests can check they are finite and in the box.
    pub fn coordinates(&self) -> Vec<(f64, f64)> {
        let mut all = parse_points(&self.line_points);
        all.extend(parse_points(&self.area_points));
        all.extend(self.today.iter().map(|p| (p.x, p.y)));
        for line in &self.grid {
            all.extend([
                (self.plot.left, line.y),
                (self.plot.right, line.y),
                (line.label.x, line.label.y),
            ]);
        }
        all.extend(self.x_labels.iter().map(|l| (l.x, l.y)));
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

impl Chart for ConsistencyChartView {
    fn words(&self) -> &'static ChartWords {
        self.words
    }

    fn is_empty(&self) -> bool {
        self.today.is_none()
    }

    fn summary(&self) -> &str {
        &self.summary
    }

    fn table(&self) -> &DataTable {
        &self.table
    }

    fn note(&self) -> Option<&'static str> {
        Some(self.explanation)
    }

    fn svg(&self, labelled_by: &str, described_by: &str) -> String {
        let mut svg = Svg::image("chart-svg", self.view_box, labelled_by, described_by);
        svg.grid(&self.plot, &self.grid);
        if !self.area_points.is_empty() {
            svg.open("polygon", "chart-area")
                .attr("points", &self.area_points)
                .end();
        }
        svg.plan_markers(&self.markers);
        svg.open("polyline", "chart-line")
            .attr("points", &self.line_points)
            .end();
        if let Some(today) = self.today {
            svg.open("circle", "chart-dot")
                .num("cx", today.x)
                .num("cy", today.y)
                .num("r", 4.0)
                .end();
        }
        for label in &self.x_labels {
            svg.text(label, "chart-axis-label");
        }
        svg.finish()
    }
}

/// The consistency chart for a daily score series over the whole history (as
/// `core::consistency::history_scores` returns it, from the first plan's first day to today),
/// drawn `width` pixels wide. It shows the last twelve weeks of the series; `plans` says where
/// each plan began. Points are placed by date, so the series may have gaps or come in any
/// order; scores are clamped to 0..=1 and anything not finite counts as 0.
pub fn consistency_chart(
    scores: &[DailyScore],
    plans: &[PlanStart],
    t: &'static Text,
    width: f64,
) -> ConsistencyChartView {
    let words = &t.charts;
    let width = chart_width(width);
    let last = scores.iter().map(|s| s.date).max();
    let first = last.map(|last| {
        let earliest = scores.iter().map(|s| s.date).min().unwrap_or(last);
        last.checked_sub_days(Days::new(SHOWN_DAYS - 1))
            .map_or(earliest, |from| from.max(earliest))
    });
    let mut shown: Vec<&DailyScore> = scores
        .iter()
        .filter(|s| first.is_some_and(|first| s.date >= first))
        .collect();
    shown.sort_by_key(|s| s.date);
    // Later plans that began within the days shown, after the first of them.
    let begun: Vec<(usize, NaiveDate)> = match (first, last) {
        (Some(first), Some(last)) => plans
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, p)| first <= p.start && p.start <= last)
            .map(|(i, p)| (i, p.start))
            .collect(),
        _ => Vec::new(),
    };

    let tick_labels: Vec<String> = (0..=4).map(|k| format!("{}%", k * 25)).collect();
    let band = if begun.is_empty() { 0.0 } else { MARKER_BAND };
    let plot = PlotArea {
        left: plot_left(&tick_labels),
        top: band + TOP_PAD,
        right: width - RIGHT_PAD,
        bottom: band + TOP_PAD + PLOT_HEIGHT,
    };
    let grid = tick_labels
        .into_iter()
        .enumerate()
        .map(|(k, text)| {
            let y = round1(plot.bottom - k as f64 / 4.0 * plot.height());
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

    let span_days = match (first, last) {
        (Some(first), Some(last)) => (last - first).num_days(),
        _ => 0,
    };
    let x_of = |date: NaiveDate| -> f64 {
        match first {
            Some(first) if span_days > 0 => {
                let share = (date - first).num_days() as f64 / span_days as f64;
                round1(plot.left + share * plot.width())
            }
            _ => plot.right,
        }
    };
    let y_of = |score: f64| round1(plot.bottom - clamp_score(score) * plot.height());

    let points: Vec<Point> = shown
        .iter()
        .map(|s| Point {
            x: x_of(s.date),
            y: y_of(s.score),
        })
        .collect();
    let today = shown.last().map(|s| Point {
        x: x_of(s.date),
        y: y_of(s.score),
    });

    let area_points = match (points.first(), points.last()) {
        (Some(left), Some(right)) if points.len() >= 2 => {
            let mut outline = points.clone();
            outline.push(Point {
                x: right.x,
                y: plot.bottom,
            });
            outline.push(Point {
                x: left.x,
                y: plot.bottom,
            });
            points_attr(&outline)
        }
        _ => String::new(),
    };

    let markers = begun
        .iter()
        .map(|&(plan, start)| plan_marker(plan, x_of(start), &plot, width, t))
        .collect();

    ConsistencyChartView {
        words,
        view_box: ViewBox {
            width,
            height: plot.bottom + AXIS_LABEL_OFFSET + BOTTOM_PAD,
        },
        x_labels: date_labels(first, last, &plot, x_of, t),
        plot,
        grid,
        line_points: points_attr(&points),
        area_points,
        today,
        markers,
        summary: summary(&shown, first, &begun, t),
        explanation: words.score_explanation,
        table: table(&shown, plans, t),
    }
}

/// The first day shown (start-anchored), today (end-anchored), and the day between them when
/// the span is two weeks or more and its label clears both.
fn date_labels(
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    plot: &PlotArea,
    x_of: impl Fn(NaiveDate) -> f64,
    t: &Text,
) -> Vec<Label> {
    let (Some(first), Some(last)) = (first, last) else {
        return Vec::new();
    };
    let y = plot.bottom + AXIS_LABEL_OFFSET;
    let label = |date: NaiveDate, anchor| Label {
        x: x_of(date),
        y,
        text: t.dates.day_month(date),
        anchor,
    };
    let span = (last - first).num_days();
    if span == 0 {
        return vec![label(last, Anchor::End)];
    }
    let (start, end) = (label(first, Anchor::Start), label(last, Anchor::End));
    let mut labels = vec![start];
    if span >= 14 {
        let middle = label(first + Days::new((span / 2) as u64), Anchor::Middle);
        let (left, right) = middle.span();
        if labels[0].span().1 + LABEL_GAP <= left && right + LABEL_GAP <= end.span().0 {
            labels.push(middle);
        }
    }
    labels.push(end);
    labels
}

/// Scores as the chart draws them: within 0..=1, and 0 for anything not finite.
fn clamp_score(score: f64) -> f64 {
    if score.is_finite() {
        score.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

fn percent(score: f64) -> u32 {
    (clamp_score(score) * 100.0).round() as u32
}

fn summary(
    shown: &[&DailyScore],
    first: Option<NaiveDate>,
    begun: &[(usize, NaiveDate)],
    t: &Text,
) -> String {
    let words = &t.charts;
    let (Some(latest), Some(first)) = (shown.last(), first) else {
        return words.score_empty.to_string();
    };
    let today = percent(latest.score);
    if today == 0 {
        return words.score_zero.to_string();
    }
    let mut sentences = vec![(words.score_now)(today, &t.dates.short(first))];
    sentences.extend(
        begun
            .iter()
            .map(|&(plan, start)| (words.plan_line)(plan + 1, &t.dates.short(start))),
    );
    sentences.join(" ")
}

/// One row per week of the days shown, plus today: the numbers a reader needs without a row
/// for every day. Once a later plan is among them, a column says which plan each day was in.
fn table(shown: &[&DailyScore], plans: &[PlanStart], t: &Text) -> DataTable {
    let words = &t.charts;
    let mut rows: Vec<&DailyScore> = shown.iter().copied().step_by(7).collect();
    if let Some(&last) = shown.last() {
        if rows.last().is_none_or(|r| r.date != last.date) {
            rows.push(last);
        }
    }
    let named = !plans.is_empty() && rows.iter().any(|r| plan_of(plans, r.date) != Some(0));
    let last_date = shown.last().map(|s| s.date);
    let mut headers = vec![words.date_column.to_string()];
    if named {
        headers.push(words.plan_column.to_string());
    }
    headers.push(words.score_column.to_string());
    DataTable {
        caption: words.score_caption.to_string(),
        headers,
        rows: rows
            .into_iter()
            .map(|s| {
                let date = one_line(t.dates.short(s.date));
                let mut cells = Vec::with_capacity(2);
                if named {
                    cells.push(TableCell::plain(one_line(match plan_of(plans, s.date) {
                        Some(plan) => (t.plan.plan_title)(plan + 1),
                        None => words.outside_plans.to_string(),
                    })));
                }
                cells.push(TableCell::plain(format!("{}%", percent(s.score))));
                TableRow {
                    header: if Some(s.date) == last_date {
                        (words.today_mark)(&date)
                    } else {
                        date
                    },
                    cells,
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
