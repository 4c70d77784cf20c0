//! What the visitor did: one entry per activity per day, ticked off from the plan or logged on
//! its own ("something I did today").
//!
//! The log is the product's memory of what happened. Statistics, the score and the plan's
//! evidence are derived from it and never stored next to it.

use chrono::NaiveDate;
use serde::de::{self, IgnoredAny, SeqAccess, Visitor};
use serde::ser::SerializeSeq;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::activity::Activity;
use crate::core::dates::Day;

/// How a session felt, as the visitor says it; the plan adapts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    /// Felt easy: the plan may step up a little sooner.
    Easy,
    /// Felt about right.
    JustRight,
    /// Felt too hard: next week holds at this level.
    TooHard,
}

impl Effort {
    /// In the order the "Done" form offers them.
    pub const ALL: [Effort; 3] = [Effort::Easy, Effort::JustRight, Effort::TooHard];
}

/// Whether a session happened; skipping is a normal, cost-free answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The session happened.
    Done {
        /// Minutes actually done (the visitor's number, not the plan's).
        minutes: u16,
        /// How it felt, when the visitor said (it is optional for unplanned activity).
        effort: Option<Effort>,
    },
    /// "Not today": costs nothing.
    Skipped,
}

/// One logged session. A day holds at most one entry per activity, so `(date, activity)`
/// identifies an entry; that key is what edits, removals and two-tab merges use.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LogEntry {
    /// The day of the session, in the visitor's calendar.
    pub date: NaiveDate,
    /// Which activity.
    pub activity: Activity,
    /// Done (with minutes and effort) or skipped.
    pub outcome: Outcome,
    /// Mood before the session, 1 (low) to 5 (good), when the visitor chose to say.
    pub mood_before: Option<u8>,
    /// Mood after the session, 1 (low) to 5 (good), when the visitor chose to say.
    pub mood_after: Option<u8>,
    /// A short plain-text note, at most [`MAX_NOTE_CHARS`] characters.
    pub note: Option<String>,
}

/// Notes stay short so the record stays small and the widget never stores an essay.
pub const MAX_NOTE_CHARS: usize = 280;

/// Longest session the widget accepts; anything above ten hours is a typo, not a workout.
pub const MAX_SESSION_MINUTES: u16 = 600;

/// The mood scale's ends: 1 is low, 5 is good. A short scale keeps asking quick and gentle.
pub const MOOD_RANGE: std::ops::RangeInclusive<u8> = 1..=5;

/// The identity of a log entry: at most one entry per activity per day.
pub type EntryKey = (NaiveDate, Activity);

impl LogEntry {
    /// An entry without moods or a note, as most ticks and every "Not today" are.
    pub fn new(date: NaiveDate, activity: Activity, outcome: Outcome) -> LogEntry {
        LogEntry {
            date,
            activity,
            outcome,
            mood_before: None,
            mood_after: None,
            note: None,
        }
    }

    /// The key that identifies this entry within a log.
    pub fn key(&self) -> EntryKey {
        (self.date, self.activity)
    }

    /// Minutes actually moved; a skipped session contributes nothing to the totals.
    pub fn minutes_done(&self) -> u16 {
        match self.outcome {
            Outcome::Done { minutes, .. } => minutes,
            Outcome::Skipped => 0,
        }
    }

    /// Whether the session happened, which is what statistics and the score count.
    pub fn is_done(&self) -> bool {
        matches!(self.outcome, Outcome::Done { .. })
    }

    /// The effort the visitor gave, if the session happened and they said.
    pub fn effort(&self) -> Option<Effort> {
        match self.outcome {
            Outcome::Done { effort, .. } => effort,
            Outcome::Skipped => None,
        }
    }
}

/// Where each part of a log entry sits in its stored list, in the order written. An entry is
/// stored as a list rather than an object (since format 4): with years of daily entries, the
/// member names were half of the stored text.
pub const ENTRY_FIELDS: [&str; 8] = [
    "date",
    "activity",
    "status",
    "minutes",
    "effort",
    "mood_before",
    "mood_after",
    "note",
];

