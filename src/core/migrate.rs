//! Upgrades stored records from every earlier schema version to the current one.
//!
//! Each step is a pure function from version `n` JSON to version `n + 1` JSON. Working on the
//! JSON tree ([`Json`]) rather than Rust types means old versions never need their own structs:
//! a step only names the fields it changes, and the typed [`Record`](crate::core::record::Record)
//! exists for the current version alone. To add version 5: write `v4_to_v5`, append it to
//! `STEPS`, bump `CURRENT_VERSION`, and add a `tests/fixtures/record-v5.json` fixture.

use crate::core::json::Json;

use crate::core::record::{CURRENT_VERSION, DEFAULT_SESSION_MINUTES};
use crate::core::schema::ENTRY_FIELDS;

/// One upgrade step: version `n` JSON in, version `n + 1` JSON out.
type Step = for<'a> fn(Json<'a>) -> Result<Json<'a>, MigrateError>;

/// `STEPS[i]` upgrades version `i + 1` to version `i + 2`.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [v1_to_v2, v2_to_v3, v3_to_v4];

/// Why a stored value could not be brought to the current version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The top level is not a JSON object, so it was never a Momentum record.
    NotAnObject,
    /// No whole-number `"version"` field, so there is no way to know how to read it.
    MissingVersion,
    /// Version 0 or another number no Momentum build ever wrote.
    UnknownVersion(u64),
    /// Written by a newer widget; only that widget knows how to read it.
    NewerVersion(u32),
    /// The value claims a version but lacks what that version always had.
    BadShape {
        /// The version the value claims.
        version: u32,
        /// What is missing, in plain words.
        problem: &'static str,
    },
}

impl std::fmt::Display for MigrateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MigrateError::NotAnObject => write!(f, "the data is not a Momentum record"),
            MigrateError::MissingVersion => write!(f, "the data has no version number"),
            MigrateError::UnknownVersion(v) => {
                write!(f, "version {v} was never written by Momentum")
            }
            MigrateError::NewerVersion(v) => {
                write!(f, "version {v} comes from a newer version of this widget")
            }
            MigrateError::BadShape { version, problem } => {
                write!(f, "the version {version} data is incomplete: {problem}")
            }
        }
    }
}

impl std::error::Error for MigrateError {}

/// Reads the schema version a stored value claims, so callers can refuse newer data early.
pub fn version_of(value: &Json) -> Result<u32, MigrateError> {
    if !matches!(value, Json::Object(_)) {
        return Err(MigrateError::NotAnObject);
    }
    let version = match value.get("version") {
        Some(&Json::Int(n)) if n >= 0 => n as u64,
        _ => return Err(MigrateError::MissingVersion),
    };
    if version == 0 {
        return Err(MigrateError::UnknownVersion(version));
    }
    if version > u64::from(CURRENT_VERSION) {
        return Err(MigrateError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        ));
    }
    Ok(version as u32)
}

/// Runs every step from the value's version up to [`CURRENT_VERSION`]; a current value passes
/// through untouched. The result still has to be deserialized: steps fix structure, not types.
pub fn to_current(value: Json) -> Result<Json, MigrateError> {
    let from = version_of(&value)?;
    STEPS[(from - 1) as usize..]
        .iter()
        .try_fold(value, |value, step| step(value))
}

/// Version 2 adds the plan inputs, the log and the backup settings to the version 1 profile.
/// A version 1 visitor only ever chose activities, so everything else starts at its default.
fn v1_to_v2(mut record: Json) -> Result<Json, MigrateError> {
    let bad = |problem| MigrateError::BadShape {
        version: 1,
        problem,
    };
    if !matches!(record, Json::Object(_)) {
        return Err(MigrateError::NotAnObject);
    }
    let profile = record
        .get_mut("profile")
        .filter(|profile| matches!(profile, Json::Object(_)))
        .ok_or(bad("there is no profile"))?;
    if !matches!(profile.get("activities"), Some(Json::Array(_))) {
        return Err(bad("the profile has no list of activities"));
    }
    profile.insert_missing("minutes_today", Json::Int(DEFAULT_SESSION_MINUTES.into()));
    profile.insert_missing("weekdays", Json::Array(Vec::new()));
    profile.insert_missing("start_date", Json::Null);
    profile.insert_missing("gentle", Json::Bool(false));
    profile.insert_missing("readiness", Json::Null);
    record.insert_missing("log", Json::Array(Vec::new()));
    record.insert_missing(
        "settings",
        Json::Object(vec![
            ("ticks_since_backup".into(), Json::Int(0)),
            ("last_backup".into(), Json::Null),
        ]),
    );
    record.set("version", Json::Int(2));
    Ok(record)
}

