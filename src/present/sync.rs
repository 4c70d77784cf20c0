//! The storage protocol as pure steps: what to do with what `localStorage` holds when the
//! widget loads, before each save, and when another tab writes. The shell performs each step's
//! I/O and reports back; every decision (merge, set aside, stop saving) is made here.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::core::record::{Record, RecordError};
use crate::present::action::Action;
use crate::present::state::{Notice, SaveMode, WidgetState};

/// The stored text as this tab last read or wrote it, and the record it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Synced {
    /// A stored value equal to this means no other tab has written since.
    pub text: String,
    /// The record that text holds: the base of a three-way merge, and, when it is the very
    /// record on show (same allocation), the sign that there is nothing to save.
    pub record: Rc<Record>,
}

/// What reading `localStorage` gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// The browser gives this page no storage.
    Unavailable,
    /// Nothing under the key.
    Empty,
    /// The text under the key.
    Text(String),
}

/// The first step of loading.
#[derive(Debug)]
pub enum LoadStep {
    /// Show this; `synced` is what is now known to be stored.
    Ready {
        /// The state to show.
        state: Box<WidgetState>,
        /// What is stored, when it was read.
        synced: Option<Synced>,
    },
    /// The stored text cannot be read: copy it aside exactly as it is, then call
    /// [`after_set_aside`].
    SetAside(String),
}

/// What to show for what was stored. The weeks that have begun since the last visit are stored
/// on the next save (`Record::catch_up`), unless the record is read-only.
pub fn load(stored: Stored, today: NaiveDate) -> LoadStep {
    let fresh = |mode, notice| LoadStep::Ready {
        state: Box::new(WidgetState::new(Record::default(), mode, notice, today)),
        synced: None,
    };
    let text = match stored {
        Stored::Unavailable => {
            return fresh(SaveMode::MemoryOnly, Some(Notice::StorageUnavailable))
        }
        Stored::Empty => return fresh(SaveMode::Save, None),
        Stored::Text(text) => text,
    };
    match Record::parse(&text, today) {
        Ok(record) => {
            let stored = Rc::new(record);
            // The very same record, so the first save is skipped unless weeks have begun.
            let mut state = WidgetState::new(stored.clone(), SaveMode::Save, None, today);
            if stored.needs_catch_up(today) {
                state.record_mut().catch_up(today);
            }
            LoadStep::Ready {
                state: Box::new(state),
                synced: Some(Synced {
                    text,
                    record: stored,
                }),
            }
        }
        Err(RecordError::NewerVersion(_)) => {
            let record = Record::parse_lenient(&text, today).unwrap_or_default();
            LoadStep::Ready {
                state: Box::new(WidgetState::new(
                    record,
                    SaveMode::ReadOnly,
                    Some(Notice::NewerVersion),
                    today,
                )),
                synced: None,
            }
        }
        Err(RecordError::Corrupt(_)) => LoadStep::SetAside(text),
    }
}

/// Loading after an unreadable record was set aside (`Ok` with the copy's key) or could not be
/// (`Err`: then nothing may be saved over it).
pub fn after_set_aside(copy: Result<String, ()>, today: NaiveDate) -> WidgetState {
    match copy {
        Ok(backup_key) => WidgetState::new(
            Record::default(),
            SaveMode::Save,
            Some(Notice::CorruptBackedUp { backup_key }),
            today,
        ),
        Err(()) => WidgetState::new(
            Record::default(),
            SaveMode::ReadOnly,
            Some(Notice::CorruptNotBackedUp),
            today,
        ),
    }
}

/// What to do to save `ours`, given what is stored now.
#[derive(Debug, PartialEq)]
pub enum SaveStep {
    /// Nothing to write.
    Skip,
    /// Write `text`, which holds `record`; when `adopt` is set, the record merged another
    /// tab's changes in and the widget should show it (send [`Action::Adopt`]).
    Write {
        /// The record to store (ours, or ours merged with another tab's).
        record: Rc<Record>,
        /// Its text.
        text: String,
        /// Whether it differs from what the widget shows.
        adopt: bool,
    },
    /// What is stored now cannot be read: copy it aside first, then save again.
    SetAsideFirst(String),
    /// What is stored now comes from a newer widget: never overwrite it.
    Protect(Notice),
}

/// The step to save `ours`: merge first what another tab stored since `synced`.
pub fn save_step(
    ours: &Rc<Record>,
    synced: Option<&Synced>,
    stored: &Stored,
    today: NaiveDate,
) -> SaveStep {
    if synced.is_some_and(|s| Rc::ptr_eq(&s.record, ours)) {
        return SaveStep::Skip;
    }
    let record = match stored {
        Stored::Text(text) if synced.is_none_or(|s| s.text != *text) => {
            match Record::parse(text, today) {
                Ok(theirs) => Rc::new(ours.merged_with(&theirs, synced.map(|s| &*s.record))),
                Err(RecordError::NewerVersion(_)) => {
                    return SaveStep::Protect(Notice::NewerVersion)
                }
                Err(RecordError::Corrupt(_)) => return SaveStep::SetAsideFirst(text.clone()),
            }
        }
        _ => ours.clone(),
    };
    let text = record.to_json();
    if synced.is_some_and(|s| s.text == text) {
        return SaveStep::Skip;
    }
    let adopt = *record != **ours;
    SaveStep::Write {
        record,
        text,
        adopt,
    }
}

/// After another tab's `storage` event, `text` is what is stored now: the action to send, and
/// what is now known to be stored. Nothing when it is what this tab last read or wrote (the
/// event came after this tab's own later write); unreadable or newer text is left for the next
/// save to deal with.
pub fn other_tab_wrote(
    text: String,
    synced: Option<&Synced>,
    today: NaiveDate,
) -> Option<(Action, Synced)> {
    if synced.is_some_and(|s| s.text == text) {
        return None;
    }
    let theirs = Record::parse(&text, today).ok()?;
    let base = synced.map(|s| s.record.clone());
    let now = Synced {
        text,
        record: Rc::new(theirs.clone()),
    };
    Some((Action::Adopt { theirs, base }, now))
}

/// The storage actions (see [`crate::present::reduce`]).
pub(crate) fn apply(state: &WidgetState, next: &mut WidgetState, action: Action) {
    match action {
        Action::Adopt { theirs, base } => {
            let ours = &state.record;
            let unchanged = base
                .as_ref()
                .is_some_and(|b| Rc::ptr_eq(b, ours) || **b == **ours);
            let mut record = if unchanged {
                theirs
            } else {
                // Changes this tab has not stored yet (memory-only mode, say) are kept.
                ours.merged_with(&theirs, base.as_deref())
            };
            record.catch_up(state.today);
            next.record = Rc::new(record);
            next.status = state.status.clone();
        }
        Action::SaveFailed(notice) => {
            next.save_mode = SaveMode::MemoryOnly;
            next.notice = Some(notice);
        }
        Action::ProtectStored(notice) => {
            next.save_mode = SaveMode::ReadOnly;
            next.notice = Some(notice);
        }
        Action::Explain(notice) => next.notice = Some(notice),
        Action::SetAsideFound(keys) => next.set_aside = keys,
        Action::NewDay(today) => {
            next.today = today;
            if state.editable() && state.record.needs_catch_up(today) {
                next.record_mut().catch_up(today);
            }
        }
        _ => {}
    }
}
