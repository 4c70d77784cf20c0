use chrono::Days;

use super::*;
use crate::present::text::{EN, ES};

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

/// Week `n` of the whole history, the `number`th week of plan `plan`.
fn plan_week(n: usize, plan: usize, number: u8, minutes: u32, target: Option<u32>) -> WeekSummary {
    WeekSummary {
        week: n,
        plan,
        number,
        first_day: monday() + Days::new(7 * n as u64),
        minutes_done: minutes,
        target_minutes: target,
        sessions_done: u32::from(minutes > 0),
        sessions_skipped: 0,
        mood_before: None,
        mood_after: None,
    }
}

fn week(n: usize, minutes: u32, target: Option<u32>) -> WeekSummary {
    plan_week(n, 0, n as u8 + 1, minutes, target)
}

/// Two days into the last week.
fn today_of(weeks: &[WeekSummary]) -> NaiveDate {
    weeks
        .last()
        .map_or(monday(), |w| w.first_day + Days::new(2))
}

fn chart(weeks: &[WeekSummary]) -> MinutesChartView {
    minutes_chart(weeks, today_of(weeks), &EN, 320.0)
}

fn assert_in_box(view: &MinutesChartView) {
    for (x, y) in view.coordinates() {
        assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
    }
    for bar in &view.bars {
        assert!(bar.width >= 0.0 && bar.height >= 0.0);
    }
    super::super::tests::assert_labels_apart(&view.x_labels, view.view_box.width);
}

#[test]
fn empty_plan_has_a_friendly_summary() {
    let view = chart(&[]);
    assert!(view.is_empty());
    assert_eq!(
        view.summary,
        "Your first week's bar appears after your first session."
    );
    assert!(view.table.rows.is_empty());
    assert_in_box(&view);
}

#[test]
fn heights_are_proportional_to_minutes() {
    let view = chart(&[
        week(0, 20, Some(40)),
        week(1, 40, Some(40)),
        week(2, 10, None),
    ]);
    let [a, b, c] = [&view.bars[0], &view.bars[1], &view.bars[2]];
    assert!((b.height - 2.0 * a.height).abs() < 0.2);
    assert!((a.height - 2.0 * c.height).abs() < 0.2);
    // Bars stand on the baseline.
    for bar in &view.bars {
        assert!((bar.y + bar.height - view.plot.bottom).abs() < 0.11);
    }
    // The 40-minute target sits level with the 40-minute bar's top.
    assert_eq!(a.target.unwrap().y, b.y);
    assert!(c.target.is_none());
    assert_in_box(&view);
}

#[test]
fn scale_covers_targets_above_every_bar() {
    let view = chart(&[week(0, 10, Some(70))]);
    let marker = view.bars[0].target.unwrap();
    assert!(marker.y >= view.plot.top && marker.y < view.bars[0].y);
    let labels: Vec<_> = view.grid.iter().map(|g| g.label.text.as_str()).collect();
    assert_eq!(labels, ["0", "20", "40", "60", "80"]);
    assert_in_box(&view);
}

#[test]
fn zero_weeks_and_zero_targets_draw_safely() {
    let view = chart(&[week(0, 0, Some(0)), week(1, 0, None)]);
    for bar in &view.bars {
        assert_eq!(bar.height, 0.0);
        assert!(bar.target.is_none());
    }
    assert_eq!(
        view.summary,
        "Week 2 so far: 0 minutes. Your bars appear after your first session."
    );
    assert_eq!(view.table.rows[0].cells[1].text, "0");
    assert_eq!(view.table.rows[1].cells[1].text, "No target");
    assert_in_box(&view);
}

#[test]
fn a_single_week_reads_simply() {
    let view = chart(&[week(0, 1, Some(30))]);
    assert_eq!(view.bars.len(), 1);
    assert!(view.bars[0].width <= MAX_BAR_WIDTH);
    assert_eq!(view.x_labels[0].text, "Wk 1");
    assert!(view.x_title.is_none());
    assert!(view.markers.is_empty());
    assert_eq!(view.summary, "Week 1 so far: 1 of 30 minutes.");
    assert_eq!(view.bars[0].tooltip, "Wk 1: 1 of 30 minutes");
    assert_eq!(
        view.table.headers,
        ["Week", "Minutes done", "Plan's target"]
    );
    assert_eq!(view.table.rows[0].header, "Wk\u{a0}1 (so far)");
    assert!(view.bars[0].current);
    assert_in_box(&view);
}

