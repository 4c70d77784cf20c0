use std::rc::Rc;

use chrono::{Days, NaiveDate, Weekday};

use super::*;
use crate::core::activity::Activity;
use crate::core::log::{Effort, LogEntry, Outcome};
use crate::core::plan::adjust::Adjustment;
use crate::core::record::Record;
use crate::present::log_form::LogEdit;
use crate::present::plan_draft::PlanEdit;
use crate::present::state::{Focus, Message, Notice, Place, Restore, SaveMode, Screen};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() // a Monday
}

fn fresh() -> WidgetState {
    WidgetState::new(Record::default(), SaveMode::Save, None, today())
}

fn apply(state: WidgetState, actions: impl IntoIterator<Item = Action>) -> WidgetState {
    actions.into_iter().fold(state, |s, a| reduce(&s, a))
}

/// Readiness all "no", then walking on Mon/Wed/Fri at 10 minutes, from today.
fn onboarded() -> WidgetState {
    let mut actions: Vec<Action> = (0..7)
        .map(|index| Action::AnswerReadiness { index, yes: false })
        .collect();
    actions.push(Action::FinishReadiness);
    actions.extend([
        Action::EditPlanDraft(PlanEdit::ToggleActivity(Activity::Walking)),
        Action::EditPlanDraft(PlanEdit::Minutes(10)),
        Action::EditPlanDraft(PlanEdit::ToggleWeekday(Weekday::Mon)),
        Action::EditPlanDraft(PlanEdit::ToggleWeekday(Weekday::Wed)),
        Action::EditPlanDraft(PlanEdit::ToggleWeekday(Weekday::Fri)),
        Action::SavePlanChoices,
    ]);
    apply(reduce(&fresh(), Action::Show(Screen::Readiness)), actions)
}

fn walk() -> (NaiveDate, Activity) {
    (today(), Activity::Walking)
}

#[test]
fn onboarding_makes_a_plan_that_starts_today_and_stores_its_first_week() {
    let state = onboarded();
    assert_eq!(state.screen, Screen::Today);
    assert_eq!(state.record.plans.len(), 1);
    assert_eq!(state.record.weeks.len(), 1);
    assert_eq!(
        state.status.as_ref().map(|s| &s.message),
        Some(&Message::PlanReady)
    );
    assert_eq!(state.focus, Focus::Heading);
}

#[test]
fn unanswered_questions_keep_the_form_with_a_message_there() {
    let state = reduce(
        &reduce(&fresh(), Action::Show(Screen::Readiness)),
        Action::FinishReadiness,
    );
    assert_eq!(state.screen, Screen::Readiness);
    assert_eq!(state.status.as_ref().map(|s| s.at), Some(Place::Readiness));
}

#[test]
fn the_done_form_opens_one_at_a_time_saves_and_says_so_next_to_the_session() {
    let state = onboarded();
    let open = reduce(
        &state,
        Action::OpenDoneForm {
            key: walk(),
            planned_minutes: 10,
        },
    );
    assert!(
        open.status.is_none(),
        "opening a form clears \"your plan is ready\""
    );
    assert_eq!(open.focus, Focus::Form);
    let filled = apply(
        open,
        [
            Action::EditDoneForm(LogEdit::Minutes("14".into())),
            Action::EditDoneForm(LogEdit::Effort(Effort::Easy)),
        ],
    );
    assert_eq!(filled.record, state.record, "nothing is logged before Save");
    let saved = reduce(&filled, Action::SaveDoneForm);
    assert_eq!(saved.done_form, None);
    assert_eq!(
        saved.entry(walk()).unwrap().outcome,
        Outcome::Done {
            minutes: 14,
            effort: Some(Effort::Easy)
        }
    );
    assert_eq!(
        saved.status.as_ref().map(|s| s.at),
        Some(Place::Session(walk()))
    );
    assert_eq!(saved.focus, Focus::Status);
    let cancelled = reduce(&filled, Action::CloseDoneForm);
    assert_eq!(cancelled.focus, Focus::Session(walk()));
}

#[test]
fn a_status_line_outlives_news_the_visitor_did_not_cause() {
    let state = onboarded();
    let saved = apply(
        state,
        [
            Action::OpenDoneForm {
                key: walk(),
                planned_minutes: 10,
            },
            Action::SaveDoneForm,
        ],
    );
    assert!(saved.status.is_some());
    // The browser's answer to "keep this storage" comes in after the first tick of a visit.
    let answered = reduce(&saved, Action::StorageKept(true));
    assert_eq!(answered.status, saved.status);
    assert_eq!(answered.focus, Focus::Keep, "focus stays on the line");
    let next = reduce(&answered, Action::Tab(Screen::Plan));
    assert_eq!(next.status, None, "the visitor's next step clears it");
}

