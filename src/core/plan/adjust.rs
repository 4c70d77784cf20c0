//! The visitor's own changes to single sessions: move one to another free day of the same week,
//! or do another chosen activity instead. Life happens; the plan bends rather than breaks.
//!
//! A change to a week that has begun is written into the stored week at once (the session keeps
//! what it was first planned as, so it can be put back). A change to a week still ahead is kept
//! as an [`Adjustment`] and applied to the derived week until that week begins and is stored;
//! one whose session no longer exists (the choices changed since) is simply skipped.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::activity::Activity;
use crate::core::log::Log;
use crate::core::plan::{
    Intensity, Role, Session, Week, SHARED_DAY_STRENGTH_MAX_MINUTES, STRENGTH_MAX_MINUTES,
};

/// One change to one planned session, identified by the session's date and activity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Adjustment {
    /// The session's date in the plan as it stood.
    #[serde(with = "crate::core::dates")]
    pub date: NaiveDate,
    /// The session's activity in the plan as it stood.
    pub activity: Activity,
    /// Where it goes (the same date when only the activity changes).
    #[serde(with = "crate::core::dates")]
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
    /// A session of a day gone by stays where it was, and nothing moves into the past.
    InThePast,
    /// The new day already has a session (or something logged with that activity).
    DayTaken,
    /// Only the visitor's chosen activities are offered.
    NotChosen,
    /// Strength on two days in a row leaves no day to recover.
    StrengthBackToBack,
    /// Nothing would change.
    NoChange,
    /// The session was never moved or swapped, so there is nothing to put back.
    NotChanged,
}

/// Everything a check needs besides the week itself.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The weeks just before and after, for strength spacing across the week's edges.
    pub neighbours: &'a [&'a Week],
    /// The visitor's chosen activities.
    pub chosen: &'a [Activity],
    /// What the visitor logged.
    pub log: &'a Log,
    /// Today.
    pub today: NaiveDate,
}

/// Checks one change against the week that holds the session.
pub fn check(week: &Week, context: Context<'_>, change: &Adjustment) -> Result<(), AdjustError> {
    week.session((change.date, change.activity))
        .ok_or(AdjustError::NoSuchSession)?;
    if change.to_date == change.date && change.to_activity == change.activity {
        return Err(AdjustError::NoChange);
    }
    if context.log.get((change.date, change.activity)).is_some() {
        return Err(AdjustError::AlreadyLogged);
    }
    if !week.contains(change.to_date) {
        return Err(AdjustError::OtherWeek);
    }
    if change.date < context.today || change.to_date < context.today {
        return Err(AdjustError::InThePast);
    }
    if !context.chosen.contains(&change.to_activity) {
        return Err(AdjustError::NotChosen);
    }
    let is_source = |s: &Session| s.date == change.date && s.activity == change.activity;
    let others = || week.sessions.iter().filter(|s| !is_source(s));
    let day_taken = if change.to_date == change.date {
        others().any(|s| s.date == change.to_date && s.activity == change.to_activity)
    } else {
        others().any(|s| s.date == change.to_date)
    };
    if day_taken
        || context
            .log
            .get((change.to_date, change.to_activity))
            .is_some()
    {
        return Err(AdjustError::DayTaken);
    }
    let next_to_strength = others()
        .chain(context.neighbours.iter().flat_map(|w| w.sessions.iter()))
        .any(|s| {
            s.activity == Activity::Strength && (s.date - change.to_date).num_days().abs() == 1
        });
    if change.to_activity == Activity::Strength && next_to_strength {
        return Err(AdjustError::StrengthBackToBack);
    }
    Ok(())
}

