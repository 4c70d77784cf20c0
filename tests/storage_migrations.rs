//! Every stored format still loads, upgrades to the current one as expected, and round-trips;
//! a format-4 record's begun weeks are kept exactly as format 4 showed them.

mod common;

use common::{date, expect_fixture, fixture};
use momentum::core::activity::Activity;
use momentum::core::migrate::{version_of, MigrateError};
use momentum::core::record::{read, Record, RecordError, CURRENT_VERSION};

/// The day the upgrades below happen: the plans in the fixtures began on 3 March 2025, so
/// three of their weeks have begun.
fn upgrade_day() -> chrono::NaiveDate {
    date(2025, 3, 19)
}

/// Fixtures of every format this build reads, with the current record each becomes.
const UPGRADES: [(&str, &str); 5] = [
    ("record-v1.json", "record-v1-as-v5.json"),
    ("record-v1-empty.json", "record-v1-empty-as-v5.json"),
    ("record-v2.json", "record-v2-as-v5.json"),
    ("record-v3.json", "record-v3-as-v5.json"),
    ("record-v4.json", "record-v4-as-v5.json"),
];

#[test]
fn every_known_version_upgrades_to_exactly_the_expected_record_and_round_trips() {
    for (old, expected) in UPGRADES {
        let record =
            Record::parse(&fixture(old), upgrade_day()).unwrap_or_else(|e| panic!("{old}: {e}"));
        assert_eq!(record.version, CURRENT_VERSION, "{old}");
        assert!(!record.is_read_only(), "{old}");
        expect_fixture(expected, &(read::pretty(&record) + "\n"));
        let stored = record.to_json();
        assert_eq!(
            Record::parse(&stored, upgrade_day()).as_ref(),
            Ok(&record),
            "{old}"
        );
        // Reading it back later changes nothing: the weeks are stored now.
        let later = date(2025, 6, 1);
        assert_eq!(
            Record::parse(&stored, later).unwrap().weeks,
            record.weeks,
            "{old}"
        );
    }
    let current = fixture("record-v5.json");
    let record = Record::parse(&current, upgrade_day()).unwrap();
    assert_eq!(read::pretty(&record) + "\n", current);
}

#[test]
fn format_4_weeks_are_stored_as_format_4_showed_them() {
    let record = Record::parse(&fixture("record-v4.json"), upgrade_day()).unwrap();
    assert_eq!(record.plans.len(), 1);
    let starts: Vec<_> = record.weeks.iter().map(|w| w.start).collect();
    assert_eq!(
        starts,
        [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]
    );
    // Gentle, 15 minutes: week 1 at 15; "too hard" on 7 March held week 2 at 15.
    assert_eq!(record.weeks[0].level, 15);
    assert_eq!(record.weeks[1].level, 15);
    // Both moves were in week 2, which had begun: they are written into it.
    assert!(record.moves.is_empty());
    let week_2 = &record.weeks[1];
    assert!(week_2
        .session((date(2025, 3, 11), Activity::Walking))
        .is_some());
    assert!(week_2
        .session((date(2025, 3, 10), Activity::Walking))
        .is_none());
    let swapped = week_2
        .session((date(2025, 3, 12), Activity::Strength))
        .unwrap();
    assert_eq!(
        swapped.planned.as_ref().unwrap().activity,
        Activity::Walking
    );
}

#[test]
fn moves_of_weeks_ahead_stay_moves() {
    let record = Record::parse(&fixture("record-v4.json"), date(2025, 3, 5)).unwrap();
    assert_eq!(record.weeks.len(), 1);
    assert_eq!(record.moves.len(), 2);
}

#[test]
fn choices_that_cannot_make_a_plan_keep_the_log_and_ask_again() {
    let text = fixture("record-v4.json").replace("\"minutes_today\": 15", "\"minutes_today\": 12");
    let record = Record::parse(&text, upgrade_day()).unwrap();
    assert!(!record.has_plan());
    assert!(record.weeks.is_empty());
    assert_eq!(record.log.len(), 4);
}

#[test]
fn refuses_what_it_cannot_read() {
    assert!(matches!(
        version_of("[1]"),
        Err(MigrateError::NotARecord(_))
    ));
    assert_eq!(
        version_of(r#"{"profile": {}}"#),
        Err(MigrateError::MissingVersion)
    );
    assert_eq!(
        version_of(r#"{"version": "1"}"#),
        Err(MigrateError::MissingVersion)
    );
    assert_eq!(
        version_of(r#"{"version": 1.5}"#),
        Err(MigrateError::MissingVersion)
    );
    assert_eq!(
        version_of(r#"{"version": -1}"#),
        Err(MigrateError::MissingVersion)
    );
    assert_eq!(
        version_of(r#"{"version": 0}"#),
        Err(MigrateError::UnknownVersion(0))
    );
    assert_eq!(
        version_of(r#"{"version": 7}"#),
        Err(MigrateError::NewerVersion(7))
    );
    assert_eq!(
        version_of(r#"{"version": 18446744073709551615}"#),
        Err(MigrateError::NewerVersion(u32::MAX))
    );
    for name in [
        "record-corrupt-no-version.json",
        "record-corrupt-shape.json",
        "record-corrupt-truncated.json",
    ] {
        assert!(
            matches!(
                Record::parse(&fixture(name), upgrade_day()),
                Err(RecordError::Corrupt(_))
            ),
            "{name}"
        );
    }
    let Err(RecordError::Corrupt(why)) =
        Record::parse(r#"{"version": 2, "profile": "walking"}"#, upgrade_day())
    else {
        panic!("a profile that is not an object is refused");
    };
    assert!(
        why.starts_with("the version 2 data is damaged: profile:"),
        "{why}"
    );
}

#[test]
fn newer_records_are_never_read_as_current_but_can_be_shown() {
    for name in ["record-v99-newer.json", "record-v99-reshaped.json"] {
        assert_eq!(
            Record::parse(&fixture(name), upgrade_day()),
            Err(RecordError::NewerVersion(99))
        );
    }
    let shown = Record::parse_lenient(&fixture("record-v99-newer.json"), upgrade_day()).unwrap();
    assert!(shown.is_read_only());
    assert_eq!(shown.choices.activities, vec![Activity::Yoga]);
    assert_eq!(shown.log.len(), 1);
    assert_eq!(
        Record::parse_lenient(&fixture("record-v99-reshaped.json"), upgrade_day())
            .map(|r| r.is_read_only()),
        Ok(true),
        "an unknown shape still shows (empty, read-only) rather than being overwritten"
    );
}

#[test]
fn a_planted_year_zero_is_refused_at_once() {
    let text = fixture("record-v4.json").replace("2025-03-03", "0000-03-03");
    let Err(RecordError::Corrupt(why)) = Record::parse(&text, upgrade_day()) else {
        panic!("year 0 is refused");
    };
    assert!(why.contains("between 2000-01-01 and 2100-12-31"), "{why}");
}