#[test]
fn a_refused_done_form_stays_open_with_its_reason_and_the_text() {
    let open = reduce(
        &onboarded(),
        Action::OpenDoneForm {
            key: walk(),
            planned_minutes: 10,
        },
    );
    let refused = apply(
        open.clone(),
        [
            Action::EditDoneForm(LogEdit::Minutes("9000".into())),
            Action::SaveDoneForm,
        ],
    );
    assert_eq!(refused.record, open.record);
    let form = refused.done_form.expect("still open");
    assert_eq!(form.draft.minutes, "9000");
    assert!(form.draft.error.is_some());
}

#[test]
fn a_session_another_tab_logs_closes_its_open_done_form_for_good() {
    let open = reduce(
        &onboarded(),
        Action::OpenDoneForm {
            key: walk(),
            planned_minutes: 10,
        },
    );
    let mut theirs = Record::clone(&open.record);
    theirs.log_session(LogEntry::new(walk().0, walk().1, Outcome::Skipped));
    let base = Some(open.record.clone());
    let adopted = reduce(
        &open,
        Action::Adopt {
            theirs,
            base: base.clone(),
        },
    );
    assert_eq!(adopted.done_form, None);
    let undone = reduce(
        &adopted,
        Action::Adopt {
            theirs: Record::clone(&open.record),
            base: Some(adopted.record.clone()),
        },
    );
    assert_eq!(undone.done_form, None);
}

#[test]
fn adopting_another_tabs_record_keeps_what_this_tab_has_not_saved() {
    // Memory-only: this tab's tick could not be saved; the other tab saved a skip.
    let mut state = onboarded();
    let base = state.record.clone();
    state = reduce(&state, Action::SaveFailed(Notice::StorageFull));
    state = reduce(&state, Action::LogSkipped(walk()));
    let mut theirs = Record::clone(&base);
    let wednesday = (today() + Days::new(2), Activity::Walking);
    theirs.log_session(LogEntry::new(wednesday.0, wednesday.1, Outcome::Skipped));
    let adopted = reduce(
        &state,
        Action::Adopt {
            theirs,
            base: Some(base),
        },
    );
    assert!(
        adopted.entry(walk()).is_some(),
        "this tab's unsaved tick stays"
    );
    assert!(
        adopted.entry(wednesday).is_some(),
        "the other tab's tick arrives"
    );
    assert_eq!(adopted.save_mode, SaveMode::MemoryOnly);
}

#[test]
fn read_only_records_are_never_changed_but_can_be_looked_at() {
    let mut state = onboarded();
    state.save_mode = SaveMode::ReadOnly;
    let after = apply(
        state.clone(),
        [
            Action::LogSkipped(walk()),
            Action::StartOver,
            Action::BackedUp,
            Action::OpenExtraForm,
        ],
    );
    assert_eq!(after.record, state.record);
    assert_eq!(after.extra_form, None);
    assert_eq!(
        reduce(&after, Action::Show(Screen::Plan)).screen,
        Screen::Plan
    );
}

#[test]
fn something_else_is_logged_on_any_day_and_said_under_its_form() {
    let state = reduce(&onboarded(), Action::OpenExtraForm);
    let yesterday = today() - Days::new(1);
    let saved = apply(
        state,
        [
            Action::EditExtraForm(LogEdit::Activity(Activity::Other)),
            Action::EditExtraForm(LogEdit::Date(yesterday)),
            Action::EditExtraForm(LogEdit::Minutes("25".into())),
            Action::SaveExtraForm,
        ],
    );
    assert_eq!(saved.extra_form, None);
    assert_eq!(
        saved
            .entry((yesterday, Activity::Other))
            .unwrap()
            .minutes_done(),
        25
    );
    assert_eq!(saved.status.as_ref().map(|s| s.at), Some(Place::Extra));
}

#[test]
fn moves_are_kept_and_put_back_and_refusals_say_why() {
    let state = onboarded();
    let change = Adjustment {
        date: today(),
        activity: Activity::Walking,
        to_date: today() + Days::new(1),
        to_activity: Activity::Walking,
    };
    let moved = reduce(&state, Action::Adjust(change.clone()));
    assert!(moved
        .schedule()
        .session((change.to_date, Activity::Walking))
        .is_some());
    let back = reduce(&moved, Action::PutBack((change.to_date, Activity::Walking)));
    assert!(back.schedule().session(walk()).is_some());
    let far = Adjustment {
        to_date: today() + Days::new(30),
        ..change
    };
    let refused = reduce(&state, Action::Adjust(far));
    assert!(matches!(
        refused.status.as_ref().map(|s| &s.message),
        Some(Message::AdjustProblem(_))
    ));
}

