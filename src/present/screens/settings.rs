//! Settings: change the plan's choices, keep a backup, restore one, download copies that could
//! not be read, or start over.

use crate::core::transfer::ImportError;
use crate::present::embed::EmbedConfig;
use crate::present::screens::{status_at, Support};
use crate::present::state::{Place, Restore, RestoreRefusal, WidgetState};
use crate::present::text::Text;

/// The Settings screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsView {
    /// "Settings".
    pub title: &'static str,
    /// A status line about the whole screen.
    pub status: Option<String>,
    /// Heading, hint and button of the choices section; the button is off when read-only.
    pub choices: (&'static str, &'static str, &'static str, bool),
    /// The backup section.
    pub backup: BackupView,
    /// Copies of unreadable records, when there are any.
    pub set_aside: Option<SetAsideView>,
    /// The start-over section.
    pub start_over: StartOverView,
    /// Heading and text of the privacy section.
    pub privacy: (&'static str, &'static str),
    /// The clinic's support line: heading and line, when the clinic set one.
    pub support: Option<(&'static str, Support)>,
    /// Keeping progress in this browser.
    pub keep: KeepView,
}

/// Keeping progress in this browser: whether it promised to, and what helps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeepView {
    /// Heading.
    pub title: &'static str,
    /// Whether the browser keeps this site's storage, in words.
    pub status: &'static str,
    /// On an iPhone or iPad in Safari: the seven-day rule and what helps.
    pub apple: Option<&'static str>,
    /// The link to open Momentum as an app (not shown inside that app).
    pub app: Option<(&'static str, String)>,
    /// How moving progress to the app works.
    pub move_hint: &'static str,
}

/// Copies of unreadable records set aside in this browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAsideView {
    /// Heading.
    pub title: &'static str,
    /// What they are.
    pub hint: &'static str,
    /// Each copy's storage key and its button's label.
    pub copies: Vec<(String, String)>,
}

/// Backing up and restoring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupView {
    /// Heading.
    pub title: &'static str,
    /// What a backup is for, and when the last one was.
    pub hint: String,
    /// "Download a backup".
    pub download: &'static str,
    /// The restore button's label (it opens the file picker); `None` when read-only.
    pub restore: Option<&'static str>,
    /// A status line in this section (a backup just downloaded).
    pub status: Option<String>,
    /// Why the chosen file was refused.
    pub refused: Option<String>,
    /// A file waiting for "yes": the question and the two buttons, and the group's name.
    pub confirm: Option<(String, &'static str, &'static str, &'static str)>,
}

/// Starting over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartOverView {
    /// Heading.
    pub title: &'static str,
    /// Either the hint and the button (off when read-only), or the question with its buttons.
    pub step: StartOverStep,
}

/// Where starting over stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StartOverStep {
    /// Not asked yet.
    Offer {
        /// What it does.
        hint: &'static str,
        /// "Start over".
        button: &'static str,
        /// Whether it can be pressed.
        enabled: bool,
    },
    /// "Start over" was pressed.
    Confirm {
        /// The question.
        question: &'static str,
        /// The group's name.
        group: &'static str,
        /// "Download a backup", "Delete everything", "Keep my plan".
        buttons: [&'static str; 3],
    },
}

/// The Settings screen's view.
pub fn view(state: &WidgetState, config: &EmbedConfig, t: &'static Text) -> SettingsView {
    let s = &t.settings;
    let editable = state.editable();
    let mut hint = s.backup_hint.to_owned();
    if let Some(date) = state.record.settings.last_backup {
        hint.push(' ');
        hint.push_str(&(s.last_backup)(&t.dates.short(date)));
    }
    let refused = match &state.restore {
        Restore::Refused(RestoreRefusal::Import(problem)) => {
            Some((s.refused)(&import_problem(problem, t)))
        }
        Restore::Refused(RestoreRefusal::Unreadable) => Some((s.refused)(s.unreadable_file)),
        _ => None,
    };
    let confirm = match &state.restore {
        Restore::Ready(record) => Some((
            (s.ready)(record.log.len()),
            s.restore_it,
            s.cancel,
            s.restore_group,
        )),
        _ => None,
    };
    let set_aside = (!state.set_aside.is_empty()).then(|| {
        let copies = state
            .set_aside
            .iter()
            .enumerate()
            .map(|(i, key)| (key.clone(), (s.set_aside_download)(i + 1)))
            .collect();
        SetAsideView {
            title: s.set_aside_title,
            hint: s.set_aside_hint,
            copies,
        }
    });
    SettingsView {
        title: s.title,
        status: status_at(&state.status, Place::Screen, t),
        choices: (s.choices_title, s.choices_hint, s.change, editable),
        backup: BackupView {
            title: s.backup_title,
            hint,
            download: s.download,
            restore: editable.then_some(s.restore),
            status: status_at(&state.status, Place::Backup, t),
            refused,
            confirm,
        },
        set_aside,
        start_over: StartOverView {
            title: s.start_over_title,
            step: if state.confirming_start_over {
                StartOverStep::Confirm {
                    question: s.start_over_confirm,
                    group: s.start_over_group,
                    buttons: [s.download, s.delete_all, s.keep],
                }
            } else {
                StartOverStep::Offer {
                    hint: s.start_over_hint,
                    button: s.start_over,
                    enabled: editable,
                }
            },
        },
        privacy: (s.privacy_title, s.privacy),
        support: Support::from_config(config, t).map(|line| (t.care.support_title, line)),
        keep: keep_view(state, config, t),
    }
}

/// Keeping progress: the browser's answer, and the app and backup ways on an iPhone.
pub fn keep_view(state: &WidgetState, config: &EmbedConfig, t: &'static Text) -> KeepView {
    let c = &t.care;
    let app = config
        .app_url
        .clone()
        .filter(|_| !state.platform.standalone)
        .map(|url| (c.open_app, url));
    KeepView {
        title: c.keep_title,
        status: if state.storage_kept == Some(true) {
            c.kept
        } else {
            c.not_kept
        },
        apple: (state.platform.apple_safari && !state.platform.standalone).then_some(c.apple_hint),
        app,
        move_hint: c.move_hint,
    }
}

/// Why a backup was refused, in the visitor's words.
pub fn import_problem(problem: &ImportError, t: &'static Text) -> String {
    let w = &t.messages.import;
    match problem {
        ImportError::TooLarge { .. } => w.too_large.into(),
        ImportError::MalformedJson(_) => w.malformed.into(),
        ImportError::NotMomentumBackup => w.not_ours.into(),
        ImportError::NewerVersion(_) => w.newer.into(),
        ImportError::UnknownActivity(name) => (w.unknown_activity)(name),
        ImportError::UnreadableRecord(why) => (w.damaged)(why),
        ImportError::Implausible(why) => (w.implausible)(&why.to_string()),
    }
}