/// The `"status"` of a stored entry.
#[derive(Clone, Copy, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
enum Status {
    Done,
    Skipped,
}

impl Serialize for LogEntry {
    /// `["2025-03-01", "yoga", "done", 20, "easy", 2, 4, "note"]`, trailing empty places left
    /// out.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (status, minutes, effort) = match self.outcome {
            Outcome::Done { minutes, effort } => (Status::Done, Some(minutes), effort),
            Outcome::Skipped => (Status::Skipped, None, None),
        };
        let filled = [
            minutes.is_some(),
            effort.is_some(),
            self.mood_before.is_some(),
            self.mood_after.is_some(),
            self.note.is_some(),
        ];
        let len = 3 + filled.iter().rposition(|f| *f).map_or(0, |i| i + 1);
        let mut row = serializer.serialize_seq(Some(len))?;
        row.serialize_element(&Day(self.date))?;
        row.serialize_element(&self.activity)?;
        row.serialize_element(&status)?;
        if len > 3 {
            row.serialize_element(&minutes)?;
        }
        if len > 4 {
            row.serialize_element(&effort)?;
        }
        if len > 5 {
            row.serialize_element(&self.mood_before)?;
        }
        if len > 6 {
            row.serialize_element(&self.mood_after)?;
        }
        if len > 7 {
            row.serialize_element(&self.note)?;
        }
        row.end()
    }
}

impl<'de> Deserialize<'de> for LogEntry {
    /// A skipped session has `"skipped"` and `null` minutes and effort; trailing `null`s may be
    /// left out, and anything after the note is ignored.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LogEntry, D::Error> {
        deserializer.deserialize_seq(RowVisitor)
    }
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = LogEntry;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list like [\"2025-03-01\", \"yoga\", \"done\", 20, \"easy\"]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut row: A) -> Result<LogEntry, A::Error> {
        let missing =
            |place: usize| de::Error::custom(format_args!("{} is missing", ENTRY_FIELDS[place]));
        let Day(date) = row.next_element()?.ok_or_else(|| missing(0))?;
        let activity: Activity = row.next_element()?.ok_or_else(|| missing(1))?;
        let status: Status = row.next_element()?.ok_or_else(|| missing(2))?;
        let minutes: Option<u16> = row.next_element()?.flatten();
        let effort: Option<Effort> = row.next_element()?.flatten();
        let mood_before: Option<u8> = row.next_element()?.flatten();
        let mood_after: Option<u8> = row.next_element()?.flatten();
        let note: Option<String> = row.next_element()?.flatten();
        while row.next_element::<IgnoredAny>()?.is_some() {}
        let outcome = match status {
            Status::Done => Outcome::Done {
                minutes: minutes.ok_or_else(|| {
                    de::Error::custom("minutes is missing: a done session needs its minutes")
                })?,
                effort,
            },
            Status::Skipped => Outcome::Skipped,
        };
        Ok(LogEntry {
            date,
            activity,
            outcome,
            mood_before,
            mood_after,
            note,
        })
    }
}

/// Every logged entry, sorted by `(date, activity)` with one entry per key.
///
/// A newtype rather than a bare `Vec` so the invariants hold everywhere: reading one normalizes
/// (sorts, and for repeated keys keeps the entry written last), and the only ways to change it
/// are by key. Edits and removals are by key because visitors often tick a session days later.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<LogEntry>", into = "Vec<LogEntry>")]
pub struct Log {
    entries: Vec<LogEntry>,
}

impl From<Vec<LogEntry>> for Log {
    /// Sorts by key in O(n log n); when a key repeats, the entry that came last wins, as if
    /// upserted in order.
    fn from(mut entries: Vec<LogEntry>) -> Log {
        if !entries.windows(2).all(|pair| pair[0].key() < pair[1].key()) {
            // Reversed first, so the stable sort puts a repeated key's last entry first, which
            // is the one `dedup` keeps.
            entries.reverse();
            entries.sort_by_key(LogEntry::key);
            entries.dedup_by_key(|e| e.key());
        }
        Log { entries }
    }
}

