//! The one record Momentum keeps per widget: the visitor's choices, every plan and every week
//! that has begun, their moves, their log, and a few settings, versioned for migrations.
//!
//! History is data: a week is stored once it begins, exactly as it was shown, and only the
//! visitor's own move or swap of a not-yet-logged session changes it afterwards. What is still
//! ahead is derived from the choices (see [`crate::core::plan::schedule`]). The shell stores
//! [`Record::to_json`] and reads it back with [`Record::parse`]; older formats are upgraded by
//! [`crate::core::migrate`] on the way in.

mod changes;
mod merge;
pub mod read;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::log::{EntryKey, Log, LogEntry};
use crate::core::plan::adjust::Adjustment;
use crate::core::plan::schedule::{Schedule, Timeline};
use crate::core::plan::{Choices, PlanStart, Week};
use crate::core::readiness::Answers;

pub use read::ReadError;

/// The format this build writes; records with a higher number come from a newer widget.
pub const CURRENT_VERSION: u32 = 5;

/// A backup is suggested after this many ticks, so a Safari storage purge costs at most a few.
pub const TICKS_BETWEEN_BACKUP_SUGGESTIONS: u32 = 5;

/// When the browser has promised to keep this site's storage, a backup is suggested this much
/// less often: it still guards against a lost or replaced device.
pub const KEPT_STORAGE_FACTOR: u32 = 4;

/// Everything stored for one widget instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Format version; [`CURRENT_VERSION`] for anything this build wrote or upgraded.
    pub version: u32,
    /// The visitor's current choices: what weeks not yet begun are laid out from.
    #[serde(default)]
    pub choices: Choices,
    /// Answers to the readiness questions; `None` until answered.
    #[serde(default)]
    pub readiness: Option<Answers>,
    /// Every plan the visitor started, in order; empty before the first.
    #[serde(default)]
    pub plans: Vec<PlanStart>,
    /// Every week that has begun, of every plan, in date order, as shown on its first day.
    #[serde(default)]
    pub weeks: Vec<Week>,
    /// The visitor's moves and swaps of sessions in weeks not yet begun, in the order made.
    #[serde(default)]
    pub moves: Vec<Adjustment>,
    /// Every session the visitor logged, planned or not: the only record of what they did.
    #[serde(default)]
    pub log: Log,
    /// Backup bookkeeping.
    #[serde(default)]
    pub settings: Settings,
}

/// Small bits of widget state that are neither choices nor history.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Sessions logged since the last export; drives the gentle backup suggestion.
    #[serde(default)]
    pub ticks_since_backup: u32,
    /// When the visitor last exported a backup, to show "last backup: …".
    #[serde(default, with = "crate::core::dates::optional")]
    pub last_backup: Option<NaiveDate>,
    /// The visitor has read the advice on keeping progress on an iPhone: it is not shown again
    /// (Settings keeps it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub apple_hint_seen: bool,
}

impl Default for Record {
    fn default() -> Self {
        Record {
            version: CURRENT_VERSION,
            choices: Choices::default(),
            readiness: None,
            plans: Vec::new(),
            weeks: Vec::new(),
            moves: Vec::new(),
            log: Log::default(),
            settings: Settings::default(),
        }
    }
}

/// Why stored text could not become a [`Record`]; each case gets its own message in the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not the shape of any known version; says where and what.
    Corrupt(String),
    /// Written by a newer widget than this one: never overwrite it.
    NewerVersion(u32),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Corrupt(why) => write!(f, "the saved data could not be read ({why})"),
            RecordError::NewerVersion(v) => write!(
                f,
                "the saved data comes from a newer version of this widget (version {v})"
            ),
        }
    }
}

impl std::error::Error for RecordError {}

impl Record {
    /// Reads stored text of any known version, upgrading older ones (which needs `today`: a
    /// format-4 record's weeks that had begun are stored as that version showed them), and
    /// refusing anything it does not fully understand, including newer versions.
    pub fn parse(text: &str, today: NaiveDate) -> Result<Record, RecordError> {
        crate::core::migrate::read_any(text, today)
    }

