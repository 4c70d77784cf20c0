//! Logging what the visitor did: the "Done" form of a planned session, "Not today", taking a
//! tick back, and "something else I did" on any day.

use crate::core::log::{LogEntry, Outcome};
use crate::present::action::Action;
use crate::present::log_form::{ExtraForm, LogDraft};
use crate::present::state::{Focus, Message, OpenDoneForm, Place, WidgetState};

/// Every so many sessions with both moods noted, a save says what those notes show.
pub const MOOD_ECHO_EVERY: u32 = 5;

/// What the mood notes show, when a save with moods noted is one of the now-and-then ones.
fn mood_echo(state: &WidgetState, noted: bool) -> Option<Message> {
    let insight = crate::core::stats::mood_insight(state.record.log.entries());
    (noted && insight.is_ready() && insight.sessions % MOOD_ECHO_EVERY == 0).then_some(
        Message::MoodEcho {
            better: insight.better_days,
            days: insight.days,
        },
    )
}

/// The logging actions (see [`crate::present::reduce`]).
pub(crate) fn apply(state: &WidgetState, next: &mut WidgetState, action: Action) {
    match action {
        Action::OpenDoneForm {
            key,
            planned_minutes,
        } => {
            next.done_form = Some(OpenDoneForm {
                key,
                draft: LogDraft::planned(planned_minutes),
            });
            next.extra_form = None;
            next.status = None;
            next.focus = Focus::Form;
        }
        Action::EditDoneForm(edit) => {
            if let Some(form) = &mut next.done_form {
                form.draft = form.draft.edited(&edit);
            }
            next.status = state.status.clone();
        }
        Action::SaveDoneForm => {
            let Some(form) = &state.done_form else { return };
            match form.draft.entry(form.key) {
                Ok(entry) => {
                    let effort = entry.effort();
                    let noted = entry.mood_before.is_some() && entry.mood_after.is_some();
                    next.record_mut().log_session(entry);
                    next.done_form = None;
                    next.say(
                        mood_echo(next, noted).unwrap_or(Message::Logged(effort)),
                        Place::Session(form.key),
                    );
                    next.focus = Focus::Status;
                }
                Err(error) => {
                    if let Some(open) = &mut next.done_form {
                        open.draft.error = Some(error);
                    }
                    next.focus = Focus::Form;
                }
            }
        }
        Action::CloseDoneForm => {
            if let Some(form) = &state.done_form {
                next.focus = Focus::Session(form.key);
            }
            next.done_form = None;
        }
        Action::LogSkipped(key) => {
            next.record_mut()
                .log_session(LogEntry::new(key.0, key.1, Outcome::Skipped));
            next.say(Message::Skipped, Place::Session(key));
            next.focus = Focus::Status;
        }
        Action::Undo(key) => undo(next, key),
        Action::OpenExtraForm => {
            next.extra_form = Some(ExtraForm::new(state.today));
            next.done_form = None;
            next.focus = Focus::Form;
        }
        Action::EditExtraForm(edit) => {
            if let Some(form) = &mut next.extra_form {
                *form = form.edited(&edit);
            }
        }
        Action::SaveExtraForm => {
            let Some(form) = &state.extra_form else {
                return;
            };
            match form.entry() {
                Ok(entry) => {
                    next.record_mut().log_session(entry);
                    next.extra_form = None;
                    next.say(Message::ExtraLogged, Place::Extra);
                    next.focus = Focus::Status;
                }
                Err(error) => {
                    if let Some(open) = &mut next.extra_form {
                        open.draft.error = Some(error);
                    }
                    next.focus = Focus::Form;
                }
            }
        }
        Action::CloseExtraForm => {
            next.extra_form = None;
            next.focus = Focus::Heading;
        }
        _ => {}
    }
}

/// Takes back a tick or a skip; the session is open again.
fn undo(next: &mut WidgetState, key: crate::core::log::EntryKey) {
    if next.record_mut().remove_session(key).is_some() {
        next.say(Message::Undone(key.1), Place::Session(key));
        next.focus = Focus::Session(key);
    }
}