impl From<Log> for Vec<LogEntry> {
    fn from(log: Log) -> Vec<LogEntry> {
        log.entries
    }
}

impl FromIterator<LogEntry> for Log {
    fn from_iter<I: IntoIterator<Item = LogEntry>>(iter: I) -> Log {
        Log::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl Log {
    /// The entries in `(date, activity)` order, ready for statistics and the plan engine.
    pub fn entries(&self) -> &[LogEntry] {
        &self.entries
    }

    /// The entries dated within `from..until` (in order), found by binary search.
    pub fn between(&self, from: NaiveDate, until: NaiveDate) -> &[LogEntry] {
        let start = self.entries.partition_point(|e| e.date < from);
        let end = self.entries.partition_point(|e| e.date < until);
        &self.entries[start..end.max(start)]
    }

    /// How many entries are logged (done or skipped).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True before the visitor has logged anything.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry for one day and activity.
    pub fn get(&self, key: EntryKey) -> Option<&LogEntry> {
        self.position(key).ok().map(|i| &self.entries[i])
    }

    /// Adds an entry or replaces the one with the same key, returning the replaced entry so the
    /// caller can tell "logged" from "updated".
    pub fn upsert(&mut self, entry: LogEntry) -> Option<LogEntry> {
        match self.position(entry.key()) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i], entry)),
            Err(i) => {
                self.entries.insert(i, entry);
                None
            }
        }
    }

    /// Removes the entry for one day and activity, e.g. a tick made by mistake.
    pub fn remove(&mut self, key: EntryKey) -> Option<LogEntry> {
        self.position(key).ok().map(|i| self.entries.remove(i))
    }

    /// The three-way merge of this tab's log (`self`) with one another tab stored (`theirs`),
    /// both changed from `base`, the log this tab last read or wrote.
    ///
    /// For every key: if only one side changed it since `base` (added, edited or removed), that
    /// change is kept; if both changed it differently, this tab's version wins, because the
    /// visitor is looking at this tab. Entries carry no timestamps, so this is the one
    /// deterministic rule that needs no clock. Without a `base` nothing can count as removed,
    /// so every entry of both sides is kept.
    pub fn merged_with(&self, theirs: &Log, base: Option<&Log>) -> Log {
        let empty = Log::default();
        let base = base.unwrap_or(&empty);
        let mut keys: Vec<EntryKey> = base
            .entries
            .iter()
            .chain(&self.entries)
            .chain(&theirs.entries)
            .map(LogEntry::key)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let entries = keys
            .into_iter()
            .filter_map(|key| {
                let (b, ours, other) = (base.get(key), self.get(key), theirs.get(key));
                if ours == b { other } else { ours }.cloned()
            })
            .collect();
        Log { entries }
    }

    fn position(&self, key: EntryKey) -> Result<usize, usize> {
        self.entries.binary_search_by(|e| e.key().cmp(&key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    fn done(d: u32, activity: Activity, minutes: u16) -> LogEntry {
        LogEntry::new(
            day(d),
            activity,
            Outcome::Done {
                minutes,
                effort: Some(Effort::JustRight),
            },
        )
    }

    #[test]
    fn upsert_keeps_order_and_replaces_by_key() {
        let mut log = Log::default();
        assert_eq!(log.upsert(done(3, Activity::Yoga, 10)), None);
        assert_eq!(log.upsert(done(1, Activity::Walking, 10)), None);
        assert_eq!(log.upsert(done(3, Activity::Walking, 5)), None);
        let replaced = log.upsert(done(3, Activity::Yoga, 20));
        assert_eq!(replaced, Some(done(3, Activity::Yoga, 10)));
        let keys: Vec<_> = log.entries().iter().map(LogEntry::key).collect();
        assert_eq!(
            keys,
            vec![
                (day(1), Activity::Walking),
                (day(3), Activity::Walking),
                (day(3), Activity::Yoga)
            ]
        );
        assert_eq!(log.between(day(2), day(4)).len(), 2);
    }

    #[test]
    fn reading_sorts_and_keeps_the_last_duplicate() {
        let json = r#"[
            ["2025-03-02", "yoga", "skipped"],
            ["2025-03-01", "walking", "done", 10, "easy"],
            ["2025-03-02", "yoga", "done", 15, "too_hard"]
        ]"#;
        let log: Log = serde_json::from_str(json).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log.entries()[0].date, day(1));
        assert_eq!(log.entries()[1].minutes_done(), 15);
    }

    #[test]
    fn rows_round_trip_with_trailing_gaps_left_out() {
        let mut entry = done(1, Activity::Walking, 10);
        entry.mood_before = Some(2);
        let text = serde_json::to_string(&entry).unwrap();
        assert_eq!(text, r#"["2025-03-01","walking","done",10,"just_right",2]"#);
        assert_eq!(serde_json::from_str::<LogEntry>(&text).unwrap(), entry);
        let skip = LogEntry::new(day(2), Activity::Other, Outcome::Skipped);
        let text = serde_json::to_string(&skip).unwrap();
        assert_eq!(text, r#"["2025-03-02","other","skipped"]"#);
        let unrated = LogEntry::new(
            day(2),
            Activity::Other,
            Outcome::Done {
                minutes: 5,
                effort: None,
            },
        );
        let text = serde_json::to_string(&unrated).unwrap();
        assert_eq!(text, r#"["2025-03-02","other","done",5]"#);
        assert_eq!(serde_json::from_str::<LogEntry>(&text).unwrap(), unrated);
    }

    #[test]
    fn a_done_row_without_minutes_says_so() {
        let error =
            serde_json::from_str::<LogEntry>(r#"["2025-03-02","yoga","done"]"#).unwrap_err();
        assert!(error.to_string().contains("minutes is missing"), "{error}");
    }

    #[test]
    fn a_long_reversed_log_loads_in_order() {
        let entries: Vec<LogEntry> = (0..20_000u64)
            .rev()
            .map(|n| {
                let date = day(1) + chrono::Days::new(n);
                LogEntry::new(date, Activity::Walking, Outcome::Skipped)
            })
            .collect();
        let log = Log::from(entries);
        assert_eq!(log.len(), 20_000);
        assert!(log.entries().windows(2).all(|w| w[0].key() < w[1].key()));
    }

    #[test]
    fn merge_keeps_each_sides_changes_and_this_tab_wins_conflicts() {
        let walk = done(1, Activity::Walking, 10);
        let yoga = done(2, Activity::Yoga, 30);
        let base: Log = vec![walk.clone(), yoga.clone()].into();
        // This tab undid the walk and changed the yoga; the other tab changed the yoga too and
        // logged a swim.
        let here: Log = vec![done(2, Activity::Yoga, 25)].into();
        let there: Log = vec![
            walk,
            done(2, Activity::Yoga, 20),
            done(3, Activity::Swimming, 20),
        ]
        .into();
        let merged = here.merged_with(&there, Some(&base));
        assert!(
            merged.get((day(1), Activity::Walking)).is_none(),
            "the undo holds"
        );
        assert_eq!(
            merged.get((day(2), Activity::Yoga)).unwrap().minutes_done(),
            25
        );
        assert!(merged.get((day(3), Activity::Swimming)).is_some());
        // Removed on their side, untouched here: stays removed.
        let theirs_removed = Log::default();
        assert!(base.merged_with(&theirs_removed, Some(&base)).is_empty());
        // Without a base, nothing counts as removed.
        assert_eq!(Log::default().merged_with(&base, None), base);
    }
}
