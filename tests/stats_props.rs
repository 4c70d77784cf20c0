//! Property tests for the statistics: bounded scores that only ever reward moving, and weekly
//! summaries that add up to the totals.

mod common;

use chrono::{Days, NaiveDate};
use common::{date, valid_choices, valid_entry};
use momentum::core::activity::Activity;
use momentum::core::consistency::{score_series, PlanDay};
use momentum::core::log::{Effort, Log, LogEntry, Outcome};
use momentum::core::record::Record;
use momentum::core::stats::{totals, weekly_summaries};
use proptest::prelude::*;

fn from() -> NaiveDate {
    date(2025, 1, 1)
}

/// Entries within a 120-day window from 2025-01-01.
fn recent_entries() -> impl Strategy<Value = Vec<LogEntry>> {
    prop::collection::vec(
        (valid_entry(), 0u64..120).prop_map(|(mut entry, offset)| {
            entry.date = from() + Days::new(offset);
            entry
        }),
        0..60,
    )
}

/// Any 131 days of plan, planned or not, with any count of planned days a week.
fn plan() -> impl Strategy<Value = Vec<PlanDay>> {
    prop::collection::vec(
        (any::<bool>(), 0u8..=7).prop_map(|(planned, days_this_week)| PlanDay {
            planned,
            days_this_week,
        }),
        131,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn scores_stay_between_zero_and_one(entries in recent_entries(), plan in plan()) {
        let series = score_series(&plan, from(), &Log::from(entries));
        prop_assert_eq!(series.len(), plan.len());
        for point in series {
            prop_assert!((0.0..=1.0).contains(&point.score), "{}", point.score);
        }
    }

    #[test]
    fn one_more_session_on_a_silent_day_never_lowers_any_score(
        entries in recent_entries(),
        plan in plan(),
        extra_day in 0u64..120,
        activity in common::activity(),
    ) {
        let extra_date = from() + Days::new(extra_day);
        prop_assume!(entries.iter().all(|e| e.date != extra_date));
        let before = score_series(&plan, from(), &Log::from(entries.clone()));
        let mut more = entries;
        more.push(LogEntry::new(extra_date, activity, Outcome::Done { minutes: 10, effort: Some(Effort::Easy) }));
        let after = score_series(&plan, from(), &Log::from(more));
        for (b, a) in before.iter().zip(&after) {
            prop_assert!(a.score >= b.score - 1e-12, "{} dropped to {} on {}", b.score, a.score, a.date);
        }
    }

    #[test]
    fn not_today_on_a_silent_day_never_lowers_any_score(
        entries in recent_entries(),
        plan in plan(),
        extra_day in 0u64..120,
    ) {
        let extra_date = from() + Days::new(extra_day);
        prop_assume!(entries.iter().all(|e| e.date != extra_date));
        let before = score_series(&plan, from(), &Log::from(entries.clone()));
        let mut said = entries;
        said.push(LogEntry::new(extra_date, Activity::Walking, Outcome::Skipped));
        let after = score_series(&plan, from(), &Log::from(said));
        for (b, a) in before.iter().zip(&after) {
            prop_assert!(a.score >= b.score - 1e-12, "{} dropped to {} on {}", b.score, a.score, a.date);
        }
    }

    #[test]
    fn weekly_summaries_add_up_to_the_totals(
        choices in valid_choices(),
        entries in recent_entries(),
        days_in in 0u64..130,
    ) {
        let mut record = Record::default();
        record.start_first_plan(choices, from(), from()).unwrap();
        for entry in entries {
            record.log_session(entry);
        }
        let today = from() + Days::new(days_in);
        record.catch_up(today);
        let schedule = record.schedule(today);
        let weeks = weekly_summaries(&schedule, &record.log, today);
        // Every week begun by today, and nothing else.
        let begun = schedule.weeks.iter().filter(|w| w.week.start <= today).count();
        prop_assert_eq!(weeks.len(), begun);
        // What the weeks hold is everything logged in the plan's weeks up to today.
        let end = record.plans[0].end();
        let counted: Vec<LogEntry> = record
            .log
            .entries()
            .iter()
            .filter(|e| e.date < end && e.date <= today)
            .cloned()
            .collect();
        let all = totals(&counted);
        prop_assert_eq!(weeks.iter().map(|w| w.minutes_done).sum::<u32>(), all.minutes_done);
        prop_assert_eq!(weeks.iter().map(|w| w.sessions_done).sum::<u32>(), all.sessions_done);
        prop_assert_eq!(weeks.iter().map(|w| w.sessions_skipped).sum::<u32>(), all.sessions_skipped);
        for (week, planned) in weeks.iter().zip(&schedule.weeks) {
            prop_assert_eq!(week.first_day, planned.week.start);
            prop_assert_eq!(week.target_minutes, Some(u32::from(planned.week.total_minutes())));
            for mood in [week.mood_before, week.mood_after].into_iter().flatten() {
                prop_assert!((1.0..=5.0).contains(&mood));
            }
            if let Some(share) = week.target_share() {
                prop_assert!((0.0..=1.0).contains(&share));
            }
        }
    }
}
