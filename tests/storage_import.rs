//! Backup import: valid files come back as records; each kind of bad file is refused with its
//! own error, and nothing about the refusal depends on the caller's current data.

mod common;

use common::{date, done, fixture};
use momentum::core::activity::Activity;
use momentum::core::record::{Record, CURRENT_VERSION};
use momentum::core::transfer::{export, import, ImportError, MAX_BACKUP_BYTES};
use momentum::core::validate::Implausible;
use serde_json::{json, Value};

/// A valid backup as JSON, to break one field at a time.
fn valid_backup() -> Value {
    serde_json::from_str(&fixture("backup-v2.json")).unwrap()
}

fn import_value(value: &Value) -> Result<Record, ImportError> {
    import(value.to_string().as_bytes())
}

fn with_entry_field(field: &str, new: Value) -> Value {
    let mut backup = valid_backup();
    backup["log"][0][field] = new;
    backup
}

#[test]
fn the_backup_fixture_imports_as_the_record_it_was_made_from() {
    let imported = import(fixture("backup-v2.json").as_bytes()).unwrap();
    assert_eq!(imported, Record::parse(&fixture("record-v2.json")).unwrap());
}

#[test]
fn older_backups_are_migrated() {
    let imported = import(fixture("backup-v1.json").as_bytes()).unwrap();
    assert_eq!(imported.version, CURRENT_VERSION);
    assert_eq!(imported.profile.activities, vec![Activity::Swimming]);
}

#[test]
fn export_then_import_gives_the_same_record() {
    let mut record = Record::parse(&fixture("record-v2.json")).unwrap();
    record.log_session(done(date(2025, 3, 9), Activity::Swimming, 30));
    assert_eq!(import(export(&record).as_bytes()), Ok(record));
}

