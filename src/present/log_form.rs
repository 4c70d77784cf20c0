//! The forms that log a session: "Done" on a planned session, and "something else I did" on
//! any day. Both are drafts of what the visitor has typed and picked so far, turned into a log
//! entry on "Save" (or the reason it cannot be saved yet). The open forms are part of the widget
//! state; the shell renders them and sends every change back as a [`LogEdit`].

use chrono::NaiveDate;

use crate::core::activity::Activity;
use crate::core::log::{Effort, EntryKey, LogEntry, Outcome, MAX_SESSION_MINUTES};
use crate::core::validate::{check_entry, Implausible};

/// What is filled in so far, in either form.
#[derive(Clone, Debug, PartialEq)]
pub struct LogDraft {
    /// The minutes field's text (prefilled with the planned minutes on "Done").
    pub minutes: String,
    /// How it felt; "just right" on "Done" until the visitor says otherwise, and not asked
    /// for unplanned activity unless they want to say.
    pub effort: Option<Effort>,
    /// Mood before, 1-5, once picked.
    pub mood_before: Option<u8>,
    /// Mood after, 1-5, once picked.
    pub mood_after: Option<u8>,
    /// The note's text.
    pub note: String,
    /// Why the last "Save" did not save, until the next edit or "Save".
    pub error: Option<DraftError>,
}

/// Why "Save" did not save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The minutes are not a whole number from 1 to [`MAX_SESSION_MINUTES`].
    Minutes,
    /// No activity was picked (unplanned form only).
    NoActivity,
    /// Something else the log does not accept.
    Implausible(Implausible),
}

/// One change the visitor makes to a form.
#[derive(Clone, Debug, PartialEq)]
pub enum LogEdit {
    /// Typed in the minutes field.
    Minutes(String),
    /// Picked how it felt.
    Effort(Effort),
    /// Picked a mood before.
    MoodBefore(u8),
    /// Picked a mood after.
    MoodAfter(u8),
    /// Typed in the note.
    Note(String),
    /// Picked the day (unplanned form only).
    Date(NaiveDate),
    /// Picked the activity (unplanned form only).
    Activity(Activity),
}

impl LogDraft {
    /// A fresh "Done" form for a session planned at `planned_minutes`.
    pub fn planned(planned_minutes: u16) -> LogDraft {
        LogDraft {
            minutes: planned_minutes.to_string(),
            effort: Some(Effort::JustRight),
            ..LogDraft::unplanned()
        }
    }

    /// A fresh "something else" form: nothing assumed.
    pub fn unplanned() -> LogDraft {
        LogDraft {
            minutes: String::new(),
            effort: None,
            mood_before: None,
            mood_after: None,
            note: String::new(),
            error: None,
        }
    }

    /// The draft after `edit` (the day and activity of an unplanned form are [`ExtraForm`]'s).
    pub fn edited(&self, edit: &LogEdit) -> LogDraft {
        let mut next = self.clone();
        next.error = None;
        match edit {
            LogEdit::Minutes(text) => next.minutes = text.clone(),
            LogEdit::Effort(effort) => next.effort = Some(*effort),
            LogEdit::MoodBefore(mood) => next.mood_before = Some(*mood),
            LogEdit::MoodAfter(mood) => next.mood_after = Some(*mood),
            LogEdit::Note(text) => next.note = text.clone(),
            LogEdit::Date(_) | LogEdit::Activity(_) => {}
        }
        next
    }

    /// "Save": the entry for `key`, or why it cannot be saved yet.
    pub fn entry(&self, key: EntryKey) -> Result<LogEntry, DraftError> {
        let minutes = match self.minutes.trim().parse::<u16>() {
            Ok(minutes) if (1..=MAX_SESSION_MINUTES).contains(&minutes) => minutes,
            _ => return Err(DraftError::Minutes),
        };
        let note = self.note.trim();
        let entry = LogEntry {
            date: key.0,
            activity: key.1,
            outcome: Outcome::Done {
                minutes,
                effort: self.effort,
            },
            mood_before: self.mood_before,
            mood_after: self.mood_after,
            note: (!note.is_empty()).then(|| note.to_owned()),
        };
        check_entry(&entry).map_err(DraftError::Implausible)?;
        Ok(entry)
    }
}

