//! Chart 2: the consistency score from the plan's start to today, as a line over a soft area.

use chrono::NaiveDate;

use super::svg::Svg;
use super::{
    parse_points, points_attr, round1, Anchor, Chart, DataTable, GridLine, Label, PlotArea, Point,
    TableCell, TableRow, ViewBox, VIEW_WIDTH,
};
use crate::core::consistency::DailyScore;
use crate::present::dates::{day_month, short_date};

const VIEW: ViewBox = ViewBox {
    width: VIEW_WIDTH,
    height: 182.0,
};
const PLOT: PlotArea = PlotArea {
    left: 40.0,
    top: 10.0,
    right: 308.0,
    bottom: 154.0,
};
const DATE_LABEL_Y: f64 = 172.0;

/// One kind line on how the score works, shown under the chart so a dip never feels like a
/// punishment.
pub const SCORE_EXPLANATION: &str = "Your score rises a little with each session and fades \
     slowly on days off. It never resets to zero, so every session still counts.";

/// Everything the consistency chart draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsistencyChartView {
    /// The SVG `viewBox`.
    pub view_box: ViewBox,
    /// Where the line is drawn; gridlines span it.
    pub plot: PlotArea,
    /// Gridlines at 0, 25, 50, 75 and 100 %.
    pub grid: Vec<GridLine>,
    /// Dates under the x axis: the start, today, and the middle on longer plans.
    pub x_labels: Vec<Label>,
    /// The score line, as an SVG `points` attribute; empty when there is no data.
    pub line_points: String,
    /// The line closed down to the baseline, for a soft filled area; empty with fewer than two
    /// days.
    pub area_points: String,
    /// Today's score as a dot, so a single day still shows something.
    pub today: Option<Point>,
    /// What today's score is, in words.
    pub summary: String,
    /// [`SCORE_EXPLANATION`], kept with the view so renderers cannot forget it.
    pub explanation: &'static str,
    /// The score at the start of each week and today.
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
        all
    }
}

