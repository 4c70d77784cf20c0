//! The widget's state machine: what the visitor sees and every change they can make, as a pure
//! `reduce(state, action)`. The yew shell dispatches [`Action`]s and renders [`WidgetState`];
//! storage results come back in as actions too, so every path is tested natively.

use std::rc::Rc;

use chrono::{NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::log::{Effort, EntryKey, LogEntry, Outcome};
use crate::core::plan::adjust::{self, Adjustment};
use crate::core::plan::{self, Plan, PlanError, PlanInputs};
use crate::core::readiness::{self, Answers, QUESTIONS};
use crate::core::record::Record;
use crate::present::dates::short_date;
use crate::present::done_form::{DoneDraft, DoneEdit};

/// The screens of the widget. Onboarding comes first; the rest share a tab bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// A short intro in the clinic's voice: the first thing a visitor sees, so it stays short
    /// (and quick to show) rather than opening with a questionnaire.
    Welcome,
    /// The readiness questions, one step after the intro.
    Readiness,
    /// Choose activities, minutes, days and a start date.
    Setup,
    /// Today's sessions: tick them off or say "not today".
    Today,
    /// The whole plan, week by week.
    Plan,
    /// Charts and numbers.
    Progress,
    /// Change choices, back up, restore, start over.
    Settings,
}

impl Screen {
    /// The tabs shown once a plan exists, in order.
    pub const TABS: [Screen; 4] = [
        Screen::Today,
        Screen::Plan,
        Screen::Progress,
        Screen::Settings,
    ];

    /// The tab's visible name.
    pub fn label(self) -> &'static str {
        match self {
            Screen::Welcome => "Welcome",
            Screen::Readiness => "Before you start",
            Screen::Setup => "Your plan",
            Screen::Today => "Today",
            Screen::Plan => "Plan",
            Screen::Progress => "Progress",
            Screen::Settings => "Settings",
        }
    }
}

/// Whether changes are written back to storage, and why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveMode {
    /// Normal: every change is saved.
    Save,
    /// Storage is blocked, full or failing: keep working in memory and offer an export.
    MemoryOnly,
    /// What is stored must not be overwritten (a newer widget's record, or an unreadable one
    /// that could not be copied aside).
    ReadOnly,
}

/// A storage problem the visitor should know about. None of them loses what they entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser blocks storage for this page.
    StorageUnavailable,
    /// Saving failed because the browser's storage for this site is full.
    StorageFull,
    /// Saving failed for another reason.
    SaveFailed,
    /// The saved record could not be read; it was copied to `backup_key` untouched.
    CorruptBackedUp {
        /// Where the untouched copy now is.
        backup_key: String,
    },
    /// The saved record could not be read nor copied, so it is left exactly as it was.
    CorruptNotBackedUp,
    /// The saved record comes from a newer version of the widget: shown, never overwritten.
    NewerVersion,
}

impl Notice {
    /// What happened and what it means, in plain words.
    pub fn message(&self) -> &'static str {
        match self {
            Notice::StorageUnavailable => {
                "Your browser isn't letting this page save anything, so your progress will only \
                 last until you close it. Everything still works in the meantime, and you can \
                 download your data to keep it."
            }
            Notice::StorageFull => {
                "Your browser's storage for this site is full, so your latest changes are kept \
                 only until you close this page. You can download your data to keep it."
            }
            Notice::SaveFailed => {
                "Your latest changes couldn't be saved, so they are kept only until you close \
                 this page. You can download your data to keep it."
            }
            Notice::CorruptBackedUp { .. } => {
                "We couldn't read what was saved before, so we set it aside untouched and \
                 started fresh. Nothing was deleted, and you can download the old copy."
            }
            Notice::CorruptNotBackedUp => {
                "We couldn't read what was saved before. We've left it exactly as it was and \
                 won't save over it; you can download it."
            }
            Notice::NewerVersion => {
                "Your progress was saved by a newer version of this widget. You can look at it \
                 here, but we won't change it, so nothing gets lost. Reloading the page later \
                 should bring the newer version."
            }
        }
    }
}

/// Where restoring a backup stands on the Settings screen: one state, so a refusal and a file
/// waiting for "yes" can never both show.
#[derive(Clone, Debug, PartialEq)]
pub enum Restore {
    /// Nothing chosen, or the last choice was cancelled or restored.
    Idle,
    /// The chosen file was refused, for this reason (a sentence fragment).
    Refused(String),
    /// The chosen file passed validation and waits for the visitor's "yes, restore it".
    Ready(Rc<Record>),
}

/// The answers being given on the welcome screen; `None` until the visitor picks yes or no.
pub type DraftAnswers = [Option<bool>; QUESTIONS.len()];

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    /// The one stored record: choices, log and settings. Shared, because the state is copied on
    /// every action and every render and the record can hold years of history: it is only
    /// copied when an action changes it ([`WidgetState::record_mut`]).
    pub record: Rc<Record>,
    /// Whether changes are being saved.
    pub save_mode: SaveMode,
    /// A storage problem to explain, if any.
    pub notice: Option<Notice>,
    /// The screen on show.
    pub screen: Screen,
    /// Today in the visitor's local calendar.
    pub today: NaiveDate,
    /// Readiness answers while the welcome screen is open.
    pub draft_answers: DraftAnswers,
    /// A sentence for screen readers (the live region) after an action; also shown on screen.
    pub announcement: String,
    /// A form error to show next to the form the visitor just submitted.
    pub form_error: Option<String>,
    /// The visitor said "not now" to the backup hint during this visit.
    pub backup_hint_dismissed: bool,
    /// Restoring a backup on the Settings screen.
    pub restore: Restore,
    /// "Start over" was pressed and waits for "Delete everything" or "Keep my plan".
    pub confirming_start_over: bool,
    /// The plan form's choices while it is open: a draft, so a half-changed form never breaks
    /// the plan on show. Taken from the saved choices each time the form opens.
    pub plan_draft: PlanChoices,
    /// The open "Done" form, if any. One at a time: opening another closes it.
    pub done_form: Option<OpenDoneForm>,
}

