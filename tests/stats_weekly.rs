//! Weekly progress against each plan week's own planned total, totals and mood averages.

mod common;

use chrono::{Days, NaiveDate, Weekday};
use common::{choices, date, done, skipped};
use momentum::core::activity::Activity;
use momentum::core::log::LogEntry;
use momentum::core::plan::Choices;
use momentum::core::record::Record;
use momentum::core::stats::{totals, weekly_summaries, Totals, WeekSummary};

fn with_moods(mut entry: LogEntry, before: u8, after: u8) -> LogEntry {
    entry.mood_before = Some(before);
    entry.mood_after = Some(after);
    entry
}

fn walking_mwf() -> Choices {
    choices(
        &[Activity::Walking],
        10,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
    )
}

/// A record whose plan starts on `start`, with `entries` logged, as seen on `today`.
fn summaries(
    c: Choices,
    start: NaiveDate,
    entries: Vec<LogEntry>,
    today: NaiveDate,
) -> (Record, Vec<WeekSummary>) {
    let mut record = Record::default();
    record.start_first_plan(c, start, start).unwrap();
    for entry in entries {
        record.log_session(entry);
    }
    record.catch_up(today);
    let weeks = weekly_summaries(&record.schedule(today), &record.log, today);
    (record, weeks)
}

#[test]
fn minutes_and_sessions_are_grouped_by_plan_week_against_its_planned_total() {
    let start = date(2025, 3, 5); // a Wednesday: plan weeks run Wednesday to Tuesday
    let entries = vec![
        done(start, Activity::Walking, 10),
        done(start, Activity::Yoga, 15), // unplanned, still counted
        skipped(date(2025, 3, 7), Activity::Walking),
        done(date(2025, 3, 11), Activity::Other, 20), // Tuesday: still week 1
        done(date(2025, 3, 12), Activity::Walking, 12), // Wednesday: week 2
        done(date(2025, 3, 26), Activity::Swimming, 30), // week 4
    ];
    let (record, weeks) = summaries(walking_mwf(), start, entries, date(2025, 3, 27));
    assert_eq!(weeks.len(), 4);

    // Week 1 plans Wednesday, Friday and Monday at 10 minutes.
    assert_eq!(record.weeks[0].total_minutes(), 30);
    assert_eq!(weeks[0].week, 0);
    assert_eq!((weeks[0].plan, weeks[0].number), (0, 1));
    assert_eq!(weeks[0].first_day, start);
    assert_eq!(weeks[0].minutes_done, 45);
    assert_eq!(weeks[0].target_minutes, Some(30));
    assert_eq!(weeks[0].sessions_done, 3);
    assert_eq!(weeks[0].sessions_skipped, 1);
    assert_eq!(weeks[0].target_share(), Some(1.0));

    // Week 2 climbs to 13 minutes a session: 39 in all.
    assert_eq!(weeks[1].first_day, date(2025, 3, 12));
    assert_eq!(weeks[1].number, 2);
    assert_eq!(weeks[1].target_minutes, Some(39));
    assert_eq!(weeks[1].minutes_done, 12);
    assert_eq!(weeks[1].target_share(), Some(12.0 / 39.0));

    assert_eq!(weeks[2].minutes_done, 0);
    assert_eq!(weeks[2].sessions_done, 0);
    assert_eq!(weeks[2].target_share(), Some(0.0));

    assert_eq!(weeks[3].minutes_done, 30);
    for (week, stored) in weeks.iter().zip(&record.weeks) {
        assert_eq!(week.target_minutes, Some(u32::from(stored.total_minutes())));
    }
}

#[test]
fn no_weeks_before_the_plan_starts_and_nothing_from_the_future() {
    let start = date(2025, 3, 5);
    let entries = vec![
        done(start - Days::new(1), Activity::Walking, 10),
        done(start + Days::new(3), Activity::Walking, 10),
    ];
    let (_, before) = summaries(walking_mwf(), start, entries.clone(), start - Days::new(1));
    assert!(before.is_empty());
    let (_, weeks) = summaries(walking_mwf(), start, entries, start + Days::new(2));
    assert_eq!(weeks.len(), 1);
    assert_eq!(
        weeks[0].minutes_done, 0,
        "the session before the start and after today"
    );
}

#[test]
fn a_later_plan_numbers_its_own_weeks_and_a_gap_between_plans_has_no_week() {
    let start = date(2025, 3, 3);
    let mut record = Record::default();
    record
        .start_first_plan(walking_mwf(), start, start)
        .unwrap();
    let end = record.plans[0].end();
    // A week's pause after the twelve weeks, with a walk in it, then the next plan.
    let next = end + Days::new(7);
    record.log_session(done(end + Days::new(2), Activity::Walking, 25));
    record.log_session(done(next, Activity::Walking, 15));
    assert!(record.start_next_plan(next));
    let weeks = weekly_summaries(&record.schedule(next), &record.log, next);
    assert_eq!(weeks.len(), 13);
    let last = weeks.last().unwrap();
    assert_eq!((last.week, last.plan, last.number), (12, 1, 1));
    assert_eq!(last.first_day, next);
    assert_eq!(last.minutes_done, 15);
    assert_eq!(weeks.iter().map(|w| w.minutes_done).sum::<u32>(), 15);
    // The walk in the pause counts in the totals all the same.
    assert_eq!(totals(record.log.entries()).minutes_done, 40);
}

#[test]
fn mood_averages_use_only_sessions_with_a_mood() {
    let start = date(2025, 3, 3);
    let entries = vec![
        with_moods(done(start, Activity::Walking, 10), 2, 4),
        with_moods(skipped(date(2025, 3, 4), Activity::Yoga), 1, 1),
        done(date(2025, 3, 5), Activity::Walking, 10),
        with_moods(done(date(2025, 3, 6), Activity::Walking, 10), 3, 4),
    ];
    let (_, weeks) = summaries(walking_mwf(), start, entries, date(2025, 3, 12));
    // A skipped session's moods count too: how the visitor felt is worth keeping either way.
    assert_eq!(weeks[0].mood_before, Some(2.0));
    assert_eq!(weeks[0].mood_after, Some(3.0));
    assert_eq!(weeks[1].mood_before, None);
    assert_eq!(weeks[1].mood_after, None);
}

#[test]
fn totals_count_sessions_minutes_and_active_days() {
    let entries = vec![
        done(date(2025, 3, 3), Activity::Walking, 10),
        done(date(2025, 3, 3), Activity::Yoga, 15),
        skipped(date(2025, 3, 4), Activity::Walking),
        done(date(2025, 3, 9), Activity::Other, 5),
    ];
    assert_eq!(
        totals(&entries),
        Totals {
            sessions_done: 3,
            sessions_skipped: 1,
            minutes_done: 30,
            active_days: 2,
        }
    );
    assert_eq!(totals(&[]), Totals::default());
}
