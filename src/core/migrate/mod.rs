//! Reads records of every format Momentum ever wrote and upgrades them to the current one.
//!
//! Each old format is a set of typed serde structs of its own (`legacy` for formats 1 to 3,
//! whose fields only grew, so missing ones take their defaults; `v4` for format 4), converted
//! step by step in Rust. Format 4 derived its plan from the log every time; its upgrade stores
//! the weeks that had begun exactly as format 4 showed them, so nothing a visitor saw changes
//! with the upgrade. To add format 6: keep format 5's structs here as `v5`, write its
//! conversion, bump `CURRENT_VERSION`, and add a `tests/fixtures/record-v6.json` fixture.

mod legacy;
mod v4;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::core::record::read::{self, ReadError};
use crate::core::record::{Record, RecordError, CURRENT_VERSION};

/// Why a stored value could not be brought to the current version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// The text is not JSON, or its top level is not an object.
    NotARecord(ReadError),
    /// No whole-number `"version"` field, so there is no way to know how to read it.
    MissingVersion,
    /// Version 0 or another number no Momentum build ever wrote.
    UnknownVersion(u64),
    /// Written by a newer widget; only that widget knows how to read it.
    NewerVersion(u32),
    /// The value claims a version but does not have that version's shape.
    BadShape {
        /// The version the value claims.
        version: u32,
        /// What is wrong, and where.
        problem: ReadError,
    },
}

impl std::fmt::Display for MigrateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MigrateError::NotARecord(why) => write!(f, "the data is not a Momentum record ({why})"),
            MigrateError::MissingVersion => write!(f, "the data has no version number"),
            MigrateError::UnknownVersion(v) => {
                write!(f, "version {v} was never written by Momentum")
            }
            MigrateError::NewerVersion(v) => {
                write!(f, "version {v} comes from a newer version of this widget")
            }
            MigrateError::BadShape { version, problem } => {
                write!(f, "the version {version} data is damaged: {problem}")
            }
        }
    }
}

impl std::error::Error for MigrateError {}

impl From<MigrateError> for RecordError {
    fn from(error: MigrateError) -> RecordError {
        match error {
            MigrateError::NewerVersion(v) => RecordError::NewerVersion(v),
            other => RecordError::Corrupt(other.to_string()),
        }
    }
}

/// Only the version number of a record, whatever else it holds.
#[derive(Deserialize)]
struct Versioned {
    #[serde(default)]
    version: Option<serde_json::Number>,
}

/// The version a record's text claims, refusing what no Momentum build wrote.
pub fn version_of(text: &str) -> Result<u32, MigrateError> {
    // serde would also read a struct from a list; a record is always an object.
    if !text.trim_start().starts_with('{') {
        return Err(MigrateError::NotARecord(ReadError {
            place: String::new(),
            problem: "it is not a JSON object".into(),
        }));
    }
    let versioned = read::json::<Versioned>(text).map_err(|error| {
        if error.place == "version" {
            MigrateError::MissingVersion
        } else {
            MigrateError::NotARecord(error)
        }
    })?;
    let version = versioned
        .version
        .and_then(|n| n.as_u64())
        .ok_or(MigrateError::MissingVersion)?;
    match u32::try_from(version) {
        Ok(0) => Err(MigrateError::UnknownVersion(0)),
        Ok(v) if v <= CURRENT_VERSION => Ok(v),
        _ => Err(MigrateError::NewerVersion(
            u32::try_from(version).unwrap_or(u32::MAX),
        )),
    }
}

/// Reads text of any known format as a current record. Text this version wrote is read in one
/// pass; anything else is identified by its version and read with that format's structs.
pub fn read_any(text: &str, today: NaiveDate) -> Result<Record, RecordError> {
    let current_error = match read::json::<Record>(text) {
        Ok(record) if record.version == CURRENT_VERSION => return Ok(record.normalized()),
        Ok(_) => None,
        Err(error) => Some(error),
    };
    let version = version_of(text)?;
    let shape = |problem| MigrateError::BadShape { version, problem };
    let format_4 = match version {
        1..=3 => legacy::read(text)
            .and_then(legacy::Legacy::into_format_4)
            .map_err(shape)?,
        4 => v4::read(text).map_err(shape)?,
        // The current format, which did not read: say why.
        _ => {
            let problem = current_error.unwrap_or_else(|| ReadError {
                place: "version".into(),
                problem: format!("expected {CURRENT_VERSION}"),
            });
            return Err(shape(problem).into());
        }
    };
    Ok(format_4.into_current(today).normalized())
}
