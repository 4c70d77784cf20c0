//! Property tests: backups and stored text round-trip; no input, however broken, panics; and a
//! damaged backup is either refused or read as exactly what it says, never as a different,
//! smaller record (a damaged member name must not quietly drop what the member held).

mod common;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use common::{date, fixture, valid_entry, valid_record};
use momentum::core::log::Log;
use momentum::core::migrate;
use momentum::core::record::{read, Record};
use momentum::core::transfer::{export, import, ImportError};
use momentum::core::validate;
use proptest::prelude::*;
use serde_json::Value;

fn today() -> NaiveDate {
    date(2026, 1, 5)
}

/// Arbitrary JSON, biased towards the keys and values a record uses so the deep code paths run.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("format".to_owned()),
        Just("version".to_owned()),
        Just("profile".to_owned()),
        Just("choices".to_owned()),
        Just("activities".to_owned()),
        Just("plans".to_owned()),
        Just("weeks".to_owned()),
        Just("sessions".to_owned()),
        Just("start".to_owned()),
        Just("log".to_owned()),
        Just("moves".to_owned()),
        Just("date".to_owned()),
        Just("activity".to_owned()),
        Just("minutes".to_owned()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..7).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(Value::from("momentum-backup")),
        Just(Value::from("walking")),
        Just(Value::from("2025-03-03")),
        Just(Value::from("done")),
        Just(Value::from("main")),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// A way to damage a valid file.
#[derive(Debug, Clone)]
enum Damage {
    FlipByte { at: usize, to: u8 },
    Truncate { at: usize },
    Insert { at: usize, text: String },
    DeleteRange { at: usize, len: usize },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, to)| Damage::FlipByte { at, to }),
        // A letter for a letter: the damage that keeps the JSON valid most often.
        (any::<usize>(), b'a'..=b'z').prop_map(|(at, to)| Damage::FlipByte { at, to }),
        any::<usize>().prop_map(|at| Damage::Truncate { at }),
        (
            any::<usize>(),
            prop_oneof![
                Just("\"".to_owned()),
                Just(",".to_owned()),
                Just("-1".to_owned()),
                Just("99999999999999999999".to_owned()),
                Just("{\"version\":3}".to_owned()),
                Just("\"x\": 1, ".to_owned()),
                ".{0,6}",
            ]
        )
            .prop_map(|(at, text)| Damage::Insert { at, text }),
        (any::<usize>(), 0usize..40).prop_map(|(at, len)| Damage::DeleteRange { at, len }),
    ]
}

fn apply(damage: &Damage, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let at = |i: usize| i % (out.len() + 1);
    match damage {
        Damage::FlipByte { at: i, to } => {
            if !out.is_empty() {
                let i = i % out.len();
                out[i] = *to;
            }
        }
        Damage::Truncate { at: i } => out.truncate(at(*i)),
        Damage::Insert { at: i, text } => {
            let i = at(*i);
            out.splice(i..i, text.bytes());
        }
        Damage::DeleteRange { at: i, len } => {
            let i = at(*i);
            let end = (i + len).min(out.len());
            out.drain(i..end);
        }
    }
    out
}

/// Everything that reads outside data must either succeed or return an error, never panic.
fn read_everything(bytes: &[u8]) {
    let _ = import(bytes, today());
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Record::parse(text, today());
        let _ = Record::parse_lenient(text, today());
        let _ = migrate::version_of(text);
        let _ = read::json::<Record>(text);
    }
}