#[test]
fn summary_names_the_best_week() {
    let view = chart(&[
        week(0, 30, Some(30)),
        week(1, 70, Some(45)),
        week(2, 45, Some(60)),
    ]);
    assert_eq!(
        view.summary,
        "Week 3 so far: 45 of 60 minutes. Your best week so far was week 2 with 70 minutes."
    );
    let view = chart(&[week(0, 30, Some(30)), week(1, 50, Some(45))]);
    assert_eq!(
        view.summary,
        "Week 2 so far: 50 of 45 minutes. This is your most active week yet."
    );
    // A tie with an earlier week is not called "most active yet".
    let view = chart(&[week(0, 30, None), week(1, 30, None)]);
    assert_eq!(
        view.summary,
        "Week 2 so far: 30 minutes. Your best week so far was week 1 with 30 minutes."
    );
}

#[test]
fn twelve_weeks_fit_at_every_width() {
    let weeks: Vec<_> = (0..12).map(|n| week(n, n as u32 * 10, Some(60))).collect();
    for width in [240.0, 254.0, 320.0, 646.0, 1200.0] {
        let view = minutes_chart(&weeks, today_of(&weeks), &EN, width);
        assert_eq!(view.view_box.width, width);
        assert_eq!(view.plot.right, width - RIGHT_PAD);
        // The latest week is always labelled.
        let bar = &view.bars[11];
        assert!((view.x_labels.last().unwrap().x - (bar.x + bar.width / 2.0)).abs() < 0.2);
        // Bars never overlap their neighbours.
        for pair in view.bars.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x);
            let (m0, m1) = (pair[0].target.unwrap(), pair[1].target.unwrap());
            assert!(m0.x2 < m1.x1);
        }
        assert_in_box(&view);
    }
    // On a phone the labels are bare numbers, every other one, under a "Week" title...
    let narrow = minutes_chart(&weeks, today_of(&weeks), &EN, 254.0);
    let texts: Vec<_> = narrow.x_labels.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["2", "4", "6", "8", "10", "12"]);
    assert_eq!(narrow.x_title.as_ref().unwrap().text, "Week");
    // ... and on a wide screen every week has "Wk 3" under it.
    let wide = minutes_chart(&weeks, today_of(&weeks), &EN, 900.0);
    assert_eq!(wide.x_labels.len(), 12);
    assert_eq!(wide.x_labels[2].text, "Wk 3");
    assert!(wide.x_title.is_none());
}

/// Plan 1's twelve weeks, then plan 2's first `second` weeks, `gap` weeks later.
fn two_plans(second: usize, gap: usize) -> Vec<WeekSummary> {
    let mut weeks: Vec<_> = (0..12)
        .map(|n| plan_week(n, 0, n as u8 + 1, 30 + n as u32, Some(40)))
        .collect();
    for k in 0..second {
        let mut w = plan_week(12 + k, 1, k as u8 + 1, 20, Some(30));
        w.first_day = w.first_day + Days::new(7 * gap as u64);
        weeks.push(w);
    }
    weeks
}

