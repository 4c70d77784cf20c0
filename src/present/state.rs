//! What the widget holds between two actions: the record, how saving goes, the screen on show,
//! and what each screen remembers between clicks (open forms and their drafts). Everything a
//! screen shows is derived from this by `present::screens`.

use std::rc::Rc;

use chrono::NaiveDate;

use crate::core::log::{EntryKey, LogEntry};
use crate::core::plan::schedule::Schedule;
use crate::core::readiness::QUESTIONS;
use crate::core::record::Record;
use crate::core::transfer::ImportError;
use crate::present::log_form::{ExtraForm, LogDraft};
use crate::present::plan_draft::PlanChoices;

/// The screens of the widget. Onboarding comes first; the rest share a tab bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// A short intro in the clinic's voice: the first thing a visitor sees, so it stays short.
    Welcome,
    /// The readiness questions, one step after the intro.
    Readiness,
    /// Choose activities, minutes, days and a start date.
    Setup,
    /// Today's sessions: tick them off, say "not today", or log something else.
    Today,
    /// The plan, week by week, and earlier plans.
    Plan,
    /// Charts and numbers over the whole history.
    Progress,
    /// Change choices, back up, restore, start over.
    Settings,
    /// A one-page summary for the visitor's clinician, opened from Progress.
    Summary,
}

impl Screen {
    /// The tabs shown once a plan exists, in order.
    pub const TABS: [Screen; 4] = [
        Screen::Today,
        Screen::Plan,
        Screen::Progress,
        Screen::Settings,
    ];

    /// A stable name, for tests and styles (`data-tab`).
    pub fn id(self) -> &'static str {
        match self {
            Screen::Welcome => "welcome",
            Screen::Readiness => "readiness",
            Screen::Setup => "setup",
            Screen::Today => "today",
            Screen::Plan => "plan",
            Screen::Progress => "progress",
            Screen::Settings => "settings",
            Screen::Summary => "summary",
        }
    }

    /// Screens that only make sense once a plan exists.
    pub fn needs_plan(self) -> bool {
        matches!(
            self,
            Screen::Today | Screen::Plan | Screen::Progress | Screen::Summary
        )
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
    /// The saved choices cannot lay out a plan; the plan form asks for them again, log kept.
    ChoicesNeeded,
}

/// Where restoring a backup stands on the Settings screen: one state, so a refusal and a file
/// waiting for "yes" can never both show.
#[derive(Clone, Debug, PartialEq)]
pub enum Restore {
    /// Nothing chosen, or the last choice was cancelled or restored.
    Idle,
    /// The chosen file was refused, for this reason.
    Refused(RestoreRefusal),
    /// The chosen file passed validation and waits for the visitor's "yes, restore it".
    Ready(Rc<Record>),
}

/// Why a chosen backup file was not restored.
#[derive(Clone, Debug, PartialEq)]
pub enum RestoreRefusal {
    /// The file's content was refused.
    Import(ImportError),
    /// The browser could not read the file.
    Unreadable,
}

/// A short message about what just happened, shown where it happened (and read out once by
/// the widget's live region). It goes at the next action that does not keep it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    /// What to say.
    pub message: Message,
    /// Where to show it.
    pub at: Place,
}

/// Where a status line or a form error belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// At the top of the screen on show.
    Screen,
    /// Next to one session.
    Session(EntryKey),
    /// Next to the "log something else" form.
    Extra,
    /// In the plan form.
    PlanForm,
    /// In the readiness questions.
    Readiness,
    /// In the backup part of Settings.
    Backup,
}