/// A session's "Done" form while it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDoneForm {
    /// Which session it logs.
    pub key: EntryKey,
    /// What is filled in so far.
    pub draft: DoneDraft,
}

/// Everything a visitor (or the storage layer) can do to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Answer one readiness question.
    AnswerReadiness {
        /// Which question, in `readiness::QUESTIONS` order.
        index: usize,
        /// The answer.
        yes: bool,
    },
    /// Leave the readiness questions for the plan form once every question has an answer.
    FinishReadiness,
    /// Build the plan from the plan form's draft ([`WidgetState::plan_draft`]), or save
    /// changed choices.
    SavePlanChoices,
    /// Change one choice in the plan form's draft.
    EditPlanDraft(PlanEdit),
    /// Go to a screen.
    Show(Screen),
    /// Tick a session off.
    LogDone {
        /// The session's day.
        date: NaiveDate,
        /// The session's activity.
        activity: Activity,
        /// Minutes actually done.
        minutes: u16,
        /// How it felt.
        effort: Effort,
        /// Mood before, 1-5, if given.
        mood_before: Option<u8>,
        /// Mood after, 1-5, if given.
        mood_after: Option<u8>,
        /// A short note, if given.
        note: Option<String>,
    },
    /// "Done" on a session: open its short form (and close any other).
    OpenDoneForm {
        /// The session's day and activity.
        key: EntryKey,
        /// Its planned minutes, which the form starts with.
        planned_minutes: u16,
    },
    /// A change in the open "Done" form.
    EditDoneForm(DoneEdit),
    /// "Save" on the open "Done" form: log the session, or say what to fix.
    SaveDoneForm,
    /// "Cancel" on the open "Done" form.
    CloseDoneForm,
    /// "Not today": skipping costs nothing.
    LogSkipped {
        /// The session's day.
        date: NaiveDate,
        /// The session's activity.
        activity: Activity,
    },
    /// Take back a tick or a skip.
    Undo {
        /// The session's day.
        date: NaiveDate,
        /// The session's activity.
        activity: Activity,
    },
    /// Move a session to another free day of its week, or do another chosen activity instead.
    Adjust(Adjustment),
    /// Undo the latest move or swap that produced this session.
    PutBack {
        /// The changed session's day.
        date: NaiveDate,
        /// The changed session's activity.
        activity: Activity,
    },
    /// After the twelve weeks: a new plan from today, starting at the level the visitor reached.
    StartNextPlan,
    /// Another tab saved a newer record: show it.
    Adopt(Record),
    /// A backup file was read and checked: the record to restore, or why it was refused.
    BackupChosen(Result<Record, String>),
    /// "Restore it": the chosen backup replaces what is in this browser.
    RestoreBackup,
    /// "Cancel" on a chosen backup.
    CancelRestore,
    /// "Start over" (`true`) or "Keep my plan" (`false`) before anything is deleted.
    ConfirmStartOver(bool),
    /// Saving failed; keep going in memory and explain.
    SaveFailed(Notice),
    /// What is stored must not be overwritten (found when about to save): stop saving, explain.
    ProtectStored(Notice),
    /// Something about storage the visitor should know, without changing how saving works.
    Explain(Notice),
    /// The visitor downloaded a backup.
    BackedUp,
    /// "Not now" on the backup hint.
    DismissBackupHint,
    /// Forget everything and begin again (after confirmation in the UI).
    StartOver,
    /// The visitor's calendar moved on (the page stayed open past midnight).
    NewDay(NaiveDate),
}

/// Kind words after a skip; a missed day is never a failure.
pub const SKIP_MESSAGE: &str =
    "That's okay. Rest is part of this too, and you always have tomorrow.";

impl WidgetState {
    /// The record, to change it: copied first if anything else still shares it.
    pub fn record_mut(&mut self) -> &mut Record {
        Rc::make_mut(&mut self.record)
    }

    /// The state right after loading: onboarding for a new visitor, today's view otherwise.
    pub fn new(
        record: Record,
        save_mode: SaveMode,
        notice: Option<Notice>,
        today: NaiveDate,
    ) -> Self {
        let screen = if record.profile.start_date.is_some() {
            Screen::Today
        } else {
            Screen::Welcome
        };
        let draft_answers = record
            .profile
            .readiness
            .as_ref()
            .map(|answers| {
                let mut draft: DraftAnswers = [None; QUESTIONS.len()];
                for (slot, yes) in draft.iter_mut().zip(answers) {
                    *slot = Some(*yes);
                }
                draft
            })
            .unwrap_or([None; QUESTIONS.len()]);
        let plan_draft = PlanChoices::from_record(&record, today);
        WidgetState {
            plan_draft,
            record: Rc::new(record),
            save_mode,
            notice,
            screen,
            today,
            draft_answers,
            announcement: String::new(),
            form_error: None,
            backup_hint_dismissed: false,
            restore: Restore::Idle,
            confirming_start_over: false,
            done_form: None,
        }
    }

