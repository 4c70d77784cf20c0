//! Backup files: the visitor's whole record as a JSON file they keep, and the checks that decide
//! whether a chosen file may replace what the widget holds.
//!
//! Backups matter because the record lives only in the browser (Safari deletes script-written
//! storage after seven days without a visit). Import is a pure function: it either returns a
//! complete, plausible [`Record`] or an [`ImportError`], so the caller's current data is never
//! touched by a bad file.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::core::activity::Activity;
use crate::core::migrate::{self, MigrateError};
use crate::core::record::{read, Record, RecordError, CURRENT_VERSION};
use crate::core::validate::{self, Implausible};

/// The marker that tells a Momentum backup from any other JSON file.
pub const BACKUP_FORMAT: &str = "momentum-backup";

/// An unknown name from a file is echoed in a message only up to this many characters.
const MAX_ECHOED_CHARS: usize = 40;

/// Files above 1 MB are refused before parsing: years of daily sessions fit in a fraction of it,
/// and refusing early keeps a wrong file choice (a photo, a video) from freezing the page.
pub const MAX_BACKUP_BYTES: usize = 1_000_000;

/// Why a file was not imported, worded for the visitor; the current data stays as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_BACKUP_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// The file is not valid JSON (or not text at all).
    MalformedJson(String),
    /// Valid JSON, but without the [`BACKUP_FORMAT`] marker: some other program's file.
    NotMomentumBackup,
    /// A backup from a newer version of the widget, which this one cannot read safely.
    NewerVersion(u32),
    /// A session or choice names an activity this widget does not offer.
    UnknownActivity(String),
    /// The marker is there but the content does not have the shape of a Momentum record.
    UnreadableRecord(String),
    /// The content reads, but holds a value no real visitor would have entered.
    Implausible(Implausible),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "this file is too large to be a Momentum backup ({bytes} bytes; the limit is {MAX_BACKUP_BYTES})"
            ),
            ImportError::MalformedJson(why) => {
                write!(f, "this file is damaged or not a backup file ({why})")
            }
            ImportError::NotMomentumBackup => write!(f, "this file is not a Momentum backup"),
            ImportError::NewerVersion(v) => write!(
                f,
                "this backup comes from a newer version of Momentum (version {v}); please use that version to open it"
            ),
            ImportError::UnknownActivity(name) => {
                write!(f, "this backup mentions an activity Momentum does not know: \"{name}\"")
            }
            ImportError::UnreadableRecord(why) => {
                write!(f, "this backup is incomplete or damaged ({why})")
            }
            ImportError::Implausible(problem) => {
                write!(f, "this backup holds a value that cannot be right: {problem}")
            }
        }
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Implausible(problem) => Some(problem),
            _ => None,
        }
    }
}

impl From<Implausible> for ImportError {
    fn from(problem: Implausible) -> Self {
        ImportError::Implausible(problem)
    }
}

/// The backup file's text: the marker first, then the record exactly as stored, laid out so a
/// curious visitor (or the clinic) can read it: one session per line.
pub fn export(record: &Record) -> String {
    #[derive(Serialize)]
    struct Backup<'a> {
        format: &'static str,
        #[serde(flatten)]
        record: &'a Record,
    }
    read::pretty(&Backup {
        format: BACKUP_FORMAT,
        record,
    })
}

/// Reads a backup file's bytes into a record, or says in plain words why it will not.
///
/// Checks run cheapest first: size, JSON syntax, marker, version, activities, shape, then the
/// plausibility rules of [`validate::check_record`]. Older backup versions are upgraded (which
/// needs `today`, see [`Record::parse`]).
pub fn import(bytes: &[u8], today: NaiveDate) -> Result<Record, ImportError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImportError::MalformedJson("it is not text".to_owned()))?;
    let value: Value = read::json(text).map_err(|e| ImportError::MalformedJson(e.to_string()))?;
    if value.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(ImportError::NotMomentumBackup);
    }
    let version = migrate::version_of(text).map_err(|e| match e {
        MigrateError::NewerVersion(v) => ImportError::NewerVersion(v),
        other => ImportError::UnreadableRecord(other.to_string()),
    })?;
    if let Some(name) = first_unknown_activity(&value) {
        return Err(ImportError::UnknownActivity(crate::core::clip(
            name,
            MAX_ECHOED_CHARS,
        )));
    }
    let record = Record::parse(text, today).map_err(|e| match e {
        RecordError::NewerVersion(v) => ImportError::NewerVersion(v),
        RecordError::Corrupt(why) => ImportError::UnreadableRecord(why),
    })?;
    if version == CURRENT_VERSION {
        check_members(&value, &record)?;
    }
    validate::check_record(&record)?;
    Ok(record)
}

