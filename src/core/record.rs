//! The one record Momentum keeps per widget: the visitor's choices, their log and a few settings,
//! versioned for migrations.
//!
//! The web shell stores [`Record::to_json`] under a namespaced key and reads it back with
//! [`Record::parse`]; this module decides what is valid, the shell only moves text. Older
//! versions are upgraded by [`crate::core::migrate`] on the way in; nothing derived (plan,
//! statistics, scores) is ever stored, so there is nothing to keep in sync.

use chrono::{NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::json::{self, Json, JsonWriter};
use crate::core::log::{EntryKey, Log, LogEntry};
use crate::core::migrate;
use crate::core::plan::adjust::Adjustment;
use crate::core::schema::{read_text, ToJson};

/// The schema version this build writes; records with a higher number come from a newer widget.
pub const CURRENT_VERSION: u32 = 4;

/// The session lengths a visitor can pick for "today"; short options keep the first step small.
pub const SESSION_LENGTHS: [u16; 5] = [5, 10, 15, 20, 30];

/// Ten minutes: the article's "5 or 10 minutes is a fine start", without being token-sized.
pub const DEFAULT_SESSION_MINUTES: u16 = 10;

/// The PAR-Q has seven yes/no questions; a stored answer set always has exactly this many.
pub const READINESS_QUESTIONS: usize = 7;

/// A backup is suggested after this many ticks, so a Safari storage purge costs at most a few.
pub const TICKS_BETWEEN_BACKUP_SUGGESTIONS: u32 = 5;

/// Everything stored for one widget instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Schema version; [`CURRENT_VERSION`] for anything this build wrote or migrated.
    pub version: u32,
    /// The visitor's choices, the plan engine's input.
    pub profile: Profile,
    /// Every session the visitor logged; the only source of the past.
    pub log: Log,
    /// Backup bookkeeping; absent in hand-written files, so it defaults.
    pub settings: Settings,
    /// The visitor's moves and swaps of single sessions, in the order they made them; applied
    /// to the derived plan (version 3).
    pub adjustments: Vec<Adjustment>,
}

/// The visitor's own choices, from which the plan is derived.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    /// Chosen activities, kept sorted and without repeats.
    pub activities: Vec<Activity>,
    /// Preferred session length, one of [`SESSION_LENGTHS`].
    pub minutes_today: u16,
    /// Days the visitor wants to move, Monday first, without repeats; empty = not chosen yet.
    pub weekdays: Vec<Weekday>,
    /// First day of the plan; week numbers in statistics count from here.
    pub start_date: Option<NaiveDate>,
    /// Slower progression, for visitors who asked for an extra-gentle plan.
    pub gentle: bool,
    /// Answers to the [`READINESS_QUESTIONS`] readiness questions; `None` = not answered yet.
    pub readiness: Option<Vec<bool>>,
}

/// Small bits of widget state that are neither choices nor history.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Sessions logged since the last export; drives the gentle backup suggestion.
    pub ticks_since_backup: u32,
    /// When the visitor last exported a backup, to show "last backup: …".
    pub last_backup: Option<NaiveDate>,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            activities: Vec::new(),
            minutes_today: DEFAULT_SESSION_MINUTES,
            weekdays: Vec::new(),
            start_date: None,
            gentle: false,
            readiness: None,
        }
    }
}

impl Default for Record {
    fn default() -> Self {
        Record {
            version: CURRENT_VERSION,
            profile: Profile::default(),
            log: Log::default(),
            settings: Settings::default(),
            adjustments: Vec::new(),
        }
    }
}

