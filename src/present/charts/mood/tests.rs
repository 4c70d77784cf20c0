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
        first_day: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Days::new(7 * n as u64),
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
