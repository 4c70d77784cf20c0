//! Plausibility rules for data that comes from outside the widget (backup files, form input).
//!
//! Deserializing only proves the types fit; these rules catch values no real visitor produces
//! (a session in 1970, 5000 minutes, mood 9), which usually mean a hand-edited or foreign file.
//! Stored data is not re-checked on every load: locking a visitor out of their own history
//! over one odd value would be worse than showing it.

use chrono::NaiveDate;

use crate::core::log::{LogEntry, Outcome, MAX_NOTE_CHARS, MAX_SESSION_MINUTES, MOOD_RANGE};
use crate::core::record::{Record, READINESS_QUESTIONS, SESSION_LENGTHS};

/// The earliest date Momentum accepts anywhere; older dates are typos or clock errors.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(date) => date,
    None => panic!("2000-01-01 is a valid date"),
};

/// The latest date Momentum accepts anywhere.
pub const LATEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(date) => date,
    None => panic!("2100-12-31 is a valid date"),
};

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
    /// A readiness answer set without exactly [`READINESS_QUESTIONS`] answers.
    WrongReadinessAnswerCount(usize),
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
            Implausible::WrongReadinessAnswerCount(count) => write!(
                f,
                "the readiness check has {count} answers instead of {READINESS_QUESTIONS}"
            ),
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
    let profile = &record.profile;
    if !SESSION_LENGTHS.contains(&profile.minutes_today) {
        return Err(Implausible::UnsupportedSessionLength(profile.minutes_today));
    }
    if let Some(start) = profile.start_date {
        check_date("plan start", start)?;
    }
    if let Some(answers) = &profile.readiness {
        if answers.len() != READINESS_QUESTIONS {
            return Err(Implausible::WrongReadinessAnswerCount(answers.len()));
        }
    }
    if let Some(backup) = record.settings.last_backup {
        check_date("last backup", backup)?;
    }
    for change in &record.adjustments {
        check_date("moved session", change.date)?;
        check_date("moved session", change.to_date)?;
    }
    record.log.entries().iter().try_for_each(check_entry)
}

fn check_date(what: &'static str, date: NaiveDate) -> Result<(), Implausible> {
    if (EARLIEST_DATE..=LATEST_DATE).contains(&date) {
        Ok(())
    } else {
        Err(Implausible::DateOutOfRange { what, date })
    }
}
