//! Every stored schema version still loads, upgrades to the current one and round-trips.

mod common;

use chrono::Weekday;
use common::{date, fixture};
use momentum::core::activity::Activity;
use momentum::core::json::{self, Json};
use momentum::core::log::{Effort, Outcome};
use momentum::core::migrate::{self, MigrateError};
use momentum::core::record::{Record, RecordError, CURRENT_VERSION};

/// Fixtures of every version this build can read; add one per new schema version.
const READABLE_FIXTURES: [&str; 5] = [
    "record-v1.json",
    "record-v1-empty.json",
    "record-v2.json",
    "record-v3.json",
    "record-v4.json",
];

#[test]
fn every_known_version_migrates_to_current_and_round_trips() {
    for name in READABLE_FIXTURES {
        let record = Record::parse(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(record.version, CURRENT_VERSION, "{name}");
        assert!(!record.is_read_only(), "{name}");
        let stored = record.to_json();
        assert_eq!(Record::parse(&stored).as_ref(), Ok(&record), "{name}");
        assert_eq!(Record::parse(&stored).unwrap().to_json(), stored, "{name}");
    }
}

#[test]
fn every_version_migrates_to_exactly_the_expected_current_value() {
    for (old, expected) in [
        ("record-v1.json", "record-v1-as-v4.json"),
        ("record-v2.json", "record-v2-as-v4.json"),
        ("record-v3.json", "record-v3-as-v4.json"),
        ("record-v4.json", "record-v4.json"),
    ] {
        let old = fixture(old);
        let upgraded = migrate::to_current(json::parse(&old).unwrap()).unwrap();
        let expected: serde_json::Value = serde_json::from_str(&fixture(expected)).unwrap();
        assert_eq!(as_serde_value(&upgraded), expected);
    }
}

#[test]
fn the_v3_fixture_keeps_its_moves_and_swaps() {
    let record = Record::parse(&fixture("record-v3.json")).unwrap();
    assert_eq!(record.adjustments.len(), 2);
    assert_eq!(record.adjustments[1].to_activity, Activity::Strength);
}

#[test]
fn the_v1_skeleton_keeps_its_choices_with_v2_defaults() {
    let record = Record::parse(&fixture("record-v1.json")).unwrap();
    assert_eq!(
        record.profile.activities,
        vec![Activity::Walking, Activity::Yoga]
    );
    assert_eq!(record.profile.minutes_today, 10);
    assert!(record.profile.weekdays.is_empty());
    assert_eq!(record.profile.start_date, None);
    assert_eq!(record.profile.readiness, None);
    assert!(record.log.is_empty());
    assert_eq!(record.settings.ticks_since_backup, 0);
    assert_eq!(
        record,
        Record::parse(&fixture("record-v1-as-v4.json")).unwrap()
    );
}

#[test]
fn the_v2_fixture_reads_every_field() {
    let record = Record::parse(&fixture("record-v2.json")).unwrap();
    let profile = &record.profile;
    assert_eq!(
        profile.activities,
        vec![Activity::Walking, Activity::Strength]
    );
    assert_eq!(profile.minutes_today, 15);
    assert_eq!(
        profile.weekdays,
        vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]
    );
    assert_eq!(profile.start_date, Some(date(2025, 3, 3)));
    assert!(profile.gentle);
    assert_eq!(profile.readiness, Some(vec![false; 7]));
    assert_eq!(record.log.len(), 4);
    let first = &record.log.entries()[0];
    assert_eq!(
        first.outcome,
        Outcome::Done {
            minutes: 15,
            effort: Effort::Easy
        }
    );
    assert_eq!((first.mood_before, first.mood_after), (Some(2), Some(4)));
    assert_eq!(
        record.log.entries()[1].note.as_deref(),
        Some("Rainy, rested instead.")
    );
    assert_eq!(record.settings.ticks_since_backup, 4);
    assert_eq!(record.settings.last_backup, Some(date(2025, 3, 1)));
}

