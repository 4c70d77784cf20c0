//! Weekly progress against the plan's targets, totals and mood averages.

mod common;

use chrono::Days;
use common::{date, done, skipped};
use momentum::core::activity::Activity;
use momentum::core::log::LogEntry;
use momentum::core::stats::{totals, weekly_summaries, Totals};

fn with_moods(mut entry: LogEntry, before: u8, after: u8) -> LogEntry {
    entry.mood_before = Some(before);
    entry.mood_after = Some(after);
    entry
}

#[test]
fn minutes_and_sessions_are_grouped_by_plan_week_against_targets() {
    let start = date(2025, 3, 5); // a Wednesday: plan weeks run Wednesday to Tuesday
    let entries = vec![
        done(start, Activity::Walking, 10),
        done(start, Activity::Yoga, 15),
        skipped(date(2025, 3, 7), Activity::Walking),
        done(date(2025, 3, 11), Activity::Walking, 20), // Tuesday: still week 0
        done(date(2025, 3, 12), Activity::Walking, 12), // Wednesday: week 1
        done(date(2025, 3, 26), Activity::Swimming, 30), // week 3
    ];
    let weeks = weekly_summaries(&entries, start, &[40, 60], date(2025, 3, 27));
    assert_eq!(weeks.len(), 4);

    assert_eq!(weeks[0].week, 0);
    assert_eq!(weeks[0].first_day, start);
    assert_eq!(weeks[0].minutes_done, 45);
    assert_eq!(weeks[0].target_minutes, Some(40));
    assert_eq!(weeks[0].sessions_done, 3);
    assert_eq!(weeks[0].sessions_skipped, 1);
    assert_eq!(weeks[0].target_share(), Some(1.0));

    assert_eq!(weeks[1].first_day, date(2025, 3, 12));
    assert_eq!(weeks[1].minutes_done, 12);
    assert_eq!(weeks[1].target_share(), Some(0.2));

    assert_eq!(weeks[2].minutes_done, 0);
    assert_eq!(weeks[2].sessions_done, 0);
    assert_eq!(weeks[2].target_minutes, None);
    assert_eq!(weeks[2].target_share(), None);

    assert_eq!(weeks[3].minutes_done, 30);
}

#[test]
fn no_weeks_before_the_plan_starts_and_nothing_from_the_future() {
    let start = date(2025, 3, 5);
    let entries = vec![
        done(start - Days::new(1), Activity::Walking, 10),
        done(start + Days::new(3), Activity::Walking, 10),
    ];
    assert!(weekly_summaries(&entries, start, &[30], start - Days::new(1)).is_empty());
    let weeks = weekly_summaries(&entries, start, &[30], start + Days::new(2));
    assert_eq!(weeks.len(), 1);
    assert_eq!(
        weeks[0].minutes_done, 0,
        "the session before the start and after today"
    );
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
    let weeks = weekly_summaries(&entries, start, &[], date(2025, 3, 12));
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
        done(date(2025, 3, 9), Activity::Strength, 5),
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
