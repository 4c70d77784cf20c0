//! Keeping and restoring a backup, and starting over.

use std::rc::Rc;

use crate::core::record::Record;
use crate::present::action::Action;
use crate::present::state::{Focus, Message, Place, Restore, RestoreRefusal, Screen, WidgetState};

/// The backup actions (see [`crate::present::reduce`]).
pub(crate) fn apply(state: &WidgetState, next: &mut WidgetState, action: Action) {
    match action {
        Action::BackupChosen(Ok(record)) => {
            next.restore = Restore::Ready(Rc::new(record));
            next.focus = Focus::Status;
        }
        Action::BackupChosen(Err(problem)) => {
            next.restore = Restore::Refused(RestoreRefusal::Import(problem));
            next.focus = Focus::Status;
        }
        Action::BackupUnreadable => {
            next.restore = Restore::Refused(RestoreRefusal::Unreadable);
            next.focus = Focus::Status;
        }
        Action::RestoreBackup => {
            if let Restore::Ready(record) = &state.restore {
                let mut record = Record::clone(record);
                record.catch_up(state.today);
                *next =
                    WidgetState::new(record, state.save_mode, state.notice.clone(), state.today);
                next.keep_browser_facts(state);
                next.say(Message::Restored, Place::Screen);
                next.focus = Focus::Heading;
            }
        }
        Action::CancelRestore => {
            next.restore = Restore::Idle;
            next.focus = Focus::Heading;
        }
        Action::ConfirmStartOver(asking) => {
            next.confirming_start_over = asking;
            next.focus = if asking { Focus::Form } else { Focus::Heading };
        }
        Action::StartOver => {
            *next = WidgetState::new(
                Record::default(),
                state.save_mode,
                state.notice.clone(),
                state.today,
            );
            next.keep_browser_facts(state);
            next.say(Message::ClearedAll, Place::Screen);
            next.focus = Focus::Heading;
        }
        Action::BackedUp => {
            next.record_mut().mark_backed_up(state.today);
            next.backup_hint_dismissed = true;
            let at = if state.screen == Screen::Settings {
                Place::Backup
            } else {
                Place::Screen
            };
            next.say(Message::BackedUp, at);
        }
        Action::DismissBackupHint => next.backup_hint_dismissed = true,
        _ => {}
    }
}
