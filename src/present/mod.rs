//! What the screens show and how the widget reacts, as plain Rust with no web types, so every
//! rule is tested natively. The yew views in `web` render the view models built here and send
//! [`Action`]s back; [`reduce`] is the only place the state changes.
//!
//! - [`state`] and [`action`]: what the widget holds and everything that can happen to it;
//! - [`reduce`] dispatches each action to its feature: [`onboarding`], [`plan_form`],
//!   [`logging`], [`backups`], [`sync`] (which also holds the storage protocol as pure steps);
//! - [`screens`]: one view model per screen, built from the state once per render;
//! - [`text`]: every word the widget shows, one catalogue per language;
//! - [`charts`], [`dates`], [`log_form`], [`embed`] (with [`accent`]): the parts the screens
//!   are made of.

pub mod accent;
pub mod action;
pub mod backups;
pub mod charts;
pub mod dates;
pub mod embed;
pub mod log_form;
pub mod logging;
pub mod onboarding;
pub mod plan_draft;
pub mod plan_form;
pub mod screens;
pub mod state;
pub mod sync;
pub mod text;

pub use action::Action;
pub use state::WidgetState;

use state::{Focus, Screen};

/// Applies one action. A read-only record (a newer widget's) allows only looking around.
pub fn reduce(state: &WidgetState, action: Action) -> WidgetState {
    if !state.editable() && !action.allowed_read_only() {
        return state.clone();
    }
    let mut next = state.clone();
    next.focus = Focus::Keep;
    // A status line holds until the next thing the visitor does (typing in a form keeps it).
    if !action.keeps_status() {
        next.status = None;
    }
    match action {
        Action::Show(screen) | Action::Tab(screen) => {
            if matches!(action, Action::Show(_)) {
                next.focus = Focus::Heading;
            }
            // Leaving a screen drops its half-made choices, as closing a dialog would.
            next.restore = state::Restore::Idle;
            next.confirming_start_over = false;
            next.done_form = None;
            next.extra_form = None;
            next.viewing_plan = None;
            next.screen = screen;
        }
        Action::AnswerReadiness { .. } | Action::FinishReadiness => {
            onboarding::apply(&mut next, action)
        }
        Action::EditPlanDraft(_)
        | Action::SavePlanChoices
        | Action::Adjust(_)
        | Action::PutBack(_)
        | Action::StartNextPlan
        | Action::ViewPlan(_) => plan_form::apply(state, &mut next, action),
        Action::OpenDoneForm { .. }
        | Action::EditDoneForm(_)
        | Action::SaveDoneForm
        | Action::CloseDoneForm
        | Action::LogSkipped(_)
        | Action::Undo(_)
        | Action::OpenExtraForm
        | Action::EditExtraForm(_)
        | Action::SaveExtraForm
        | Action::CloseExtraForm => logging::apply(state, &mut next, action),
        Action::BackupChosen(_)
        | Action::BackupUnreadable
        | Action::RestoreBackup
        | Action::CancelRestore
        | Action::ConfirmStartOver(_)
        | Action::StartOver
        | Action::BackedUp
        | Action::DismissBackupHint => backups::apply(state, &mut next, action),
        Action::ToggleSummaryNote(key) => match next.summary_notes.iter().position(|k| *k == key) {
            Some(i) => {
                next.summary_notes.remove(i);
            }
            None => next.summary_notes.push(key),
        },
        Action::StorageKept(kept) => next.storage_kept = Some(kept),
        Action::DismissAppleHint => next.record_mut().settings.apple_hint_seen = true,
        Action::Adopt { .. }
        | Action::SaveFailed(_)
        | Action::ProtectStored(_)
        | Action::Explain(_)
        | Action::SetAsideFound(_)
        | Action::NewDay(_) => sync::apply(state, &mut next, action),
    }
    keep_rules(state, &mut next);
    next
}

/// Rules that hold after every action, however the state got there.
fn keep_rules(before: &WidgetState, next: &mut WidgetState) {
    // The plan screens need a plan: without one the plan form asks for the choices.
    if next.screen.needs_plan() && !next.has_plan() {
        next.screen = Screen::Setup;
    }
    // The plan form opens with the saved choices, however the visitor got there.
    if next.screen == Screen::Setup && before.screen != Screen::Setup {
        next.plan_draft = plan_draft::PlanChoices::from_record(&next.record, next.today);
    }
    // A "Done" form is only ever open for a session not yet logged, however it got logged
    // (saved here, "Not today", another tab): left open but hidden, it would come back if the
    // tick were undone.
    if next
        .done_form
        .as_ref()
        .is_some_and(|f| next.record.log.get(f.key).is_some())
    {
        next.done_form = None;
    }
}

#[cfg(test)]
mod tests;