/// Rewrites one session in place; the caller has checked the change. The session remembers
/// what it was first planned as.
pub fn apply(week: &mut Week, change: &Adjustment) {
    let Some(index) = week
        .sessions
        .iter()
        .position(|s| (s.date, s.activity) == (change.date, change.activity))
    else {
        return;
    };
    let shares_day = week
        .sessions
        .iter()
        .enumerate()
        .any(|(i, s)| i != index && s.date == change.to_date);
    let mut session = week.sessions.remove(index);
    if session.planned.is_none() {
        session.planned = Some(Box::new(session.clone()));
    }
    if session.activity != change.to_activity {
        session.role = Role::Main;
        if change.to_activity == Activity::Strength {
            let (limit, role) = if shares_day {
                (SHARED_DAY_STRENGTH_MAX_MINUTES, Role::ShortSet)
            } else {
                (STRENGTH_MAX_MINUTES, Role::Main)
            };
            session.minutes = session.minutes.min(limit);
            session.role = role;
        }
        if change.to_activity == Activity::Yoga {
            session.intensity = Intensity::Easy;
        }
    }
    session.date = change.to_date;
    session.activity = change.to_activity;
    insert_in_order(week, session);
}

/// Puts a moved or swapped session back as first planned, when its old place is still free.
pub fn put_back(
    week: &mut Week,
    context: Context<'_>,
    key: (NaiveDate, Activity),
) -> Result<(), AdjustError> {
    let index = week
        .sessions
        .iter()
        .position(|s| s.key() == key)
        .ok_or(AdjustError::NoSuchSession)?;
    if context.log.get(key).is_some() {
        return Err(AdjustError::AlreadyLogged);
    }
    let Some(planned) = week.sessions[index].planned.clone() else {
        return Err(AdjustError::NotChanged);
    };
    let taken = week
        .sessions
        .iter()
        .enumerate()
        .any(|(i, s)| i != index && s.date == planned.date && s.activity == planned.activity);
    if taken || (planned.key() != key && context.log.get(planned.key()).is_some()) {
        return Err(AdjustError::DayTaken);
    }
    week.sessions.remove(index);
    insert_in_order(week, *planned);
    Ok(())
}

/// Inserts `session` in date order; on a shared day the main session goes before the strength
/// set, as [`Week::sessions`] keeps them (so putting a session back restores the week exactly).
fn insert_in_order(week: &mut Week, session: Session) {
    let goes_before = |s: &Session| {
        s.date > session.date
            || (s.date == session.date
                && s.role == Role::ShortSet
                && session.role != Role::ShortSet)
    };
    let at = week
        .sessions
        .iter()
        .position(goes_before)
        .unwrap_or(week.sessions.len());
    week.sessions.insert(at, session);
}

/// Free days a session could move to: the rest of its week from today on.
pub fn move_options(week: &Week, context: Context<'_>, session: &Session) -> Vec<NaiveDate> {
    week.start
        .iter_days()
        .take(7)
        .filter(|day| {
            let change = change_of(session, *day, session.activity);
            check(week, context, &change).is_ok()
        })
        .collect()
}

/// Other chosen activities this session could become on its day.
pub fn swap_options(week: &Week, context: Context<'_>, session: &Session) -> Vec<Activity> {
    context
        .chosen
        .iter()
        .copied()
        .filter(|a| check(week, context, &change_of(session, session.date, *a)).is_ok())
        .collect()
}