/// Why stored text could not become a [`Record`]; each case gets its own message in the widget.
#[derive(Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not the shape of any known version.
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
    /// Reads stored text of any known version, upgrading older ones, refusing anything it does
    /// not fully understand (including newer versions, which must never be overwritten).
    ///
    /// Text this version wrote is read straight into the record, in one pass; anything else
    /// (an older version, a newer one, damage) takes the slower way through a JSON tree,
    /// [`crate::core::migrate`], and the same typed reader, which also gives the precise error.
    pub fn parse(text: &str) -> Result<Record, RecordError> {
        if let Ok(record) = Record::read(text) {
            if record.version == CURRENT_VERSION {
                return Ok(record);
            }
        }
        Record::from_value(json::parse(text).map_err(|e| RecordError::Corrupt(e.to_string()))?)
    }

    /// Like [`Record::parse`], but a record from a newer widget is still read, best effort, as
    /// the current shape (unknown fields ignored) so the shell can show it read-only.
    ///
    /// The returned record keeps the newer version number, so [`Record::is_read_only`] is true
    /// for it and the shell knows never to save it. A newer record whose shape changed too much
    /// to read still fails with [`RecordError::NewerVersion`].
    pub fn parse_lenient(text: &str) -> Result<Record, RecordError> {
        match Record::read(text) {
            // Current, or newer but in a shape this build reads (it keeps its version number).
            Ok(record) if record.version >= CURRENT_VERSION => Ok(record),
            _ => Record::parse(text),
        }
    }

    /// Upgrades and reads an already-parsed JSON value; shared by storage and backup import.
    pub(crate) fn from_value(value: Json) -> Result<Record, RecordError> {
        let current = migrate::to_current(value).map_err(|e| match e {
            migrate::MigrateError::NewerVersion(v) => RecordError::NewerVersion(v),
            other => RecordError::Corrupt(other.to_string()),
        })?;
        Record::read(&current.to_text()).map_err(|e| RecordError::Corrupt(e.to_string()))
    }

    /// Reads text in the current shape, whatever version number it claims, and normalizes it.
    fn read(text: &str) -> Result<Record, crate::core::schema::ReadError> {
        let mut record: Record = read_text(text)?;
        record.normalize();
        Ok(record)
    }

    /// The text to store; [`Record::parse`] reads it back unchanged.
    pub fn to_json(&self) -> String {
        let mut out = JsonWriter::compact();
        self.write_json(&mut out);
        out.finish()
    }

    /// True for a record from a newer widget (read with [`Record::parse_lenient`]): show it,
    /// never save it, or the newer widget's data would be cut down to what this one knows.
    pub fn is_read_only(&self) -> bool {
        self.version > CURRENT_VERSION
    }

    /// Adds or removes one activity from the visitor's choice.
    pub fn toggle_activity(&mut self, activity: Activity) {
        let chosen = &mut self.profile.activities;
        match chosen.binary_search(&activity) {
            Ok(i) => {
                chosen.remove(i);
            }
            Err(i) => chosen.insert(i, activity),
        }
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
    /// [`TICKS_BETWEEN_BACKUP_SUGGESTIONS`]th tick since the last backup, not on every tick
    /// after it, so dismissing the hint buys a few quiet sessions.
    pub fn should_suggest_backup(&self) -> bool {
        let ticks = self.settings.ticks_since_backup;
        ticks > 0 && ticks % TICKS_BETWEEN_BACKUP_SUGGESTIONS == 0
    }

    /// Records that the visitor just exported a backup, which restarts the tick count.
    pub fn mark_backed_up(&mut self, today: NaiveDate) {
        self.settings.ticks_since_backup = 0;
        self.settings.last_backup = Some(today);
    }

    /// Combines this tab's record with the one another tab stored meanwhile, so neither tab's
    /// sessions are lost; `base` is the record this tab last read or wrote, if it knows it.
    /// Choices come from this tab (the one the visitor is using); logs are merged as
    /// [`Log::merged_with`] describes; the backup state keeps the later backup and the larger
    /// tick count, so a suggestion is never skipped.
    pub fn merged_with(&self, stored: &Record, base: Option<&Record>) -> Record {
        Record {
            version: self.version,
            profile: self.profile.clone(),
            log: self.log.merged_with(&stored.log, base.map(|b| &b.log)),
            settings: Settings {
                ticks_since_backup: self
                    .settings
                    .ticks_since_backup
                    .max(stored.settings.ticks_since_backup),
                last_backup: self.settings.last_backup.max(stored.settings.last_backup),
            },
            // Adjustments are choices, like the profile: this tab's win.
            adjustments: self.adjustments.clone(),
        }
    }

    /// Restores the invariants the rest of the core relies on (sorted, unique choices), so
    /// hand-edited or older data cannot confuse the plan engine.
    fn normalize(&mut self) {
        crate::core::sort_small_by(&mut self.profile.activities, Ord::cmp);
        self.profile.activities.dedup();
        crate::core::sort_weekdays(&mut self.profile.weekdays);
        self.profile.weekdays.dedup();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_json() {
        let mut record = Record::default();
        record.toggle_activity(Activity::Yoga);
        record.toggle_activity(Activity::Walking);
        assert_eq!(Record::parse(&record.to_json()), Ok(record));
    }

    #[test]
    fn toggling_twice_removes_the_choice() {
        let mut record = Record::default();
        record.toggle_activity(Activity::Swimming);
        record.toggle_activity(Activity::Swimming);
        assert!(record.profile.activities.is_empty());
    }

    #[test]
    fn refuses_newer_versions_and_garbage() {
        assert_eq!(
            Record::parse(r#"{"version":99,"profile":{"activities":[]}}"#),
            Err(RecordError::NewerVersion(99))
        );
        assert!(matches!(
            Record::parse("{not json"),
            Err(RecordError::Corrupt(_))
        ));
    }

    #[test]
    fn still_reads_the_skeleton_version_1() {
        let record =
            Record::parse(r#"{"version":1,"profile":{"activities":["yoga","walking"]}}"#).unwrap();
        assert_eq!(record.version, CURRENT_VERSION);
        assert_eq!(
            record.profile.activities,
            vec![Activity::Walking, Activity::Yoga]
        );
        assert_eq!(record.profile.minutes_today, DEFAULT_SESSION_MINUTES);
        assert!(record.log.is_empty());
    }

    #[test]
    fn lenient_parse_reads_newer_records_read_only() {
        let text = r#"{"version":5,"profile":{"activities":["yoga"],"shiny":true},"log":[]}"#;
        let record = Record::parse_lenient(text).unwrap();
        assert!(record.is_read_only());
        assert_eq!(record.profile.activities, vec![Activity::Yoga]);
        assert_eq!(
            Record::parse_lenient(r#"{"version":5,"profile":42}"#),
            Err(RecordError::NewerVersion(5))
        );
        assert!(!Record::parse_lenient(&Record::default().to_json())
            .unwrap()
            .is_read_only());
    }

    #[test]
    fn suggests_a_backup_every_fifth_tick() {
        use crate::core::log::{Effort, Outcome};
        let mut record = Record::default();
        let suggestions: Vec<bool> = (1..=11)
            .map(|d| {
                record.log_session(LogEntry::new(
                    NaiveDate::from_ymd_opt(2025, 1, d).unwrap(),
                    Activity::Walking,
                    Outcome::Done {
                        minutes: 10,
                        effort: Effort::Easy,
                    },
                ));
                record.should_suggest_backup()
            })
            .collect();
        let suggested_at: Vec<usize> = suggestions
            .iter()
            .enumerate()
            .filter(|(_, s)| **s)
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(suggested_at, vec![5, 10]);
        let today = NaiveDate::from_ymd_opt(2025, 1, 11).unwrap();
        record.mark_backed_up(today);
        assert!(!record.should_suggest_backup());
        assert_eq!(record.settings.last_backup, Some(today));
    }
}
