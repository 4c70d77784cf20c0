//! The Plan screen: a plan's twelve weeks, done, not this time, or ahead; earlier plans, read
//! only; the calendar file and the print sheet.

use chrono::{Days, NaiveDateTime};

use crate::core::calendar::{self, CalendarOptions};
use crate::core::log::Outcome;
use crate::core::plan::schedule::Schedule;
use crate::present::embed::EmbedConfig;
use crate::present::screens::session::{card, ChangeOptions, SessionCard};
use crate::present::screens::status_at;
use crate::present::state::{Place, WidgetState};
use crate::present::text::Text;

/// How far ahead "Add to calendar" reaches: long enough to build a habit, short enough that a
/// changed plan is soon exported again.
pub const CALENDAR_WEEKS: u32 = 4;

/// The Plan screen.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanView {
    /// "Your twelve weeks", or "Plan 1" for an earlier one.
    pub title: String,
    /// A status line about the whole screen.
    pub status: Option<String>,
    /// On gentle plans.
    pub gentle_note: Option<&'static str>,
    /// The picker of plans, once there is more than one.
    pub picker: Option<Picker>,
    /// "Add to my calendar" and "Print my plan", for the current plan with sessions ahead.
    pub export: Option<Export>,
    /// The plan's weeks.
    pub weeks: Vec<WeekView>,
}

/// Which plan to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picker {
    /// Its label.
    pub label: &'static str,
    /// Each plan: `None` for the current one, its words, and whether it is on show.
    pub options: Vec<(Option<usize>, String, bool)>,
}

/// The calendar file and the print sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    /// "Add the next 4 weeks to my calendar".
    pub calendar: String,
    /// What the calendar file does.
    pub hint: &'static str,
    /// "Print my plan".
    pub print: &'static str,
}

/// One week.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekView {
    /// 1 to 12.
    pub number: u8,
    /// "Week 3".
    pub title: String,
    /// " · 45 min in all".
    pub total: String,
    /// Whether it holds today.
    pub current: bool,
    /// "this week" or "welcome back".
    pub badges: Vec<&'static str>,
    /// Its sessions.
    pub items: Vec<PlanItem>,
    /// What else was logged that week: "Also: Something else, 20 min".
    pub also: Vec<String>,
}

/// A session on the Plan screen.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanItem {
    /// This week's and last week's sessions up to today, which can still be ticked off.
    Card(Box<SessionCard>),
    /// Any other.
    Row(Box<SessionRow>),
}

/// A session as one line.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionRow {
    /// The session's log key.
    pub key: crate::core::log::EntryKey,
    /// The same id a card would have.
    pub id: String,
    /// "Mon, Jan 5".
    pub when: String,
    /// "Walking, 10 min, easy".
    pub what: String,
    /// "done, 10 min, just right", "not this time", "not logged" or "ahead".
    pub state: String,
    /// `done` or `skipped` once logged.
    pub outcome: Option<&'static str>,
    /// "moved from Mon, Jan 5".
    pub moved_from: Option<String>,
    /// A status line about this session ("Walking moved to Thu, Jan 8.").
    pub status: Option<String>,
    /// Move or swap.
    pub change: Option<ChangeOptions>,
}

