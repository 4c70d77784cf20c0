//! The "Done" form's draft: what the visitor has typed and picked so far, and turning it into a
//! [`Action::LogDone`]. Pure, so the minutes check is tested natively. The open form's draft is
//! part of the widget state (`WidgetState::done_form`); the shell renders it and sends every
//! change back as an [`Action::EditDoneForm`] with a [`DoneEdit`].

use chrono::NaiveDate;

use crate::core::activity::Activity;
use crate::core::log::{Effort, MAX_SESSION_MINUTES};
use crate::present::widget::Action;

/// Shown when the minutes are not a number the log accepts.
pub const MINUTES_ERROR: &str = "Please enter the minutes you did, as a number from 1 to 600.";

/// The form as it stands.
#[derive(Clone, Debug, PartialEq)]
pub struct DoneDraft {
    /// The minutes field's text, prefilled with the planned minutes.
    pub minutes: String,
    /// How it felt; "about right" until the visitor says otherwise.
    pub effort: Effort,
    /// Mood before, 1-5, once picked.
    pub mood_before: Option<u8>,
    /// Mood after, 1-5, once picked.
    pub mood_after: Option<u8>,
    /// The note's text.
    pub note: String,
    /// Why the last "Save" did not save, until the next one.
    pub error: Option<&'static str>,
}

/// One change the visitor makes to the form.
#[derive(Clone, Debug, PartialEq)]
pub enum DoneEdit {
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
    /// "Save" was refused for this reason, shown until the next "Save".
    Refused(&'static str),
}

impl DoneDraft {
    /// A fresh form for a session planned at `planned_minutes`.
    pub fn new(planned_minutes: u16) -> DoneDraft {
        DoneDraft {
            minutes: planned_minutes.to_string(),
            effort: Effort::JustRight,
            mood_before: None,
            mood_after: None,
            note: String::new(),
            error: None,
        }
    }

    /// The form after `edit`.
    pub fn edited(&self, edit: DoneEdit) -> DoneDraft {
        let mut next = self.clone();
        match edit {
            DoneEdit::Minutes(text) => next.minutes = text,
            DoneEdit::Effort(effort) => next.effort = effort,
            DoneEdit::MoodBefore(mood) => next.mood_before = Some(mood),
            DoneEdit::MoodAfter(mood) => next.mood_after = Some(mood),
            DoneEdit::Note(text) => next.note = text,
            DoneEdit::Refused(reason) => next.error = Some(reason),
        }
        next
    }

    /// "Save": the log action for the session on `date` with `activity`, or why it cannot be
    /// saved yet (minutes must be a whole number from 1 to 600), for [`DoneEdit::Refused`].
    pub fn save(&self, date: NaiveDate, activity: Activity) -> Result<Action, &'static str> {
        match self.minutes.trim().parse::<u16>() {
            Ok(minutes) if (1..=MAX_SESSION_MINUTES).contains(&minutes) => Ok(Action::LogDone {
                date,
                activity,
                minutes,
                effort: self.effort,
                mood_before: self.mood_before,
                mood_after: self.mood_after,
                note: Some(self.note.clone()),
            }),
            _ => Err(MINUTES_ERROR),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    #[test]
    fn a_fresh_form_saves_the_planned_minutes_as_about_right() {
        let saved = DoneDraft::new(10).save(day(), Activity::Walking);
        assert_eq!(
            saved,
            Ok(Action::LogDone {
                date: day(),
                activity: Activity::Walking,
                minutes: 10,
                effort: Effort::JustRight,
                mood_before: None,
                mood_after: None,
                note: Some(String::new()),
            })
        );
    }

    #[test]
    fn every_answer_reaches_the_log() {
        let draft = [
            DoneEdit::Minutes(" 25 ".into()),
            DoneEdit::Effort(Effort::TooHard),
            DoneEdit::MoodBefore(2),
            DoneEdit::MoodAfter(4),
            DoneEdit::Note("windy".into()),
        ]
        .into_iter()
        .fold(DoneDraft::new(10), |draft, edit| draft.edited(edit));
        let Ok(Action::LogDone {
            minutes,
            effort,
            mood_before,
            mood_after,
            note,
            ..
        }) = draft.save(day(), Activity::Yoga)
        else {
            panic!("not saved");
        };
        assert_eq!(
            (minutes, effort, mood_before, mood_after, note.as_deref()),
            (25, Effort::TooHard, Some(2), Some(4), Some("windy"))
        );
    }

    #[test]
    fn minutes_outside_1_to_600_keep_the_form_open_with_a_message() {
        for text in ["", "0", "601", "ten", "-5", "2.5", "65536"] {
            let draft = DoneDraft::new(10).edited(DoneEdit::Minutes(text.into()));
            let reason = draft.save(day(), Activity::Swimming).unwrap_err();
            assert_eq!(reason, MINUTES_ERROR, "{text:?}");
            let shown = draft.edited(DoneEdit::Refused(reason));
            assert_eq!(shown.error, Some(MINUTES_ERROR));
            assert_eq!(shown.minutes, text, "the visitor's text stays");
        }
        for text in ["1", "600"] {
            let draft = DoneDraft::new(10).edited(DoneEdit::Minutes(text.into()));
            assert!(draft.save(day(), Activity::Swimming).is_ok(), "{text}");
        }
    }
}
