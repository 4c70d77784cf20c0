//! One view model per screen: plain data (words, which buttons, what is ticked, ids) built from
//! the widget state once per render, so the yew views only lay it out and send actions, and
//! every decision a screen shows is tested natively.

pub mod onboarding;
pub mod plan;
pub mod progress;
pub mod session;
pub mod settings;
pub mod setup;
pub mod summary;
pub mod today;

use crate::core::plan::schedule::Schedule;
use crate::present::embed::EmbedConfig;
use crate::present::state::{Focus, Message, Notice, Place, SaveMode, Screen, Status, WidgetState};
use crate::present::text::Text;

/// Everything the widget shows right now.
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// A storage problem, if any.
    pub notice: Option<NoticeView>,
    /// The tab bar, once a plan exists.
    pub tabs: Option<Tabs>,
    /// The screen itself.
    pub screen: ScreenView,
    /// What the live region reads out: the status line, wherever it is shown.
    pub live: String,
    /// The not-medical-advice note at the foot of the screen, with the clinic's link.
    pub disclaimer: Disclaimer,
    /// Where focus goes after this render.
    pub focus: Focus,
}

/// The screen on show.
#[derive(Clone, Debug, PartialEq)]
pub enum ScreenView {
    /// The intro.
    Welcome(onboarding::WelcomeView),
    /// The readiness questions.
    Readiness(onboarding::ReadinessView),
    /// The plan form.
    Setup(setup::SetupView),
    /// Today.
    Today(today::TodayView),
    /// The plan.
    Plan(plan::PlanView),
    /// Progress.
    Progress(progress::ProgressView),
    /// Settings.
    Settings(settings::SettingsView),
    /// The summary for the visitor's clinician.
    Summary(summary::SummaryView),
}

/// A clinic's support line, where the widget shows it: the words before it, the clinic's own
/// text, and its link when the clinic gave one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Support {
    /// "If things feel hard right now, you don't have to wait:".
    pub lead: &'static str,
    /// The clinic's words, e.g. "Call or text 988".
    pub text: String,
    /// A `tel:`, `sms:` or `https:` link.
    pub url: Option<String>,
}

impl Support {
    /// The support line the clinic set, if any. No default: the clinic decides.
    pub fn from_config(config: &EmbedConfig, t: &'static Text) -> Option<Support> {
        config.support_text.as_ref().map(|text| Support {
            lead: t.care.support_lead,
            text: text.clone(),
            url: config.support_url.clone(),
        })
    }
}

/// The tab bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Tabs {
    /// Its accessible name.
    pub label: &'static str,
    /// Each tab: the screen, its label, and whether it is on show.
    pub tabs: Vec<(Screen, &'static str, bool)>,
}

/// A storage problem and the download that keeps the data.
#[derive(Clone, Debug, PartialEq)]
pub struct NoticeView {
    /// What happened.
    pub message: &'static str,
    /// The download: its label and what it saves.
    pub download: Option<(&'static str, Keep)>,
}

/// What a notice's download saves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The record in memory, as a backup file.
    Current,
    /// The widget's own stored text, exactly as it is.
    Stored,
    /// The text under another storage key (a set-aside copy), exactly as it is.
    Key(String),
}

/// "Momentum offers general encouragement, not medical advice. If you have a health condition,
/// talk with {clinic} before becoming much more active."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disclaimer {
    /// Up to the clinic.
    pub before: &'static str,
    /// "talk with {clinic}".
    pub talk_with: String,
    /// The clinic's consultation link, when it gave one.
    pub link: Option<String>,
    /// After the clinic.
    pub after: &'static str,
}

/// Builds the view of `state`.
pub fn view(state: &WidgetState, config: &EmbedConfig, t: &'static Text) -> View {
    let schedule = if state.screen.needs_plan() {
        state.schedule()
    } else {
        Schedule::default()
    };
    let screen = match state.screen {
        Screen::Welcome => ScreenView::Welcome(onboarding::welcome(t)),
        Screen::Readiness => ScreenView::Readiness(onboarding::readiness(state, config, t)),
        Screen::Setup => ScreenView::Setup(setup::view(state, config, t)),
        Screen::Today => ScreenView::Today(today::view(state, &schedule, config, t)),
        Screen::Plan => ScreenView::Plan(plan::view(state, &schedule, config, t)),
        Screen::Progress => ScreenView::Progress(progress::view(state, &schedule, config, t)),
        Screen::Settings => ScreenView::Settings(settings::view(state, config, t)),
        Screen::Summary => ScreenView::Summary(summary::view(state, &schedule, config, t)),
    };
    let tabs = state.has_plan().then(|| Tabs {
        label: t.chrome.tabs_label,
        tabs: Screen::TABS
            .iter()
            .zip(t.chrome.tabs)
            .map(|(s, label)| (*s, label, *s == state.screen))
            .collect(),
    });
    View {
        notice: state.notice.as_ref().map(|n| notice(n, state.save_mode, t)),
        tabs,
        screen,
        live: state
            .status
            .as_ref()
            .map(|s| message(&s.message, t))
            .unwrap_or_default(),
        disclaimer: Disclaimer {
            before: if state.record.choices.gentle {
                t.chrome.disclaimer_gentle
            } else {
                t.chrome.disclaimer
            },
            talk_with: (t.chrome.talk_with)(
                config.clinic_name.as_deref().unwrap_or(t.chrome.care_team),
            ),
            link: config.consult_url.clone(),
            after: t.chrome.disclaimer_end,
        },
        focus: state.focus,
    }
}

