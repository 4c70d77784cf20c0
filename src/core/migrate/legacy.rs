//! Formats 1 to 3: a profile with the plan's inputs, a log of objects, and (from format 3) the
//! visitor's moves. Each format only added fields to the one before, so one set of structs with
//! defaults reads all three; upgrading makes each log object the format-4 entry it became.

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;

use crate::core::activity::Activity;
use crate::core::log::{Effort, Log, LogEntry, Outcome};
use crate::core::migrate::v4::{Format4, Profile4};
use crate::core::plan::adjust::Adjustment;
use crate::core::plan::DEFAULT_SESSION_MINUTES;
use crate::core::record::read::{self, ReadError};
use crate::core::record::Settings;

/// A format 1, 2 or 3 record.
#[derive(Deserialize)]
pub(super) struct Legacy {
    profile: LegacyProfile,
    #[serde(default)]
    log: Vec<ObjectEntry>,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    adjustments: Vec<Adjustment>,
}

/// Format 1 held only the activities; format 2 added the rest.
#[derive(Deserialize)]
struct LegacyProfile {
    activities: Vec<Activity>,
    #[serde(default = "default_minutes")]
    minutes_today: u16,
    #[serde(default)]
    weekdays: Vec<Weekday>,
    #[serde(default, with = "crate::core::dates::optional")]
    start_date: Option<NaiveDate>,
    #[serde(default)]
    gentle: bool,
    #[serde(default)]
    readiness: Option<Vec<bool>>,
}

fn default_minutes() -> u16 {
    DEFAULT_SESSION_MINUTES
}

/// A log entry as formats 1 to 3 wrote it; unknown members are ignored, as they were then.
#[derive(Deserialize)]
struct ObjectEntry {
    #[serde(with = "crate::core::dates")]
    date: NaiveDate,
    activity: Activity,
    status: Status,
    #[serde(default)]
    minutes: Option<u16>,
    #[serde(default)]
    effort: Option<Effort>,
    #[serde(default)]
    mood_before: Option<u8>,
    #[serde(default)]
    mood_after: Option<u8>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    Done,
    Skipped,
}

/// Reads a format 1, 2 or 3 record.
pub(super) fn read(text: &str) -> Result<Legacy, ReadError> {
    read::json(text)
}

impl Legacy {
    /// The format-4 record this one became: the same fields, log entries as rows.
    pub(super) fn into_format_4(self) -> Result<Format4, ReadError> {
        let log: Log = self
            .log
            .into_iter()
            .enumerate()
            .map(|(index, entry)| {
                let outcome = match entry.status {
                    Status::Done => Outcome::Done {
                        minutes: entry.minutes.ok_or_else(|| ReadError {
                            place: format!("log[{index}].minutes"),
                            problem: "a done session needs its minutes".into(),
                        })?,
                        effort: entry.effort,
                    },
                    Status::Skipped => Outcome::Skipped,
                };
                Ok(LogEntry {
                    date: entry.date,
                    activity: entry.activity,
                    outcome,
                    mood_before: entry.mood_before,
                    mood_after: entry.mood_after,
                    note: entry.note,
                })
            })
            .collect::<Result<_, ReadError>>()?;
        let p = self.profile;
        Ok(Format4 {
            profile: Profile4 {
                activities: p.activities,
                minutes_today: p.minutes_today,
                weekdays: p.weekdays,
                start_date: p.start_date,
                gentle: p.gentle,
                readiness: p.readiness,
            },
            log,
            settings: self.settings,
            adjustments: self.adjustments,
        })
    }
}