    /// The plan's inputs, once the visitor has made a plan; `None` before (or if invalid).
    pub fn plan_inputs(&self) -> Option<PlanInputs> {
        let profile = &self.record.profile;
        let start = profile.start_date?;
        PlanInputs::new(
            &profile.activities,
            profile.minutes_today,
            &profile.weekdays,
            start,
            profile.gentle,
        )
        .ok()
    }

    /// The plan, derived from the record (choices, log, moves and swaps) and today; never
    /// stored.
    pub fn plan(&self) -> Option<Plan> {
        let inputs = self.plan_inputs()?;
        let log = self.record.log.entries();
        let mut plan = plan::generate(&inputs, log, self.today);
        adjust::apply(
            &mut plan,
            &inputs,
            log,
            self.today,
            &self.record.adjustments,
        );
        Some(plan)
    }

    /// Whether the twelve weeks are behind the visitor, so the next plan can begin.
    pub fn plan_finished(&self) -> bool {
        self.plan()
            .and_then(|plan| plan.sessions().last().map(|s| s.date < self.today))
            .unwrap_or(false)
    }

    /// Whether this session was moved or swapped by the visitor (so it can be put back).
    pub fn is_adjusted(&self, key: EntryKey) -> bool {
        self.record
            .adjustments
            .iter()
            .any(|a| (a.to_date, a.to_activity) == key)
    }

    /// Whether the tab bar (and the plan) exist yet.
    pub fn has_plan(&self) -> bool {
        self.plan_inputs().is_some()
    }

    /// Whether to show the gentle backup hint now.
    pub fn suggest_backup(&self) -> bool {
        !self.backup_hint_dismissed
            && self.save_mode != SaveMode::ReadOnly
            && self.record.should_suggest_backup()
    }

    /// Whether the visitor may change anything.
    pub fn editable(&self) -> bool {
        self.save_mode != SaveMode::ReadOnly
    }

    /// The logged entry for a planned session, if any.
    pub fn entry(&self, key: EntryKey) -> Option<&LogEntry> {
        self.record.log.get(key)
    }
}

/// Applies one action. Read-only states ignore every change but navigation.
pub fn reduce(state: &WidgetState, action: Action) -> WidgetState {
    let mut next = apply_action(state, action);
    // The plan form opens with the saved choices, however the visitor got there.
    if next.screen == Screen::Setup && state.screen != Screen::Setup {
        next.plan_draft = PlanChoices::from_record(&next.record, next.today);
    }
    // A "Done" form is only ever open for a session not yet logged, however it got logged
    // (saved here, "Not today", another tab): left open but hidden, it would come back if the
    // tick were undone.
    let logged = |form: &OpenDoneForm| next.record.log.get(form.key).is_some();
    if next.done_form.as_ref().is_some_and(logged) {
        next.done_form = None;
    }
    next
}

