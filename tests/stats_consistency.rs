//! The consistency score follows Loop Habit Tracker (iSoron/uhabits), counting days: it grows
//! with every day the visitor moves and fades slowly on days the plan asked for and nothing
//! happened.
//!
//! Where Loop's semantics and ours are the same, its published test values are checked to six
//! places (`ScoreTest.kt`, `ScoreListTest.kt` in `uhabits-core`): the daily multiplier, a daily
//! habit's series with and without skips (our "Not today" holds the score as Loop's skip does),
//! and the limits a kept, half-kept, irregular or skip-filled plan converges to. Loop's exact
//! series for a non-daily habit are not checked: Loop divides by the full doubled frequency
//! from its first day, where we count the planned days so far, so the first two weeks differ;
//! and frequencies such as 1 in 2 days or 1 in 30 have no weekly plan to match.

mod common;

use chrono::{Days, NaiveDate, Weekday};
use common::{choices, date, done, skipped};
use momentum::core::activity::Activity;
use momentum::core::consistency::{
    history_scores, multiplier, plan_days, score_series, PlanDay, WINDOW_DAYS,
};
use momentum::core::log::{Log, LogEntry};
use momentum::core::record::Record;

/// Loop's tolerance in its tests.
const E: f64 = 1e-6;

fn start() -> NaiveDate {
    date(2025, 1, 6) // a Monday
}

fn day(n: u64) -> NaiveDate {
    start() + Days::new(n)
}

/// A plan that asks for every day.
fn daily(days: usize) -> Vec<PlanDay> {
    vec![
        PlanDay {
            planned: true,
            days_this_week: 7,
        };
        days
    ]
}

/// A plan that asks for the days at `offsets` (0 is Monday) of every week.
fn weekly(days: usize, offsets: &[u64]) -> Vec<PlanDay> {
    (0..days as u64)
        .map(|d| PlanDay {
            planned: offsets.contains(&(d % 7)),
            days_this_week: offsets.len() as u8,
        })
        .collect()
}

fn walked_on(days: impl IntoIterator<Item = u64>) -> Vec<LogEntry> {
    days.into_iter()
        .map(|n| done(day(n), Activity::Walking, 10))
        .collect()
}

fn log(entries: impl IntoIterator<Item = LogEntry>) -> Log {
    entries.into_iter().collect()
}

fn scores(plan: &[PlanDay], entries: &[LogEntry]) -> Vec<f64> {
    score_series(plan, start(), &log(entries.iter().cloned()))
        .iter()
        .map(|d| d.score)
        .collect()
}

/// The score on the last of `days` days of a daily plan.
fn daily_score_after(days: usize, entries: &[LogEntry]) -> f64 {
    *scores(&daily(days), entries).last().unwrap()
}

