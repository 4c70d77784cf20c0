//! Backup files: the visitor's whole record as a JSON file they keep, and the checks that decide
//! whether a chosen file may replace what the widget holds.
//!
//! Backups matter because the record lives only in the browser (Safari deletes script-written
//! storage after seven days without a visit). Import is a pure function: it either returns a
//! complete, plausible [`Record`] or an [`ImportError`], so the caller's current data is never
//! touched by a bad file.

use crate::core::activity::Activity;
use crate::core::json::{self, Json, JsonWriter};
use crate::core::migrate::{self, MigrateError};
use crate::core::record::{Record, RecordError};
use crate::core::validate::{self, Implausible};

/// The marker that tells a Momentum backup from any other JSON file.
pub const BACKUP_FORMAT: &str = "momentum-backup";

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

/// The backup file's text: the marker first, then the record exactly as stored, pretty-printed
/// so a curious visitor (or the clinic) can read it.
pub fn export(record: &Record) -> String {
    let mut out = JsonWriter::pretty();
    out.begin_object();
    out.key("format");
    out.string(BACKUP_FORMAT);
    record.write_members(&mut out);
    out.end_object();
    out.finish()
}

/// Reads a backup file's bytes into a record, or says in plain words why it will not.
///
/// Checks run cheapest first: size, JSON syntax, marker, version, activities, shape, then the
/// plausibility rules of [`validate::check_record`]. Older backup versions are migrated.
pub fn import(bytes: &[u8]) -> Result<Record, ImportError> {
    if bytes.len() > MAX_BACKUP_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ImportError::MalformedJson("it is not text".to_owned()))?;
    let mut value = json::parse(text).map_err(|e| ImportError::MalformedJson(e.to_string()))?;
    if value.remove("format").as_ref().and_then(Json::as_str) != Some(BACKUP_FORMAT) {
        return Err(ImportError::NotMomentumBackup);
    }
    migrate::version_of(&value).map_err(|e| match e {
        MigrateError::NewerVersion(v) => ImportError::NewerVersion(v),
        other => ImportError::UnreadableRecord(other.to_string()),
    })?;
    if let Some(name) = first_unknown_activity(&value) {
        return Err(ImportError::UnknownActivity(name.to_owned()));
    }
    let record = Record::from_value(value).map_err(|e| match e {
        RecordError::NewerVersion(v) => ImportError::NewerVersion(v),
        RecordError::Corrupt(why) => ImportError::UnreadableRecord(why),
    })?;
    validate::check_record(&record)?;
    Ok(record)
}

/// Finds an activity name this build does not know, in the places every version keeps them,
/// so the visitor reads "unknown activity \"running\"" rather than a parser message.
fn first_unknown_activity<'j>(record: &'j Json) -> Option<&'j str> {
    let chosen = record
        .get("profile")
        .and_then(|profile| profile.get("activities"))
        .and_then(Json::as_array)
        .unwrap_or_default();
    let logged = record
        .get("log")
        .and_then(Json::as_array)
        .unwrap_or_default()
        .iter()
        .filter_map(|entry| entry.get("activity"));
    chosen
        .iter()
        .chain(logged)
        .filter_map(Json::as_str)
        .find(|name| Activity::from_id(name).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_starts_with_the_marker_and_imports_back() {
        let mut record = Record::default();
        record.toggle_activity(Activity::Yoga);
        let text = export(&record);
        assert!(text.starts_with("{\n  \"format\": \"momentum-backup\",\n  \"version\": 4"));
        assert_eq!(import(text.as_bytes()), Ok(record));
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
