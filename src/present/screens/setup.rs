//! The plan form: activities, minutes for today, weekdays and, for a first plan, a start date.

use chrono::Weekday;

use crate::core::activity::Activity;
use crate::core::plan::SESSION_LENGTHS;
use crate::present::dates::week_order;
use crate::present::embed::EmbedConfig;
use crate::present::screens::status_at;
use crate::present::state::{Message, Place, WidgetState};
use crate::present::text::Text;

/// The plan form as it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupView {
    /// "Build your plan" or "Change your plan".
    pub title: &'static str,
    /// When changing: what a change does.
    pub change_hint: Option<&'static str>,
    /// On gentle plans.
    pub gentle_note: Option<&'static str>,
    /// A note for the form: what the readiness answers mean for the plan.
    pub note: Option<String>,
    /// What to fix before the plan can be made.
    pub error: Option<String>,
    /// The activity question and its hint.
    pub activities_legend: (&'static str, &'static str),
    /// Each activity with its words and whether it is chosen.
    pub activities: Vec<ActivityChoice>,
    /// The minutes question and its hint.
    pub minutes_legend: (&'static str, &'static str),
    /// Each length, its label ("10 min") and whether it is chosen.
    pub minutes: Vec<(u16, String, bool)>,
    /// The days question and its hint.
    pub days_legend: (&'static str, &'static str),
    /// Each weekday in the embed's week order, its name and whether it is chosen.
    pub days: Vec<(Weekday, &'static str, bool)>,
    /// The start date field, for a first plan only.
    pub start: Option<StartField>,
    /// The button: "Make my plan" or "Save changes".
    pub submit: &'static str,
    /// "Back" to Settings, when changing.
    pub back: Option<&'static str>,
    /// Whether the form can be used (not for a read-only record).
    pub disabled: bool,
}

/// One activity in the chooser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityChoice {
    /// Which.
    pub activity: Activity,
    /// Its name.
    pub name: &'static str,
    /// What it is like.
    pub blurb: &'static str,
    /// What it is good for.
    pub good_for: &'static str,
    /// How hard on the joints.
    pub impact: &'static str,
    /// Ticked.
    pub chosen: bool,
}

/// How far ahead a first plan can start: four weeks is plenty to find a good moment.
pub const START_DAYS_AHEAD: u64 = 27;

/// The start day picker: a list of days written as everywhere else in the widget, rather
/// than a date field that shows the browser's own date format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StartField {
    /// Its label.
    pub label: &'static str,
    /// Each day offered: the date, how it reads ("Today, Mon, Jan 5"), and whether chosen.
    pub days: Vec<(chrono::NaiveDate, String, bool)>,
}

fn says_readiness(state: &WidgetState) -> bool {
    matches!(
        state.status.as_ref().map(|s| &s.message),
        Some(Message::ReadinessDone { .. })
    )
}

fn is_problem(state: &WidgetState) -> bool {
    matches!(
        state.status.as_ref().map(|s| &s.message),
        Some(Message::PlanProblem(_))
    )
}

/// The plan form's view.
pub fn view(state: &WidgetState, config: &EmbedConfig, t: &'static Text) -> SetupView {
    let s = &t.setup;
    let draft = &state.plan_draft;
    let editing = !state.record.plans.is_empty();
    SetupView {
        title: if editing { s.title_change } else { s.title_new },
        change_hint: editing.then_some(s.change_hint),
        // Said once: the readiness answer's own note says the plan is gentle when it is there.
        gentle_note: (state.record.choices.gentle && !says_readiness(state))
            .then_some(t.plan_words.gentle_notice),
        note: status_at(&state.status, Place::PlanForm, t).filter(|_| !is_problem(state)),
        error: status_at(&state.status, Place::PlanForm, t).filter(|_| is_problem(state)),
        activities_legend: (s.activities_legend, s.activities_hint),
        activities: Activity::PLANNABLE
            .iter()
            .map(|&activity| {
                let w = t.plan_words.activity(activity);
                ActivityChoice {
                    activity,
                    name: w.name,
                    blurb: w.blurb,
                    good_for: w.good_for,
                    impact: w.impact,
                    chosen: draft.activities.contains(&activity),
                }
            })
            .collect(),
        minutes_legend: (s.minutes_legend, s.minutes_hint),
        minutes: SESSION_LENGTHS
            .iter()
            .map(|&m| (m, (t.plan_words.minutes)(m), draft.minutes_today == m))
            .collect(),
        days_legend: (s.days_legend, s.days_hint),
        days: week_order(config.week_start)
            .iter()
            .map(|&d| (d, t.dates.weekday(d), draft.weekdays.contains(&d)))
            .collect(),
        start: (!editing).then(|| StartField {
            label: s.start,
            days: state
                .today
                .iter_days()
                .take(START_DAYS_AHEAD as usize + 1)
                .map(|day| {
                    let words = t.dates.short(day);
                    let label = if day == state.today {
                        (s.starts_on)(&words)
                    } else {
                        words
                    };
                    (day, label, day == draft.start)
                })
                .collect(),
        }),
        submit: if editing { s.save } else { s.make },
        back: editing.then_some(s.back),
        disabled: !state.editable(),
    }
}