fn assert_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (i, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert!((a - e).abs() < E, "day {i}: {a} vs Loop's {e}\n{actual:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Loop's published values.

#[test]
fn the_daily_multiplier_is_loops() {
    // ScoreTest.test_compute_withDailyHabit: compute(1.0, previous, check).
    let m = multiplier(7);
    let compute = |previous: f64, check: f64| previous * m + check * (1.0 - m);
    for (previous, check, expected) in [
        (0.0, 1.0, 0.051922),
        (0.5, 1.0, 0.525961),
        (0.75, 1.0, 0.762981),
        (0.0, 0.0, 0.0),
        (0.5, 0.0, 0.474039),
        (0.75, 0.0, 0.711058),
    ] {
        assert!((compute(previous, check) - expected).abs() < E);
    }
    // Seven days a week is Loop's daily frequency, whatever the count says beyond it.
    assert_eq!(multiplier(7), multiplier(9));
}

#[test]
fn twenty_days_of_a_daily_plan_give_loops_series() {
    // YesNoScoreListTest.test_getValue: checked on the last 20 of 23 days, newest first.
    let expected = [
        0.655747, 0.636894, 0.617008, 0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617,
        0.443734, 0.413270, 0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820,
        0.101149, 0.051922, 0.000000, 0.000000, 0.000000,
    ];
    let mut series = scores(&daily(23), &walked_on(3..23));
    series.reverse();
    assert_close(&series, &expected);
}

#[test]
fn not_today_on_a_daily_plan_holds_the_score_as_loops_skip_does() {
    // YesNoScoreListTest.test_getValueWithSkip: the same 20 days with 5, 10 and 11 days ago
    // skipped instead.
    let expected = [
        0.596033, 0.573910, 0.550574, 0.525961, 0.500000, 0.472617, 0.472617, 0.443734, 0.413270,
        0.381137, 0.347244, 0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.147820,
        0.101149, 0.051922, 0.000000, 0.000000, 0.000000,
    ];
    let skips = [22 - 5, 22 - 10, 22 - 11];
    let mut entries = walked_on((3..23).filter(|d| !skips.contains(d)));
    entries.extend(skips.map(|d| skipped(day(d), Activity::Walking)));
    let mut series = scores(&daily(23), &entries);
    series.reverse();
    assert_close(&series, &expected);

    // test_getValueWithSkip2: one day done, the next skipped, then nothing.
    let expected = [
        0.041949, 0.044247, 0.046670, 0.049226, 0.051922, 0.051922, 0.0,
    ];
    let entries = [
        done(day(1), Activity::Walking, 10),
        skipped(day(2), Activity::Walking),
    ];
    let mut series = scores(&daily(7), &entries);
    series.reverse();
    assert_close(&series, &expected);
}

#[test]
fn adding_a_day_then_taking_it_back_gives_loops_values() {
    // test_addThenRemove and test_recompute: one day done is 0.051922, two are 0.101149, and a
    // tick taken back is as if it never was.
    let mut record_log = log([done(day(0), Activity::Walking, 10)]);
    let today = |log: &Log, days| *score_series(&daily(days), start(), log).last().unwrap();
    assert!((today(&record_log, 1).score - 0.051922).abs() < E);
    record_log.upsert(done(day(1), Activity::Walking, 10));
    assert!((today(&record_log, 2).score - 0.101149).abs() < E);
    record_log.remove((day(1), Activity::Walking));
    record_log.remove((day(0), Activity::Walking));
    assert_eq!(today(&record_log, 2).score, 0.0);
}

#[test]
fn a_plan_kept_with_not_today_on_the_other_days_converges_to_full() {
    // test_perfectDailyWithSkips and test_perfectNonDailyWithSkips: done or skipped every day
    // for 500 days converges to 100%, daily or six days a week.
    let days = 500u64;
    let kept_or_skipped: Vec<LogEntry> = (0..days)
        .map(|d| {
            if d % 7 >= 5 {
                skipped(day(d), Activity::Walking)
            } else {
                done(day(d), Activity::Walking, 10)
            }
        })
        .collect();
    let daily_plan = *scores(&daily(days as usize), &kept_or_skipped)
        .last()
        .unwrap();
    assert!((daily_plan - 1.0).abs() < E, "{daily_plan}");
    let six_days = weekly(days as usize, &[0, 1, 2, 3, 4, 5]);
    let six = *scores(&six_days, &kept_or_skipped).last().unwrap();
    assert!((six - 1.0).abs() < E, "{six}");
}

#[test]
fn a_plan_kept_two_days_short_converges_to_the_share_kept() {
    // test_imperfectNonDaily: two days done of three planned a week converges to 2/3; of four
    // planned, to 1/2.
    let days = 700usize;
    let twice_a_week = walked_on((0..days as u64).filter(|d| d % 7 < 2));
    let three = *scores(&weekly(days, &[0, 2, 4]), &twice_a_week)
        .last()
        .unwrap();
    assert!((three - 2.0 / 3.0).abs() < E, "{three}");
    let four = *scores(&weekly(days, &[0, 1, 2, 4]), &twice_a_week)
        .last()
        .unwrap();
    assert!((four - 0.5).abs() < E, "{four}");
}

#[test]
fn a_once_a_week_plan_kept_on_different_days_converges_to_full() {
    // test_irregularNonDaily: once a week, on the first day one week and the last the next.
    let days = 1400u64;
    let moved = walked_on((0..days).filter(|d| d % 14 == 0 || d % 14 == 13));
    let score = *scores(&weekly(days as usize, &[3]), &moved).last().unwrap();
    assert!((score - 1.0).abs() < 1e-3, "{score}");
}

#[test]
fn high_scores_come_in_reasonable_time() {
    // shouldAchieveHighScoreInReasonableTime: a daily plan passes 99% in 90 days; a weekly
    // one, done every week for 39 weeks (267 days), passes it too.
    assert!(daily_score_after(90, &walked_on(0..90)) > 0.99);
    let weekly_plan = weekly(7 * 38 + 1, &[0]);
    let every_week = walked_on((0..39).map(|w| 7 * w));
    assert!(*scores(&weekly_plan, &every_week).last().unwrap() > 0.99);
}

// ---------------------------------------------------------------------------------------------
// The score's own rules, re-derived for counting days.

#[test]
fn perfect_daily_adherence_reaches_80_96_99_percent() {
    // 1 − 0.5^(n/13): 0.798, 0.959 and 0.992.
    let every_day = walked_on(0..90);
    let after = |days| daily_score_after(days, &every_day);
    assert!((after(30) - 0.80).abs() < 0.01, "30 days: {}", after(30));
    assert!((after(60) - 0.96).abs() < 0.01, "60 days: {}", after(60));
    assert!((after(90) - 0.99).abs() < 0.01, "90 days: {}", after(90));
    for n in [30, 60, 90] {
        let exact = 1.0 - 0.5_f64.powf(n as f64 / 13.0);
        assert!((after(n) - exact).abs() < 1e-12);
    }
}

#[test]
fn a_missed_day_costs_a_little_and_never_zeroes_the_score() {
    let full = daily_score_after(30, &walked_on(0..30));
    let missed = daily_score_after(30, &walked_on(0..29));
    assert!(missed < full);
    assert!(
        missed > full * 0.9,
        "one miss should cost little: {missed} vs {full}"
    );
}

#[test]
fn a_long_break_halves_a_daily_score_every_13_days() {
    let first_month = walked_on(0..30);
    let at_break = daily_score_after(30, &first_month);
    let after_break = daily_score_after(30 + 13, &first_month);
    assert!((after_break / at_break - 0.5).abs() < 1e-9);
    let after_a_year = daily_score_after(30 + 365, &first_month);
    assert!(after_a_year > 0.0);
}

#[test]
fn not_today_holds_the_score_where_silence_fades_it() {
    let mut entries = walked_on(0..20);
    entries.push(skipped(day(20), Activity::Walking));
    let before = daily_score_after(20, &entries);
    let after_skip = daily_score_after(21, &entries);
    assert_eq!(before, after_skip);
    let silent = daily_score_after(21, &walked_on(0..20));
    assert!(
        silent < after_skip,
        "an unlogged day fades, a skipped one holds"
    );

    // Three days a week, Wednesday answered "Not today" every week: Monday and Friday keep
    // the plan in full, exactly as if Wednesday had been walked.
    let plan = weekly(84, &[0, 2, 4]);
    let mondays_and_fridays = (0..12).flat_map(|w| [7 * w, 7 * w + 4]);
    let mut said = walked_on(mondays_and_fridays.clone());
    said.extend((0..12).map(|w| skipped(day(7 * w + 2), Activity::Walking)));
    let kept = walked_on((0..12).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4]));
    assert_eq!(scores(&plan, &said), scores(&plan, &kept));
    let quiet = walked_on(mondays_and_fridays);
    assert!(scores(&plan, &quiet).last() < scores(&plan, &said).last());
}

