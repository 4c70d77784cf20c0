use chrono::NaiveDate;

use super::numbers::power_of_ten_at_most;
use super::*;
use crate::core::plan::PlanStart;
use crate::core::stats::WeekSummary;

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
    let css = include_str!("../../../styles/momentum.css");
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
