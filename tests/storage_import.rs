//! Backup import: valid files of every format come back as records; each kind of bad file is
//! refused with its own error, and nothing about the refusal depends on the caller's current
//! data.

mod common;

use chrono::NaiveDate;
use common::{date, done, expect_fixture, fixture};
use momentum::core::activity::Activity;
use momentum::core::record::{Record, CURRENT_VERSION};
use momentum::core::transfer::{export, import, ImportError, BACKUP_FORMAT, MAX_BACKUP_BYTES};
use momentum::core::validate::Implausible;
use momentum::present::screens::settings::import_problem;
use momentum::present::text::EN;
use serde_json::{json, Value};

/// The day of every import here: the fixtures' plans began on 3 March 2025, so three of their
/// weeks have begun (an older backup's begun weeks are stored as its format showed them).
fn today() -> NaiveDate {
    date(2025, 3, 19)
}

fn import_value(value: &Value) -> Result<Record, ImportError> {
    import(value.to_string().as_bytes(), today())
}

fn backup(name: &str) -> Value {
    serde_json::from_str(&fixture(name)).unwrap()
}

/// A valid backup of format 2 (log entries as objects), to break one field at a time.
fn v2_with_entry_field(field: &str, new: Value) -> Value {
    let mut value = backup("backup-v2.json");
    value["log"][0][field] = new;
    value
}

/// A valid backup of the current format (log entries as rows), to break one place at a time.
fn v5_with_entry_place(place: usize, new: Value) -> Value {
    let mut value = backup("backup-v5.json");
    let row = value["log"][0].as_array_mut().unwrap();
    while row.len() <= place {
        row.push(Value::Null);
    }
    row[place] = new;
    value
}

fn unreadable(result: Result<Record, ImportError>) -> String {
    match result {
        Err(ImportError::UnreadableRecord(why)) => why,
        other => panic!("expected an unreadable record, got {other:?}"),
    }
}

#[test]
fn backups_of_every_format_import_as_the_records_they_were_made_from() {
    for (backup_file, record_file) in [
        ("backup-v2.json", "record-v2.json"),
        ("backup-v4.json", "record-v4.json"),
    ] {
        let imported = import(fixture(backup_file).as_bytes(), today()).unwrap();
        let stored = Record::parse(&fixture(record_file), today()).unwrap();
        assert_eq!(imported, stored, "{backup_file}");
        assert_eq!(imported.version, CURRENT_VERSION);
    }
    // The format-4 backup exported again is the format-5 fixture, and reads back the same.
    let from_v4 = import(fixture("backup-v4.json").as_bytes(), today()).unwrap();
    expect_fixture("backup-v5.json", &(export(&from_v4) + "\n"));
    assert_eq!(
        import(fixture("backup-v5.json").as_bytes(), today()),
        Ok(from_v4.clone())
    );
    // A format-5 backup stores its weeks: reading it later changes nothing.
    assert_eq!(
        import(fixture("backup-v5.json").as_bytes(), date(2025, 9, 1)),
        Ok(from_v4)
    );
}

#[test]
fn older_backups_are_migrated() {
    let imported = import(fixture("backup-v1.json").as_bytes(), today()).unwrap();
    assert_eq!(imported.version, CURRENT_VERSION);
    assert_eq!(imported.choices.activities, vec![Activity::Swimming]);
    assert!(imported.plans.is_empty(), "format 1 held no plan yet");
}

#[test]
fn export_then_import_gives_the_same_record() {
    let mut record = Record::parse(&fixture("record-v5.json"), today()).unwrap();
    record.log_session(done(date(2025, 3, 9), Activity::Swimming, 30));
    record.log_session(done(date(2025, 3, 9), Activity::Other, 25));
    let text = export(&record);
    assert!(text.starts_with(&format!("{{\n  \"format\": \"{BACKUP_FORMAT}\"")));
    assert_eq!(import(text.as_bytes(), today()), Ok(record));
}

#[test]
fn rejects_files_over_one_megabyte_before_parsing() {
    let huge = vec![b'{'; MAX_BACKUP_BYTES + 1];
    assert_eq!(
        import(&huge, today()),
        Err(ImportError::TooLarge {
            bytes: MAX_BACKUP_BYTES + 1
        })
    );
    // A valid backup padded past the limit is refused too: size is checked first.
    let padded = format!(
        "{}{}",
        fixture("backup-v5.json"),
        " ".repeat(MAX_BACKUP_BYTES)
    );
    assert!(matches!(
        import(padded.as_bytes(), today()),
        Err(ImportError::TooLarge { .. })
    ));
}