#[test]
fn a_weekly_plan_kept_on_varying_days_counts_as_fully_kept() {
    // Three days a week, on different weekdays each week, for twelve weeks.
    let plan = weekly(84, &[0, 2, 4]);
    let shifting = walked_on((0..12).flat_map(|week| {
        let shift = week % 3;
        [shift, 2 + shift, 4 + shift].map(|d| week * 7 + d)
    }));
    let series = scores(&plan, &shifting);
    // Kept on the planned days, every day scores full marks: 1 − m^n on day n (m the three-day
    // multiplier), 0.947 after twelve weeks.
    let kept = scores(
        &plan,
        &walked_on((0..12).flat_map(|w| [7 * w, 7 * w + 2, 7 * w + 4])),
    );
    assert!((kept[83] - 0.947).abs() < 0.001, "{}", kept[83]);
    // Shifted, no two-week window is ever more than one day short of its six planned days, so
    // every day scores at least 5/6 of the kept plan's score, and twelve weeks end near it.
    for (day, (s, k)) in series.iter().zip(&kept).enumerate() {
        assert!(
            *s >= 5.0 / 6.0 * k - 1e-12 && *s <= k + 1e-12,
            "day {day}: {s} vs {k}"
        );
    }
    let last = series[83];
    assert!(last > 0.85, "twelve kept weeks: {last}");
    // Shifting days leaves some windows a day short for a day or two; that costs almost nothing.
    let largest_daily_drop = series.windows(2).map(|w| w[0] - w[1]).fold(0.0, f64::max);
    assert!(
        largest_daily_drop < 0.01,
        "largest drop {largest_daily_drop}"
    );
}

