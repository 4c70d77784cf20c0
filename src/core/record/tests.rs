use chrono::{NaiveDate, Weekday};

use super::*;
use crate::core::activity::Activity;
use crate::core::log::{Effort, Outcome};

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Days::new(n)
}

fn walking() -> Choices {
    Choices {
        activities: vec![Activity::Walking],
        minutes_today: 10,
        weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
        gentle: false,
    }
}

#[test]
fn round_trips_through_json() {
    let mut record = Record::default();
    record.start_first_plan(walking(), day(0), day(0)).unwrap();
    record.log_session(LogEntry::new(day(0), Activity::Walking, Outcome::Skipped));
    let text = record.to_json();
    assert_eq!(Record::parse(&text, day(0)), Ok(record));
}

#[test]
fn refuses_newer_versions_and_garbage() {
    assert_eq!(
        Record::parse(r#"{"version":99,"choices":{"activities":[]}}"#, day(0)),
        Err(RecordError::NewerVersion(99))
    );
    assert!(matches!(
        Record::parse("{not json", day(0)),
        Err(RecordError::Corrupt(_))
    ));
    let Err(RecordError::Corrupt(why)) = Record::parse(
        r#"{"version":5,"log":[["2026-01-05","walking","done","x"]]}"#,
        day(0),
    ) else {
        panic!("a bad minutes value is refused");
    };
    assert!(why.contains("log[0].minutes"), "{why}");
}

#[test]
fn lenient_parse_reads_newer_records_read_only() {
    let text = r#"{"version":6,"choices":{"activities":["yoga"],"shiny":true},"log":[]}"#;
    let record = Record::parse_lenient(text, day(0)).unwrap();
    assert!(record.is_read_only());
    assert_eq!(record.choices.activities, vec![Activity::Yoga]);
    assert_eq!(
        Record::parse_lenient(r#"{"version":6,"choices":42}"#, day(0)),
        Err(RecordError::NewerVersion(6))
    );
}

#[test]
fn the_first_week_is_stored_when_it_begins_and_later_ones_as_they_come() {
    let mut record = Record::default();
    record.start_first_plan(walking(), day(0), day(0)).unwrap();
    assert_eq!(record.weeks.len(), 1);
    assert!(!record.catch_up(day(6)));
    assert!(record.catch_up(day(15)));
    assert_eq!(record.weeks.len(), 3);
    assert_eq!(record.weeks[2].start, day(14));
}

#[test]
fn a_first_plan_that_starts_later_stores_nothing_yet() {
    let mut record = Record::default();
    record.start_first_plan(walking(), day(3), day(0)).unwrap();
    assert!(record.weeks.is_empty());
    assert!(record.has_plan());
}

#[test]
fn suggests_a_backup_every_fifth_tick() {
    let mut record = Record::default();
    let suggested_at: Vec<u64> = (1..=11)
        .filter(|d| {
            record.log_session(LogEntry::new(
                day(*d),
                Activity::Walking,
                Outcome::Done {
                    minutes: 10,
                    effort: Some(Effort::Easy),
                },
            ));
            record.should_suggest_backup(false)
        })
        .collect();
    assert_eq!(suggested_at, vec![5, 10]);
    record.mark_backed_up(day(11));
    assert!(!record.should_suggest_backup(false));
    assert!(!record.should_suggest_backup(true));
    assert_eq!(record.settings.last_backup, Some(day(11)));
}