/// Version 3 adds the visitor's moves and swaps of single sessions; a version 2 visitor had
/// none, so the list starts empty and everything else is kept as it was.
fn v2_to_v3(mut record: Json) -> Result<Json, MigrateError> {
    if !matches!(record, Json::Object(_)) {
        return Err(MigrateError::NotAnObject);
    }
    if !matches!(record.get("profile"), Some(Json::Object(_))) {
        return Err(MigrateError::BadShape {
            version: 2,
            problem: "there is no profile",
        });
    }
    record.insert_missing("adjustments", Json::Array(Vec::new()));
    record.set("version", Json::Int(3));
    Ok(record)
}

/// Version 4 writes each log entry as a list in a fixed order ([`ENTRY_FIELDS`]) instead of an
/// object, which halves the text of a long history and the time to read it. A member an entry
/// lacked becomes `null` (the reader then says what is missing); unknown members are dropped,
/// as the version 3 reader ignored them.
fn v3_to_v4(mut record: Json) -> Result<Json, MigrateError> {
    if !matches!(record, Json::Object(_)) {
        return Err(MigrateError::NotAnObject);
    }
    if let Some(Json::Array(entries)) = record.get_mut("log") {
        for entry in entries {
            if let Json::Object(members) = entry {
                const MISSING: Json = Json::Null;
                let mut row = [MISSING; ENTRY_FIELDS.len()];
                // In file order, so a repeated member's last value counts, as it did before.
                for (name, value) in members.drain(..) {
                    if let Some(at) = ENTRY_FIELDS.iter().position(|field| *field == name) {
                        row[at] = value;
                    }
                }
                *entry = Json::Array(row.into());
            }
        }
    }
    record.set("version", Json::Int(4));
    Ok(record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::parse;

    fn upgraded(text: &str) -> Result<Json<'_>, MigrateError> {
        to_current(parse(text).unwrap())
    }

    #[test]
    fn v1_gains_defaults_and_keeps_its_activities() {
        assert_eq!(
            upgraded(r#"{"version": 1, "profile": {"activities": ["yoga"]}}"#),
            Ok(parse(
                r#"{
                    "profile": {
                        "activities": ["yoga"],
                        "minutes_today": 10,
                        "weekdays": [],
                        "start_date": null,
                        "gentle": false,
                        "readiness": null
                    },
                    "log": [],
                    "settings": {"ticks_since_backup": 0, "last_backup": null},
                    "adjustments": [],
                    "version": 4
                }"#
            )
            .unwrap())
        );
    }

    #[test]
    fn v2_gains_an_empty_list_of_adjustments_and_keeps_the_rest() {
        assert_eq!(
            upgraded(r#"{"version": 2, "profile": {"activities": []}, "log": [], "extra": 1}"#),
            Ok(parse(
                r#"{"profile": {"activities": []}, "log": [], "extra": 1, "adjustments": [], "version": 4}"#
            )
            .unwrap())
        );
        assert!(matches!(
            upgraded(r#"{"version": 2, "profile": 7}"#),
            Err(MigrateError::BadShape { version: 2, .. })
        ));
    }

    #[test]
    fn current_values_pass_through_unchanged() {
        let v4 = r#"{"version": 4, "profile": {"activities": []}, "extra": 1}"#;
        assert_eq!(upgraded(v4), Ok(parse(v4).unwrap()));
    }

    #[test]
    fn v3_entries_become_lists_in_field_order() {
        assert_eq!(
            upgraded(
                r#"{"version": 3, "profile": {"activities": []}, "log": [
                    {"note": "hi", "status": "done", "date": "2025-03-01", "activity": "yoga",
                     "minutes": 20, "effort": "easy", "mood_after": 4, "mood_before": 2},
                    {"date": "2025-03-02", "activity": "walking", "status": "skipped", "x": 1},
                    {"date": "2025-03-03", "date": "2025-03-04"},
                    7
                ]}"#
            ),
            Ok(parse(
                r#"{"profile": {"activities": []}, "log": [
                    ["2025-03-01", "yoga", "done", 20, "easy", 2, 4, "hi"],
                    ["2025-03-02", "walking", "skipped", null, null, null, null, null],
                    ["2025-03-04", null, null, null, null, null, null, null],
                    7
                ], "version": 4}"#
            )
            .unwrap())
        );
    }

    #[test]
    fn refuses_what_it_cannot_upgrade() {
        assert_eq!(upgraded("[1]"), Err(MigrateError::NotAnObject));
        assert_eq!(
            upgraded(r#"{"profile": {}}"#),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            upgraded(r#"{"version": "1"}"#),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            upgraded(r#"{"version": 1.0}"#),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            upgraded(r#"{"version": -1}"#),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            upgraded(r#"{"version": 0}"#),
            Err(MigrateError::UnknownVersion(0))
        );
        assert_eq!(
            upgraded(r#"{"version": 7}"#),
            Err(MigrateError::NewerVersion(7))
        );
        assert_eq!(
            upgraded(r#"{"version": 18446744073709551615}"#),
            Err(MigrateError::NewerVersion(u32::MAX))
        );
        assert!(matches!(
            upgraded(r#"{"version": 1, "profile": {"activities": 3}}"#),
            Err(MigrateError::BadShape { version: 1, .. })
        ));
    }
}
