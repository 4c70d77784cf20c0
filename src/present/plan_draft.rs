//! The plan form's draft: what the visitor has chosen so far, before "Save". A draft, so a
//! half-changed form never breaks the plan on show.

use chrono::{NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::plan::Choices;
use crate::core::record::Record;

/// The plan form's answers, edited as a draft until the visitor saves them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanChoices {
    /// Chosen activities.
    pub activities: Vec<Activity>,
    /// Minutes the visitor can comfortably do today.
    pub minutes_today: u16,
    /// Days the visitor can be active.
    pub weekdays: Vec<Weekday>,
    /// When the first plan starts (an existing plan keeps its start).
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
        let choices = &record.choices;
        PlanChoices {
            activities: choices.activities.clone(),
            minutes_today: choices.minutes_today,
            weekdays: choices.weekdays.clone(),
            start: record.plans.first().map_or(today, |p| p.start),
        }
    }

    /// Applies one change from the form.
    pub fn edit(&mut self, edit: PlanEdit) {
        match edit {
            PlanEdit::ToggleActivity(activity) => toggle(&mut self.activities, activity),
            PlanEdit::Minutes(minutes) => self.minutes_today = minutes,
            PlanEdit::ToggleWeekday(day) => {
                toggle(&mut self.weekdays, day);
                crate::core::sort_weekdays(&mut self.weekdays);
            }
            PlanEdit::Start(date) => self.start = date,
        }
    }

    /// The choices to save, keeping the readiness check's gentle mode.
    pub(crate) fn choices(&self, gentle: bool) -> Choices {
        let mut activities = self.activities.clone();
        activities.sort_unstable();
        Choices {
            activities,
            minutes_today: self.minutes_today,
            weekdays: self.weekdays.clone(),
            gentle,
        }
    }
}

fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}