/// [`reduce`]'s work for each action.
fn apply_action(state: &WidgetState, action: Action) -> WidgetState {
    let mut next = state.clone();
    next.form_error = None;
    let changes_record = !matches!(
        action,
        Action::Show(_)
            | Action::SaveFailed(_)
            | Action::ProtectStored(_)
            | Action::Explain(_)
            | Action::DismissBackupHint
            | Action::NewDay(_)
            | Action::Adopt(_)
            | Action::AnswerReadiness { .. }
            | Action::CancelRestore
            | Action::ConfirmStartOver(_)
            | Action::EditPlanDraft(_)
            | Action::CloseDoneForm
            | Action::EditDoneForm(_)
    );
    if changes_record && !state.editable() {
        return next;
    }
    match action {
        Action::AnswerReadiness { index, yes } => {
            if let Some(slot) = next.draft_answers.get_mut(index) {
                *slot = Some(yes);
            }
        }
        Action::FinishReadiness => match complete_answers(&next.draft_answers) {
            Some(answers) => {
                let result = readiness::assess(&answers);
                next.record_mut().profile.readiness = Some(answers.to_vec());
                next.record_mut().profile.gentle = result.gentle;
                next.announcement = result.note.to_owned();
                next.screen = Screen::Setup;
            }
            None => {
                next.form_error = Some(
                    "Please answer each question with yes or no. There are no wrong answers."
                        .into(),
                );
            }
        },
        Action::SavePlanChoices => {
            let choices = &state.plan_draft;
            let profile = &mut next.record_mut().profile;
            let start = profile.start_date.unwrap_or(choices.start);
            match PlanInputs::new(
                &choices.activities,
                choices.minutes_today,
                &choices.weekdays,
                start,
                profile.gentle,
            ) {
                Ok(inputs) => {
                    let first_plan = profile.start_date.is_none();
                    profile.activities = inputs.activities().to_vec();
                    profile.minutes_today = inputs.start_minutes();
                    profile.weekdays = choices.weekdays.clone();
                    crate::core::sort_weekdays(&mut profile.weekdays);
                    profile.start_date = Some(start);
                    next.announcement = if first_plan {
                        "Your plan is ready. Here is today.".into()
                    } else {
                        "Your plan is updated. What you've done so far stays as it is.".into()
                    };
                    next.screen = Screen::Today;
                }
                Err(error) => next.form_error = Some(plan_error_message(&error).into()),
            }
        }
        Action::EditPlanDraft(edit) => next.plan_draft.edit(edit),
        Action::Show(screen) => {
            next.announcement.clear();
            // Leaving a screen drops its half-made choices, as closing a dialog would.
            next.restore = Restore::Idle;
            next.confirming_start_over = false;
            next.done_form = None;
            next.screen = if TABS_NEED_PLAN.contains(&screen) && !state.has_plan() {
                Screen::Setup
            } else {
                screen
            };
        }
        Action::LogDone {
            date,
            activity,
            minutes,
            effort,
            mood_before,
            mood_after,
            note,
        } => {
            let entry = LogEntry {
                date,
                activity,
                outcome: Outcome::Done { minutes, effort },
                mood_before,
                mood_after,
                note: note.filter(|n| !n.trim().is_empty()),
            };
            match crate::core::validate::check_entry(&entry) {
                Ok(()) => {
                    next.record_mut().log_session(entry);
                    next.announcement = done_message(effort).into();
                }
                Err(problem) => next.form_error = Some(problem.to_string()),
            }
        }
        Action::OpenDoneForm {
            key,
            planned_minutes,
        } => {
            next.done_form = Some(OpenDoneForm {
                key,
                draft: DoneDraft::new(planned_minutes),
            })
        }
        Action::EditDoneForm(edit) => {
            if let Some(form) = &mut next.done_form {
                form.draft = form.draft.edited(edit);
            }
        }
        Action::SaveDoneForm => {
            let Some(form) = &state.done_form else {
                return next;
            };
            let (date, activity) = form.key;
            match form.draft.save(date, activity) {
                // Logging closes the form, or keeps it open with the log's reason.
                Ok(log) => return apply_action(state, log),
                Err(reason) => {
                    if let Some(form) = &mut next.done_form {
                        form.draft = form.draft.edited(DoneEdit::Refused(reason));
                    }
                }
            }
        }
        Action::CloseDoneForm => next.done_form = None,
        Action::LogSkipped { date, activity } => {
            next.record_mut()
                .log_session(LogEntry::new(date, activity, Outcome::Skipped));
            next.announcement = SKIP_MESSAGE.into();
        }
        Action::Undo { date, activity } => {
            if next.record_mut().remove_session((date, activity)).is_some() {
                next.announcement = format!("Undone: {} is open again.", activity.label());
            }
        }
        Action::Adjust(change) => {
            let (Some(plan), Some(inputs)) = (state.plan(), state.plan_inputs()) else {
                return next;
            };
            match adjust::check(
                &plan,
                &inputs,
                state.record.log.entries(),
                state.today,
                &change,
            ) {
                Ok(()) => {
                    next.announcement = if change.to_date == change.date {
                        format!(
                            "{} instead of {} on {}.",
                            change.to_activity.label(),
                            change.activity.label().to_ascii_lowercase(),
                            short_date(change.date)
                        )
                    } else {
                        format!(
                            "{} moved to {}.",
                            change.activity.label(),
                            short_date(change.to_date)
                        )
                    };
                    next.record_mut().adjustments.push(change);
                }
                Err(problem) => next.form_error = Some(capitalized(&problem.to_string())),
            }
        }
        Action::PutBack { date, activity } => {
            if let Some(i) = next
                .record
                .adjustments
                .iter()
                .rposition(|a| (a.to_date, a.to_activity) == (date, activity))
            {
                next.record_mut().adjustments.remove(i);
                next.announcement = "Put back as planned.".into();
            }
        }
        Action::StartNextPlan => {
            let Some(plan) = state.plan().filter(|_| state.plan_finished()) else {
                return next;
            };
            let reached = plan.weeks.last().map_or(0, |w| w.longest_minutes());
            let profile = &mut next.record_mut().profile;
            profile.minutes_today = next_start_minutes(reached);
            profile.start_date = Some(state.today);
            next.record_mut().adjustments.clear();
            next.announcement =
                "Your next twelve weeks start today, from where you are now.".into();
            next.screen = Screen::Today;
        }
        Action::Adopt(record) => {
            if state.editable() {
                next.record = Rc::new(record);
            }
        }
        Action::BackupChosen(Ok(record)) => next.restore = Restore::Ready(Rc::new(record)),
        Action::BackupChosen(Err(reason)) => next.restore = Restore::Refused(reason),
        Action::RestoreBackup => {
            if let Restore::Ready(record) = &state.restore {
                let record = Record::clone(record);
                next = WidgetState::new(record, state.save_mode, state.notice.clone(), state.today);
                next.announcement = "Your backup is restored.".into();
            }
        }
        Action::CancelRestore => next.restore = Restore::Idle,
        Action::ConfirmStartOver(asking) => next.confirming_start_over = asking,
        Action::SaveFailed(notice) => {
            next.save_mode = SaveMode::MemoryOnly;
            next.notice = Some(notice);
        }
        Action::ProtectStored(notice) => {
            next.save_mode = SaveMode::ReadOnly;
            next.notice = Some(notice);
        }
        Action::Explain(notice) => next.notice = Some(notice),
        Action::BackedUp => {
            next.record_mut().mark_backed_up(state.today);
            next.announcement = "Backup downloaded. Keep the file somewhere safe.".into();
        }
        Action::DismissBackupHint => next.backup_hint_dismissed = true,
        Action::StartOver => {
            next = WidgetState::new(
                Record::default(),
                state.save_mode,
                state.notice.clone(),
                state.today,
            );
            next.announcement =
                "Everything is cleared. You can begin again whenever you like.".into();
        }
        Action::NewDay(today) => next.today = today,
    }
    next
}

/// The plan form's answers, edited as a draft until the visitor saves them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanChoices {
    /// Chosen activities.
    pub activities: Vec<Activity>,
    /// Minutes the visitor can comfortably do today.
    pub minutes_today: u16,
    /// Days the visitor can be active.
    pub weekdays: Vec<Weekday>,
    /// When the plan starts (only used for a first plan; an existing plan keeps its start).
    pub start: NaiveDate,
}