fn change_of(session: &Session, to_date: NaiveDate, to_activity: Activity) -> Adjustment {
    Adjustment {
        date: session.date,
        activity: session.activity,
        to_date,
        to_activity,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Weekday;

    use super::*;
    use crate::core::log::{LogEntry, Outcome};
    use crate::core::plan::Layout;
    use crate::core::plan::PlanInputs;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap()
    }

    const CHOSEN: [Activity; 2] = [Activity::Walking, Activity::Strength];

    /// Walking and strength on Mon/Wed/Fri from Mon 5 Jan 2026, week 3's pattern.
    fn week() -> Week {
        let inputs = PlanInputs::new(
            &CHOSEN,
            10,
            &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
            d(5),
            false,
        )
        .unwrap();
        Week {
            start: d(5),
            level: 10,
            welcome_back: false,
            sessions: Layout::new(&inputs).sessions(d(5), 3, 10),
        }
    }

    fn context(log: &Log, today: NaiveDate) -> Context<'_> {
        Context {
            neighbours: &[],
            chosen: &CHOSEN,
            log,
            today,
        }
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
    fn a_session_moves_to_a_free_day_of_its_week_and_can_be_put_back() {
        let log = Log::default();
        let mut week = week();
        let before = week.clone();
        let walk = week.session((d(7), Activity::Walking)).unwrap().clone();
        let moved = change(walk.date, walk.activity, d(8), walk.activity);
        assert_eq!(check(&week, context(&log, d(5)), &moved), Ok(()));
        apply(&mut week, &moved);
        let now = week.session((d(8), Activity::Walking)).expect("moved");
        assert_eq!(now.minutes, walk.minutes);
        assert_eq!(now.planned.as_deref(), Some(&walk));
        assert!(week.sessions.windows(2).all(|w| w[0].date <= w[1].date));
        put_back(&mut week, context(&log, d(5)), (d(8), Activity::Walking)).unwrap();
        assert_eq!(week, before);
    }

    #[test]
    fn moves_stay_in_the_week_and_out_of_the_past_and_off_taken_days() {
        let log = Log::default();
        let week = week();
        let to = |today, day| {
            check(
                &week,
                context(&log, today),
                &change(d(7), Activity::Walking, d(day), Activity::Walking),
            )
        };
        assert_eq!(to(d(5), 12), Err(AdjustError::OtherWeek));
        assert_eq!(to(d(5), 7), Err(AdjustError::NoChange));
        assert_eq!(to(d(5), 9), Err(AdjustError::DayTaken));
        assert_eq!(to(d(5), 8), Ok(()));
        // A session whose day has gone by stays put.
        assert_eq!(to(d(8), 10), Err(AdjustError::InThePast));
    }

    #[test]
    fn logged_sessions_stay_put() {
        let week = week();
        let log: Log = vec![LogEntry::new(d(7), Activity::Walking, Outcome::Skipped)].into();
        let moved = change(d(7), Activity::Walking, d(8), Activity::Walking);
        assert_eq!(
            check(&week, context(&log, d(5)), &moved),
            Err(AdjustError::AlreadyLogged)
        );
    }

    #[test]
    fn swaps_only_to_chosen_activities_and_keep_strength_apart() {
        let log = Log::default();
        let mut week = week();
        // Tuesday's walk would sit right after Monday's strength set.
        let mut tuesday = week.session((d(7), Activity::Walking)).unwrap().clone();
        tuesday.date = d(6);
        week.sessions.insert(2, tuesday.clone());
        assert_eq!(
            swap_options(&week, context(&log, d(5)), &tuesday),
            Vec::<Activity>::new()
        );
        let wednesday = week.session((d(7), Activity::Walking)).unwrap();
        assert_eq!(
            swap_options(&week, context(&log, d(5)), wednesday),
            vec![Activity::Strength]
        );
        assert_eq!(
            check(
                &week,
                context(&log, d(5)),
                &change(d(7), Activity::Walking, d(7), Activity::Yoga)
            ),
            Err(AdjustError::NotChosen)
        );
    }

    #[test]
    fn a_swap_to_strength_on_a_shared_day_is_a_short_set() {
        let mut week = week();
        week.sessions.retain(|s| s.activity != Activity::Strength);
        let swap = change(d(5), Activity::Walking, d(5), Activity::Strength);
        let log = Log::default();
        assert_eq!(check(&week, context(&log, d(5)), &swap), Ok(()));
        apply(&mut week, &swap);
        let strength = week.session((d(5), Activity::Strength)).unwrap();
        assert_eq!(strength.role, Role::Main);
        assert!(strength.minutes <= STRENGTH_MAX_MINUTES);
    }
}
