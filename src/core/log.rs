//! What the visitor did: one entry per planned session they ticked off or skipped.
//!
//! The log is the product's memory and the only record of the past. Plans and statistics are
//! derived from it, never stored next to it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::activity::Activity;

/// How a session felt, as the visitor says it; the plan adapts to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Easy,
    JustRight,
    TooHard,
}

/// Whether a planned session happened; skipping is a normal, cost-free answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Outcome {
    Done { minutes: u16, effort: Effort },
    Skipped,
}

/// One logged session. A day holds at most one session per activity, so `(date, activity)`
/// identifies an entry; that key is what edits, removals and two-tab merges use.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LogEntry {
    pub date: NaiveDate,
    pub activity: Activity,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// Mood before the session, 1 (low) to 5 (good), when the visitor chose to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood_before: Option<u8>,
    /// Mood after the session, 1 (low) to 5 (good), when the visitor chose to say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood_after: Option<u8>,
    /// A short plain-text note, at most [`MAX_NOTE_CHARS`] characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Notes stay short so the record stays small and the widget never stores an essay.
pub const MAX_NOTE_CHARS: usize = 280;

impl LogEntry {
    /// The key that identifies this entry within a log.
    pub fn key(&self) -> (NaiveDate, Activity) {
        (self.date, self.activity)
    }
}
