//! Property tests for the statistics: bounded scores and totals that add up.

mod common;

use chrono::Days;
use common::{date, valid_entry};
use momentum::core::activity::Activity;
use momentum::core::consistency::{score_series, Frequency};
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::stats::{totals, weekly_summaries};
use proptest::prelude::*;

/// Entries within a 120-day window from 2025-01-01, so the plan range covers them.
fn recent_entries() -> impl Strategy<Value = Vec<LogEntry>> {
    prop::collection::vec(
        (valid_entry(), 0u64..120).prop_map(|(mut entry, offset)| {
            entry.date = date(2025, 1, 1) + Days::new(offset);
            entry
        }),
        0..60,
    )
}

fn frequency() -> impl Strategy<Value = Frequency> {
    (0u32..=4, 0u32..=7).prop_map(|(sessions, days)| Frequency { sessions, days })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn scores_stay_between_zero_and_one(entries in recent_entries(), frequency in frequency()) {
        let from = date(2025, 1, 1);
        let series = score_series(&entries, frequency, from, from + Days::new(150));
        prop_assert_eq!(series.len(), 151);
        for point in series {
            prop_assert!((0.0..=1.0).contains(&point.score), "{}", point.score);
        }
    }

    #[test]
    fn one_more_session_on_a_silent_day_never_lowers_any_score(
        entries in recent_entries(),
        frequency in frequency(),
        extra_day in 0u64..120,
    ) {
        let from = date(2025, 1, 1);
        let extra_date = from + Days::new(extra_day);
        prop_assume!(entries.iter().all(|e| e.date != extra_date));
        let to = from + Days::new(130);
        let before = score_series(&entries, frequency, from, to);
        let mut more = entries.clone();
        more.push(LogEntry::new(extra_date, Activity::Walking, Outcome::Done { minutes: 10, effort: Effort::Easy }));
        let after = score_series(&more, frequency, from, to);
        for (b, a) in before.iter().zip(&after) {
            prop_assert!(a.score >= b.score - 1e-12, "{} dropped to {} on {}", b.score, a.score, a.date);
        }
    }

    #[test]
    fn weekly_summaries_add_up_to_the_totals(entries in recent_entries()) {
        let from = date(2025, 1, 1);
        let weeks = weekly_summaries(&entries, from, &[60; 10], from + Days::new(200));
        let all = totals(&entries);
        prop_assert_eq!(weeks.iter().map(|w| w.minutes_done).sum::<u32>(), all.minutes_done);
        prop_assert_eq!(weeks.iter().map(|w| w.sessions_done).sum::<u32>(), all.sessions_done);
        prop_assert_eq!(weeks.iter().map(|w| w.sessions_skipped).sum::<u32>(), all.sessions_skipped);
        for week in &weeks {
            for mood in [week.mood_before, week.mood_after].into_iter().flatten() {
                prop_assert!((1.0..=5.0).contains(&mood));
            }
        }
    }
}
