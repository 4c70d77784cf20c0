//! Today: the day's sessions to tick off, a kind word when nothing is planned, and "something
//! else I did" on any day.

use crate::core::plan::schedule::Schedule;
use crate::present::embed::EmbedConfig;
use crate::present::screens::session::{card, extra_form, LogFormView, SessionCard};
use crate::present::screens::status_at;
use crate::present::state::{Place, WidgetState};
use crate::present::text::Text;

/// The Today screen.
#[derive(Clone, Debug, PartialEq)]
pub struct TodayView {
    /// "Today, Monday, January 5".
    pub title: String,
    /// A status line about the whole screen (a plan just made, a backup downloaded).
    pub status: Option<String>,
    /// On a welcome-back week.
    pub welcome_back: Option<&'static str>,
    /// On gentle plans.
    pub gentle_note: Option<&'static str>,
    /// The gentle "keep a copy?" hint: its words and buttons.
    pub backup_hint: Option<[&'static str; 3]>,
    /// Once, after the first tick on an iPhone or iPad in Safari: how to keep progress safe.
    pub apple: Option<AppleAdvice>,
    /// After the last plan's twelve weeks: the words and the button (disabled when read-only).
    pub finished: Option<(&'static str, &'static str, bool)>,
    /// Today's sessions.
    pub sessions: Vec<SessionCard>,
    /// When nothing is planned today: the words, a hint, and what is next.
    pub rest_day: Option<RestDay>,
    /// "Something else I did": the button, or the open form.
    pub extra: Extra,
    /// A status line under the "something else" part.
    pub extra_status: Option<String>,
    /// The link to the whole plan.
    pub see_plan: &'static str,
}

/// Keeping progress on an iPhone or iPad: open the app, or keep a backup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppleAdvice {
    /// The advice.
    pub text: &'static str,
    /// The link to open Momentum as an app, when the standalone page is there.
    pub app: Option<(&'static str, String)>,
    /// "Download a backup".
    pub backup: &'static str,
    /// "Not now".
    pub not_now: &'static str,
}

/// A day with nothing planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestDay {
    /// "Nothing planned today. Rest counts too." (or that the plan starts later).
    pub text: &'static str,
    /// A gentle idea.
    pub hint: &'static str,
    /// "Next up: ..."
    pub next: Option<String>,
}

/// The "something else" part.
#[derive(Clone, Debug, PartialEq)]
pub enum Extra {
    /// Not offered (a read-only record).
    Hidden,
    /// The button that opens the form.
    Button(&'static str),
    /// The open form.
    Form(Box<LogFormView>),
}

/// The Today screen's view.
pub fn view(
    state: &WidgetState,
    schedule: &Schedule,
    config: &EmbedConfig,
    t: &'static Text,
) -> TodayView {
    let today = state.today;
    let words = &t.today;
    let index = schedule.weeks.iter().position(|w| w.week.contains(today));
    let week = index.map(|i| &schedule.weeks[i]);
    let sessions: Vec<SessionCard> = week
        .map(|w| {
            w.week
                .sessions
                .iter()
                .filter(|s| s.date == today)
                .map(|s| card(state, config, schedule, index.unwrap_or(0), s, true, t))
                .collect()
        })
        .unwrap_or_default();
    let finished = state.record.plan_finished(today);
    let started = schedule
        .weeks
        .first()
        .is_some_and(|w| w.week.start <= today);
    let rest_day = (sessions.is_empty() && !finished).then(|| RestDay {
        text: if started {
            words.rest_day
        } else {
            words.not_started
        },
        hint: words.stretch_hint,
        next: schedule.sessions().find(|s| s.date > today).map(|s| {
            let name = t.plan_words.activity(s.activity).name;
            (words.next_up)(name, &t.dates.short(s.date), s.minutes)
        }),
    });
    let extra = match &state.extra_form {
        _ if !state.editable() => Extra::Hidden,
        Some(form) => Extra::Form(Box::new(extra_form(state, config, form, t))),
        None => Extra::Button(words.extra_open),
    };
    TodayView {
        title: (words.title)(&t.dates.long(today)),
        status: status_at(&state.status, Place::Screen, t),
        welcome_back: week
            .filter(|w| w.week.welcome_back)
            .map(|_| words.welcome_back),
        gentle_note: state
            .record
            .choices
            .gentle
            .then_some(t.plan_words.gentle_notice),
        backup_hint: state.suggest_backup().then_some([
            words.backup_hint,
            words.backup_download,
            words.backup_not_now,
        ]),
        apple: state.advise_apple().then(|| AppleAdvice {
            text: t.care.apple_hint,
            app: config.app_url.clone().map(|url| (t.care.open_app, url)),
            backup: words.backup_download,
            not_now: t.care.not_now,
        }),
        finished: finished.then_some((words.finished, words.start_next, state.editable())),
        sessions,
        rest_day,
        extra,
        extra_status: status_at(&state.status, Place::Extra, t),
        see_plan: words.see_plan,
    }
}
