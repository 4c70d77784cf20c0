//! The visitor's own changes to single sessions: move one to another free day of the same week,
//! or do another chosen activity instead. Life happens; the plan bends rather than breaks.
//!
//! Adjustments are stored (they are the visitor's input) and applied to the derived plan in
//! order; one whose session no longer exists (the plan changed since) is simply skipped, so an
//! old adjustment can never corrupt a new plan.

use chrono::NaiveDate;

use crate::core::activity::Activity;
use crate::core::log::LogEntry;
use crate::core::plan::copy::{session_note, Role};
use crate::core::plan::{
    Intensity, Plan, PlanInputs, Session, SHARED_DAY_STRENGTH_MAX_MINUTES, STRENGTH_MAX_MINUTES,
};

/// One change to one planned session, identified by the session's date and activity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Adjustment {
    /// The session's date in the plan as it stood.
    pub date: NaiveDate,
    /// The session's activity in the plan as it stood.
    pub activity: Activity,
    /// Where it goes (the same date when only the activity changes).
    pub to_date: NaiveDate,
    /// What it becomes (the same activity when only the day changes).
    pub to_activity: Activity,
}

/// Why a change cannot be made; each says what to pick instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdjustError {
    /// There is no such session in the plan (any more).
    NoSuchSession,
    /// The session is already ticked off or skipped; undo that first.
    AlreadyLogged,
    /// Sessions move within their own week, so the week's growth stays as planned.
    OtherWeek,
    /// Moving into the past helps nobody; pick today or a later day.
    InThePast,
    /// The new day already has a session.
    DayTaken,
    /// Only the visitor's chosen activities are offered.
    NotChosen,
    /// Strength on two days in a row leaves no day to recover.
    StrengthBackToBack,
    /// Nothing would change.
    NoChange,
}

impl std::fmt::Display for AdjustError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AdjustError::NoSuchSession => "that session isn't in your plan any more",
            AdjustError::AlreadyLogged => "that session is already logged; undo it first",
            AdjustError::OtherWeek => "sessions can move to another day of the same week",
            AdjustError::InThePast => "pick today or a day still ahead",
            AdjustError::DayTaken => "that day already has a session",
            AdjustError::NotChosen => "pick one of the activities you chose",
            AdjustError::StrengthBackToBack => {
                "strength needs a day off in between; pick another day"
            }
            AdjustError::NoChange => "nothing to change",
        })
    }
}

/// Where a session sits in the plan: (week index, session index).
fn locate(plan: &Plan, date: NaiveDate, activity: Activity) -> Option<(usize, usize)> {
    plan.weeks.iter().enumerate().find_map(|(w, week)| {
        week.sessions
            .iter()
            .position(|s| s.date == date && s.activity == activity)
            .map(|i| (w, i))
    })
}

/// The first and last day of the plan week `week` (0-based) for this plan's start.
fn week_bounds(inputs: &PlanInputs, week: usize) -> (NaiveDate, NaiveDate) {
    let first = inputs.start() + chrono::Days::new(7 * week as u64);
    (first, first + chrono::Days::new(6))
}

/// Checks one change against the plan as it stands now.
pub fn check(
    plan: &Plan,
    inputs: &PlanInputs,
    log: &[LogEntry],
    today: NaiveDate,
    change: &Adjustment,
) -> Result<(), AdjustError> {
    let (week, _) = locate(plan, change.date, change.activity).ok_or(AdjustError::NoSuchSession)?;
    if change.to_date == change.date && change.to_activity == change.activity {
        return Err(AdjustError::NoChange);
    }
    if log
        .iter()
        .any(|e| e.date == change.date && e.activity == change.activity)
    {
        return Err(AdjustError::AlreadyLogged);
    }
    let (first, last) = week_bounds(inputs, week);
    if change.to_date < first || change.to_date > last {
        return Err(AdjustError::OtherWeek);
    }
    if change.to_date != change.date && change.to_date < today {
        return Err(AdjustError::InThePast);
    }
    if !inputs.has(change.to_activity) {
        return Err(AdjustError::NotChosen);
    }
    let others = || {
        plan.sessions()
            .filter(|s| !(s.date == change.date && s.activity == change.activity))
    };
    let day_taken = if change.to_date == change.date {
        others().any(|s| s.date == change.to_date && s.activity == change.to_activity)
    } else {
        others().any(|s| s.date == change.to_date)
    };
    if day_taken {
        return Err(AdjustError::DayTaken);
    }
    if change.to_activity == Activity::Strength
        && others().any(|s| {
            s.activity == Activity::Strength && (s.date - change.to_date).num_days().abs() == 1
        })
    {
        return Err(AdjustError::StrengthBackToBack);
    }
    Ok(())
}