/// One change to the plan form's draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    /// Choose or unchoose an activity.
    ToggleActivity(Activity),
    /// Minutes that feel comfortable today.
    Minutes(u16),
    /// Choose or unchoose a weekday.
    ToggleWeekday(Weekday),
    /// The first plan's start date.
    Start(NaiveDate),
}

impl PlanChoices {
    /// The draft for the form: the saved choices, or sensible blanks for a first plan.
    pub fn from_record(record: &Record, today: NaiveDate) -> Self {
        let profile = &record.profile;
        PlanChoices {
            activities: profile.activities.clone(),
            minutes_today: profile.minutes_today,
            weekdays: profile.weekdays.clone(),
            start: profile.start_date.unwrap_or(today),
        }
    }

    /// Applies one change from the form.
    pub fn edit(&mut self, edit: PlanEdit) {
        match edit {
            PlanEdit::ToggleActivity(activity) => self.toggle_activity(activity),
            PlanEdit::Minutes(minutes) => self.minutes_today = minutes,
            PlanEdit::ToggleWeekday(day) => self.toggle_weekday(day),
            PlanEdit::Start(date) => self.start = date,
        }
    }

    /// Chooses or unchooses an activity.
    pub fn toggle_activity(&mut self, activity: Activity) {
        match self.activities.iter().position(|a| *a == activity) {
            Some(i) => {
                self.activities.remove(i);
            }
            None => {
                self.activities.push(activity);
                crate::core::sort_small_by(&mut self.activities, Ord::cmp);
            }
        }
    }

    /// Chooses or unchooses a weekday.
    pub fn toggle_weekday(&mut self, day: Weekday) {
        match self.weekdays.iter().position(|d| *d == day) {
            Some(i) => {
                self.weekdays.remove(i);
            }
            None => {
                self.weekdays.push(day);
                crate::core::sort_weekdays(&mut self.weekdays);
            }
        }
    }
}

/// A message starting with a capital letter, for errors shown on their own (our messages are
/// ASCII, so no Unicode case tables are needed).
fn capitalized(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Where a next plan starts: the largest allowed starting length the visitor's last week
/// reached, so a new plan never asks for more than they were doing.
fn next_start_minutes(reached: u16) -> u16 {
    plan::ALLOWED_START_MINUTES
        .iter()
        .copied()
        .filter(|m| *m <= reached)
        .max()
        .unwrap_or(plan::ALLOWED_START_MINUTES[0])
}

/// Screens that only make sense once a plan exists.
const TABS_NEED_PLAN: [Screen; 3] = [Screen::Today, Screen::Plan, Screen::Progress];

/// All seven answers, or `None` while any is still open.
fn complete_answers(draft: &DraftAnswers) -> Option<Answers> {
    let mut answers: Answers = [false; QUESTIONS.len()];
    for (answer, slot) in answers.iter_mut().zip(draft) {
        *answer = (*slot)?;
    }
    Some(answers)
}

/// What to fix in the plan form, in the visitor's terms.
pub fn plan_error_message(error: &PlanError) -> &'static str {
    match error {
        PlanError::NoActivities => "Pick at least one activity you'd like to try.",
        PlanError::MinutesNotAllowed(_) => "Pick how many minutes feel comfortable today.",
        PlanError::NoDays => "Pick at least one day of the week that could work for you.",
    }
}