#[test]
fn rejects_malformed_json() {
    let text = fixture("backup-v5.json");
    let truncated = &text[..text.len() / 2];
    let not_text: &[u8] = &[0xff, 0xfe, 0x00];
    for bad in [truncated.as_bytes(), not_text, b"", b"{} {}"] {
        assert!(
            matches!(import(bad, today()), Err(ImportError::MalformedJson(_))),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn rejects_json_that_is_not_a_momentum_backup() {
    for other in [
        json!({"name": "my playlist", "songs": []}),
        json!([1, 2, 3]),
        json!("momentum-backup"),
        json!({"format": "other-app", "version": 5}),
        // A raw stored record is not a backup file either.
        serde_json::from_str(&fixture("record-v5.json")).unwrap(),
        serde_json::from_str(&fixture("record-v2.json")).unwrap(),
    ] {
        assert_eq!(import_value(&other), Err(ImportError::NotMomentumBackup));
    }
}

#[test]
fn rejects_backups_from_a_newer_version() {
    let mut value: Value = serde_json::from_str(&fixture("record-v99-newer.json")).unwrap();
    value["format"] = json!(BACKUP_FORMAT);
    assert_eq!(import_value(&value), Err(ImportError::NewerVersion(99)));
}

#[test]
fn an_unknown_activity_is_named_wherever_any_format_keeps_one() {
    let running = || Err(ImportError::UnknownActivity("running".into()));
    // Format 2: the profile's choices and a log object.
    let mut v2 = backup("backup-v2.json");
    v2["profile"]["activities"] = json!(["walking", "running"]);
    assert_eq!(import_value(&v2), running());
    assert_eq!(
        import_value(&v2_with_entry_field("activity", json!("running"))),
        running()
    );
    // Format 4: a log row (this gave the generic "damaged" message once) and a move.
    let mut v4 = backup("backup-v4.json");
    v4["log"][2][1] = json!("running");
    assert_eq!(import_value(&v4), running());
    let mut v4 = backup("backup-v4.json");
    v4["adjustments"][1]["to_activity"] = json!("running");
    assert_eq!(import_value(&v4), running());
    // Format 5: the choices, a log row, a move, a stored session and the session it replaced.
    let mut v5 = backup("backup-v5.json");
    v5["choices"]["activities"] = json!(["running"]);
    assert_eq!(import_value(&v5), running());
    assert_eq!(
        import_value(&v5_with_entry_place(1, json!("running"))),
        running()
    );
    let mut v5 = backup("backup-v5.json");
    v5["moves"] = json!([{
        "date": "2025-03-24",
        "activity": "walking",
        "to_date": "2025-03-25",
        "to_activity": "running"
    }]);
    assert_eq!(import_value(&v5), running());
    let mut v5 = backup("backup-v5.json");
    v5["weeks"][0]["sessions"][0][1] = json!("running");
    assert_eq!(import_value(&v5), running());
    let mut v5 = backup("backup-v5.json");
    v5["weeks"][1]["sessions"][0][5][1] = json!("running");
    assert_eq!(import_value(&v5), running());
}

#[test]
fn an_unknown_name_is_echoed_clipped_to_forty_characters() {
    let long = "parkour-on-the-rooftops-of-the-old-town-at-dawn-with-friends";
    assert!(long.chars().count() > 40);
    let mut v4 = backup("backup-v4.json");
    v4["log"][0][1] = json!(long);
    let Err(ImportError::UnknownActivity(echoed)) = import_value(&v4) else {
        panic!("an unknown activity");
    };
    assert_eq!(echoed, format!("{}…", &long[..40]));
    assert_eq!(echoed.chars().count(), 41);
    let message = import_problem(&ImportError::UnknownActivity(echoed.clone()), &EN);
    assert!(
        message.contains(&echoed) && !message.contains(long),
        "{message}"
    );
}

#[test]
fn rejects_a_backup_with_the_wrong_shape_and_says_where() {
    let mut value = backup("backup-v5.json");
    value["log"] = json!({"not": "a list"});
    let why = unreadable(import_value(&value));
    assert!(why.contains("log"), "{why}");
    let mut value = backup("backup-v5.json");
    value.as_object_mut().unwrap().remove("version");
    unreadable(import_value(&value));
    let why = unreadable(import_value(&v5_with_entry_place(3, json!("ten"))));
    assert!(why.contains("log[0].minutes"), "{why}");
    let mut value = backup("backup-v5.json");
    value["weeks"][0]["sessions"][1][2] = json!(-5);
    let why = unreadable(import_value(&value));
    assert!(why.contains("weeks[0].sessions[1].minutes"), "{why}");
    let mut value = backup("backup-v5.json");
    value["readiness"] = json!([true, false]);
    let why = unreadable(import_value(&value));
    assert!(why.contains("readiness"), "{why}");
}

#[test]
fn rejects_dates_outside_2000_to_2100_and_says_where() {
    let why = unreadable(import_value(&v2_with_entry_field(
        "date",
        json!("1999-12-31"),
    )));
    assert!(
        why.contains("log[0].date") && why.contains("between 2000-01-01 and 2100-12-31"),
        "{why}"
    );
    let mut value = backup("backup-v2.json");
    value["profile"]["start_date"] = json!("2101-01-01");
    let why = unreadable(import_value(&value));
    assert!(why.contains("profile.start_date"), "{why}");
    let why = unreadable(import_value(&v5_with_entry_place(0, json!("2101-01-01"))));
    assert!(why.contains("log[0].date"), "{why}");
    let mut value = backup("backup-v5.json");
    value["plans"][0]["start"] = json!("1999-01-04");
    let why = unreadable(import_value(&value));
    assert!(why.contains("plans[0].start"), "{why}");
    // The ends of the range are fine.
    for end in ["2000-01-01", "2100-12-31"] {
        assert!(import_value(&v2_with_entry_field("date", json!(end))).is_ok());
        assert!(import_value(&v5_with_entry_place(0, json!(end))).is_ok());
    }
}

#[test]
fn rejects_sessions_over_600_minutes() {
    let too_many = |date| {
        Err(ImportError::Implausible(Implausible::TooManyMinutes {
            date,
            minutes: 601,
        }))
    };
    assert_eq!(
        import_value(&v2_with_entry_field("minutes", json!(601))),
        too_many(date(2025, 3, 3))
    );
    assert_eq!(
        import_value(&v5_with_entry_place(3, json!(601))),
        too_many(date(2025, 3, 3))
    );
    let mut value = backup("backup-v5.json");
    value["weeks"][0]["sessions"][0][2] = json!(601);
    assert_eq!(import_value(&value), too_many(date(2025, 3, 3)));
    assert!(import_value(&v2_with_entry_field("minutes", json!(600))).is_ok());
    assert!(import_value(&v5_with_entry_place(3, json!(600))).is_ok());
}

#[test]
fn rejects_moods_outside_one_to_five() {
    for (field, place, mood) in [("mood_before", 5, 0), ("mood_after", 6, 6)] {
        let expected = Err(ImportError::Implausible(Implausible::MoodOutOfRange {
            date: date(2025, 3, 3),
            mood,
        }));
        assert_eq!(
            import_value(&v2_with_entry_field(field, json!(mood))),
            expected
        );
        assert_eq!(
            import_value(&v5_with_entry_place(place, json!(mood))),
            expected
        );
    }
}

#[test]
fn rejects_notes_over_280_characters() {
    // 281 characters but more bytes: the limit counts characters, not bytes.
    let long = "é".repeat(281);
    let expected = Err(ImportError::Implausible(Implausible::NoteTooLong {
        date: date(2025, 3, 3),
        chars: 281,
    }));
    assert_eq!(
        import_value(&v2_with_entry_field("note", json!(long))),
        expected
    );
    assert_eq!(import_value(&v5_with_entry_place(7, json!(long))), expected);
    let fits = "é".repeat(280);
    assert!(import_value(&v2_with_entry_field("note", json!(fits))).is_ok());
    assert!(import_value(&v5_with_entry_place(7, json!(fits))).is_ok());
}

#[test]
fn rejects_choices_that_cannot_make_the_plan_and_weeks_of_no_plan() {
    let mut value = backup("backup-v2.json");
    value["profile"]["minutes_today"] = json!(45);
    assert_eq!(
        import_value(&value),
        Err(ImportError::Implausible(
            Implausible::UnsupportedSessionLength(45)
        ))
    );
    let mut value = backup("backup-v5.json");
    value["choices"]["weekdays"] = json!([]);
    assert!(matches!(
        import_value(&value),
        Err(ImportError::Implausible(Implausible::UnusableChoices(_)))
    ));
    let mut value = backup("backup-v5.json");
    value["weeks"][1]["start"] = json!("2025-03-11");
    assert_eq!(
        import_value(&value),
        Err(ImportError::Implausible(Implausible::WeekOutsidePlans {
            start: date(2025, 3, 11)
        }))
    );
}

#[test]
fn a_wrong_number_of_readiness_answers_in_an_old_backup_asks_again() {
    let mut value = backup("backup-v2.json");
    value["profile"]["readiness"] = json!([true, false]);
    let imported = import_value(&value).unwrap();
    assert_eq!(imported.readiness, None, "the questions come again");
    assert_eq!(imported.log.len(), 4, "nothing else is lost");
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
        (
            ImportError::Implausible(Implausible::WeekOutsidePlans {
                start: date(2025, 1, 2),
            }),
            "the week of 2025-01-02 belongs to no plan",
        ),
    ];
    for (error, expected) in cases {
        let message = error.to_string();
        assert!(message.contains(expected), "{message:?} lacks {expected:?}");
        // The widget's own words say the same, without a bare error code.
        let shown = import_problem(&error, &EN);
        assert!(!shown.is_empty() && !shown.contains("Err("), "{shown}");
    }
}