/// Applies the stored changes in order, skipping any that no longer fit.
pub fn apply(
    plan: &mut Plan,
    inputs: &PlanInputs,
    log: &[LogEntry],
    today: NaiveDate,
    changes: &[Adjustment],
) {
    for change in changes {
        // Stored changes were valid when made; only their shape is re-checked, not "today".
        if check(plan, inputs, log, change.to_date.min(today), change).is_ok() {
            move_session(plan, change);
        }
    }
}

/// Rewrites one session in place; the caller has checked the change.
fn move_session(plan: &mut Plan, change: &Adjustment) {
    let Some((week, index)) = locate(plan, change.date, change.activity) else {
        return;
    };
    let shares_day = plan.weeks[week]
        .sessions
        .iter()
        .enumerate()
        .any(|(i, s)| i != index && s.date == change.to_date);
    let sessions = &mut plan.weeks[week].sessions;
    let mut session: Session = sessions.remove(index);
    let activity_changed = session.activity != change.to_activity;
    session.date = change.to_date;
    session.activity = change.to_activity;
    if activity_changed {
        let role = if change.to_activity == Activity::Strength && shares_day {
            session.minutes = session.minutes.min(SHARED_DAY_STRENGTH_MAX_MINUTES);
            Role::ShortSet
        } else {
            if change.to_activity == Activity::Strength {
                session.minutes = session.minutes.min(STRENGTH_MAX_MINUTES);
            }
            Role::Main
        };
        if change.to_activity == Activity::Yoga {
            session.intensity = Intensity::Easy;
        }
        session.note = session_note(session.activity, session.intensity, role).to_owned();
    }
    let at = sessions
        .iter()
        .position(|s| s.date > session.date)
        .unwrap_or(sessions.len());
    sessions.insert(at, session);
}

/// Free days a session could move to: the rest of its week from today on, with no session yet.
pub fn move_options(
    plan: &Plan,
    inputs: &PlanInputs,
    log: &[LogEntry],
    today: NaiveDate,
    session: &Session,
) -> Vec<NaiveDate> {
    let Some((week, _)) = locate(plan, session.date, session.activity) else {
        return Vec::new();
    };
    let (first, last) = week_bounds(inputs, week);
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| allowed(plan, inputs, log, today, session, *d, session.activity))
        .collect()
}

/// Other chosen activities this session could become on its day.
pub fn swap_options(
    plan: &Plan,
    inputs: &PlanInputs,
    log: &[LogEntry],
    today: NaiveDate,
    session: &Session,
) -> Vec<Activity> {
    inputs
        .activities()
        .iter()
        .copied()
        .filter(|a| allowed(plan, inputs, log, today, session, session.date, *a))
        .collect()
}