/// Every member name a JSON value holds, with its place (`choices.gentle`, `weeks.level`):
/// list positions are left out, so it is the set of names the file uses, not their order.
fn member_names(value: &Value) -> BTreeSet<String> {
    fn walk(value: &Value, place: &str, out: &mut BTreeSet<String>) {
        match value {
            Value::Object(members) => {
                for (name, inner) in members {
                    let here = if place.is_empty() {
                        name.clone()
                    } else {
                        format!("{place}.{name}")
                    };
                    walk(inner, &here, out);
                    out.insert(here);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, place, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    walk(value, "", &mut out);
    out
}

/// Checks that damaged backup bytes are refused, read as the original, or read as a record
/// whose own backup uses exactly the member names the damaged file uses: a value may have
/// changed (that is what the file says), a name may not have been lost or made up.
fn refused_or_read_as_written(original: &Record, bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(read_back) = import(bytes, today()) else {
        return Ok(());
    };
    let text = std::str::from_utf8(bytes).expect("an accepted file is text");
    read_as_written(original, text, &read_back).map_err(TestCaseError::fail)
}

/// The check of [`refused_or_read_as_written`] on a record read from `text`.
fn read_as_written(original: &Record, text: &str, read_back: &Record) -> Result<(), String> {
    if read_back == original {
        return Ok(());
    }
    let file: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let written: Value = serde_json::from_str(&export(read_back)).unwrap();
    let (file_names, record_names) = (member_names(&file), member_names(&written));
    if file_names == record_names {
        return Ok(());
    }
    Err(format!(
        "accepted as a different record: names only in the file {:?}, only in the record {:?}\n{text}",
        file_names.difference(&record_names).collect::<Vec<_>>(),
        record_names.difference(&file_names).collect::<Vec<_>>(),
    ))
}

#[test]
fn a_renamed_or_lost_member_is_refused_and_the_checker_sees_it() {
    let record = Record::parse(&fixture("record-v5.json"), today()).unwrap();
    let text = export(&record);
    let names = member_names(&serde_json::from_str(&text).unwrap());
    assert!(names.contains("choices.gentle") && names.contains("weeks.sessions"));
    let renamed = text.replace("\"log\"", "\"lpg\"");
    let lost = text.replace(",\n    \"gentle\": true", "");
    for (damaged, name) in [(&renamed, "\"lpg\""), (&lost, "\"choices.gentle\"")] {
        // Read leniently (as stored text is), the file is a different record: the checker
        // says so...
        let lenient = Record::parse(damaged, today()).unwrap();
        assert_ne!(lenient, record);
        assert!(read_as_written(&record, damaged, &lenient).is_err());
        // ...and import refuses it, naming the member.
        match import(damaged.as_bytes(), today()) {
            Err(ImportError::UnreadableRecord(why)) => assert!(why.contains(name), "{why}"),
            other => panic!("{other:?}"),
        }
    }
    // A changed value is what the file says.
    let changed = text.replace("15", "20");
    let read_back = import(changed.as_bytes(), today()).unwrap();
    assert_ne!(read_back, record);
    assert!(read_as_written(&record, &changed, &read_back).is_ok());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn export_then_import_is_the_identity(record in valid_record()) {
        prop_assert_eq!(import(export(&record).as_bytes(), today()), Ok(record));
    }

    #[test]
    fn storing_then_parsing_is_the_identity(record in valid_record()) {
        let text = record.to_json();
        prop_assert_eq!(Record::parse(&text, today()), Ok(record.clone()));
        // The stored text is what a backup holds, bar the marker and the layout.
        let stored: Value = serde_json::from_str(&text).unwrap();
        let mut backup: Value = serde_json::from_str(&export(&record)).unwrap();
        backup.as_object_mut().unwrap().remove("format");
        prop_assert_eq!(stored, backup);
    }

    #[test]
    fn generated_records_and_entries_pass_validation(record in valid_record(), entry in valid_entry()) {
        prop_assert_eq!(validate::check_record(&record), Ok(()));
        prop_assert_eq!(validate::check_entry(&entry), Ok(()));
    }

    #[test]
    fn the_readable_layout_reads_back_as_the_same_value(value in json_value()) {
        // Compared with serde_json's own compact text read back, as serde_json's reader rounds
        // a few long floats differently from how they were written.
        let pretty: Value = serde_json::from_str(&read::pretty(&value)).unwrap();
        let compact: Value = serde_json::from_str(&value.to_string()).unwrap();
        prop_assert_eq!(pretty, compact);
    }

    #[test]
    fn a_backup_holds_one_logged_session_per_line(record in valid_record()) {
        let text = export(&record);
        let rows = text.lines().filter(|l| l.trim_start().starts_with("[\"") && l.contains("\", \"")).count();
        let sessions: usize = record.weeks.iter().map(|w| w.sessions.len()).sum();
        prop_assert_eq!(rows, record.log.len() + sessions);
    }

    #[test]
    fn log_stays_sorted_and_unique_under_any_edits(
        entries in prop::collection::vec(valid_entry(), 0..30),
        removals in prop::collection::vec(valid_entry(), 0..10),
    ) {
        let mut log = Log::default();
        for entry in entries.iter().cloned() {
            log.upsert(entry);
        }
        for entry in &removals {
            log.remove(entry.key());
        }
        let keys: Vec<_> = log.entries().iter().map(|e| e.key()).collect();
        prop_assert!(keys.windows(2).all(|w| w[0] < w[1]));
        for entry in &entries {
            let removed = removals.iter().any(|r| r.key() == entry.key());
            prop_assert_eq!(log.get(entry.key()).is_some(), !removed);
        }
        // Reading a list with repeats keeps the last of each key, as upserting in order does.
        prop_assert_eq!(Log::from(entries.clone()), entries.into_iter().fold(Log::default(), |mut l, e| { l.upsert(e); l }));
    }

    #[test]
    fn merge_without_a_base_keeps_every_key_and_prefers_this_tab(
        here in prop::collection::vec(valid_entry(), 0..15),
        there in prop::collection::vec(valid_entry(), 0..15),
    ) {
        let here = Log::from(here);
        let there = Log::from(there);
        let merged = here.merged_with(&there, None);
        for entry in here.entries() {
            prop_assert_eq!(merged.get(entry.key()), Some(entry));
        }
        for entry in there.entries() {
            prop_assert!(merged.get(entry.key()).is_some());
        }
        prop_assert!(merged.len() <= here.len() + there.len());
        prop_assert_eq!(merged.merged_with(&there, None), merged.clone());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        read_everything(&bytes);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in ".{0,200}") {
        read_everything(text.as_bytes());
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        read_everything(value.to_string().as_bytes());
        let mut as_backup = value;
        if let Some(object) = as_backup.as_object_mut() {
            object.insert("format".into(), "momentum-backup".into());
            object.insert("version".into(), 5.into());
        }
        read_everything(as_backup.to_string().as_bytes());
    }

    #[test]
    fn damaged_exports_are_refused_or_read_as_written(
        record in valid_record(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let mut bytes = export(&record).into_bytes();
        for d in &damages {
            bytes = apply(d, &bytes);
        }
        read_everything(&bytes);
        refused_or_read_as_written(&record, &bytes)?;
    }

    #[test]
    fn damaged_fixtures_never_panic(
        index in 0usize..12,
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let names = [
            "record-v1.json",
            "record-v2.json",
            "record-v3.json",
            "record-v4.json",
            "record-v5.json",
            "record-v99-newer.json",
            "record-v99-reshaped.json",
            "backup-v1.json",
            "backup-v2.json",
            "backup-v4.json",
            "backup-v5.json",
            "record-corrupt-shape.json",
        ];
        let mut bytes = fixture(names[index]).into_bytes();
        for d in &damages {
            bytes = apply(d, &bytes);
        }
        read_everything(&bytes);
    }

    /// The current format's backup fixture, damaged: refused, or read as what it says.
    #[test]
    fn the_damaged_v5_fixture_is_refused_or_read_as_written(
        damages in prop::collection::vec(damage(), 1..3),
    ) {
        let text = fixture("backup-v5.json");
        let original = import(text.as_bytes(), today()).unwrap();
        let mut bytes = text.into_bytes();
        for d in &damages {
            bytes = apply(d, &bytes);
        }
        refused_or_read_as_written(&original, &bytes)?;
    }
}