/// How far back the "something else" form reaches: the week gone by, as people forget to log.
pub const EXTRA_DAYS_BACK: u64 = 6;

/// The "something else I did" form.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraForm {
    /// Which day (today, or up to [`EXTRA_DAYS_BACK`] days before).
    pub date: NaiveDate,
    /// Which activity, once picked.
    pub activity: Option<Activity>,
    /// The rest of it.
    pub draft: LogDraft,
}

impl ExtraForm {
    /// A fresh form for `today`.
    pub fn new(today: NaiveDate) -> ExtraForm {
        ExtraForm {
            date: today,
            activity: None,
            draft: LogDraft::unplanned(),
        }
    }

    /// The form after `edit`.
    pub fn edited(&self, edit: &LogEdit) -> ExtraForm {
        let mut next = ExtraForm {
            draft: self.draft.edited(edit),
            ..self.clone()
        };
        match edit {
            LogEdit::Date(date) => next.date = *date,
            LogEdit::Activity(activity) => next.activity = Some(*activity),
            _ => {}
        }
        next
    }

    /// "Save": the entry, or why not yet.
    pub fn entry(&self) -> Result<LogEntry, DraftError> {
        let activity = self.activity.ok_or(DraftError::NoActivity)?;
        self.draft.entry((self.date, activity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    #[test]
    fn a_fresh_done_form_saves_the_planned_minutes_as_just_right() {
        let entry = LogDraft::planned(10)
            .entry((day(), Activity::Walking))
            .unwrap();
        assert_eq!(
            entry.outcome,
            Outcome::Done {
                minutes: 10,
                effort: Some(Effort::JustRight)
            }
        );
        assert_eq!(entry.note, None);
    }

    #[test]
    fn every_answer_reaches_the_log() {
        let draft = [
            LogEdit::Minutes(" 25 ".into()),
            LogEdit::Effort(Effort::TooHard),
            LogEdit::MoodBefore(2),
            LogEdit::MoodAfter(4),
            LogEdit::Note(" windy ".into()),
        ]
        .iter()
        .fold(LogDraft::planned(10), |draft, edit| draft.edited(edit));
        let entry = draft.entry((day(), Activity::Yoga)).unwrap();
        assert_eq!(
            entry.outcome,
            Outcome::Done {
                minutes: 25,
                effort: Some(Effort::TooHard)
            }
        );
        assert_eq!((entry.mood_before, entry.mood_after), (Some(2), Some(4)));
        assert_eq!(entry.note.as_deref(), Some("windy"));
    }

    #[test]
    fn minutes_outside_1_to_600_are_refused_and_the_text_stays() {
        for text in ["", "0", "601", "ten", "-5", "2.5", "65536"] {
            let draft = LogDraft::planned(10).edited(&LogEdit::Minutes(text.into()));
            assert_eq!(
                draft.entry((day(), Activity::Swimming)),
                Err(DraftError::Minutes),
                "{text:?}"
            );
            assert_eq!(draft.minutes, text);
        }
        for text in ["1", "600"] {
            let draft = LogDraft::planned(10).edited(&LogEdit::Minutes(text.into()));
            assert!(draft.entry((day(), Activity::Swimming)).is_ok(), "{text}");
        }
    }

    #[test]
    fn something_else_needs_an_activity_and_minutes_but_no_effort() {
        let form = ExtraForm::new(day());
        assert_eq!(form.entry(), Err(DraftError::NoActivity));
        let form = form
            .edited(&LogEdit::Activity(Activity::Other))
            .edited(&LogEdit::Minutes("20".into()))
            .edited(&LogEdit::Date(day() - chrono::Days::new(1)));
        let entry = form.entry().unwrap();
        assert_eq!(entry.key(), (day() - chrono::Days::new(1), Activity::Other));
        assert_eq!(entry.effort(), None);
    }
}
