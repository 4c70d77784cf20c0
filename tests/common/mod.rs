//! Builders and proptest strategies shared by the storage and statistics tests.
#![allow(dead_code)] // each test crate uses a different subset

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, Log, LogEntry, Outcome};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::record::{Profile, Record, Settings, CURRENT_VERSION, SESSION_LENGTHS};
use proptest::prelude::*;

pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn done(date: NaiveDate, activity: Activity, minutes: u16) -> LogEntry {
    LogEntry::new(
        date,
        activity,
        Outcome::Done {
            minutes,
            effort: Effort::JustRight,
        },
    )
}

pub fn skipped(date: NaiveDate, activity: Activity) -> LogEntry {
    LogEntry {
        outcome: Outcome::Skipped,
        ..done(date, activity, 0)
    }
}

/// Dates anywhere in the accepted range 2000-01-01..=2100-12-31.
pub fn valid_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..=36889).prop_map(|offset| date(2000, 1, 1) + Days::new(offset))
}

pub fn activity() -> impl Strategy<Value = Activity> {
    prop::sample::select(Activity::ALL.to_vec())
}

pub fn outcome() -> impl Strategy<Value = Outcome> {
    let effort = prop::sample::select(vec![Effort::Easy, Effort::JustRight, Effort::TooHard]);
    prop_oneof![
        (0u16..=600, effort).prop_map(|(minutes, effort)| Outcome::Done { minutes, effort }),
        Just(Outcome::Skipped),
    ]
}

/// Valid notes, including quotes, backslashes, emoji and control characters.
pub fn note() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=280).prop_map(|chars| chars.into_iter().collect())
}

pub fn valid_entry() -> impl Strategy<Value = LogEntry> {
    (
        valid_date(),
        activity(),
        outcome(),
        prop::option::of(1u8..=5),
        prop::option::of(1u8..=5),
        prop::option::of(note()),
    )
        .prop_map(
            |(date, activity, outcome, mood_before, mood_after, note)| LogEntry {
                date,
                activity,
                outcome,
                mood_before,
                mood_after,
                note,
            },
        )
}

pub fn weekday() -> impl Strategy<Value = Weekday> {
    (0u8..7).prop_map(|n| Weekday::try_from(n).unwrap())
}

/// Arbitrary records that pass every import check, in normalized form.
pub fn valid_record() -> impl Strategy<Value = Record> {
    let profile = (
        prop::collection::btree_set(activity(), 0..=4),
        prop::sample::select(SESSION_LENGTHS.to_vec()),
        prop::collection::btree_set(0u8..7, 0..=7),
        prop::option::of(valid_date()),
        any::<bool>(),
        prop::option::of(prop::collection::vec(any::<bool>(), 7)),
    )
        .prop_map(
            |(activities, minutes_today, weekdays, start_date, gentle, readiness)| Profile {
                activities: activities.into_iter().collect(),
                minutes_today,
                weekdays: weekdays
                    .into_iter()
                    .map(|n| Weekday::try_from(n).unwrap())
                    .collect(),
                start_date,
                gentle,
                readiness,
            },
        );
    let settings = (any::<u32>(), prop::option::of(valid_date())).prop_map(
        |(ticks_since_backup, last_backup)| Settings {
            ticks_since_backup,
            last_backup,
        },
    );
    let adjustment = (valid_date(), activity(), valid_date(), activity()).prop_map(
        |(date, activity, to_date, to_activity)| Adjustment {
            date,
            activity,
            to_date,
            to_activity,
        },
    );
    (
        profile,
        prop::collection::vec(valid_entry(), 0..20),
        settings,
        prop::collection::vec(adjustment, 0..3),
    )
        .prop_map(|(profile, entries, settings, adjustments)| Record {
            version: CURRENT_VERSION,
            profile,
            log: Log::from(entries),
            settings,
            adjustments,
        })
}
