//! Everything a visitor, or the storage layer, can do to the widget's state.

use chrono::NaiveDate;

use crate::core::log::EntryKey;
use crate::core::plan::adjust::Adjustment;
use crate::core::record::Record;
use crate::core::transfer::ImportError;
use crate::present::log_form::LogEdit;
use crate::present::plan_draft::PlanEdit;
use crate::present::state::{Notice, Screen};

/// One thing that happened. [`crate::present::reduce`] is the only place state changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Go to a screen from a button or link that goes away with the old screen (focus moves to
    /// the new screen's heading).
    Show(Screen),
    /// Go to a screen from the tab bar (the tab keeps focus).
    Tab(Screen),
    /// Answer one readiness question.
    AnswerReadiness {
        /// Which question, in `readiness::QUESTIONS` order.
        index: usize,
        /// The answer.
        yes: bool,
    },
    /// Leave the readiness questions for the plan form once every question has an answer.
    FinishReadiness,
    /// Change one choice in the plan form's draft.
    EditPlanDraft(PlanEdit),
    /// Build the first plan from the draft, or apply changed choices from today on.
    SavePlanChoices,
    /// "Done" on a session: open its short form (and close any other).
    OpenDoneForm {
        /// The session's day and activity.
        key: EntryKey,
        /// Its planned minutes, which the form starts with.
        planned_minutes: u16,
    },
    /// A change in the open "Done" form.
    EditDoneForm(LogEdit),
    /// "Save" on the open "Done" form.
    SaveDoneForm,
    /// "Cancel" on the open "Done" form.
    CloseDoneForm,
    /// "Not today": skipping costs nothing.
    LogSkipped(EntryKey),
    /// Take back a tick or a skip.
    Undo(EntryKey),
    /// "Something else I did": open the form.
    OpenExtraForm,
    /// A change in the "something else" form.
    EditExtraForm(LogEdit),
    /// "Save" on the "something else" form.
    SaveExtraForm,
    /// "Cancel" on the "something else" form.
    CloseExtraForm,
    /// Move a session to another free day of its week, or do another chosen activity instead.
    Adjust(Adjustment),
    /// Put a moved or swapped session back as first planned.
    PutBack(EntryKey),
    /// Show an earlier plan on the Plan screen (`None`: the current one).
    ViewPlan(Option<usize>),
    /// After the twelve weeks: the next twelve, continuing the same history.
    StartNextPlan,
    /// Include or leave out one note in the summary for the clinician.
    ToggleSummaryNote(EntryKey),
    /// The browser said whether it keeps this site's storage (after `navigator.storage.persist`).
    StorageKept(bool),
    /// "Not now" on the advice on keeping progress on an iPhone.
    DismissAppleHint,
    /// A backup file was read and checked: the record to restore, or why it was refused.
    BackupChosen(Result<Record, ImportError>),
    /// The browser could not read the chosen file.
    BackupUnreadable,
    /// "Restore it": the chosen backup replaces what is in this browser.
    RestoreBackup,
    /// "Cancel" on a chosen backup.
    CancelRestore,
    /// "Start over" (`true`) or "Keep my plan" (`false`) before anything is deleted.
    ConfirmStartOver(bool),
    /// Forget everything and begin again (after confirmation).
    StartOver,
    /// The visitor downloaded a backup.
    BackedUp,
    /// "Not now" on the backup hint.
    DismissBackupHint,
    /// Another tab stored a record: show it, merged with what this tab has not saved yet.
    Adopt {
        /// What the other tab stored.
        theirs: Record,
        /// What this tab last knew to be stored, if it knows.
        base: Option<std::rc::Rc<Record>>,
    },
    /// Saving failed; keep going in memory and explain.
    SaveFailed(Notice),
    /// What is stored must not be overwritten (found when about to save): stop saving, explain.
    ProtectStored(Notice),
    /// Something about storage the visitor should know, without changing how saving works.
    Explain(Notice),
    /// Copies of unreadable records found in this browser, for Settings to offer.
    SetAsideFound(Vec<String>),
    /// The visitor's calendar moved on (the page stayed open past midnight).
    NewDay(NaiveDate),
}

impl Action {
    /// Whether this action may run on a record that must not change (a newer widget's):
    /// looking around and storage news only. Spelled out for every action, so a new one must
    /// be decided here.
    pub fn allowed_read_only(&self) -> bool {
        match self {
            Action::Show(_)
            | Action::Tab(_)
            | Action::ViewPlan(_)
            | Action::ToggleSummaryNote(_)
            | Action::StorageKept(_)
            | Action::AnswerReadiness { .. }
            | Action::EditPlanDraft(_)
            | Action::CloseDoneForm
            | Action::CloseExtraForm
            | Action::CancelRestore
            | Action::ConfirmStartOver(false)
            | Action::DismissBackupHint
            | Action::SaveFailed(_)
            | Action::ProtectStored(_)
            | Action::Explain(_)
            | Action::SetAsideFound(_)
            | Action::NewDay(_) => true,
            Action::FinishReadiness
            | Action::SavePlanChoices
            | Action::OpenDoneForm { .. }
            | Action::EditDoneForm(_)
            | Action::SaveDoneForm
            | Action::LogSkipped(_)
            | Action::Undo(_)
            | Action::OpenExtraForm
            | Action::EditExtraForm(_)
            | Action::SaveExtraForm
            | Action::Adjust(_)
            | Action::PutBack(_)
            | Action::StartNextPlan
            | Action::DismissAppleHint
            | Action::BackupChosen(_)
            | Action::BackupUnreadable
            | Action::RestoreBackup
            | Action::ConfirmStartOver(true)
            | Action::StartOver
            | Action::BackedUp
            | Action::Adopt { .. } => false,
        }
    }

    /// Whether a status line on show stays through this action: typing in a form, and news the
    /// visitor did not cause (storage, another tab, a new day), keep it; anything the visitor
    /// does replaces it. Spelled out for every action, so a new one must be decided here.
    pub fn keeps_status(&self) -> bool {
        match self {
            Action::AnswerReadiness { .. }
            | Action::EditPlanDraft(_)
            | Action::EditDoneForm(_)
            | Action::EditExtraForm(_)
            | Action::StorageKept(_)
            | Action::Adopt { .. }
            | Action::SaveFailed(_)
            | Action::ProtectStored(_)
            | Action::Explain(_)
            | Action::SetAsideFound(_)
            | Action::NewDay(_) => true,
            Action::Show(_)
            | Action::Tab(_)
            | Action::FinishReadiness
            | Action::SavePlanChoices
            | Action::OpenDoneForm { .. }
            | Action::SaveDoneForm
            | Action::CloseDoneForm
            | Action::LogSkipped(_)
            | Action::Undo(_)
            | Action::OpenExtraForm
            | Action::SaveExtraForm
            | Action::CloseExtraForm
            | Action::Adjust(_)
            | Action::PutBack(_)
            | Action::ViewPlan(_)
            | Action::StartNextPlan
            | Action::ToggleSummaryNote(_)
            | Action::DismissAppleHint
            | Action::BackupChosen(_)
            | Action::BackupUnreadable
            | Action::RestoreBackup
            | Action::CancelRestore
            | Action::ConfirmStartOver(_)
            | Action::StartOver
            | Action::BackedUp
            | Action::DismissBackupHint => false,
        }
    }
}
