//! Upgrades stored records from every earlier schema version to the current one.
//!
//! Each step is a pure function from version `n` JSON to version `n + 1` JSON. Working on
//! [`serde_json::Value`] rather than Rust types means old versions never need their own structs:
//! a step only names the fields it changes, and the typed [`Record`](crate::core::record::Record)
//! exists for the current version alone. To add version 4: write `v3_to_v4`, append it to
//! [`STEPS`], bump `CURRENT_VERSION`, and add a `tests/fixtures/record-v3.json`-style fixture.

use serde_json::{json, Map, Value};

use crate::core::record::{CURRENT_VERSION, DEFAULT_SESSION_MINUTES};

/// One upgrade step: version `n` JSON in, version `n + 1` JSON out.
type Step = fn(Value) -> Result<Value, MigrateError>;

/// `STEPS[i]` upgrades version `i + 1` to version `i + 2`.
const STEPS: [Step; (CURRENT_VERSION - 1) as usize] = [v1_to_v2, v2_to_v3];

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
pub fn version_of(value: &Value) -> Result<u32, MigrateError> {
    let object = value.as_object().ok_or(MigrateError::NotAnObject)?;
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(MigrateError::MissingVersion)?;
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
pub fn to_current(value: Value) -> Result<Value, MigrateError> {
    let from = version_of(&value)?;
    STEPS[(from - 1) as usize..]
        .iter()
        .try_fold(value, |value, step| step(value))
}

/// Version 2 adds the plan inputs, the log and the backup settings to the version 1 profile.
/// A version 1 visitor only ever chose activities, so everything else starts at its default.
fn v1_to_v2(value: Value) -> Result<Value, MigrateError> {
    let bad = |problem| MigrateError::BadShape {
        version: 1,
        problem,
    };
    let Value::Object(mut record) = value else {
        return Err(MigrateError::NotAnObject);
    };
    let profile = record
        .get_mut("profile")
        .and_then(Value::as_object_mut)
        .ok_or(bad("there is no profile"))?;
    if !profile.get("activities").is_some_and(Value::is_array) {
        return Err(bad("the profile has no list of activities"));
    }
    insert_missing(profile, "minutes_today", json!(DEFAULT_SESSION_MINUTES));
    insert_missing(profile, "weekdays", json!([]));
    insert_missing(profile, "start_date", Value::Null);
    insert_missing(profile, "gentle", json!(false));
    insert_missing(profile, "readiness", Value::Null);
    insert_missing(&mut record, "log", json!([]));
    insert_missing(
        &mut record,
        "settings",
        json!({"ticks_since_backup": 0, "last_backup": null}),
    );
    record.insert("version".to_owned(), json!(2));
    Ok(Value::Object(record))
}

/// Version 3 adds the visitor's moves and swaps of single sessions; a version 2 visitor had
/// none, so the list starts empty and everything else is kept as it was.
fn v2_to_v3(value: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut record) = value else {
        return Err(MigrateError::NotAnObject);
    };
    if !record.get("profile").is_some_and(Value::is_object) {
        return Err(MigrateError::BadShape {
            version: 2,
            problem: "there is no profile",
        });
    }
    insert_missing(&mut record, "adjustments", json!([]));
    record.insert("version".to_owned(), json!(3));
    Ok(Value::Object(record))
}

/// Adds a field only when absent, so a step never destroys data it does not understand.
fn insert_missing(object: &mut Map<String, Value>, key: &str, default: Value) {
    object.entry(key.to_owned()).or_insert(default);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_gains_defaults_and_keeps_its_activities() {
        let v1 = json!({"version": 1, "profile": {"activities": ["yoga"]}});
        let current = to_current(v1).unwrap();
        assert_eq!(
            current,
            json!({
                "version": 3,
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
                "adjustments": []
            })
        );
    }

    #[test]
    fn v2_gains_an_empty_list_of_adjustments_and_keeps_the_rest() {
        let v2 = json!({"version": 2, "profile": {"activities": []}, "log": [], "extra": 1});
        assert_eq!(
            to_current(v2),
            Ok(
                json!({"version": 3, "profile": {"activities": []}, "log": [], "extra": 1, "adjustments": []})
            )
        );
        assert!(matches!(
            to_current(json!({"version": 2, "profile": 7})),
            Err(MigrateError::BadShape { version: 2, .. })
        ));
    }

    #[test]
    fn current_values_pass_through_unchanged() {
        let v3 = json!({"version": 3, "profile": {"activities": []}, "extra": 1});
        assert_eq!(to_current(v3.clone()), Ok(v3));
    }

    #[test]
    fn refuses_what_it_cannot_upgrade() {
        assert_eq!(to_current(json!([1])), Err(MigrateError::NotAnObject));
        assert_eq!(
            to_current(json!({"profile": {}})),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            to_current(json!({"version": "1"})),
            Err(MigrateError::MissingVersion)
        );
        assert_eq!(
            to_current(json!({"version": 0})),
            Err(MigrateError::UnknownVersion(0))
        );
        assert_eq!(
            to_current(json!({"version": 7})),
            Err(MigrateError::NewerVersion(7))
        );
        assert_eq!(
            to_current(json!({"version": u64::MAX})),
            Err(MigrateError::NewerVersion(u32::MAX))
        );
        assert!(matches!(
            to_current(json!({"version": 1, "profile": {"activities": 3}})),
            Err(MigrateError::BadShape { version: 1, .. })
        ));
    }
}