#[test]
fn a_weekly_score_grows_slower_than_a_daily_one() {
    let daily_30 = daily_score_after(30, &walked_on(0..30));
    let plan = weekly(30, &[0, 1, 2]);
    let weekly_30 = *scores(&plan, &walked_on((0..30).filter(|d| d % 7 < 3)))
        .last()
        .unwrap();
    assert!(weekly_30 < daily_30);
    assert!((weekly_30 - (1.0 - multiplier(3).powi(30))).abs() < 1e-12);
    assert!(weekly_30 > 0.3);
}

#[test]
fn a_day_counts_once_whatever_it_held() {
    // Two activities planned a day: one of them keeps the day (it is days that count, not
    // sessions), and a second on the same day adds nothing.
    let one_a_day = walked_on(0..30);
    let both: Vec<LogEntry> = one_a_day
        .iter()
        .cloned()
        .chain((0..30).map(|n| done(day(n), Activity::Yoga, 10)))
        .collect();
    assert_eq!(
        daily_score_after(30, &one_a_day),
        daily_score_after(30, &both)
    );
    // Something unplanned counts like a planned session.
    let danced: Vec<LogEntry> = (0..30).map(|n| done(day(n), Activity::Other, 20)).collect();
    assert_eq!(
        daily_score_after(30, &one_a_day),
        daily_score_after(30, &danced)
    );
}

#[test]
fn the_series_has_one_point_per_day_and_ignores_entries_outside_it() {
    let mut entries = walked_on(0..10);
    entries.push(done(start() - Days::new(1), Activity::Yoga, 10));
    entries.push(done(day(40), Activity::Yoga, 10));
    let series = score_series(&daily(10), start(), &log(entries.iter().cloned()));
    assert_eq!(series.len(), 10);
    assert_eq!(series[0].date, start());
    assert_eq!(series[9].date, day(9));
    assert_eq!(
        series.last().unwrap().score,
        daily_score_after(10, &walked_on(0..10))
    );
    assert!(score_series(&[], start(), &log(entries)).is_empty());
}

#[test]
fn nothing_asked_and_nothing_done_scores_zero_and_moving_anyway_counts() {
    let nothing_planned = vec![PlanDay::default(); 30];
    assert!(scores(&nothing_planned, &[]).iter().all(|s| *s == 0.0));
    // Outside any plan week (between plans, say), moving anyway still raises the score.
    let moved = scores(&nothing_planned, &walked_on([3, 10]));
    assert_eq!(moved[2], 0.0);
    assert!(moved[3] > 0.0 && moved[10] > moved[9]);
    assert!(moved.windows(2).all(|w| w[1] >= w[0]), "and never fades");
}

#[test]
fn the_window_is_two_weeks_for_a_plan_of_fewer_than_seven_days() {
    assert_eq!(WINDOW_DAYS, 14);
    // Two walks in one week of a three-day plan, then nothing: the window still holds them for
    // two weeks, so the score fades only slowly at first.
    let plan = weekly(28, &[0, 2, 4]);
    let series = scores(&plan, &walked_on([0, 2]));
    assert!(series[13] > series[2] * 0.5, "{series:?}");
    // Once both have left the window, each planned-for day only fades it.
    assert!(series[27] < series[15]);
}

// ---------------------------------------------------------------------------------------------
// The same score through the plan engine: a record's schedule decides which days are asked.

#[test]
fn a_record_kept_for_twelve_weeks_scores_exactly_the_kept_plan() {
    let c = choices(
        &[Activity::Walking],
        10,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
    );
    let mut record = Record::default();
    record.start_first_plan(c, start(), start()).unwrap();
    for week in 0..12 {
        let today = day(7 * week);
        record.catch_up(today);
        for s in record.schedule(today).weeks[week as usize]
            .week
            .sessions
            .clone()
        {
            record.log_session(done(s.date, s.activity, s.minutes));
        }
    }
    let today = day(83);
    let schedule = record.schedule(today);
    let days = plan_days(&schedule, start(), today);
    assert_eq!(days.len(), 84);
    assert_eq!(days.iter().filter(|d| d.planned).count(), 36);
    assert!(days.iter().all(|d| d.days_this_week == 3));
    let series = history_scores(&schedule, &record.log, today);
    assert_eq!(series.first().unwrap().date, start());
    let last = series.last().unwrap().score;
    assert!(
        (last - (1.0 - multiplier(3).powi(84))).abs() < 1e-12,
        "{last}"
    );
    // Before the plan, nothing to score.
    assert!(history_scores(&schedule, &record.log, start() - Days::new(1)).is_empty());
}
