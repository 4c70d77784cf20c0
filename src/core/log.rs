//! What the visitor did: one entry per planned session they ticked off or skipped.
//!
//! The log is the product's memory and the only record of the past. Plans and statistics are
//! derived from it, never stored next to it.

use chrono::NaiveDate;

use crate::core::activity::Activity;

/// How a session felt, as the visitor says it; the plan adapts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effort {
    /// Felt easy: the plan may step up a little sooner.
    Easy,
    /// Felt about right.
    JustRight,
    /// Felt too hard: next week holds at this level.
    TooHard,
}

/// Whether a planned session happened; skipping is a normal, cost-free answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// The session happened.
    Done {
        /// Minutes actually done (the visitor's number, not the plan's).
        minutes: u16,
        /// How it felt.
        effort: Effort,
    },
    /// "Not today": costs nothing.
    Skipped,
}

/// One logged session. A day holds at most one session per activity, so `(date, activity)`
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

/// The identity of a log entry: at most one session per activity per day.
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

    /// Whether the session happened, which is what statistics and the consistency score count.
    pub fn is_done(&self) -> bool {
        matches!(self.outcome, Outcome::Done { .. })
    }
}

/// Every logged session, sorted by `(date, activity)` with one entry per key.
///
/// A newtype rather than a bare `Vec` so the invariants hold everywhere: reading one normalizes
/// (sorts, and for repeated keys keeps the entry written last), and the only ways to change it are
/// by key. Edits and removals are by key because visitors often tick a session days later.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Log {
    entries: Vec<LogEntry>,
}

impl From<Vec<LogEntry>> for Log {
    /// Sorts by key; when a key repeats, the entry that came last wins, as if upserted in order.
    fn from(entries: Vec<LogEntry>) -> Log {
        // What the widget stored is already in order: keep it as it is, in one pass.
        if entries.windows(2).all(|pair| pair[0].key() < pair[1].key()) {
            return Log { entries };
        }
        let mut log = Log::default();
        for entry in entries {
            log.upsert(entry);
        }
        log
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

impl AsRef<[LogEntry]> for Log {
    fn as_ref(&self) -> &[LogEntry] {
        &self.entries
    }
}

impl Log {
    /// The entries in `(date, activity)` order, ready for statistics and the plan engine.
    pub fn entries(&self) -> &[LogEntry] {
        &self.entries
    }

    /// How many sessions are logged (done or skipped).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True before the visitor has logged anything, when the widget shows its welcome instead.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry for one day and activity, to prefill the edit form.
    pub fn get(&self, key: EntryKey) -> Option<&LogEntry> {
        self.position(key).ok().map(|i| &self.entries[i])
    }

    /// Adds an entry or replaces the one with the same key, returning the replaced entry so the
    /// shell can tell "logged" from "updated".
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

    /// Combines the log of this tab (`self`) with one written by another tab, losing neither.
    ///
    /// `base` is the log this tab last read or wrote, before either side's changes. The result
    /// holds every key present in either log, except what this tab removed since `base` (an
    /// undone tick): that stays removed, unless the other tab changed the entry meanwhile, in
    /// which case its newer content is kept. When both hold the same key with different
    /// content, this tab's entry wins: the visitor is looking at this tab, so its latest edit is
    /// the one they expect to see. There are no timestamps in an entry, so this is the only
    /// deterministic rule that needs no clock. Without a `base`, a removal cannot be told from
    /// an entry this tab never saw, so everything of both is kept.
    pub fn merged_with(&self, other: &Log, base: Option<&Log>) -> Log {
        let mut merged = other.clone();
        for entry in base.map(Log::entries).unwrap_or_default() {
            let removed_here = self.get(entry.key()).is_none();
            if removed_here && other.get(entry.key()) == Some(entry) {
                merged.remove(entry.key());
            }
        }
        for entry in &self.entries {
            merged.upsert(entry.clone());
        }
        merged
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
                effort: Effort::JustRight,
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
        assert_eq!(
            log.get((day(3), Activity::Yoga)).unwrap().minutes_done(),
            20
        );
    }

    #[test]
    fn remove_by_key() {
        let mut log: Log = vec![done(1, Activity::Walking, 10)].into();
        assert_eq!(log.remove((day(2), Activity::Walking)), None);
        assert!(log.remove((day(1), Activity::Walking)).is_some());
        assert!(log.is_empty());
    }

    #[test]
    fn reading_sorts_and_keeps_the_last_duplicate() {
        let json = r#"[
            ["2025-03-02", "yoga", "skipped"],
            ["2025-03-01", "walking", "done", 10, "easy"],
            ["2025-03-02", "yoga", "done", 15, "too_hard"]
        ]"#;
        let log: Log = crate::core::schema::read_text(json).unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log.entries()[0].date, day(1));
        assert_eq!(log.entries()[1].minutes_done(), 15);
    }

    #[test]
    fn merge_is_a_union_and_this_tab_wins_conflicts() {
        let here: Log = vec![done(1, Activity::Walking, 10), done(2, Activity::Yoga, 30)].into();
        let there: Log = vec![done(2, Activity::Yoga, 5), done(3, Activity::Swimming, 20)].into();
        let merged = here.merged_with(&there, None);
        assert_eq!(merged.len(), 3);
        assert_eq!(
            merged.get((day(2), Activity::Yoga)).unwrap().minutes_done(),
            30
        );
        assert!(merged.get((day(3), Activity::Swimming)).is_some());
        assert_eq!(
            there
                .merged_with(&here, None)
                .get((day(2), Activity::Yoga))
                .unwrap()
                .minutes_done(),
            5
        );
    }

    #[test]
    fn a_tick_undone_here_stays_undone_unless_the_other_tab_changed_it() {
        let walk = done(1, Activity::Walking, 10);
        let yoga = done(2, Activity::Yoga, 30);
        let base: Log = vec![walk.clone(), yoga.clone()].into();
        // This tab undid both ticks; the other tab, not yet seen, logged a swim and re-logged
        // the yoga with other minutes.
        let here = Log::default();
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
            20
        );
        assert!(merged.get((day(3), Activity::Swimming)).is_some());
        // Without a base the walk would come back.
        assert!(here
            .merged_with(&there, None)
            .get((day(1), Activity::Walking))
            .is_some());
    }
}