impl Chart for ConsistencyChartView {
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

/// The consistency chart for a daily score series (as `core::consistency::score_series`
/// returns it, from the plan's start to today). Points are placed by date, so the series may
/// have gaps; scores are clamped to 0..=1 and anything not finite counts as 0.
pub fn consistency_chart(scores: &[DailyScore]) -> ConsistencyChartView {
    let grid = (0..=4)
        .map(|k| {
            let share = f64::from(k) / 4.0;
            let y = round1(PLOT.bottom - share * PLOT.height());
            GridLine {
                y,
                label: Label {
                    x: PLOT.left - 6.0,
                    y: round1(y + 4.0),
                    text: format!("{}%", k * 25),
                    anchor: Anchor::End,
                },
            }
        })
        .collect();

    let first = scores.iter().map(|s| s.date).min();
    let last = scores.iter().map(|s| s.date).max();
    let span_days = match (first, last) {
        (Some(first), Some(last)) => (last - first).num_days(),
        _ => 0,
    };
    let x_of = |date: NaiveDate| -> f64 {
        match first {
            Some(first) if span_days > 0 => {
                let share = (date - first).num_days() as f64 / span_days as f64;
                round1(PLOT.left + share * PLOT.width())
            }
            _ => PLOT.right,
        }
    };
    let y_of = |score: f64| round1(PLOT.bottom - clamp_score(score) * PLOT.height());

    let points: Vec<Point> = scores
        .iter()
        .map(|s| Point {
            x: x_of(s.date),
            y: y_of(s.score),
        })
        .collect();
    let latest = scores.iter().max_by_key(|s| s.date);
    let today = latest.map(|s| Point {
        x: x_of(s.date),
        y: y_of(s.score),
    });

    let area_points = if points.len() >= 2 {
        let mut outline = points.clone();
        crate::core::sort_small_by(&mut outline, |a, b| a.x.total_cmp(&b.x));
        let (left, right) = (outline[0].x, outline[outline.len() - 1].x);
        outline.push(Point {
            x: right,
            y: PLOT.bottom,
        });
        outline.push(Point {
            x: left,
            y: PLOT.bottom,
        });
        points_attr(&outline)
    } else {
        String::new()
    };

    let mut x_labels = Vec::new();
    if let (Some(first), Some(last)) = (first, last) {
        let date_label = |date: NaiveDate, anchor| Label {
            x: x_of(date),
            y: DATE_LABEL_Y,
            text: day_month(date),
            anchor,
        };
        if span_days == 0 {
            x_labels.push(date_label(last, Anchor::End));
        } else {
            x_labels.push(date_label(first, Anchor::Start));
            if span_days >= 14 {
                let middle = first + chrono::Days::new((span_days / 2) as u64);
                x_labels.push(date_label(middle, Anchor::Middle));
            }
            x_labels.push(date_label(last, Anchor::End));
        }
    }

    ConsistencyChartView {
        view_box: VIEW,
        plot: PLOT,
        grid,
        x_labels,
        line_points: points_attr(&points),
        area_points,
        today,
        summary: summary(scores, first),
        explanation: SCORE_EXPLANATION,
        table: table(scores),
    }
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

fn summary(scores: &[DailyScore], first: Option<NaiveDate>) -> String {
    let (Some(latest), Some(first)) = (scores.iter().max_by_key(|s| s.date), first) else {
        return "Your score line begins on the day your plan starts.".to_string();
    };
    let today = percent(latest.score);
    if today == 0 {
        return "Your consistency score is 0% for now. It starts to rise with your first \
                session."
            .to_string();
    }
    format!(
        "Today your consistency score is {today}%, counted since your plan began on {}.",
        short_date(first)
    )
}

/// One row per week from the plan's start, plus today: the numbers a reader needs without a
/// row for every day.
fn table(scores: &[DailyScore]) -> DataTable {
    let mut sorted: Vec<&DailyScore> = scores.iter().collect();
    crate::core::sort_small_by(&mut sorted, |a, b| a.date.cmp(&b.date));
    let mut rows: Vec<&DailyScore> = sorted.iter().copied().step_by(7).collect();
    if let Some(&last) = sorted.last() {
        if rows.last().is_none_or(|r| r.date != last.date) {
            rows.push(last);
        }
    }
    let last_date = sorted.last().map(|s| s.date);
    DataTable {
        caption: "Consistency score each week, and today".to_string(),
        headers: vec!["Date".to_string(), "Score".to_string()],
        rows: rows
            .into_iter()
            .map(|s| TableRow {
                header: if Some(s.date) == last_date {
                    format!("{} (today)", short_date(s.date))
                } else {
                    short_date(s.date)
                },
                cells: vec![TableCell::plain(format!("{}%", percent(s.score)))],
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(offset: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Days::new(offset)
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

    fn assert_in_box(view: &ConsistencyChartView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
    }

    #[test]
    fn no_days_yet_is_friendly() {
        let view = consistency_chart(&[]);
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
        let view = consistency_chart(&series(&[0.0, 0.5, 1.0]));
        assert_eq!(
            view.line_points,
            format!(
                "40,{b} 174,{m} 308,{t}",
                b = PLOT.bottom,
                m = 82.0,
                t = PLOT.top
            )
        );
        assert!(view.area_points.ends_with("308,154 40,154"));
        assert_eq!(view.today, Some(Point { x: 308.0, y: 10.0 }));
        let ticks: Vec<_> = view.grid.iter().map(|g| g.label.text.as_str()).collect();
        assert_eq!(ticks, ["0%", "25%", "50%", "75%", "100%"]);
        assert_eq!(
            view.summary,
            "Today your consistency score is 100%, counted since your plan began on Mon 5 Jan."
        );
        assert_in_box(&view);
    }

    #[test]
    fn a_single_day_is_a_dot_at_today() {
        let view = consistency_chart(&series(&[0.05]));
        assert_eq!(view.today.map(|p| p.x), Some(PLOT.right));
        assert_eq!(view.area_points, "");
        assert_eq!(view.x_labels.len(), 1);
        assert_eq!(
            view.summary,
            "Today your consistency score is 5%, counted since your plan began on Mon 5 Jan."
        );
        assert_in_box(&view);
    }

    #[test]
    fn zero_score_explains_how_it_grows() {
        let view = consistency_chart(&series(&[0.0, 0.0]));
        assert!(view.summary.contains("0%"));
        assert!(view.summary.contains("first session"));
        assert!(view.explanation.contains("never resets to zero"));
    }

    #[test]
    fn odd_scores_are_clamped_never_nan() {
        let view = consistency_chart(&series(&[f64::NAN, -1.0, 2.0, f64::INFINITY]));
        assert_in_box(&view);
        let ys: Vec<f64> = view.coordinates().iter().map(|c| c.1).collect();
        assert!(ys.iter().all(|y| (PLOT.top..=VIEW.height).contains(y)));
        assert_eq!(view.table.rows[0].cells[0].text, "0%");
    }

    #[test]
    fn table_samples_each_week_and_today() {
        let scores: Vec<f64> = (0..=20).map(|i| f64::from(i) / 40.0).collect();
        let view = consistency_chart(&series(&scores));
        let headers: Vec<_> = view.table.rows.iter().map(|r| r.header.as_str()).collect();
        assert_eq!(
            headers,
            [
                "Mon 5 Jan",
                "Mon 12 Jan",
                "Mon 19 Jan",
                "Sun 25 Jan (today)"
            ]
        );
        assert_eq!(view.table.rows[3].cells[0].text, "50%");
        assert_eq!(view.x_labels.len(), 3);
        assert_eq!(view.x_labels[0].text, "5 Jan");
        assert_eq!(view.x_labels[2].text, "25 Jan");
        assert_in_box(&view);
    }
}
