//! The consistency score follows Loop Habit Tracker: it grows with sessions and fades slowly.

mod common;

use chrono::{Days, NaiveDate};
use common::{date, done, skipped};
use momentum::core::activity::Activity;
use momentum::core::consistency::{consistency_score, score_series, Frequency};
use momentum::core::log::LogEntry;

fn start() -> NaiveDate {
    date(2025, 1, 6) // a Monday
}

fn day(n: u64) -> NaiveDate {
    start() + Days::new(n)
}

fn walked_on(days: impl IntoIterator<Item = u64>) -> Vec<LogEntry> {
    days.into_iter()
        .map(|n| done(day(n), Activity::Walking, 10))
        .collect()
}

fn daily_score_after(days: u64, entries: &[LogEntry]) -> f64 {
    consistency_score(entries, Frequency::DAILY, start(), day(days - 1))
}

#[test]
fn perfect_daily_adherence_reaches_80_96_99_percent() {
    let every_day = walked_on(0..90);
    let after = |days| daily_score_after(days, &every_day);
    assert!((after(30) - 0.80).abs() < 0.01, "30 days: {}", after(30));
    assert!((after(60) - 0.96).abs() < 0.01, "60 days: {}", after(60));
    assert!((after(90) - 0.99).abs() < 0.01, "90 days: {}", after(90));
}

#[test]
fn a_missed_day_costs_a_little_and_never_zeroes_the_score() {
    let every_day = walked_on(0..30);
    let missed_last = walked_on(0..29);
    let full = daily_score_after(30, &every_day);
    let missed = daily_score_after(30, &missed_last);
    assert!(missed < full);
    assert!(
        missed > full * 0.9,
        "one miss should cost little: {missed} vs {full}"
    );
}

#[test]
fn a_long_break_fades_the_score_by_half_every_13_days() {
    let first_month = walked_on(0..30);
    let at_break = daily_score_after(30, &first_month);
    let after_break = daily_score_after(30 + 13, &first_month);
    assert!((after_break / at_break - 0.5).abs() < 1e-9);
    let after_a_year = daily_score_after(30 + 365, &first_month);
    assert!(after_a_year > 0.0);
}

#[test]
fn a_skipped_day_holds_the_score() {
    let mut entries = walked_on(0..20);
    entries.push(skipped(day(20), Activity::Walking));
    let before = daily_score_after(20, &entries);
    let after_skip = daily_score_after(21, &entries);
    assert_eq!(before, after_skip);
    let silent = daily_score_after(21, &walked_on(0..20));
    assert!(
        silent < after_skip,
        "an unlogged day decays, a skipped one does not"
    );
}

#[test]
fn a_weekly_plan_kept_on_varying_days_counts_as_fully_kept() {
    // Three sessions a week, on different weekdays each week, for twelve weeks.
    let sessions = (0..12).flat_map(|week| {
        let shift = week % 3;
        [shift, 2 + shift, 4 + shift].map(|d| week * 7 + d)
    });
    let entries = walked_on(sessions);
    let weekly = Frequency::per_week(3);
    let series = score_series(&entries, weekly, start(), day(12 * 7 - 1));
    let last = series.last().unwrap().score;
    assert!(last > 0.85, "twelve kept weeks: {last}");
    // Shifting days leaves some two-week windows one session short; that costs almost nothing.
    let largest_daily_drop = series
        .windows(2)
        .map(|w| w[0].score - w[1].score)
        .fold(0.0, f64::max);
    assert!(
        largest_daily_drop < 0.01,
        "largest drop {largest_daily_drop}"
    );
}

#[test]
fn a_weekly_score_grows_slower_than_a_daily_one() {
    let daily = daily_score_after(30, &walked_on(0..30));
    let weekly_sessions = walked_on((0..30).filter(|d| d % 7 < 3));
    let weekly = consistency_score(&weekly_sessions, Frequency::per_week(3), start(), day(29));
    assert!(weekly < daily);
    assert!(weekly > 0.3);
}

#[test]
fn two_planned_activities_a_day_need_both_for_full_credit() {
    let twice = Frequency {
        sessions: 2,
        days: 1,
    };
    let one_a_day = walked_on(0..30);
    let both: Vec<LogEntry> = one_a_day
        .iter()
        .cloned()
        .chain((0..30).map(|n| done(day(n), Activity::Yoga, 10)))
        .collect();
    let half = consistency_score(&one_a_day, twice, start(), day(29));
    let full = consistency_score(&both, twice, start(), day(29));
    assert!(half < full);
    assert!(half <= 0.5 + 1e-9);
}

#[test]
fn the_series_has_one_point_per_day_and_ignores_entries_outside_it() {
    let mut entries = walked_on(0..10);
    entries.push(done(start() - Days::new(1), Activity::Yoga, 10));
    entries.push(done(day(40), Activity::Yoga, 10));
    let series = score_series(&entries, Frequency::DAILY, start(), day(9));
    assert_eq!(series.len(), 10);
    assert_eq!(series[0].date, start());
    assert_eq!(series[9].date, day(9));
    assert_eq!(
        series.last().unwrap().score,
        daily_score_after(10, &walked_on(0..10))
    );
    assert!(score_series(&entries, Frequency::DAILY, day(5), day(4)).is_empty());
    assert_eq!(
        consistency_score(&entries, Frequency::DAILY, day(5), day(4)),
        0.0
    );
}

#[test]
fn nothing_planned_scores_zero() {
    let entries = walked_on(0..10);
    for nothing in [
        Frequency::per_week(0),
        Frequency {
            sessions: 3,
            days: 0,
        },
    ] {
        assert_eq!(consistency_score(&entries, nothing, start(), day(9)), 0.0);
    }
}