#[test]
fn rejects_files_over_one_megabyte_before_parsing() {
    let huge = vec![b'{'; MAX_BACKUP_BYTES + 1];
    assert_eq!(
        import(&huge),
        Err(ImportError::TooLarge {
            bytes: MAX_BACKUP_BYTES + 1
        })
    );
    // A valid backup padded past the limit is refused too: size is checked first.
    let padded = format!(
        "{}{}",
        fixture("backup-v2.json"),
        " ".repeat(MAX_BACKUP_BYTES)
    );
    assert!(matches!(
        import(padded.as_bytes()),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn rejects_malformed_json() {
    let text = fixture("backup-v2.json");
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        import(truncated.as_bytes()),
        Err(ImportError::MalformedJson(_))
    ));
    assert!(matches!(
        import(&[0xff, 0xfe, 0x00]),
        Err(ImportError::MalformedJson(_))
    ));
    assert!(matches!(import(b""), Err(ImportError::MalformedJson(_))));
}

#[test]
fn rejects_json_that_is_not_a_momentum_backup() {
    for other in [
        json!({"name": "my playlist", "songs": []}),
        json!([1, 2, 3]),
        json!("momentum-backup"),
        json!({"format": "other-app", "version": 2}),
        // A raw stored record is not a backup file either.
        serde_json::from_str(&fixture("record-v2.json")).unwrap(),
    ] {
        assert_eq!(import_value(&other), Err(ImportError::NotMomentumBackup));
    }
}

#[test]
fn rejects_backups_from_a_newer_version() {
    let mut backup: Value = serde_json::from_str(&fixture("record-v99-newer.json")).unwrap();
    backup["format"] = json!("momentum-backup");
    assert_eq!(import_value(&backup), Err(ImportError::NewerVersion(99)));
}

#[test]
fn rejects_unknown_activities_in_choices_and_in_the_log() {
    let mut backup = valid_backup();
    backup["profile"]["activities"] = json!(["walking", "running"]);
    assert_eq!(
        import_value(&backup),
        Err(ImportError::UnknownActivity("running".into()))
    );
    let backup = with_entry_field("activity", json!("parkour"));
    assert_eq!(
        import_value(&backup),
        Err(ImportError::UnknownActivity("parkour".into()))
    );
}

#[test]
fn rejects_a_backup_with_the_wrong_shape() {
    let mut backup = valid_backup();
    backup["log"] = json!({"not": "a list"});
    assert!(matches!(
        import_value(&backup),
        Err(ImportError::UnreadableRecord(_))
    ));
    let mut backup = valid_backup();
    backup.as_object_mut().unwrap().remove("version");
    assert!(matches!(
        import_value(&backup),
        Err(ImportError::UnreadableRecord(_))
    ));
}

#[test]
fn rejects_dates_outside_2000_to_2100() {
    let backup = with_entry_field("date", json!("1999-12-31"));
    assert_eq!(
        import_value(&backup),
        Err(ImportError::Implausible(Implausible::DateOutOfRange {
            what: "session",
            date: date(1999, 12, 31)
        }))
    );
    let mut backup = valid_backup();
    backup["profile"]["start_date"] = json!("2101-01-01");
    assert!(matches!(
        import_value(&backup),
        Err(ImportError::Implausible(Implausible::DateOutOfRange {
            what: "plan start",
            ..
        }))
    ));
    // The ends of the range are fine.
    let backup = with_entry_field("date", json!("2000-01-01"));
    assert!(import_value(&backup).is_ok());
    let backup = with_entry_field("date", json!("2100-12-31"));
    assert!(import_value(&backup).is_ok());
}

#[test]
fn rejects_sessions_over_600_minutes() {
    let backup = with_entry_field("minutes", json!(601));
    assert_eq!(
        import_value(&backup),
        Err(ImportError::Implausible(Implausible::TooManyMinutes {
            date: date(2025, 3, 3),
            minutes: 601
        }))
    );
    assert!(import_value(&with_entry_field("minutes", json!(600))).is_ok());
}

#[test]
fn rejects_moods_outside_one_to_five() {
    for (field, mood) in [("mood_before", 0), ("mood_after", 6)] {
        assert_eq!(
            import_value(&with_entry_field(field, json!(mood))),
            Err(ImportError::Implausible(Implausible::MoodOutOfRange {
                date: date(2025, 3, 3),
                mood
            }))
        );
    }
}

#[test]
fn rejects_notes_over_280_characters() {
    // 281 characters but more bytes: the limit counts characters, not bytes.
    let long = "é".repeat(281);
    assert_eq!(
        import_value(&with_entry_field("note", json!(long))),
        Err(ImportError::Implausible(Implausible::NoteTooLong {
            date: date(2025, 3, 3),
            chars: 281
        }))
    );
    let fits = "é".repeat(280);
    assert!(import_value(&with_entry_field("note", json!(fits))).is_ok());
}

#[test]
fn rejects_an_unoffered_session_length_and_a_wrong_readiness_answer_count() {
    let mut backup = valid_backup();
    backup["profile"]["minutes_today"] = json!(45);
    assert_eq!(
        import_value(&backup),
        Err(ImportError::Implausible(
            Implausible::UnsupportedSessionLength(45)
        ))
    );
    let mut backup = valid_backup();
    backup["profile"]["readiness"] = json!([true, false]);
    assert_eq!(
        import_value(&backup),
        Err(ImportError::Implausible(
            Implausible::WrongReadinessAnswerCount(2)
        ))
    );
}

#[test]
fn every_error_message_is_plain_words_naming_the_problem() {
    let cases = [
        (ImportError::TooLarge { bytes: 2_000_000 }, "too large"),
        (ImportError::MalformedJson("x".into()), "damaged"),
        (ImportError::NotMomentumBackup, "not a Momentum backup"),
        (ImportError::NewerVersion(99), "newer version"),
        (
            ImportError::UnknownActivity("running".into()),
            "\"running\"",
        ),
        (ImportError::UnreadableRecord("x".into()), "incomplete"),
        (
            ImportError::Implausible(Implausible::MoodOutOfRange {
                date: date(2025, 1, 2),
                mood: 9,
            }),
            "the mood 9 on 2025-01-02 is not between 1 and 5",
        ),
        (
            ImportError::Implausible(Implausible::NoteTooLong {
                date: date(2025, 1, 2),
                chars: 300,
            }),
            "300 characters",
        ),
    ];
    for (error, expected) in cases {
        let message = error.to_string();
        assert!(message.contains(expected), "{message:?} lacks {expected:?}");
    }
}