fn notice(notice: &Notice, mode: SaveMode, t: &'static Text) -> NoticeView {
    let n = &t.notices;
    let (message, download) = match notice {
        Notice::StorageUnavailable => (n.unavailable, None),
        Notice::StorageFull => (n.full, None),
        Notice::SaveFailed => (n.save_failed, None),
        Notice::CorruptBackedUp { backup_key } => (
            n.corrupt_backed_up,
            Some((n.download_old_copy, Keep::Key(backup_key.clone()))),
        ),
        Notice::CorruptNotBackedUp => (
            n.corrupt_not_backed_up,
            Some((n.download_saved, Keep::Stored)),
        ),
        Notice::NewerVersion => (n.newer, Some((n.download_saved, Keep::Stored))),
        Notice::ChoicesNeeded => (n.choices_needed, None),
    };
    let download = download
        .or_else(|| (mode == SaveMode::MemoryOnly).then_some((n.download_mine, Keep::Current)));
    NoticeView { message, download }
}

/// The status line's words, if it belongs at `at`.
pub fn status_at(status: &Option<Status>, at: Place, t: &'static Text) -> Option<String> {
    status
        .as_ref()
        .filter(|s| s.at == at)
        .map(|s| message(&s.message, t))
}

/// A status line or form error in words.
pub fn message(message: &Message, t: &'static Text) -> String {
    use crate::core::plan::adjust::AdjustError;
    use crate::core::plan::PlanError;
    let m = &t.messages;
    let words = &t.plan_words;
    let name = |a| words.activity(a).name;
    match message {
        Message::PlanReady => m.plan_ready.into(),
        Message::PlanUpdated => m.plan_updated.into(),
        Message::NextPlanStarted => m.next_plan.into(),
        Message::Logged(effort) => {
            let i = effort.map_or(3, |e| {
                crate::core::log::Effort::ALL
                    .iter()
                    .position(|x| *x == e)
                    .unwrap_or(1)
            });
            m.logged[i].into()
        }
        Message::ExtraLogged => m.extra_logged.into(),
        Message::MoodEcho { better, days } => (t.progress.mood_better)(*better, *days),
        Message::Skipped => m.skipped.into(),
        Message::Undone(a) => (m.undone)(name(*a)),
        Message::Moved(a, date) => (m.moved)(name(*a), &t.dates.short(*date)),
        Message::Swapped { from, to, on } => {
            (m.swapped)(name(*to), words.activity(*from).lower, &t.dates.short(*on))
        }
        Message::PutBack => m.put_back.into(),
        Message::BackedUp => m.backed_up.into(),
        Message::Restored => m.restored.into(),
        Message::ClearedAll => m.cleared.into(),
        Message::AnswerEveryQuestion => m.answer_every_question.into(),
        Message::ReadinessDone { gentle: true } => m.readiness_gentle.into(),
        Message::ReadinessDone { gentle: false } => m.readiness_ready.into(),
        Message::PlanProblem(PlanError::NoActivities) => m.no_activity.into(),
        Message::PlanProblem(PlanError::MinutesNotAllowed(_)) => m.no_minutes.into(),
        Message::PlanProblem(PlanError::NoDays) => m.no_day.into(),
        Message::AdjustProblem(problem) => {
            let i = match problem {
                AdjustError::NoSuchSession => 0,
                AdjustError::AlreadyLogged => 1,
                AdjustError::OtherWeek => 2,
                AdjustError::InThePast => 3,
                AdjustError::DayTaken => 4,
                AdjustError::NotChosen => 5,
                AdjustError::StrengthBackToBack => 6,
                AdjustError::NoChange => 7,
                AdjustError::NotChanged => 8,
            };
            m.adjust[i].into()
        }
        Message::EntryProblem(_) => m.entry_error.into(),
    }
}

#[cfg(test)]
mod tests;
