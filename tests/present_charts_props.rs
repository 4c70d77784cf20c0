//! Property tests for the Progress charts: whatever the data, building a chart never panics,
//! every coordinate it draws is a finite number inside its viewBox, and its SVG markup is
//! well-formed and draws one element per data point; the same for the charts of any history a
//! visitor can live through, over one plan or two.

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::consistency::{history_scores, DailyScore};
use momentum::core::log::{LogEntry, Outcome};
use momentum::core::plan::PlanStart;
use momentum::core::record::Record;
use momentum::core::stats::{weekly_summaries, WeekSummary};
use momentum::present::charts::section::{section, Frame, CALENDAR, CONSISTENCY, MINUTES, MOOD};
use momentum::present::charts::{
    activity_calendar, consistency_chart, day_counts, minutes_chart, mood_chart, Chart, DayState,
    ViewBox, MAX_CALENDAR_WEEKS, MAX_CHART_WEEKS,
};
use momentum::present::text::EN;
use proptest::prelude::*;

/// The narrowest and widest boxes a chart is drawn for, and one between.
fn any_width() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(280.0), 200.0..1400.0, Just(f64::NAN)]
}

fn date(offset: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Days::new(offset)
}

/// Any f64 a buggy caller could pass, including NaN, infinities and out-of-range values.
fn wild_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0..=6.0,
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
    ]
}

fn week_summaries() -> impl Strategy<Value = Vec<WeekSummary>> {
    prop::collection::vec(
        (
            prop_oneof![3 => 0u32..=1_000, 1 => any::<u32>()],
            prop::option::of(prop_oneof![3 => 0u32..=1_000, 1 => any::<u32>()]),
            prop::option::of(wild_f64()),
            prop::option::of(wild_f64()),
        ),
        0..30,
    )
    .prop_map(|weeks| {
        weeks
            .into_iter()
            .enumerate()
            .map(|(week, (minutes, target, before, after))| WeekSummary {
                week,
                plan: week / 12,
                number: (week % 12) as u8 + 1,
                first_day: date(7 * week as u64),
                minutes_done: minutes,
                target_minutes: target,
                sessions_done: 0,
                sessions_skipped: 0,
                mood_before: before,
                mood_after: after,
            })
            .collect()
    })
}

fn assert_inside(view_box: ViewBox, coordinates: &[(f64, f64)]) -> Result<(), TestCaseError> {
    prop_assert!(view_box.width > 0.0 && view_box.height > 0.0);
    for &(x, y) in coordinates {
        prop_assert!(
            view_box.contains(x, y),
            "({}, {}) outside {:?}",
            x,
            y,
            view_box
        );
    }
    Ok(())
}

/// Reads SVG markup as the browser will and returns `(tag, class)` for every element, failing
/// on anything unbalanced, unquoted or unescaped. Deliberately strict: the writer only ever
/// emits `<tag attr="value">`, `/>` and `</tag>`, so anything else is a bug.
fn elements(markup: &str) -> Result<Vec<(String, String)>, String> {
    let mut found = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = markup;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        if text.contains('>') || text.contains('"') {
            return Err(format!("unescaped text {text:?}"));
        }
        let end = rest[start..].find('>').ok_or("unclosed tag")? + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if open.pop().as_deref() != Some(name) {
                return Err(format!("</{name}> closes nothing open"));
            }
            continue;
        }
        let (tag, empty) = match tag.strip_suffix('/') {
            Some(tag) => (tag, true),
            None => (tag, false),
        };
        let (name, mut attrs) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut class = String::new();
        while !attrs.is_empty() {
            let (key, value) = attrs
                .split_once("=\"")
                .ok_or_else(|| format!("unquoted attribute in <{tag}>"))?;
            let (value, after) = value.split_once('"').ok_or("unterminated value")?;
            if value.contains('<') || value.contains('>') {
                return Err(format!("unescaped value {value:?}"));
            }
            if key == "class" {
                class = value.to_owned();
            }
            attrs = after.strip_prefix(' ').unwrap_or(after);
        }
        found.push((name.to_owned(), class));
        if !empty {
            open.push(name.to_owned());
        }
    }
    if !open.is_empty() || !rest.is_empty() {
        return Err(format!("left open: {open:?}, trailing {rest:?}"));
    }
    Ok(found)
}

/// Checks `markup` is one well-formed SVG image without a non-number, and returns how many
/// elements have tag `tag` and class `class`.
fn drawn(markup: &str, tag: &str, class: &str) -> Result<usize, TestCaseError> {
    let found = elements(markup).map_err(TestCaseError::fail)?;
    prop_assert_eq!(found[0].0.as_str(), "svg");
    prop_assert!(
        !markup.contains("NaN") && !markup.contains("inf"),
        "{}",
        markup
    );
    Ok(found.iter().filter(|(t, c)| t == tag && c == class).count())
}