/// A backup of the current format names exactly the members its record writes. Every member
/// of a record has a default, so a member whose name was damaged in the file (or that went
/// missing from it) would otherwise read as that default: a different record, quietly without
/// the log or the settings the file held.
fn check_members(file: &Value, record: &Record) -> Result<(), ImportError> {
    let written = read::json::<Value>(&record.to_json()).unwrap_or_default();
    let (mut in_file, in_record) = (member_names(file), member_names(&written));
    in_file.retain(|name| name != "format");
    let damaged = |name: &String| {
        ImportError::UnreadableRecord(format!(
            "\"{}\" is not part of a Momentum backup",
            crate::core::clip(name, MAX_ECHOED_CHARS)
        ))
    };
    if let Some(unknown) = in_file.iter().find(|n| in_record.binary_search(n).is_err()) {
        return Err(damaged(unknown));
    }
    if let Some(missing) = in_record.iter().find(|n| in_file.binary_search(n).is_err()) {
        return Err(ImportError::UnreadableRecord(format!(
            "\"{missing}\" is missing"
        )));
    }
    Ok(())
}

/// Every member name in `value` with its place (`settings.last_backup`; list positions left
/// out), sorted, without repeats.
fn member_names(value: &Value) -> Vec<String> {
    fn walk(value: &Value, place: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(members) => {
                for (name, inner) in members {
                    let here = if place.is_empty() {
                        name.clone()
                    } else {
                        format!("{place}.{name}")
                    };
                    walk(inner, &here, out);
                    out.push(here);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, place, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

/// Finds an activity name this build does not know, in every place any version keeps one, so
/// the visitor reads "unknown activity \"running\"" rather than a parser message.
fn first_unknown_activity(record: &Value) -> Option<&str> {
    fn list(value: Option<&Value>) -> Vec<&Value> {
        value
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    }
    fn field<'a>(value: &'a Value, name: &str, index: usize) -> Option<&'a Value> {
        value.get(name).or_else(|| value.get(index))
    }
    let chosen = ["profile", "choices"]
        .into_iter()
        .flat_map(|owner| list(record.get(owner).and_then(|o| o.get("activities"))));
    let logged = list(record.get("log"))
        .into_iter()
        .filter_map(|e| field(e, "activity", 1));
    let moved = ["adjustments", "moves"].into_iter().flat_map(|name| {
        list(record.get(name)).into_iter().flat_map(|m| {
            [m.get("activity"), m.get("to_activity")]
                .into_iter()
                .flatten()
        })
    });
    let planned = list(record.get("weeks")).into_iter().flat_map(|week| {
        list(week.get("sessions")).into_iter().flat_map(|session| {
            let first = session.get(5).and_then(|p| p.get(1));
            session.get(1).into_iter().chain(first)
        })
    });
    chosen
        .chain(logged)
        .chain(moved)
        .chain(planned)
        .filter_map(Value::as_str)
        .find(|name| Activity::from_id(name).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_starts_with_the_marker_and_imports_back() {
        let mut record = Record::default();
        record.choices.activities.push(Activity::Yoga);
        let text = export(&record);
        assert!(
            text.starts_with("{\n  \"format\": \"momentum-backup\",\n  \"version\": 5"),
            "{text}"
        );
        let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(import(text.as_bytes(), today), Ok(record));
    }

    #[test]
    fn messages_name_the_problem() {
        assert_eq!(
            ImportError::NotMomentumBackup.to_string(),
            "this file is not a Momentum backup"
        );
        assert!(ImportError::UnknownActivity("running".into())
            .to_string()
            .contains("\"running\""));
    }
}