/// A warm word after a tick, shaped by how it felt.
fn done_message(effort: Effort) -> &'static str {
    match effort {
        Effort::Easy => "Nicely done. Felt easy? Your plan can step up a little sooner.",
        Effort::JustRight => "Nicely done. That counts, every minute of it.",
        Effort::TooHard => {
            "Thank you for showing up. Next week stays at this level, so it can start to feel easier."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    fn fresh() -> WidgetState {
        WidgetState::new(Record::default(), SaveMode::Save, None, today())
    }

    fn apply(state: WidgetState, actions: impl IntoIterator<Item = Action>) -> WidgetState {
        actions.into_iter().fold(state, |s, a| reduce(&s, a))
    }

    fn walking_choices() -> PlanChoices {
        let mut choices = PlanChoices::from_record(&fresh().record, today());
        choices.toggle_activity(Activity::Walking);
        choices.minutes_today = 10;
        for day in [Weekday::Fri, Weekday::Mon, Weekday::Wed] {
            choices.toggle_weekday(day);
        }
        choices
    }

    /// The plan form's "Save" with `choices` filled in.
    fn save_choices(state: &WidgetState, choices: PlanChoices) -> WidgetState {
        let mut filled = state.clone();
        filled.plan_draft = choices;
        reduce(&filled, Action::SavePlanChoices)
    }

    fn onboarded() -> WidgetState {
        let mut actions: Vec<Action> = (0..QUESTIONS.len())
            .map(|index| Action::AnswerReadiness { index, yes: false })
            .collect();
        actions.push(Action::FinishReadiness);
        save_choices(&apply(fresh(), actions), walking_choices())
    }

    #[test]
    fn a_new_visitor_starts_on_the_welcome_screen() {
        assert_eq!(fresh().screen, Screen::Welcome);
        assert!(!fresh().has_plan());
    }

    #[test]
    fn readiness_needs_every_answer() {
        let asking = reduce(&fresh(), Action::Show(Screen::Readiness));
        let state = reduce(&asking, Action::FinishReadiness);
        assert_eq!(state.screen, Screen::Readiness);
        assert!(state.form_error.is_some());
    }

    #[test]
    fn answers_wait_while_the_visitor_steps_back_to_the_intro() {
        let answered = apply(
            fresh(),
            [
                Action::Show(Screen::Readiness),
                Action::AnswerReadiness {
                    index: 2,
                    yes: true,
                },
                Action::Show(Screen::Welcome),
                Action::Show(Screen::Readiness),
            ],
        );
        assert_eq!(answered.screen, Screen::Readiness);
        assert_eq!(answered.draft_answers[2], Some(true));
        assert!(!answered.has_plan());
    }

    #[test]
    fn any_yes_turns_on_gentle_mode() {
        let mut actions: Vec<Action> = (0..QUESTIONS.len())
            .map(|index| Action::AnswerReadiness {
                index,
                yes: index == 3,
            })
            .collect();
        actions.push(Action::FinishReadiness);
        let state = apply(fresh(), actions);
        assert_eq!(state.screen, Screen::Setup);
        assert!(state.record.profile.gentle);
        assert_eq!(state.announcement, readiness::CHECK_WITH_CLINICIAN);
    }

    #[test]
    fn onboarding_makes_a_plan_starting_today() {
        let state = onboarded();
        assert_eq!(state.screen, Screen::Today);
        let plan = state.plan().expect("a plan");
        assert_eq!(plan.sessions().next().unwrap().date, today());
    }

    #[test]
    fn the_plan_form_explains_what_is_missing() {
        let mut choices = walking_choices();
        choices.toggle_activity(Activity::Walking);
        let state = save_choices(&reduce(&fresh(), Action::Show(Screen::Setup)), choices);
        assert_eq!(state.screen, Screen::Setup);
        assert_eq!(
            state.form_error.as_deref(),
            Some(plan_error_message(&PlanError::NoActivities))
        );
    }

    #[test]
    fn ticking_skipping_and_undoing() {
        let state = onboarded();
        let done = reduce(
            &state,
            Action::LogDone {
                date: today(),
                activity: Activity::Walking,
                minutes: 12,
                effort: Effort::JustRight,
                mood_before: Some(2),
                mood_after: Some(4),
                note: Some("  ".into()),
            },
        );
        let entry = done.entry((today(), Activity::Walking)).expect("logged");
        assert_eq!(entry.minutes_done(), 12);
        assert_eq!(entry.note, None, "blank notes are not stored");

        let skipped = reduce(
            &done,
            Action::LogSkipped {
                date: today(),
                activity: Activity::Walking,
            },
        );
        assert!(!skipped
            .entry((today(), Activity::Walking))
            .unwrap()
            .is_done());
        assert_eq!(skipped.announcement, SKIP_MESSAGE);

        let undone = reduce(
            &skipped,
            Action::Undo {
                date: today(),
                activity: Activity::Walking,
            },
        );
        assert!(undone.entry((today(), Activity::Walking)).is_none());
    }

    /// An onboarded visitor with the "Done" form open for today's 10-minute walk.
    fn with_todays_walk_open() -> WidgetState {
        reduce(
            &onboarded(),
            Action::OpenDoneForm {
                key: (today(), Activity::Walking),
                planned_minutes: 10,
            },
        )
    }

    #[test]
    fn the_done_form_opens_one_at_a_time_and_saving_logs_and_closes_it() {
        let walk = (today(), Activity::Walking);
        let state = onboarded();
        let open = reduce(
            &state,
            Action::OpenDoneForm {
                key: walk,
                planned_minutes: 10,
            },
        );
        assert_eq!(
            open.done_form,
            Some(OpenDoneForm {
                key: walk,
                draft: DoneDraft::new(10)
            })
        );
        let filled = apply(
            open.clone(),
            [
                Action::EditDoneForm(DoneEdit::Minutes("14".into())),
                Action::EditDoneForm(DoneEdit::Effort(Effort::Easy)),
                Action::EditDoneForm(DoneEdit::Note("Sunny.".into())),
            ],
        );
        assert_eq!(filled.record, state.record, "nothing is logged before Save");

        let saved = reduce(&filled, Action::SaveDoneForm);
        assert_eq!(saved.done_form, None);
        let entry = saved.entry(walk).expect("logged");
        assert_eq!(
            entry.outcome,
            Outcome::Done {
                minutes: 14,
                effort: Effort::Easy
            }
        );
        assert_eq!(entry.note.as_deref(), Some("Sunny."));
        assert_eq!(saved.announcement, done_message(Effort::Easy));

        // Another session's "Done" replaces the open form; leaving the screen or Cancel closes it.
        let other = (today() + chrono::Days::new(2), Activity::Walking);
        let switched = reduce(
            &filled,
            Action::OpenDoneForm {
                key: other,
                planned_minutes: 10,
            },
        );
        assert_eq!(switched.done_form.map(|f| f.key), Some(other));
        assert_eq!(reduce(&filled, Action::CloseDoneForm).done_form, None);
        assert_eq!(reduce(&filled, Action::Show(Screen::Plan)).done_form, None);
    }

    #[test]
    fn a_session_another_tab_logs_closes_its_open_done_form_for_good() {
        let walk = (today(), Activity::Walking);
        let open = with_todays_walk_open();
        let mut theirs = Record::clone(&open.record);
        theirs.log_session(LogEntry::new(walk.0, walk.1, Outcome::Skipped));
        let adopted = reduce(&open, Action::Adopt(theirs));
        assert_eq!(adopted.done_form, None);
        // That tab undoes its tick: the session is open again, and no stale form reappears.
        let undone = reduce(&adopted, Action::Adopt(Record::clone(&open.record)));
        assert_eq!(undone.done_form, None);
        // A tick of another session leaves the open form alone.
        let mut other = Record::clone(&open.record);
        let later = today() + chrono::Days::new(2);
        other.log_session(LogEntry::new(later, Activity::Walking, Outcome::Skipped));
        assert!(reduce(&open, Action::Adopt(other)).done_form.is_some());
    }

    #[test]
    fn a_refused_done_form_stays_open_with_its_reason() {
        let open = with_todays_walk_open();
        let typo = reduce(
            &open,
            Action::EditDoneForm(DoneEdit::Minutes("9000".into())),
        );
        let refused = reduce(&typo, Action::SaveDoneForm);
        assert_eq!(refused.record, open.record);
        let form = refused.done_form.expect("still open");
        assert_eq!(
            form.draft.error,
            Some(crate::present::done_form::MINUTES_ERROR)
        );
        assert_eq!(form.draft.minutes, "9000", "what was typed stays");
        assert_eq!(reduce(&onboarded(), Action::SaveDoneForm), onboarded());
    }

    #[test]
    fn implausible_ticks_are_refused_with_a_message() {
        let state = reduce(
            &onboarded(),
            Action::LogDone {
                date: today(),
                activity: Activity::Walking,
                minutes: 900,
                effort: Effort::Easy,
                mood_before: None,
                mood_after: None,
                note: None,
            },
        );
        assert!(state.form_error.is_some());
        assert!(state.record.log.is_empty());
    }

    #[test]
    fn read_only_records_are_never_changed() {
        let mut state = onboarded();
        state.save_mode = SaveMode::ReadOnly;
        let after = apply(
            save_choices(&state, walking_choices()),
            [
                Action::LogSkipped {
                    date: today(),
                    activity: Activity::Walking,
                },
                Action::StartOver,
                Action::BackedUp,
            ],
        );
        assert_eq!(after.record, state.record);
        let moved = reduce(&after, Action::Show(Screen::Plan));
        assert_eq!(moved.screen, Screen::Plan, "looking around still works");
    }

    #[test]
    fn a_failed_save_keeps_the_change_in_memory() {
        let state = reduce(
            &onboarded(),
            Action::LogSkipped {
                date: today(),
                activity: Activity::Walking,
            },
        );
        let failed = reduce(&state, Action::SaveFailed(Notice::StorageFull));
        assert_eq!(failed.save_mode, SaveMode::MemoryOnly);
        assert_eq!(failed.record, state.record);
        assert_eq!(failed.notice, Some(Notice::StorageFull));
    }

    #[test]
    fn a_protected_record_stops_saving_but_not_looking() {
        let state = reduce(&onboarded(), Action::ProtectStored(Notice::NewerVersion));
        assert_eq!(state.save_mode, SaveMode::ReadOnly);
        assert_eq!(state.notice, Some(Notice::NewerVersion));
        let after = reduce(
            &state,
            Action::LogSkipped {
                date: today(),
                activity: Activity::Walking,
            },
        );
        assert_eq!(after.record, state.record);
    }

    #[test]
    fn backup_hint_comes_after_a_few_ticks_and_can_wait() {
        let mut state = onboarded();
        for day in 0..5 {
            let date = today() + chrono::Days::new(day);
            state = reduce(
                &state,
                Action::LogSkipped {
                    date,
                    activity: Activity::Walking,
                },
            );
        }
        assert!(state.suggest_backup());
        assert!(!reduce(&state, Action::DismissBackupHint).suggest_backup());
        assert!(!reduce(&state, Action::BackedUp).suggest_backup());
    }

    #[test]
    fn start_over_returns_to_welcome_with_nothing_kept() {
        let state = reduce(&onboarded(), Action::StartOver);
        assert_eq!(state.screen, Screen::Welcome);
        assert_eq!(*state.record, Record::default());
    }

    #[test]
    fn a_chosen_backup_waits_for_yes_and_then_replaces_everything() {
        let mut backup = Record::default();
        backup.toggle_activity(Activity::Swimming);
        let settings = reduce(&onboarded(), Action::Show(Screen::Settings));
        let chosen = reduce(&settings, Action::BackupChosen(Ok(backup.clone())));
        assert_eq!(chosen.restore, Restore::Ready(Rc::new(backup.clone())));
        assert_eq!(chosen.record, settings.record, "nothing changes before yes");

        let cancelled = reduce(&chosen, Action::CancelRestore);
        assert_eq!(cancelled.restore, Restore::Idle);
        assert_eq!(reduce(&cancelled, Action::RestoreBackup), cancelled);

        let restored = reduce(&chosen, Action::RestoreBackup);
        assert_eq!(*restored.record, backup);
        assert_eq!(restored.restore, Restore::Idle);
        assert_eq!(restored.announcement, "Your backup is restored.");

        let mut read_only = chosen.clone();
        read_only.save_mode = SaveMode::ReadOnly;
        assert_eq!(
            reduce(&read_only, Action::RestoreBackup).record,
            chosen.record
        );
    }

    #[test]
    fn a_refused_backup_or_a_pending_start_over_is_dropped_on_leaving_settings() {
        let settings = reduce(&onboarded(), Action::Show(Screen::Settings));
        let refused = reduce(&settings, Action::BackupChosen(Err("too big".into())));
        assert_eq!(refused.restore, Restore::Refused("too big".into()));
        let asking = reduce(&refused, Action::ConfirmStartOver(true));
        assert!(asking.confirming_start_over);
        assert!(!reduce(&asking, Action::ConfirmStartOver(false)).confirming_start_over);

        let away = reduce(&asking, Action::Show(Screen::Today));
        assert_eq!(away.restore, Restore::Idle);
        assert!(!away.confirming_start_over);
        assert_eq!(away.record, settings.record);
    }

    #[test]
    fn the_plan_form_edits_a_draft_that_opens_with_the_saved_choices() {
        let state = onboarded();
        let form = reduce(&state, Action::Show(Screen::Setup));
        let saved = PlanChoices::from_record(&state.record, state.today);
        assert_eq!(form.plan_draft, saved);

        let edited = apply(
            form,
            [
                Action::EditPlanDraft(PlanEdit::ToggleActivity(Activity::Yoga)),
                Action::EditPlanDraft(PlanEdit::Minutes(5)),
                Action::EditPlanDraft(PlanEdit::ToggleWeekday(Weekday::Mon)),
            ],
        );
        assert_eq!(
            edited.plan_draft.activities,
            [Activity::Walking, Activity::Yoga]
        );
        assert_eq!(edited.plan_draft.minutes_today, 5);
        assert_eq!(edited.plan_draft.weekdays, [Weekday::Wed, Weekday::Fri]);
        assert_eq!(edited.record, state.record, "nothing is saved by editing");

        // Leaving without saving drops the edits; the form opens with the saved choices again.
        let back = apply(
            edited.clone(),
            [Action::Show(Screen::Settings), Action::Show(Screen::Setup)],
        );
        assert_eq!(back.plan_draft, saved);

        // Saving the draft is what the form's button does.
        let changed = reduce(&edited, Action::SavePlanChoices);
        assert_eq!(changed.record.profile.minutes_today, 5);
        assert_eq!(changed.screen, Screen::Today);
    }

    #[test]
    fn a_first_plan_form_starts_today_and_its_start_can_move() {
        let mut answers: Vec<Action> = (0..QUESTIONS.len())
            .map(|index| Action::AnswerReadiness { index, yes: false })
            .collect();
        answers.push(Action::FinishReadiness);
        let form = apply(fresh(), answers);
        assert_eq!(form.screen, Screen::Setup);
        assert_eq!(form.plan_draft.start, today());
        assert!(form.plan_draft.activities.is_empty());
        let later = today() + chrono::Days::new(3);
        let moved = reduce(&form, Action::EditPlanDraft(PlanEdit::Start(later)));
        assert_eq!(moved.plan_draft.start, later);
    }

    #[test]
    fn changing_choices_keeps_the_start_and_the_log() {
        let state = reduce(
            &onboarded(),
            Action::LogSkipped {
                date: today(),
                activity: Activity::Walking,
            },
        );
        let mut choices = PlanChoices::from_record(&state.record, state.today);
        choices.toggle_activity(Activity::Yoga);
        choices.start = today() + chrono::Days::new(30);
        let changed = save_choices(&state, choices);
        assert_eq!(
            changed.record.profile.activities,
            vec![Activity::Walking, Activity::Yoga]
        );
        assert_eq!(changed.record.profile.start_date, Some(today()));
        assert_eq!(changed.record.log, state.record.log);
    }

    #[test]
    fn a_session_can_move_and_be_put_back() {
        let state = onboarded();
        let first = state.plan().unwrap().weeks[0].sessions[0].clone();
        let change = Adjustment {
            date: first.date,
            activity: first.activity,
            to_date: first.date + chrono::Days::new(1),
            to_activity: first.activity,
        };
        let moved = reduce(&state, Action::Adjust(change.clone()));
        assert_eq!(moved.record.adjustments, vec![change.clone()]);
        let plan = moved.plan().unwrap();
        assert!(plan.session(change.to_date, first.activity).is_some());
        assert!(moved.is_adjusted((change.to_date, first.activity)));
        assert!(moved.announcement.contains("moved to Tue 6 Jan"));

        let back = reduce(
            &moved,
            Action::PutBack {
                date: change.to_date,
                activity: first.activity,
            },
        );
        assert!(back.record.adjustments.is_empty());
        assert!(back
            .plan()
            .unwrap()
            .session(first.date, first.activity)
            .is_some());
    }

    #[test]
    fn an_impossible_move_explains_itself() {
        let state = onboarded();
        let first = state.plan().unwrap().weeks[0].sessions[0].clone();
        let change = Adjustment {
            date: first.date,
            activity: first.activity,
            to_date: first.date + chrono::Days::new(30),
            to_activity: first.activity,
        };
        let refused = reduce(&state, Action::Adjust(change));
        assert!(refused.record.adjustments.is_empty());
        assert_eq!(
            refused.form_error.as_deref(),
            Some("Sessions can move to another day of the same week")
        );
    }

    #[test]
    fn after_twelve_weeks_the_next_plan_starts_where_the_visitor_is() {
        let state = onboarded();
        assert!(!state.plan_finished());
        assert_eq!(
            reduce(&state, Action::StartNextPlan),
            state,
            "only once finished"
        );

        let mut later = state.clone();
        later.today = today() + chrono::Days::new(7 * 12);
        assert!(later.plan_finished());
        let reached = later
            .plan()
            .unwrap()
            .weeks
            .last()
            .unwrap()
            .longest_minutes();
        let next = reduce(&later, Action::StartNextPlan);
        assert_eq!(next.record.profile.start_date, Some(later.today));
        assert_eq!(
            next.record.profile.minutes_today,
            next_start_minutes(reached)
        );
        assert!(next.record.profile.minutes_today <= reached);
        assert!(!next.plan_finished());
        assert_eq!(next.record.log, later.record.log, "history stays");
    }

    #[test]
    fn next_plans_start_at_an_allowed_length_never_above_the_level_reached() {
        assert_eq!(next_start_minutes(0), 5);
        assert_eq!(next_start_minutes(12), 10);
        assert_eq!(next_start_minutes(30), 30);
        assert_eq!(next_start_minutes(45), 30);
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
}