/// Checks a chart's whole section: well-formed, and every id its image is named or described by
/// is an element of the section (empty charts have no image and so nothing to check).
fn framed(frame: &Frame, view: &dyn Chart) -> Result<(), TestCaseError> {
    let markup = section(frame, view);
    let markup = markup.as_str();
    elements(markup).map_err(TestCaseError::fail)?;
    for attribute in ["aria-labelledby=\"", "aria-describedby=\""] {
        for refs in markup.split(attribute).skip(1) {
            for id in refs.split('"').next().unwrap_or_default().split(' ') {
                prop_assert!(markup.contains(&format!(" id=\"{id}\"")), "{} missing", id);
            }
        }
    }
    Ok(())
}

#[test]
fn the_markup_checker_rejects_broken_markup() {
    assert!(elements("<svg><g></svg>").is_err());
    assert!(elements("<svg a=b></svg>").is_err());
    assert!(elements("<svg><title>a > b</title></svg>").is_err());
    assert!(elements("<svg a=\"<\"/>").is_err());
    assert!(elements("<svg class=\"x\"><g/></svg>").is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn minutes_chart_stays_in_its_box(weeks in week_summaries(), width in any_width()) {
        let today = weeks.last().map_or(date(0), |w| w.first_day);
        let view = minutes_chart(&weeks, today, &EN, width);
        assert_inside(view.view_box, &view.coordinates())?;
        framed(&MINUTES, &view)?;
        prop_assert_eq!(view.bars.len(), weeks.len().min(MAX_CHART_WEEKS));
        prop_assert_eq!(view.table.rows.len(), view.bars.len());
        for bar in &view.bars {
            prop_assert!(bar.width > 0.0 && bar.height >= 0.0);
            prop_assert!(bar.y + bar.height <= view.plot.bottom + 0.1);
        }
        prop_assert!(!view.summary.is_empty());
        if !view.is_empty() {
            let svg = view.svg("title", "summary");
            prop_assert_eq!(drawn(&svg, "rect", "chart-bar")? + drawn(&svg, "rect", "chart-bar is-current")?, view.bars.len());
            let targets = view.bars.iter().filter(|b| b.target.is_some()).count();
            prop_assert_eq!(drawn(&svg, "line", "chart-target")?, targets);
            let legend = elements(&view.legend()).map_err(TestCaseError::fail)?;
            prop_assert_eq!(legend.iter().filter(|(tag, _)| tag == "li").count(), 2);
        }
    }

    #[test]
    fn mood_chart_stays_in_its_box(weeks in week_summaries(), width in any_width()) {
        let view = mood_chart(&weeks, &EN, width);
        assert_inside(view.view_box, &view.coordinates())?;
        framed(&MOOD, &view)?;
        prop_assert!(view.before.points.len() <= MAX_CHART_WEEKS);
        prop_assert!(view.after.points.len() <= MAX_CHART_WEEKS);
        prop_assert!(!view.summary.contains("NaN") && !view.summary.contains("inf"));
        if !view.is_empty() {
            let svg = view.svg("title", "summary");
            prop_assert_eq!(drawn(&svg, "circle", "mood-marker mood-before")?, view.before.points.len());
            prop_assert_eq!(drawn(&svg, "rect", "mood-marker mood-after")?, view.after.points.len());
            prop_assert_eq!(drawn(&svg, "polyline", "mood-line mood-after")?, view.after.segments.len());
        }
    }

    #[test]
    fn consistency_chart_stays_in_its_box(
        scores in prop::collection::vec((0u64..400, wild_f64()), 0..120),
        width in any_width(),
    ) {
        let scores: Vec<DailyScore> = scores
            .into_iter()
            .map(|(offset, score)| DailyScore { date: date(offset), score })
            .collect();
        let plans = scores.iter().map(|s| s.date).min().map(|start| vec![PlanStart { start }]).unwrap_or_default();
        let view = consistency_chart(&scores, &plans, &EN, width);
        assert_inside(view.view_box, &view.coordinates())?;
        framed(&CONSISTENCY, &view)?;
        prop_assert_eq!(view.is_empty(), scores.is_empty());
        prop_assert!(!view.summary.contains("NaN"));
        if !view.is_empty() {
            let svg = view.svg("title", "summary note");
            prop_assert_eq!(drawn(&svg, "polyline", "chart-line")?, 1);
            prop_assert_eq!(drawn(&svg, "circle", "chart-dot")?, usize::from(view.today.is_some()));
        }
    }

    #[test]
    fn calendar_stays_in_its_box(
        days in prop::collection::vec((0u64..36_000, any::<u32>(), any::<u32>()), 0..60),
        start in 0u64..36_000,
        today in 0u64..36_000,
        week_start in prop::sample::select(vec![
            Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu,
            Weekday::Fri, Weekday::Sat, Weekday::Sun,
        ]),
    ) {
        let days: Vec<_> = days.into_iter().map(|(d, done, skipped)| (date(d), done, skipped)).collect();
        let (start, today) = (date(start), date(today));
        let view = activity_calendar(&days, &[PlanStart { start }], today, week_start, &EN, 720.0);
        assert_inside(view.view_box, &view.coordinates())?;
        framed(&CALENDAR, &view)?;
        prop_assert_eq!(view.cells.len() % 7, 0);
        prop_assert!(view.cells.len() / 7 <= MAX_CALENDAR_WEEKS);
        prop_assert_eq!(view.cells.iter().filter(|c| c.today).count(), 1);
        prop_assert_eq!(view.cells[0].date.weekday(), week_start);
        for cell in &view.cells {
            prop_assert!(!cell.label.is_empty());
            if cell.date > today {
                prop_assert_eq!(cell.state, DayState::Outside);
            }
        }
        let svg = view.svg("title", "summary");
        for state in [DayState::Done, DayState::Skipped, DayState::Nothing, DayState::Outside] {
            let cells = view.cells.iter().filter(|c| c.state == state).count();
            prop_assert_eq!(drawn(&svg, "g", state.class())?, cells);
        }
        let plotted = view.cells.iter().filter(|c| c.state != DayState::Outside).count();
        prop_assert_eq!(drawn(&svg, "rect", "cal-cell")?, plotted);
    }

    #[test]
    fn calendar_near_today_marks_logged_days(
        offsets in prop::collection::vec((0u64..60, 0u32..3, 0u32..3), 0..40),
    ) {
        let start = date(10_000);
        let today = start + Days::new(59);
        let days: Vec<_> = offsets.iter().map(|&(d, done, skipped)| (start + Days::new(d), done, skipped)).collect();
        let view = activity_calendar(&days, &[PlanStart { start }], today, Weekday::Mon, &EN, 720.0);
        for cell in &view.cells {
            let done: u32 = days.iter().filter(|d| d.0 == cell.date).map(|d| d.1).sum();
            prop_assert_eq!(cell.state == DayState::Done, done > 0, "{}", cell.label);
        }
    }
}

/// What a visitor does on one day: nothing, the day's first session (or something else when
/// nothing is planned) with these minutes and mood after, or "Not today".
#[derive(Clone, Debug)]
enum Day {
    Nothing,
    Moved { minutes: u16, mood: Option<u8> },
    NotToday,
}

fn any_day() -> impl Strategy<Value = Day> {
    prop_oneof![
        2 => Just(Day::Nothing),
        3 => (1u16..90, prop::option::of(1u8..=5)).prop_map(|(minutes, mood)| Day::Moved { minutes, mood }),
        1 => Just(Day::NotToday),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn the_charts_of_any_lived_history_stay_in_their_boxes(
        choices in common::valid_choices(),
        days in prop::collection::vec(any_day(), 1..220),
        next_plan in any::<bool>(),
        week_start in common::weekday(),
    ) {
        let start = date(9_500);
        let mut record = Record::default();
        record.start_first_plan(choices, start, start).unwrap();
        let mut today = start;
        for (n, what) in days.iter().enumerate() {
            today = start + Days::new(n as u64);
            record.catch_up(today);
            if next_plan {
                record.start_next_plan(today);
            }
            let schedule = record.schedule(today);
            let key = schedule
                .sessions()
                .find(|s| s.date == today)
                .map_or((today, Activity::Other), |s| s.key());
            match what {
                Day::Nothing => {}
                Day::Moved { minutes, mood } => {
                    let mut entry = LogEntry::new(key.0, key.1, Outcome::Done { minutes: *minutes, effort: None });
                    entry.mood_after = *mood;
                    record.log_session(entry);
                }
                Day::NotToday => {
                    record.log_session(LogEntry::new(key.0, key.1, Outcome::Skipped));
                }
            }
        }
        let schedule = record.schedule(today);
        let weeks = weekly_summaries(&schedule, &record.log, today);
        let scores = history_scores(&schedule, &record.log, today);
        prop_assert_eq!(scores.len(), days.len());

        let minutes = minutes_chart(&weeks, today, &EN, 390.0);
        assert_inside(minutes.view_box, &minutes.coordinates())?;
        framed(&MINUTES, &minutes)?;
        prop_assert_eq!(minutes.bars.len(), weeks.len().min(MAX_CHART_WEEKS));

        let mood = mood_chart(&weeks, &EN, 390.0);
        assert_inside(mood.view_box, &mood.coordinates())?;
        framed(&MOOD, &mood)?;

        let consistency = consistency_chart(&scores, &record.plans, &EN, 390.0);
        assert_inside(consistency.view_box, &consistency.coordinates())?;
        framed(&CONSISTENCY, &consistency)?;
        prop_assert!(!consistency.is_empty());

        let calendar = activity_calendar(&day_counts(record.log.entries()), &record.plans, today, week_start, &EN, 390.0);
        assert_inside(calendar.view_box, &calendar.coordinates())?;
        framed(&CALENDAR, &calendar)?;
        prop_assert_eq!(calendar.cells.iter().filter(|c| c.today).count(), 1);
        let active: usize = record.log.entries().iter().filter(|e| e.is_done()).map(|e| e.date).collect::<std::collections::BTreeSet<_>>().len();
        let drawn_done = calendar.cells.iter().filter(|c| c.state == DayState::Done).count();
        prop_assert!(drawn_done <= active);
    }
}