/// Every status message and form error the reducer can give. Words come from the catalogue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// The first plan is ready.
    PlanReady,
    /// The choices changed from today on.
    PlanUpdated,
    /// The next twelve weeks began.
    NextPlanStarted,
    /// A session was ticked off; how it felt shapes the kind word.
    Logged(Option<crate::core::log::Effort>),
    /// Something unplanned was logged.
    ExtraLogged,
    /// Now and then after a save with moods noted: what the visitor's own mood notes show.
    MoodEcho {
        /// Days with a higher mood after than before.
        better: u32,
        /// Days with both moods noted.
        days: u32,
    },
    /// "Not today".
    Skipped,
    /// A tick or a skip was taken back.
    Undone(crate::core::activity::Activity),
    /// A session moved to another day.
    Moved(crate::core::activity::Activity, NaiveDate),
    /// A session became another activity.
    Swapped {
        /// What it was.
        from: crate::core::activity::Activity,
        /// What it is now.
        to: crate::core::activity::Activity,
        /// On which day.
        on: NaiveDate,
    },
    /// A moved or swapped session is as planned again.
    PutBack,
    /// A backup was downloaded.
    BackedUp,
    /// A backup was restored.
    Restored,
    /// Everything was cleared.
    ClearedAll,
    /// A readiness question is still open.
    AnswerEveryQuestion,
    /// The readiness answers were saved; any "yes" made the plan gentle.
    ReadinessDone {
        /// Whether any answer was "yes".
        gentle: bool,
    },
    /// The plan form's answers cannot make a plan.
    PlanProblem(crate::core::plan::PlanError),
    /// A move or swap was refused.
    AdjustProblem(crate::core::plan::adjust::AdjustError),
    /// A tick was refused as implausible.
    EntryProblem(crate::core::validate::Implausible),
}

/// Which control should have focus after the next render, when the pressed one went away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Leave focus where it is (a tab, a field the visitor is in).
    Keep,
    /// The heading of the screen on show.
    Heading,
    /// The status line (after a save, a skip, an undo).
    Status,
    /// The first field of the open form.
    Form,
    /// The "Done" button of a session (after "Cancel").
    Session(EntryKey),
}

/// The answers being given on the readiness screen; `None` until the visitor picks yes or no.
pub type DraftAnswers = [Option<bool>; QUESTIONS.len()];

/// A session's "Done" form while it is open.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDoneForm {
    /// Which session it logs.
    pub key: EntryKey,
    /// What is filled in so far.
    pub draft: LogDraft,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct WidgetState {
    /// The one stored record. Shared, because the state is copied on every action and render
    /// and the record can hold years of history: it is only copied when an action changes it.
    pub record: Rc<Record>,
    /// Whether changes are being saved.
    pub save_mode: SaveMode,
    /// A storage problem to explain, if any.
    pub notice: Option<Notice>,
    /// The screen on show.
    pub screen: Screen,
    /// Today in the visitor's local calendar.
    pub today: NaiveDate,
    /// Readiness answers while the readiness screen is open.
    pub draft_answers: DraftAnswers,
    /// The plan form's choices while it is open: a draft, so a half-changed form never breaks
    /// the plan on show. Taken from the saved choices each time the form opens.
    pub plan_draft: PlanChoices,
    /// The open "Done" form, if any. One at a time: opening another closes it.
    pub done_form: Option<OpenDoneForm>,
    /// The open "something else I did" form, if any.
    pub extra_form: Option<ExtraForm>,
    /// What just happened, and where.
    pub status: Option<Status>,
    /// Where focus goes after the next render.
    pub focus: Focus,
    /// The visitor said "not now" to the backup hint during this visit.
    pub backup_hint_dismissed: bool,
    /// Restoring a backup on the Settings screen.
    pub restore: Restore,
    /// "Start over" was pressed and waits for "Delete everything" or "Keep my plan".
    pub confirming_start_over: bool,
    /// The earlier plan the Plan screen shows, if the visitor picked one (0 is the first).
    pub viewing_plan: Option<usize>,
    /// Storage keys of copies of unreadable records set aside in this browser.
    pub set_aside: Vec<String>,
    /// The notes the visitor ticked to include in the summary (none until they tick).
    pub summary_notes: Vec<EntryKey>,
    /// Whether the browser promised to keep this site's storage (`None` until it said).
    pub storage_kept: Option<bool>,
    /// Where the widget runs, as far as advice about keeping data depends on it.
    pub platform: Platform,
}

