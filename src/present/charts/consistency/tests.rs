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