/// Whether `session` may become `to_activity` on `to_date` (what the options offer).
fn allowed(
    plan: &Plan,
    inputs: &PlanInputs,
    log: &[LogEntry],
    today: NaiveDate,
    session: &Session,
    to_date: NaiveDate,
    to_activity: Activity,
) -> bool {
    let change = Adjustment {
        date: session.date,
        activity: session.activity,
        to_date,
        to_activity,
    };
    check(plan, inputs, log, today, &change).is_ok()
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;
    use crate::core::log::Outcome;
    use crate::core::plan::generate;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    /// Walking and strength on Mon/Wed/Fri from Mon 5 Jan 2026.
    fn setup() -> (PlanInputs, Plan) {
        let inputs = PlanInputs::new(
            &[Activity::Walking, Activity::Strength],
            10,
            &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
            d(5),
            false,
        )
        .unwrap();
        let plan = generate(&inputs, &[], d(5));
        (inputs, plan)
    }

    fn change(date: NaiveDate, activity: Activity, to_date: NaiveDate, to: Activity) -> Adjustment {
        Adjustment {
            date,
            activity,
            to_date,
            to_activity: to,
        }
    }

    #[test]
    fn a_session_moves_to_a_free_day_of_its_week() {
        let (inputs, mut plan) = setup();
        let first = plan.weeks[0].sessions[0].clone();
        let moved = change(first.date, first.activity, d(6), first.activity);
        assert_eq!(check(&plan, &inputs, &[], d(5), &moved), Ok(()));
        apply(&mut plan, &inputs, &[], d(5), std::slice::from_ref(&moved));
        let now = plan.session(d(6), first.activity).expect("moved");
        assert_eq!(now.minutes, first.minutes);
        assert!(plan.session(d(5), first.activity).is_none());
        assert!(plan.weeks[0]
            .sessions
            .windows(2)
            .all(|w| w[0].date <= w[1].date));
    }

    #[test]
    fn moves_stay_in_the_week_and_out_of_the_past_and_off_taken_days() {
        let (inputs, plan) = setup();
        let s = plan.weeks[0].sessions[0].clone();
        let to = |day| {
            check(
                &plan,
                &inputs,
                &[],
                d(6),
                &change(s.date, s.activity, d(day), s.activity),
            )
        };
        assert_eq!(to(12), Err(AdjustError::OtherWeek));
        assert_eq!(to(4), Err(AdjustError::OtherWeek));
        assert_eq!(to(5), Err(AdjustError::NoChange));
        assert_eq!(to(7), Err(AdjustError::DayTaken));
        // From Tuesday on, Monday's missed walk can still move to Thursday, not back to Monday.
        assert_eq!(to(8), Ok(()));
    }

    #[test]
    fn logged_sessions_stay_put() {
        let (inputs, plan) = setup();
        let s = plan.weeks[0].sessions[0].clone();
        let log = [LogEntry::new(s.date, s.activity, Outcome::Skipped)];
        let moved = change(s.date, s.activity, d(6), s.activity);
        assert_eq!(
            check(&plan, &inputs, &log, d(5), &moved),
            Err(AdjustError::AlreadyLogged)
        );
    }

    #[test]
    fn swaps_only_to_chosen_activities_and_keep_strength_apart() {
        let (inputs, plan) = setup();
        // Week 3 has strength on some days; swapping a walk next to one into strength is refused.
        let week = &plan.weeks[2];
        for s in week
            .sessions
            .iter()
            .filter(|s| s.activity == Activity::Walking)
        {
            let options = swap_options(&plan, &inputs, &[], d(5), s);
            assert!(!options.contains(&Activity::Yoga), "yoga was not chosen");
            let next_to_strength = plan.sessions().any(|o| {
                o.activity == Activity::Strength && (o.date - s.date).num_days().abs() == 1
            });
            if next_to_strength {
                assert!(!options.contains(&Activity::Strength));
            }
        }
        let s = &week.sessions[0];
        assert_eq!(
            check(
                &plan,
                &inputs,
                &[],
                d(5),
                &change(s.date, s.activity, s.date, Activity::Swimming)
            ),
            Err(AdjustError::NotChosen)
        );
    }

    #[test]
    fn a_swap_gets_the_new_activitys_how_to_and_limits() {
        let inputs = PlanInputs::new(
            &[Activity::Walking, Activity::Yoga],
            30,
            &[Weekday::Mon, Weekday::Thu],
            d(5),
            false,
        )
        .unwrap();
        let mut plan = generate(&inputs, &[], d(5));
        let walk = plan
            .sessions()
            .find(|s| s.activity == Activity::Walking && s.intensity == Intensity::Moderate)
            .cloned()
            .expect("a moderate walk");
        let swap = change(walk.date, Activity::Walking, walk.date, Activity::Yoga);
        apply(&mut plan, &inputs, &[], d(5), &[swap]);
        let yoga = plan.session(walk.date, Activity::Yoga).expect("swapped");
        assert_eq!(yoga.intensity, Intensity::Easy);
        assert_eq!(yoga.minutes, walk.minutes);
        assert_ne!(yoga.note, walk.note);
    }

    #[test]
    fn stale_changes_are_skipped() {
        let (inputs, mut plan) = setup();
        let before = plan.clone();
        let stale = change(d(6), Activity::Yoga, d(7), Activity::Yoga);
        apply(&mut plan, &inputs, &[], d(5), &[stale]);
        assert_eq!(plan, before);
    }

    #[test]
    fn options_list_only_valid_changes() {
        let (inputs, plan) = setup();
        let s = plan.weeks[0].sessions[0].clone();
        let days = move_options(&plan, &inputs, &[], d(5), &s);
        assert!(!days.is_empty());
        for day in days {
            assert_eq!(
                check(
                    &plan,
                    &inputs,
                    &[],
                    d(5),
                    &change(s.date, s.activity, day, s.activity)
                ),
                Ok(())
            );
        }
    }
}