/// What advice about keeping data depends on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Platform {
    /// Safari on an iPhone or iPad, where a site's storage is cleared after seven days without
    /// a visit.
    pub apple_safari: bool,
    /// Opened as an app from the Home Screen (which keeps its own storage).
    pub standalone: bool,
}

impl WidgetState {
    /// The record, to change it: copied first if anything else still shares it.
    pub fn record_mut(&mut self) -> &mut Record {
        Rc::make_mut(&mut self.record)
    }

    /// The state right after loading: onboarding for a new visitor, the plan form when the
    /// saved choices cannot make a plan, today's view otherwise.
    pub fn new(
        record: impl Into<Rc<Record>>,
        save_mode: SaveMode,
        notice: Option<Notice>,
        today: NaiveDate,
    ) -> Self {
        let record: Rc<Record> = record.into();
        let (screen, notice) = if record.has_plan() {
            (Screen::Today, notice)
        } else if !record.plans.is_empty() {
            (Screen::Setup, notice.or(Some(Notice::ChoicesNeeded)))
        } else {
            (Screen::Welcome, notice)
        };
        let mut draft_answers: DraftAnswers = [None; QUESTIONS.len()];
        if let Some(answers) = &record.readiness {
            for (slot, yes) in draft_answers.iter_mut().zip(answers) {
                *slot = Some(*yes);
            }
        }
        let plan_draft = PlanChoices::from_record(&record, today);
        WidgetState {
            plan_draft,
            record,
            save_mode,
            notice,
            screen,
            today,
            draft_answers,
            done_form: None,
            extra_form: None,
            status: None,
            focus: Focus::Keep,
            backup_hint_dismissed: false,
            restore: Restore::Idle,
            confirming_start_over: false,
            viewing_plan: None,
            set_aside: Vec::new(),
            summary_notes: Vec::new(),
            storage_kept: None,
            platform: Platform::default(),
        }
    }

    /// Every week of every plan as of today: built once per render by the screens.
    pub fn schedule(&self) -> Schedule {
        self.record.schedule(self.today)
    }

    /// Whether the tab bar (and the plan screens) exist yet.
    pub fn has_plan(&self) -> bool {
        self.record.has_plan()
    }

    /// Whether the visitor may change anything.
    pub fn editable(&self) -> bool {
        self.save_mode != SaveMode::ReadOnly
    }

    /// Whether to show the gentle backup hint now.
    pub fn suggest_backup(&self) -> bool {
        !self.backup_hint_dismissed
            && self.editable()
            && self
                .record
                .should_suggest_backup(self.storage_kept == Some(true))
    }

    /// Whether to advise, once, on keeping progress on an iPhone or iPad: in Safari (not the
    /// Home Screen app), once there is something to lose.
    pub fn advise_apple(&self) -> bool {
        self.platform.apple_safari
            && !self.platform.standalone
            && !self.record.settings.apple_hint_seen
            && self.editable()
            && !self.record.log.is_empty()
    }

    /// After a restore or a start over, the facts about this browser that no record holds:
    /// its set-aside copies, whether it keeps storage, and what kind of browser it is.
    pub fn keep_browser_facts(&mut self, before: &WidgetState) {
        self.set_aside = before.set_aside.clone();
        self.storage_kept = before.storage_kept;
        self.platform = before.platform;
    }

    /// The logged entry for a key, if any.
    pub fn entry(&self, key: EntryKey) -> Option<&LogEntry> {
        self.record.log.get(key)
    }

    /// Says `message` at `at`.
    pub fn say(&mut self, message: Message, at: Place) {
        self.status = Some(Status { message, at });
    }
}
