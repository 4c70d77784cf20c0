//! Builders and proptest strategies shared by the integration tests.
#![allow(dead_code)] // each test crate uses a different subset

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, Log, LogEntry, Outcome};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::plan::{Choices, Intensity, PlanStart, Role, Session, Week, SESSION_LENGTHS};
use momentum::core::record::{Record, Settings, CURRENT_VERSION};
use proptest::prelude::*;

pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Compares `actual` with the fixture `name`; with `UPDATE_FIXTURES=1` writes it instead, for
/// a person to review in the diff.
pub fn expect_fixture(name: &str, actual: &str) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = fixture(name);
    assert_eq!(
        actual, expected,
        "{name} differs; rerun with UPDATE_FIXTURES=1 and review the diff"
    );
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Monday 5 January 2026 plus `n` days.
pub fn day(n: u64) -> NaiveDate {
    date(2026, 1, 5) + Days::new(n)
}

pub fn done(date: NaiveDate, activity: Activity, minutes: u16) -> LogEntry {
    LogEntry::new(
        date,
        activity,
        Outcome::Done {
            minutes,
            effort: Some(Effort::JustRight),
        },
    )
}

pub fn skipped(date: NaiveDate, activity: Activity) -> LogEntry {
    LogEntry::new(date, activity, Outcome::Skipped)
}

pub fn choices(activities: &[Activity], minutes: u16, days: &[Weekday]) -> Choices {
    Choices {
        activities: activities.to_vec(),
        minutes_today: minutes,
        weekdays: days.to_vec(),
        gentle: false,
    }
}

// ---------------------------------------------------------------------------------------------
// Proptest strategies for the storage and statistics tests.

/// Dates anywhere in the accepted range 2000-01-01..=2100-12-31.
pub fn valid_date() -> impl Strategy<Value = NaiveDate> {
    (0u64..=36889).prop_map(|offset| date(2000, 1, 1) + Days::new(offset))
}

/// Any activity the log can hold, "something else" included.
pub fn activity() -> impl Strategy<Value = Activity> {
    prop::sample::select(Activity::ALL.to_vec())
}

pub fn effort() -> impl Strategy<Value = Option<Effort>> {
    prop::option::of(prop::sample::select(Effort::ALL.to_vec()))
}

pub fn outcome() -> impl Strategy<Value = Outcome> {
    prop_oneof![
        (0u16..=600, effort()).prop_map(|(minutes, effort)| Outcome::Done { minutes, effort }),
        Just(Outcome::Skipped),
    ]
}

/// Valid notes, including quotes, backslashes, emoji and control characters.
pub fn note() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=280).prop_map(|chars| chars.into_iter().collect())
}

/// Log entries that pass every import check.
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

/// Choices the plan form can save: sorted, without repeats, from the offered lengths.
pub fn valid_choices() -> impl Strategy<Value = Choices> {
    (
        prop::sample::subsequence(Activity::PLANNABLE.to_vec(), 1..=4),
        prop::sample::select(SESSION_LENGTHS.to_vec()),
        prop::collection::btree_set(0u8..7, 1..=7),
        any::<bool>(),
    )
        .prop_map(|(activities, minutes_today, days, gentle)| Choices {
            activities,
            minutes_today,
            weekdays: days
                .into_iter()
                .map(|n| Weekday::try_from(n).unwrap())
                .collect(),
            gentle,
        })
}

/// A stored session as a layout makes it, before any move.
fn plain_session() -> impl Strategy<Value = Session> {
    (
        valid_date(),
        prop::sample::select(Activity::PLANNABLE.to_vec()),
        1u16..=600,
        prop::sample::select(vec![Intensity::Easy, Intensity::Moderate]),
        prop::sample::select(vec![Role::Main, Role::Recovery, Role::ShortSet]),
    )
        .prop_map(|(date, activity, minutes, intensity, role)| Session {
            date,
            activity,
            minutes,
            intensity,
            role,
            planned: None,
        })
}

/// Any stored session (its first planned form one level deep, as a move or swap leaves it).
pub fn session() -> impl Strategy<Value = Session> {
    (plain_session(), prop::option::of(plain_session())).prop_map(|(mut session, planned)| {
        session.planned = planned.map(Box::new);
        session
    })
}

/// Arbitrary records that pass every import check, in the normalized form reading gives: one
/// or two plans with some of their weeks stored (sessions of any shape), moves, a log of
/// anything, and settings.
pub fn valid_record() -> impl Strategy<Value = Record> {
    let settings = (any::<u32>(), prop::option::of(valid_date()), any::<bool>()).prop_map(
        |(ticks_since_backup, last_backup, apple_hint_seen)| Settings {
            ticks_since_backup,
            last_backup,
            apple_hint_seen,
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
    let plans = prop::option::of((0u64..=36_000, prop::option::of(84u64..400)));
    let weeks = prop::collection::vec(
        (
            0u8..24,
            1u16..=30,
            any::<bool>(),
            prop::collection::vec(session(), 0..8),
        ),
        0..6,
    );
    (
        valid_choices(),
        prop::option::of(prop::array::uniform7(any::<bool>())),
        plans,
        weeks,
        prop::collection::vec(adjustment, 0..3),
        prop::collection::vec(valid_entry(), 0..20),
        settings,
    )
        .prop_map(
            |(choices, readiness, plans, weeks, moves, entries, settings)| {
                let plans: Vec<PlanStart> = match plans {
                    None => Vec::new(),
                    Some((first, second)) => {
                        let start = date(2000, 1, 1) + Days::new(first);
                        let mut plans = vec![PlanStart { start }];
                        plans.extend(second.map(|gap| PlanStart {
                            start: start + Days::new(gap),
                        }));
                        plans
                    }
                };
                // Stored weeks start on a week of a plan, as validation asks.
                let mut weeks: Vec<Week> = weeks
                    .into_iter()
                    .filter_map(|(n, level, welcome_back, mut sessions)| {
                        let plan = plans.get(usize::from(n / 12))?;
                        sessions.sort_by_key(|s| s.date);
                        Some(Week {
                            start: plan.week_start(n % 12 + 1),
                            level,
                            welcome_back,
                            sessions,
                        })
                    })
                    .collect();
                weeks.sort_by_key(|w| w.start);
                weeks.dedup_by_key(|w| w.start);
                Record {
                    version: CURRENT_VERSION,
                    choices,
                    readiness,
                    plans,
                    weeks,
                    moves,
                    log: Log::from(entries),
                    settings,
                }
            },
        )
}

// ---------------------------------------------------------------------------------------------
// Helpers for one group of test files each: the plan tests (`tests/plan_*.rs`) and the calendar
// tests (`tests/calendar_*.rs`).

pub mod ics;
pub mod plan_checks;
pub mod plan_fixtures;