    /// Like [`Record::parse`], but a record from a newer widget is still read, best effort, as
    /// the current shape (unknown fields ignored) so the shell can show it read-only. The
    /// record keeps its newer version number, so [`Record::is_read_only`] is true for it.
    pub fn parse_lenient(text: &str, today: NaiveDate) -> Result<Record, RecordError> {
        match Record::parse(text, today) {
            Err(RecordError::NewerVersion(v)) => match read::json::<Record>(text) {
                Ok(record) => Ok(record.normalized()),
                Err(_) => Err(RecordError::NewerVersion(v)),
            },
            other => other,
        }
    }

    /// The text to store; [`Record::parse`] reads it back unchanged.
    pub fn to_json(&self) -> String {
        // Serializing plain data to a string cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// True for a record from a newer widget: show it, never save it, or the newer widget's
    /// data would be cut down to what this one knows.
    pub fn is_read_only(&self) -> bool {
        self.version > CURRENT_VERSION
    }

    /// Restores the invariants the rest of the core relies on (sorted, unique choices, weeks and
    /// plans in date order), so hand-edited data cannot confuse the plan engine.
    pub(crate) fn normalized(mut self) -> Record {
        self.choices.activities.sort_unstable();
        self.choices.activities.dedup();
        crate::core::sort_weekdays(&mut self.choices.weekdays);
        self.plans.sort_unstable_by_key(|p| p.start);
        self.plans.dedup();
        self.weeks.sort_by_key(|w| w.start);
        self.weeks.dedup_by_key(|w| w.start);
        for week in &mut self.weeks {
            week.sessions.sort_by_key(|s| s.date);
        }
        self
    }

    /// The borrowed history the plan engine reads.
    pub fn timeline(&self) -> Timeline<'_> {
        Timeline {
            choices: &self.choices,
            plans: &self.plans,
            weeks: &self.weeks,
            moves: &self.moves,
            log: &self.log,
        }
    }

    /// Every week of every plan, stored or derived, as of `today`.
    pub fn schedule(&self, today: NaiveDate) -> Schedule {
        Schedule::build(&self.timeline(), today)
    }

    /// Whether there is a plan the choices can lay out (so the plan screens make sense).
    pub fn has_plan(&self) -> bool {
        self.plans
            .last()
            .is_some_and(|plan| self.choices.inputs(plan.start).is_ok())
    }

    /// Logs or re-logs a session and counts it towards the next backup suggestion.
    /// Returns the entry it replaced, if the visitor was editing an earlier tick.
    pub fn log_session(&mut self, entry: LogEntry) -> Option<LogEntry> {
        self.settings.ticks_since_backup = self.settings.ticks_since_backup.saturating_add(1);
        self.log.upsert(entry)
    }

    /// Removes a session logged by mistake; it does not count as a tick.
    pub fn remove_session(&mut self, key: EntryKey) -> Option<LogEntry> {
        self.log.remove(key)
    }

    /// Whether to show the gentle "save a backup?" hint now: on every
    /// [`TICKS_BETWEEN_BACKUP_SUGGESTIONS`]th tick since the last backup (or
    /// [`KEPT_STORAGE_FACTOR`] times fewer when the browser keeps this site's storage), not on
    /// every tick after it, so dismissing the hint buys a few quiet sessions.
    pub fn should_suggest_backup(&self, storage_kept: bool) -> bool {
        let every =
            TICKS_BETWEEN_BACKUP_SUGGESTIONS * if storage_kept { KEPT_STORAGE_FACTOR } else { 1 };
        let ticks = self.settings.ticks_since_backup;
        ticks > 0 && ticks % every == 0
    }

    /// Records that the visitor just exported a backup, which restarts the tick count.
    pub fn mark_backed_up(&mut self, today: NaiveDate) {
        self.settings.ticks_since_backup = 0;
        self.settings.last_backup = Some(today);
    }
}

#[cfg(test)]
mod tests;
