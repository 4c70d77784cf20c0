//! Property tests: backups and stored text round-trip, and no input, however broken, panics.

mod common;

use common::{fixture, valid_entry, valid_record};
use momentum::core::json::{self, Json, JsonWriter};
use momentum::core::log::Log;
use momentum::core::migrate;
use momentum::core::record::Record;
use momentum::core::transfer::{export, import};
use momentum::core::validate;
use proptest::prelude::*;
use serde_json::Value;

/// Arbitrary JSON, biased towards the keys and values a record uses so the deep code paths run.
fn json_value() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("format".to_owned()),
        Just("version".to_owned()),
        Just("profile".to_owned()),
        Just("activities".to_owned()),
        Just("log".to_owned()),
        Just("date".to_owned()),
        Just("activity".to_owned()),
        Just("status".to_owned()),
        Just("minutes".to_owned()),
        "[a-z_]{1,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u64..4).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(Value::from("momentum-backup")),
        Just(Value::from("walking")),
        Just(Value::from("2025-03-03")),
        Just(Value::from("done")),
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

/// What our reader should make of a value serde_json wrote: whole numbers stay (saturating
/// beyond `i64`), anything with a fraction or exponent is a [`Json::NonInteger`].
fn as_our_json(value: &Value) -> Json<'static> {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Json::Int(i),
            (None, Some(_)) => Json::Int(i64::MAX),
            _ => Json::NonInteger,
        },
        Value::String(s) => Json::Str(s.clone().into()),
        Value::Array(items) => Json::Array(items.iter().map(as_our_json).collect()),
        Value::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| (k.clone().into(), as_our_json(v)))
                .collect(),
        ),
    }
}

/// A way to damage a valid export.
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
        any::<usize>().prop_map(|at| Damage::Truncate { at }),
        (
            any::<usize>(),
            prop_oneof![
                Just("\"".to_owned()),
                Just(",".to_owned()),
                Just("-1".to_owned()),
                Just("99999999999999999999".to_owned()),
                Just("{\"version\":3}".to_owned()),
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
    let _ = import(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = Record::parse(text);
        let _ = Record::parse_lenient(text);
        if let Ok(value) = json::parse(text) {
            let _ = migrate::to_current(value);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn export_then_import_is_the_identity(record in valid_record()) {
        prop_assert_eq!(import(export(&record).as_bytes()), Ok(record));
    }

    #[test]
    fn storing_then_parsing_is_the_identity(record in valid_record()) {
        prop_assert_eq!(Record::parse(&record.to_json()), Ok(record));
    }

    #[test]
    fn generated_valid_entries_pass_validation(entry in valid_entry()) {
        prop_assert_eq!(validate::check_entry(&entry), Ok(()));
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
    }

    #[test]
    fn merge_keeps_every_key_and_prefers_this_tab(
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
    fn merge_from_a_known_base_keeps_this_tabs_undos(
        base in prop::collection::vec(valid_entry(), 0..15),
        undone in prop::collection::vec(any::<bool>(), 15),
        logged_there in prop::collection::vec(valid_entry(), 0..15),
    ) {
        let base = Log::from(base);
        let mut here = base.clone();
        for (entry, undo) in base.entries().iter().zip(&undone) {
            if *undo {
                here.remove(entry.key());
            }
        }
        // The other tab logs new sessions and may re-log some of the base's differently.
        let mut there = base.clone();
        for entry in logged_there {
            there.upsert(entry);
        }
        let merged = here.merged_with(&there, Some(&base));
        for entry in base.entries() {
            let key = entry.key();
            match (here.get(key), there.get(key)) {
                (Some(mine), _) => prop_assert_eq!(merged.get(key), Some(mine)),
                (None, Some(theirs)) if theirs == entry => prop_assert!(merged.get(key).is_none()),
                (None, theirs) => prop_assert_eq!(merged.get(key), theirs),
            }
        }
        for entry in there.entries().iter().filter(|e| base.get(e.key()).is_none()) {
            prop_assert_eq!(merged.get(entry.key()), Some(entry));
        }
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
        }
        read_everything(as_backup.to_string().as_bytes());
    }

    #[test]
    fn reads_whatever_serde_json_writes(value in json_value()) {
        let expected = as_our_json(&value);
        let compact = value.to_string();
        prop_assert_eq!(json::parse(&compact), Ok(expected.clone()));
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        prop_assert_eq!(json::parse(&pretty), Ok(expected));
    }

    #[test]
    fn accepts_exactly_the_texts_serde_json_accepts(text in r#"[\[\]{}",:0-9a-fu.eE+\-\\ \n]{0,24}"#) {
        let ours = json::parse(&text).is_ok();
        let theirs = serde_json::from_str::<Value>(&text).is_ok();
        prop_assert_eq!(ours, theirs, "{:?}", text);
    }

    #[test]
    fn written_strings_read_back_everywhere(text in any::<String>()) {
        let mut out = JsonWriter::compact();
        out.string(&text);
        let written = out.finish();
        prop_assert_eq!(serde_json::from_str::<String>(&written).unwrap(), text.clone());
        prop_assert_eq!(json::parse(&written), Ok(Json::Str(text.into())));
    }

    #[test]
    fn damaged_exports_never_panic(
        record in valid_record(),
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let mut bytes = export(&record).into_bytes();
        for d in &damages {
            bytes = apply(d, &bytes);
        }
        read_everything(&bytes);
    }

    #[test]
    fn damaged_fixtures_never_panic(
        index in 0usize..6,
        damages in prop::collection::vec(damage(), 1..4),
    ) {
        let names = [
            "record-v1.json",
            "record-v2.json",
            "record-v99-newer.json",
            "backup-v1.json",
            "backup-v2.json",
            "record-corrupt-shape.json",
        ];
        let mut bytes = fixture(names[index]).into_bytes();
        for d in &damages {
            bytes = apply(d, &bytes);
        }
        read_everything(&bytes);
    }
}
