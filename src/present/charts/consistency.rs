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
mod tests {
    use super::*;
    use crate::present::text::{EN, ES};

    fn day(offset: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(offset)
    }

    fn series(scores: &[f64]) -> Vec<DailyScore> {
        scores
            .iter()
            .enumerate()
            .map(|(i, &score)| DailyScore {
                date: day(i as u64),
                score,
            })
            .collect()
    }

    fn chart(scores: &[DailyScore]) -> ConsistencyChartView {
        consistency_chart(scores, &[PlanStart { start: day(0) }], &EN, 320.0)
    }

    fn assert_in_box(view: &ConsistencyChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
        super::super::tests::assert_labels_apart(&view.x_labels, view.view_box.width);
    }

    #[test]
    fn no_days_yet_is_friendly() {
        let view = chart(&[]);
        assert!(view.is_empty());
        assert_eq!(view.line_points, "");
        assert_eq!(
            view.summary,
            "Your score line begins on the day your plan starts."
        );
        assert!(view.table.rows.is_empty());
        assert_in_box(&view);
    }

    #[test]
    fn line_runs_from_start_to_today_on_a_0_to_100_scale() {
        let view = chart(&series(&[0.0, 0.5, 1.0]));
        let (left, right) = (view.plot.left, view.plot.right);
        let middle = round1((left + right) / 2.0);
        let (top, bottom) = (view.plot.top, view.plot.bottom);
        assert_eq!(
            view.line_points,
            format!(
                "{left},{bottom} {middle},{m} {right},{top}",
                m = (top + bottom) / 2.0
            )
        );
        assert!(view
            .area_points
            .ends_with(&format!("{right},{bottom} {left},{bottom}")));
        assert_eq!(view.today, Some(Point { x: right, y: top }));
        let ticks: Vec<_> = view.grid.iter().map(|g| g.label.text.as_str()).collect();
        assert_eq!(ticks, ["0%", "25%", "50%", "75%", "100%"]);
        assert_eq!(
            view.summary,
            "Today your consistency score is 100%. The line shows it since Mon, Jan 5."
        );
        assert_in_box(&view);
    }

    #[test]
    fn a_single_day_is_a_dot_at_today() {
        let view = chart(&series(&[0.05]));
        assert_eq!(view.today.map(|p| p.x), Some(view.plot.right));
        assert_eq!(view.area_points, "");
        assert_eq!(view.x_labels.len(), 1);
        assert_eq!(
            view.summary,
            "Today your consistency score is 5%. The line shows it since Mon, Jan 5."
        );
        assert_in_box(&view);
    }

    #[test]
    fn zero_score_explains_how_it_grows() {
        let view = chart(&series(&[0.0, 0.0]));
        assert!(view.summary.contains("0%"));
        assert!(view.summary.contains("first day you move"));
        assert!(view.explanation.contains("never resets to zero"));
        assert_eq!(view.note(), Some(EN.charts.score_explanation));
    }

    #[test]
    fn odd_scores_are_clamped_never_nan() {
        let view = chart(&series(&[f64::NAN, -1.0, 2.0, f64::INFINITY]));
        assert_in_box(&view);
        let ys: Vec<f64> = view.coordinates().iter().map(|c| c.1).collect();
        assert!(ys
            .iter()
            .all(|y| (view.plot.top..=view.view_box.height).contains(y)));
        assert_eq!(view.table.rows[0].cells[0].text, "0%");
    }

    #[test]
    fn table_samples_each_week_and_today() {
        let scores: Vec<f64> = (0..=20).map(|i| f64::from(i) / 40.0).collect();
        let view = chart(&series(&scores));
        // Dates stay on one line in a narrow column.
        let headers: Vec<_> = view
            .table
            .rows
            .iter()
            .map(|r| r.header.replace('\u{a0}', " "))
            .collect();
        assert_eq!(
            headers,
            [
                "Mon, Jan 5",
                "Mon, Jan 12",
                "Mon, Jan 19",
                "Sun, Jan 25 (today)"
            ]
        );
        assert_eq!(view.table.headers, ["Date", "Score"]);
        assert_eq!(view.table.rows[3].cells[0].text, "50%");
        assert_eq!(view.x_labels.len(), 3);
        assert_eq!(view.x_labels[0].text, "Jan 5");
        assert_eq!(view.x_labels[2].text, "Jan 25");
        assert_in_box(&view);
    }

    #[test]
    fn a_long_history_shows_its_last_twelve_weeks() {
        let scores: Vec<f64> = (0..200).map(|i| f64::from(i % 50) / 50.0).collect();
        let view = chart(&series(&scores));
        let points = parse_points(&view.line_points);
        assert_eq!(points.len(), 84);
        assert_eq!(points[0].0, view.plot.left);
        // Day 199 is today; the line starts 83 days before, on day 116: Fri, May 1.
        assert_eq!(day(116), NaiveDate::from_ymd_opt(2026, 5, 1).unwrap());
        assert!(
            view.summary.ends_with("since Fri, May 1."),
            "{}",
            view.summary
        );
        assert_eq!(view.x_labels[0].text, "May 1");
        // A row a week, and today.
        assert_eq!(view.table.rows.len(), 13);
        assert_in_box(&view);
    }

