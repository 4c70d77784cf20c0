//! Plausibility rules for data that comes from outside the widget (backup files, form input).
//!
//! Deserializing only proves the types fit (and that dates are plausible, see
//! [`crate::core::dates`]); these rules catch values no real visitor produces (5000 minutes,
//! mood 9, a week that belongs to no plan), which usually mean a hand-edited or foreign file.
//! Stored data is not re-checked on every load: locking a visitor out of their own history
//! over one odd value would be worse than showing it.

use chrono::NaiveDate;

use crate::core::dates::{is_plausible, EARLIEST_DATE, LATEST_DATE};
use crate::core::log::{LogEntry, Outcome, MAX_NOTE_CHARS, MAX_SESSION_MINUTES, MOOD_RANGE};
use crate::core::plan::{PlanError, SESSION_LENGTHS};
use crate::core::record::Record;

/// The first implausible value found, described so a visitor can recognise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Implausible {
    /// A date outside [`EARLIEST_DATE`]..=[`LATEST_DATE`]; `what` names which date it is.
    DateOutOfRange {
        /// Which date it is ("plan start", "session", ...).
        what: &'static str,
        /// The date itself.
        date: NaiveDate,
    },
    /// A session longer than [`MAX_SESSION_MINUTES`].
    TooManyMinutes {
        /// The session's day.
        date: NaiveDate,
        /// The minutes given.
        minutes: u16,
    },
    /// A mood outside [`MOOD_RANGE`].
    MoodOutOfRange {
        /// The session's day.
        date: NaiveDate,
        /// The mood given.
        mood: u8,
    },
    /// A note longer than [`MAX_NOTE_CHARS`] characters.
    NoteTooLong {
        /// The session's day.
        date: NaiveDate,
        /// The note's length in characters.
        chars: usize,
    },
    /// A preferred session length that is not one of [`SESSION_LENGTHS`].
    UnsupportedSessionLength(u16),
    /// A plan was started, but the choices cannot lay one out (no activity or no day).
    UnusableChoices(PlanError),
    /// A stored week that starts on no week of any plan.
    WeekOutsidePlans {
        /// The week's first day.
        start: NaiveDate,
    },
}

impl std::fmt::Display for Implausible {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Implausible::DateOutOfRange { what, date } => write!(
                f,
                "the {what} date {date} is outside {EARLIEST_DATE} to {LATEST_DATE}"
            ),
            Implausible::TooManyMinutes { date, minutes } => write!(
                f,
                "the session on {date} lasts {minutes} minutes, more than {MAX_SESSION_MINUTES}"
            ),
            Implausible::MoodOutOfRange { date, mood } => write!(
                f,
                "the mood {mood} on {date} is not between {} and {}",
                MOOD_RANGE.start(),
                MOOD_RANGE.end()
            ),
            Implausible::NoteTooLong { date, chars } => write!(
                f,
                "the note on {date} has {chars} characters, more than {MAX_NOTE_CHARS}"
            ),
            Implausible::UnsupportedSessionLength(minutes) => {
                write!(
                    f,
                    "{minutes} minutes is not one of the session lengths offered"
                )
            }
            Implausible::UnusableChoices(problem) => {
                write!(f, "the plan's choices cannot make a plan ({problem})")
            }
            Implausible::WeekOutsidePlans { start } => {
                write!(f, "the week of {start} belongs to no plan")
            }
        }
    }
}

impl std::error::Error for Implausible {}

/// Checks one log entry, e.g. before the shell saves what the visitor typed.
pub fn check_entry(entry: &LogEntry) -> Result<(), Implausible> {
    let date = entry.date;
    check_date("session", date)?;
    if let Outcome::Done { minutes, .. } = entry.outcome {
        if minutes > MAX_SESSION_MINUTES {
            return Err(Implausible::TooManyMinutes { date, minutes });
        }
    }
    for mood in [entry.mood_before, entry.mood_after].into_iter().flatten() {
        if !MOOD_RANGE.contains(&mood) {
            return Err(Implausible::MoodOutOfRange { date, mood });
        }
    }
    if let Some(note) = &entry.note {
        let chars = note.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Implausible::NoteTooLong { date, chars });
        }
    }
    Ok(())
}

/// Checks a whole record, e.g. an imported backup, stopping at the first problem.
pub fn check_record(record: &Record) -> Result<(), Implausible> {
    let choices = &record.choices;
    if !SESSION_LENGTHS.contains(&choices.minutes_today) {
        return Err(Implausible::UnsupportedSessionLength(choices.minutes_today));
    }
    if let Some(plan) = record.plans.last() {
        choices
            .inputs(plan.start)
            .map_err(Implausible::UnusableChoices)?;
    }
    for week in &record.weeks {
        let in_a_plan = record
            .plans
            .iter()
            .any(|p| (1..=crate::core::plan::WEEKS).any(|n| p.week_start(n) == week.start));
        if !in_a_plan {
            return Err(Implausible::WeekOutsidePlans { start: week.start });
        }
        for session in &week.sessions {
            if session.minutes > MAX_SESSION_MINUTES {
                return Err(Implausible::TooManyMinutes {
                    date: session.date,
                    minutes: session.minutes,
                });
            }
            check_date("planned session", session.date)?;
        }
    }
    record.log.entries().iter().try_for_each(check_entry)
}

fn check_date(what: &'static str, date: NaiveDate) -> Result<(), Implausible> {
    if is_plausible(date) {
        Ok(())
    } else {
        Err(Implausible::DateOutOfRange { what, date })
    }
}