/// The Plan screen's view.
pub fn view(
    state: &WidgetState,
    schedule: &Schedule,
    config: &EmbedConfig,
    t: &'static Text,
) -> PlanView {
    let words = &t.plan;
    let plans = state.record.plans.len();
    let current = plans.saturating_sub(1);
    let shown = state
        .viewing_plan
        .filter(|p| *p < current)
        .unwrap_or(current);
    let picker = (plans > 1).then(|| Picker {
        label: words.plans_label,
        options: state
            .record
            .plans
            .iter()
            .enumerate()
            .map(|(i, plan)| {
                let last = plan.end().pred_opt().unwrap_or(plan.end());
                let label = if i == current {
                    (words.current_plan)(i + 1)
                } else {
                    (words.plan_option)(i + 1, &t.dates.short(plan.start), &t.dates.short(last))
                };
                ((i != current).then_some(i), label, i == shown)
            })
            .collect(),
    });
    let last_week_start = state
        .today
        .checked_sub_days(Days::new(7))
        .unwrap_or(state.today);
    let weeks = schedule
        .weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| w.plan == shown)
        .map(|(index, planned)| {
            let week = &planned.week;
            let current = week.contains(state.today);
            // People forget to tick on the day: this week's and last week's sessions up to
            // today can still be logged here.
            let tickable = current || week.contains(last_week_start);
            let items = week
                .sessions
                .iter()
                .map(|s| {
                    if tickable && s.date <= state.today {
                        PlanItem::Card(Box::new(card(state, config, schedule, index, s, true, t)))
                    } else {
                        PlanItem::Row(Box::new(row(state, config, schedule, index, s, t)))
                    }
                })
                .collect();
            let mut badges = Vec::new();
            if current {
                badges.push(words.this_week);
            }
            if week.welcome_back {
                badges.push(words.welcome_back_badge);
            }
            let until = week
                .start
                .checked_add_days(Days::new(7))
                .unwrap_or(week.start);
            let also = state
                .record
                .log
                .between(week.start, until)
                .iter()
                .filter(|e| e.is_done() && week.session(e.key()).is_none())
                .map(|e| (words.also)(t.plan_words.activity(e.activity).name, e.minutes_done()))
                .collect();
            WeekView {
                number: planned.number,
                title: (words.week)(planned.number),
                total: (words.week_total)(week.total_minutes()),
                current,
                badges,
                items,
                also,
            }
        })
        .collect();
    let upcoming = calendar::upcoming(schedule, state.today, CALENDAR_WEEKS);
    PlanView {
        title: if shown == current {
            words.title.to_owned()
        } else {
            (words.plan_title)(shown + 1)
        },
        status: status_at(&state.status, Place::Screen, t),
        gentle_note: state
            .record
            .choices
            .gentle
            .then_some(t.plan_words.gentle_notice),
        picker,
        export: (shown == current && !upcoming.is_empty()).then(|| Export {
            calendar: (words.calendar_button)(CALENDAR_WEEKS),
            hint: words.calendar_hint,
            print: words.print,
        }),
        weeks,
    }
}

fn row(
    state: &WidgetState,
    config: &EmbedConfig,
    schedule: &Schedule,
    index: usize,
    session: &crate::core::plan::Session,
    t: &'static Text,
) -> SessionRow {
    let words = &t.plan;
    let entry = state.entry(session.key());
    let status = match entry.map(|e| e.outcome) {
        Some(Outcome::Done {
            minutes,
            effort: Some(effort),
        }) => (words.row_done)(minutes, t.plan_words.effort_lower(effort)),
        Some(Outcome::Done {
            minutes,
            effort: None,
        }) => (words.row_done_plain)(minutes),
        Some(Outcome::Skipped) => words.row_skipped.to_owned(),
        None if session.date < state.today => words.row_not_logged.to_owned(),
        None => words.row_ahead.to_owned(),
    };
    let as_card = card(state, config, schedule, index, session, false, t);
    SessionRow {
        key: session.key(),
        id: as_card.id,
        when: as_card.when,
        what: format!(
            "{}, {}",
            (t.today.session_title)(
                t.plan_words.activity(session.activity).name,
                session.minutes
            ),
            as_card.intensity
        ),
        state: status,
        outcome: as_card.outcome,
        moved_from: as_card.moved_from,
        status: as_card.status,
        change: as_card.change,
    }
}

/// The calendar file of the next [`CALENDAR_WEEKS`] weeks: its name and text. `stamp` is now,
/// in UTC; `namespace` the widget's storage key, so its events never clash with another's.
pub fn calendar_file(
    state: &WidgetState,
    namespace: &str,
    clinic: &str,
    stamp: NaiveDateTime,
    t: &'static Text,
) -> (String, String) {
    let schedule = state.schedule();
    let sessions = calendar::upcoming(&schedule, state.today, CALENDAR_WEEKS);
    let text = calendar::sessions_ics(sessions, &CalendarOptions::new(namespace, clinic, stamp), t);
    (calendar::file_name(state.today), text)
}