#[test]
fn the_next_plan_only_after_twelve_weeks_and_history_stays() {
    let state = onboarded();
    assert_eq!(reduce(&state, Action::StartNextPlan).record, state.record);
    let later = reduce(&state, Action::NewDay(today() + Days::new(84)));
    assert_eq!(
        later.record.weeks.len(),
        12,
        "every week that began is stored"
    );
    let next = reduce(&later, Action::StartNextPlan);
    assert_eq!(next.record.plans.len(), 2);
    assert_eq!(next.record.log, later.record.log);
    assert_eq!(next.record.weeks[..12], later.record.weeks[..]);
}

#[test]
fn choices_that_cannot_make_a_plan_open_the_plan_form_with_the_log_kept() {
    let mut record = Record::clone(&onboarded().record);
    record.log_session(LogEntry::new(today(), Activity::Walking, Outcome::Skipped));
    record.choices.weekdays.clear();
    let state = WidgetState::new(record, SaveMode::Save, None, today());
    assert_eq!(state.screen, Screen::Setup);
    assert_eq!(state.notice, Some(Notice::ChoicesNeeded));
    assert_eq!(
        reduce(&state, Action::Show(Screen::Today)).screen,
        Screen::Setup
    );
    assert_eq!(state.record.log.len(), 1);
}

#[test]
fn a_chosen_backup_waits_for_yes_and_then_replaces_everything() {
    let mut backup = Record::default();
    backup.choices.activities.push(Activity::Swimming);
    let settings = reduce(&onboarded(), Action::Show(Screen::Settings));
    let chosen = reduce(&settings, Action::BackupChosen(Ok(backup.clone())));
    assert_eq!(chosen.restore, Restore::Ready(Rc::new(backup.clone())));
    assert_eq!(chosen.record, settings.record);
    assert_eq!(
        reduce(&chosen, Action::CancelRestore).restore,
        Restore::Idle
    );
    let restored = reduce(&chosen, Action::RestoreBackup);
    assert_eq!(*restored.record, backup);
    assert_eq!(restored.status.map(|s| s.message), Some(Message::Restored));
}

#[test]
fn start_over_returns_to_welcome_with_nothing_kept() {
    let mut before = onboarded();
    before.storage_kept = Some(true);
    before.platform.apple_safari = true;
    let state = reduce(&before, Action::StartOver);
    assert_eq!(state.screen, Screen::Welcome);
    assert_eq!(*state.record, Record::default());
    // What is known about this browser is not the record's, and stays.
    assert_eq!(state.storage_kept, Some(true));
    assert_eq!(state.platform, before.platform);
}

#[test]
fn plan_tabs_need_a_plan() {
    assert_eq!(
        reduce(&fresh(), Action::Show(Screen::Progress)).screen,
        Screen::Setup
    );
    assert_eq!(
        reduce(&fresh(), Action::Show(Screen::Settings)).screen,
        Screen::Settings
    );
}

#[test]
fn leaving_a_screen_drops_its_half_made_choices() {
    let state = apply(
        reduce(&onboarded(), Action::Show(Screen::Settings)),
        [Action::ConfirmStartOver(true), Action::Show(Screen::Today)],
    );
    assert!(!state.confirming_start_over);
    let form = apply(
        onboarded(),
        [
            Action::Show(Screen::Setup),
            Action::EditPlanDraft(PlanEdit::Minutes(5)),
            Action::Show(Screen::Settings),
            Action::Show(Screen::Setup),
        ],
    );
    assert_eq!(
        form.plan_draft.minutes_today, 10,
        "the form opens with the saved choices again"
    );
}

#[test]
fn a_storage_event_after_this_tabs_own_later_write_changes_nothing() {
    use crate::present::sync::{other_tab_wrote, Synced};
    let state = onboarded();
    let ours = state.record.clone();
    let synced = Synced {
        text: ours.to_json(),
        record: ours.clone(),
    };
    assert!(other_tab_wrote(synced.text.clone(), Some(&synced), today()).is_none());
    let mut theirs = Record::clone(&ours);
    theirs.log_session(LogEntry::new(today(), Activity::Walking, Outcome::Skipped));
    let (action, now) = other_tab_wrote(theirs.to_json(), Some(&synced), today()).unwrap();
    assert!(matches!(action, Action::Adopt { .. }));
    assert_eq!(*now.record, theirs);
}