    /// Plan 1 from day 0, plan 2 from day `second`, today on day `today`.
    fn two_plans(second: u64, today: u64) -> (Vec<DailyScore>, Vec<PlanStart>) {
        let scores: Vec<f64> = (0..=today).map(|i| (i as f64 / 200.0).min(0.9)).collect();
        let plans = vec![
            PlanStart { start: day(0) },
            PlanStart { start: day(second) },
        ];
        (series(&scores), plans)
    }

    #[test]
    fn a_new_plan_is_marked_over_the_whole_history() {
        // Plan 2 straight after plan 1 (day 84), or after a four-week gap (day 112).
        for second in [84, 112] {
            let (scores, plans) = two_plans(second, second + 20);
            let view = consistency_chart(&scores, &plans, &EN, 390.0);
            let first = day(second + 20 - 83);
            assert_eq!(view.markers.len(), 1);
            let marker = &view.markers[0];
            assert_eq!(marker.label.text, "Plan 2");
            let share = 63.0 / 83.0;
            let expected = round1(view.plot.left + share * view.plot.width());
            assert_eq!(marker.x, expected);
            assert!(marker.label.y < view.plot.top);
            assert_eq!(
                view.summary,
                format!(
                    "Today your consistency score is {}%. The line shows it since {}. A line \
                     marks where plan 2 began, on {}.",
                    percent(scores.last().unwrap().score),
                    EN.dates.short(first),
                    EN.dates.short(day(second))
                )
            );
            assert_eq!(view.table.headers, ["Date", "Plan", "Score"]);
            let plans_in_table: Vec<_> = view
                .table
                .rows
                .iter()
                .map(|r| r.cells[0].text.as_str())
                .collect();
            if second == 84 {
                assert_eq!(plans_in_table[..9], ["Plan\u{a0}1"; 9]);
                assert_eq!(plans_in_table[9..], ["Plan\u{a0}2"; 4]);
            } else {
                // Days 49..=132 shown: plan 1 until day 83, no plan until day 111.
                assert_eq!(plans_in_table[..5], ["Plan\u{a0}1"; 5]);
                assert_eq!(plans_in_table[5..9], ["No\u{a0}plan"; 4]);
                assert_eq!(plans_in_table[9..], ["Plan\u{a0}2"; 4]);
            }
            assert_in_box(&view);
            let svg = view.svg("t", "s");
            assert!(svg.contains("class=\"chart-plan-line\""));
        }
    }

    #[test]
    fn one_plan_has_no_marker_and_no_plan_column() {
        let (scores, _) = two_plans(84, 60);
        let view = consistency_chart(&scores, &[PlanStart { start: day(0) }], &EN, 320.0);
        assert!(view.markers.is_empty());
        assert_eq!(view.plot.top, TOP_PAD);
        assert_eq!(view.table.headers, ["Date", "Score"]);
        assert!(!view.summary.contains("plan"), "{}", view.summary);
    }

    #[test]
    fn a_plan_begun_before_the_days_shown_is_not_marked() {
        let (scores, plans) = two_plans(84, 84 + 200);
        let view = consistency_chart(&scores, &plans, &EN, 320.0);
        assert!(view.markers.is_empty());
        // Every day shown is after plan 2's twelve weeks, in no plan.
        assert_eq!(view.table.headers, ["Date", "Plan", "Score"]);
    }

    #[test]
    fn spanish_scores() {
        let (scores, plans) = two_plans(84, 100);
        let view = consistency_chart(&scores, &plans, &ES, 320.0);
        assert!(
            view.summary.starts_with("Hoy tu puntaje de constancia es "),
            "{}",
            view.summary
        );
        // Today is day 100, Wed, Apr 15; the line starts on day 17, Thu, Jan 22.
        assert!(
            view.summary
                .contains("La línea lo muestra desde el jue 22 ene."),
            "{}",
            view.summary
        );
        assert_eq!(
            view.table.rows.last().unwrap().header,
            "mié\u{a0}15\u{a0}abr (hoy)"
        );
        assert_eq!(view.x_labels[0].text, "22 ene");
        assert_eq!(view.explanation, ES.charts.score_explanation);
    }

    #[test]
    fn every_width_keeps_labels_apart() {
        let (scores, plans) = two_plans(84, 90);
        for width in [240.0, 254.0, 324.0, 646.0, 1400.0] {
            let view = consistency_chart(&scores, &plans, &EN, width);
            assert_eq!(view.view_box.width, width);
            assert_in_box(&view);
            let (left, right) = view.markers[0].label.span();
            assert!(left >= 0.0 && right <= width);
        }
    }
}