#[test]
fn a_new_plan_is_marked_where_it_began() {
    for gap in [0, 5] {
        let weeks = two_plans(4, gap);
        let view = chart(&weeks);
        assert_eq!(view.bars.len(), 12);
        // Plan 1's weeks 5-12, then plan 2's weeks 1-4, numbered within each plan.
        assert_eq!(view.bars[0].tooltip, "Plan 1, wk 5: 34 of 40 minutes");
        assert_eq!(view.bars[8].tooltip, "Plan 2, wk 1: 20 of 30 minutes");
        let marker = &view.markers[..];
        assert_eq!(marker.len(), 1);
        let (_, slot) = week_slot(&view.plot, 0, 12);
        assert_eq!(marker[0].x, round1(view.plot.left + 8.0 * slot));
        assert!(view.bars[7].x + view.bars[7].width < marker[0].x);
        assert!(marker[0].x < view.bars[8].x);
        assert_eq!(marker[0].label.text, "Plan 2");
        assert!(marker[0].label.y < view.plot.top);
        assert_eq!(marker[0].bottom, view.plot.bottom);
        let begun = if gap == 0 {
            "Mon, Mar 30"
        } else {
            "Mon, May 4"
        };
        assert_eq!(
            view.summary,
            format!(
                "Week 4 of plan 2 so far: 20 of 30 minutes. Your best week so far was week \
                     12 of plan 1 with 41 minutes. Showing your last 12 weeks. A line marks \
                     where plan 2 began, on {begun}."
            )
        );
        assert_eq!(
            view.table.headers,
            ["Week", "Plan", "Minutes done", "Plan's target"]
        );
        assert_eq!(view.table.rows[0].header, "Wk\u{a0}5");
        assert_eq!(view.table.rows[0].cells[0].text, "1");
        assert_eq!(view.table.rows[11].header, "Wk\u{a0}4 (so far)");
        assert_eq!(view.table.rows[11].cells[0].text, "2");
        assert_in_box(&view);
        let svg = view.svg("t", "s");
        assert!(svg.contains("<g class=\"chart-plan\"><line class=\"chart-plan-line\""));
        assert!(svg.contains(">Plan 2</text></g>"));
    }
}

#[test]
fn a_plan_just_begun_keeps_its_label_in_the_picture() {
    let weeks = two_plans(1, 2);
    for width in [240.0, 320.0, 900.0] {
        let view = minutes_chart(&weeks, today_of(&weeks), &EN, width);
        let marker = &view.markers[0];
        let (left, right) = marker.label.span();
        assert!(left >= 0.0 && right <= width, "{left}..{right} in {width}");
        assert!(left <= marker.x && marker.x <= right);
        assert_in_box(&view);
    }
}

#[test]
fn one_plan_names_no_plan() {
    let weeks: Vec<_> = (0..12).map(|n| week(n, 10, Some(20))).collect();
    let view = chart(&weeks);
    assert!(view.markers.is_empty());
    assert_eq!(view.plot.top, TOP_PAD);
    assert!(!view.summary.contains("plan"), "{}", view.summary);
    assert!(!view.table.headers.contains(&"Plan".to_string()));
}

#[test]
fn only_a_later_plans_weeks_are_marked_at_the_left() {
    let weeks: Vec<_> = two_plans(12, 3).split_off(12);
    let view = chart(&weeks);
    assert_eq!(view.markers.len(), 1);
    assert_eq!(view.markers[0].x, view.plot.left);
    assert!(view.markers[0].label.span().0 >= 0.0);
    assert_eq!(view.bars[0].tooltip, "Plan 2, wk 1: 20 of 30 minutes");
    assert_in_box(&view);
}

#[test]
fn a_finished_week_is_not_so_far() {
    let weeks = vec![week(0, 30, Some(30)), week(1, 40, Some(45))];
    let later = weeks[1].first_day + Days::new(20);
    let view = minutes_chart(&weeks, later, &EN, 320.0);
    assert!(!view.bars[1].current);
    assert_eq!(view.table.rows[1].header, "Wk\u{a0}2");
    assert!(
        view.summary.starts_with("Week 2: 40 of 45 minutes."),
        "{}",
        view.summary
    );
}

#[test]
fn spanish_words_come_from_the_catalogue() {
    let weeks = two_plans(2, 0);
    let view = minutes_chart(&weeks, today_of(&weeks), &ES, 900.0);
    assert_eq!(view.x_labels[11].text, "Sem 2");
    assert_eq!(view.bars[11].tooltip, "Plan 2, sem 2: 20 de 30 minutos");
    assert_eq!(view.table.rows[11].header, "Sem\u{a0}2 (en curso)");
    assert_eq!(view.table.headers[2], "Minutos que hiciste");
    assert!(
        view.summary
            .starts_with("Semana 2 del plan 2, hasta ahora: 20 de 30 minutos."),
        "{}",
        view.summary
    );
    assert!(
        view.summary.ends_with("empezó el plan 2, el lun 30 mar."),
        "{}",
        view.summary
    );
    assert!(view.legend().contains("La meta de tu plan"));
}

#[test]
fn huge_totals_stay_finite() {
    let view = chart(&[week(0, u32::MAX, Some(u32::MAX)), week(1, 1, Some(1))]);
    assert_in_box(&view);
    assert!(view.bars[1].height >= 0.0);
}