#[test]
fn the_current_shape_serializes_weekdays_as_chrono_does() {
    let record = Record::parse(&fixture("record-v2.json")).unwrap();
    assert!(record
        .to_json()
        .contains(r#""weekdays":["Mon","Wed","Fri"]"#));
}

#[test]
fn newer_versions_are_refused_but_readable_for_display() {
    let text = fixture("record-v99-newer.json");
    assert_eq!(Record::parse(&text), Err(RecordError::NewerVersion(99)));
    let shown = Record::parse_lenient(&text).unwrap();
    assert!(shown.is_read_only());
    assert_eq!(shown.version, 99);
    assert_eq!(shown.profile.activities, vec![Activity::Yoga]);
    assert_eq!(shown.log.len(), 1);

    let reshaped = fixture("record-v99-reshaped.json");
    assert_eq!(Record::parse(&reshaped), Err(RecordError::NewerVersion(99)));
    assert_eq!(
        Record::parse_lenient(&reshaped),
        Err(RecordError::NewerVersion(99))
    );
}

#[test]
fn corrupt_fixtures_are_reported_as_corrupt() {
    for name in [
        "record-corrupt-truncated.json",
        "record-corrupt-shape.json",
        "record-corrupt-no-version.json",
    ] {
        let text = fixture(name);
        assert!(
            matches!(Record::parse(&text), Err(RecordError::Corrupt(_))),
            "{name}"
        );
        assert!(
            matches!(Record::parse_lenient(&text), Err(RecordError::Corrupt(_))),
            "{name}"
        );
    }
    let no_version = fixture("record-corrupt-no-version.json");
    assert_eq!(
        migrate::to_current(json::parse(&no_version).unwrap()),
        Err(MigrateError::MissingVersion)
    );
}

#[test]
fn merging_two_tabs_keeps_both_tabs_sessions() {
    let stored = Record::parse(&fixture("record-v2.json")).unwrap();
    let mut this_tab = stored.clone();
    this_tab.log_session(common::done(date(2025, 3, 10), Activity::Walking, 15));
    let mut other_tab = stored.clone();
    other_tab.log_session(common::done(date(2025, 3, 11), Activity::Strength, 10));
    other_tab.mark_backed_up(date(2025, 3, 11));

    let merged = this_tab.merged_with(&other_tab, Some(&stored));
    assert_eq!(merged.log.len(), stored.log.len() + 2);
    assert_eq!(merged.profile, this_tab.profile);
    assert_eq!(merged.settings.last_backup, Some(date(2025, 3, 11)));
    assert_eq!(merged.settings.ticks_since_backup, 5);
}

/// The same value as serde_json's tree, whose objects compare without regard to member order.
fn as_serde_value(value: &Json) -> serde_json::Value {
    match value {
        Json::Null => serde_json::Value::Null,
        Json::Bool(b) => (*b).into(),
        Json::Int(n) => (*n).into(),
        Json::NonInteger => panic!("records hold no fractions"),
        Json::Str(s) => s.as_ref().into(),
        Json::Array(items) => items.iter().map(as_serde_value).collect(),
        Json::Object(members) => members
            .iter()
            .map(|(k, v)| (k.to_string(), as_serde_value(v)))
            .collect(),
    }
}

#[test]
fn the_v3_log_reads_the_same_after_becoming_lists() {
    let v3 = Record::parse(&fixture("record-v3.json")).unwrap();
    let v4 = Record::parse(&fixture("record-v4.json")).unwrap();
    assert_eq!(v3.log.len(), 4);
    for (old, new) in v3.log.entries().iter().zip(v4.log.entries()) {
        assert_eq!(
            (old.key(), &old.outcome, old.mood_before),
            (new.key(), &new.outcome, new.mood_before)
        );
    }
    assert_eq!(
        v3.log.entries()[1].note.as_deref(),
        Some("Rainy, rested instead.")
    );
    let windy = v4.log.get((date(2025, 3, 7), Activity::Walking)).unwrap();
    assert_eq!(windy.note.as_deref(), Some("Windy \"but\" fine."));
    // What the widget writes: one list per entry, trailing empty fields left out.
    assert!(v3
        .to_json()
        .contains(r#"["2025-03-07","strength","done",10,"just_right"]"#));
}
