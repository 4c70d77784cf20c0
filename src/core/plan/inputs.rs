//! The visitor's answers, checked once so the rest of the engine can trust them.

use chrono::{NaiveDate, Weekday};

use crate::core::activity::Activity;

/// The session lengths the plan form offers for "today": small, familiar steps, as the clinic's
/// article suggests ("if 5 minutes or 10 minutes is where you're at, start there").
pub const SESSION_LENGTHS: [u16; 5] = [5, 10, 15, 20, 30];

/// Why the answers cannot become a plan; each case gets its own kind message in the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// No plannable activity was chosen, so there is nothing to schedule.
    NoActivities,
    /// The minutes are not one of [`SESSION_LENGTHS`].
    MinutesNotAllowed(u16),
    /// No weekday was chosen, so there is no day to schedule on.
    NoDays,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::NoActivities => write!(f, "please choose at least one activity"),
            PlanError::MinutesNotAllowed(m) => write!(
                f,
                "{m} minutes is not one of the choices (5, 10, 15, 20 or 30 minutes)"
            ),
            PlanError::NoDays => write!(f, "please choose at least one day of the week"),
        }
    }
}

impl std::error::Error for PlanError {}

/// Validated plan inputs. Fields are private so every `PlanInputs` in existence has passed
/// [`PlanInputs::new`]; the engine never re-checks them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanInputs {
    activities: Vec<Activity>,
    start_minutes: u16,
    days: Vec<Weekday>,
    start: NaiveDate,
    gentle: bool,
}

impl PlanInputs {
    /// Checks the visitor's answers. Activities and days may come in any order and with repeats
    /// (form state is messy); they are stored sorted and de-duplicated so equal answers give
    /// equal inputs and therefore equal plans.
    pub fn new(
        activities: &[Activity],
        start_minutes: u16,
        days: &[Weekday],
        start: NaiveDate,
        gentle: bool,
    ) -> Result<PlanInputs, PlanError> {
        let mut activities: Vec<Activity> = activities
            .iter()
            .copied()
            .filter(|a| a.is_plannable())
            .collect();
        activities.sort_unstable();
        activities.dedup();
        if activities.is_empty() {
            return Err(PlanError::NoActivities);
        }
        if !SESSION_LENGTHS.contains(&start_minutes) {
            return Err(PlanError::MinutesNotAllowed(start_minutes));
        }
        let mut days = days.to_vec();
        crate::core::sort_weekdays(&mut days);
        if days.is_empty() {
            return Err(PlanError::NoDays);
        }
        Ok(PlanInputs {
            activities,
            start_minutes,
            days,
            start,
            gentle,
        })
    }

    /// The chosen activities, sorted in [`Activity::ALL`] order.
    pub fn activities(&self) -> &[Activity] {
        &self.activities
    }

    /// The minutes the visitor said they can comfortably do today.
    pub fn start_minutes(&self) -> u16 {
        self.start_minutes
    }

    /// The chosen weekdays, Monday first.
    pub fn days(&self) -> &[Weekday] {
        &self.days
    }

    /// The first day of week 1.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// Whether the readiness check asked for a gentler plan.
    pub fn gentle(&self) -> bool {
        self.gentle
    }

    /// Whether the visitor chose this activity.
    pub fn has(&self, activity: Activity) -> bool {
        self.activities.contains(&activity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Weekday::*;

    fn date() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
    }

    #[test]
    fn accepts_and_normalises_answers() {
        let inputs = PlanInputs::new(
            &[Activity::Yoga, Activity::Walking, Activity::Yoga],
            10,
            &[Fri, Mon, Fri],
            date(),
            false,
        )
        .unwrap();
        assert_eq!(inputs.activities(), &[Activity::Walking, Activity::Yoga]);
        assert_eq!(inputs.days(), &[Mon, Fri]);
    }

    #[test]
    fn each_mistake_has_its_own_error() {
        assert_eq!(
            PlanInputs::new(&[], 10, &[Mon], date(), false),
            Err(PlanError::NoActivities)
        );
        assert_eq!(
            PlanInputs::new(&[Activity::Yoga], 12, &[Mon], date(), false),
            Err(PlanError::MinutesNotAllowed(12))
        );
        assert_eq!(
            PlanInputs::new(&[Activity::Yoga], 10, &[], date(), false),
            Err(PlanError::NoDays)
        );
    }

    #[test]
    fn every_allowed_minute_choice_is_accepted() {
        for m in SESSION_LENGTHS {
            assert!(PlanInputs::new(&[Activity::Yoga], m, &[Mon], date(), false).is_ok());
        }
        for m in [0, 4, 25, 31, 45] {
            assert!(PlanInputs::new(&[Activity::Yoga], m, &[Mon], date(), false).is_err());
        }
    }
}
