//! The plan spec's rules as checkers for the `plan_*` tests: each returns Err with a readable
//! reason, so properties can report it. They read a whole schedule, stored and derived weeks
//! alike.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::plan::schedule::{PlanWeek, Schedule};
use momentum::core::plan::{
    Choices, Intensity, PlanStart, EASY_ONLY_WEEKS, GENTLE_MAX_SESSION_MINUTES, LIGHT_MIN_MINUTES,
    MAX_SESSION_MINUTES, MAX_WEEKLY_MINUTES, RECOVERY_MINUTES, SHARED_DAY_STRENGTH_MAX_MINUTES,
    STRENGTH_MAX_MINUTES, TARGET_MINUTES, WEEKS,
};

use super::plan_fixtures::{
    by_day, day_total, growth_limit, levels, name, top, totals, weekly_cap,
};

pub type Check = Result<(), String>;

pub fn ensure(ok: bool, why: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(why())
    }
}

/// Twelve numbered weeks per plan on the plan's own weekdays, in date order without overlap,
/// each with sessions, inside it, in date order, one per activity a day, each with minutes and
/// a how-to line.
pub fn check_shape(plans: &[PlanStart], schedule: &Schedule) -> Check {
    check_weeks(plans, schedule)?;
    for w in &schedule.weeks {
        ensure(!w.week.sessions.is_empty(), || {
            format!("{} is empty", name(w))
        })?;
    }
    Ok(())
}

/// [`check_shape`] but for empty weeks, which choices changed mid-week can leave: the rest of
/// the week's new days had gone by.
pub fn check_weeks(plans: &[PlanStart], schedule: &Schedule) -> Check {
    ensure(
        schedule.weeks.len() == plans.len() * usize::from(WEEKS),
        || format!("{} weeks for {} plans", schedule.weeks.len(), plans.len()),
    )?;
    for (index, plan) in plans.iter().enumerate() {
        let weeks: Vec<&PlanWeek> = schedule.plan_weeks(index).collect();
        ensure(weeks.len() == usize::from(WEEKS), || {
            format!("plan {} has {} weeks", index + 1, weeks.len())
        })?;
        for (i, w) in weeks.iter().enumerate() {
            ensure(usize::from(w.number) == i + 1, || {
                format!("{} is number {}", name(w), i + 1)
            })?;
            ensure(w.week.start == plan.week_start(w.number), || {
                format!("{} starts off its plan's weekday", name(w))
            })?;
            let mut keys = BTreeSet::new();
            let mut previous = w.week.start;
            for s in &w.week.sessions {
                ensure(w.week.contains(s.date), || {
                    format!("{} outside {}", s.date, name(w))
                })?;
                ensure(s.date >= previous, || {
                    format!("{}: sessions out of date order", name(w))
                })?;
                ensure(s.minutes > 0, || {
                    format!("{}: empty session {s:?}", name(w))
                })?;
                ensure(keys.insert(s.key()), || {
                    format!("{}: two {:?} sessions on {}", name(w), s.activity, s.date)
                })?;
                previous = s.date;
            }
        }
    }
    for pair in schedule.weeks.windows(2) {
        ensure(pair[0].week.last_day() < pair[1].week.start, || {
            format!("{} overlaps {}", name(&pair[0]), name(&pair[1]))
        })?;
    }
    Ok(())
}

/// Start small: in the first plan's week 1 no day adds up to more than the minutes the visitor
/// said they can do today.
pub fn check_start_small(c: &Choices, schedule: &Schedule) -> Check {
    let Some(first) = schedule.weeks.first() else {
        return Ok(());
    };
    for (date, today) in by_day(&first.week) {
        let total = day_total(&today);
        ensure(total <= c.minutes_today, || {
            format!(
                "week 1: {date} adds up to {total} min, over {}",
                c.minutes_today
            )
        })?;
    }
    Ok(())
}

/// Grow slowly: the level (the week's full-length minutes, never shorter than any session)
/// climbs at most one growth step a week up to the plan's top, never goes down except for a
/// welcome-back week (below the level before, never below the visitor's own minutes, and held
/// while the break lasts); no session is over the longest allowed; the weekly total never adds
/// more than half or 15 minutes to the week before, and never passes 300 minutes.
pub fn check_growth(c: &Choices, schedule: &Schedule) -> Check {
    let (step, top) = (growth_limit(c), top(c));
    let floor = c.minutes_today.min(top);
    let longest_allowed = if c.gentle {
        GENTLE_MAX_SESSION_MINUTES
    } else {
        MAX_SESSION_MINUTES
    };
    for w in &schedule.weeks {
        let week = &w.week;
        ensure(week.level <= top, || {
            format!("{} at level {} over {top}", name(w), week.level)
        })?;
        ensure(week.longest_minutes() <= week.level, || {
            format!(
                "{}: a session is longer than the level {}",
                name(w),
                week.level
            )
        })?;
        ensure(week.longest_minutes() <= longest_allowed, || {
            format!("{}: over {longest_allowed} min", name(w))
        })?;
        ensure(week.total_minutes() <= MAX_WEEKLY_MINUTES, || {
            format!("{} totals {}", name(w), week.total_minutes())
        })?;
    }
    for pair in schedule.weeks.windows(2) {
        let (a, b) = (&pair[0].week, &pair[1].week);
        ensure(b.level <= a.level + step, || {
            format!("{} grew too fast: {:?}", name(&pair[1]), levels(schedule))
        })?;
        if !b.welcome_back {
            ensure(b.level >= a.level, || {
                format!("{} went down: {:?}", name(&pair[1]), levels(schedule))
            })?;
        } else if a.welcome_back {
            ensure(b.level == a.level, || {
                format!("{}: a break's gentle weeks hold", name(&pair[1]))
            })?;
        } else {
            ensure(b.level <= a.level && b.level >= floor.min(a.level), || {
                format!(
                    "{}: welcome back at {} after {} (own minutes {floor})",
                    name(&pair[1]),
                    b.level,
                    a.level
                )
            })?;
        }
        let cap = weekly_cap(a.total_minutes());
        ensure(b.total_minutes() <= cap, || {
            format!(
                "{} totals {} after {} (cap {cap}): {:?}",
                name(&pair[1]),
                b.total_minutes(),
                a.total_minutes(),
                totals(schedule)
            )
        })?;
    }
    Ok(())
}

/// Gentle mode: short (at most 20 minutes) and easy throughout.
pub fn check_gentle(c: &Choices, schedule: &Schedule) -> Check {
    if !c.gentle {
        return Ok(());
    }
    for w in &schedule.weeks {
        for s in &w.week.sessions {
            ensure(s.minutes <= GENTLE_MAX_SESSION_MINUTES, || {
                format!("{}: gentle session of {} min", name(w), s.minutes)
            })?;
            ensure(s.intensity == Intensity::Easy, || {
                format!("{}: gentle session not easy: {s:?}", name(w))
            })?;
        }
    }
    Ok(())
}

/// Whether a week opens gently: the first plan's weeks 1 and 2, and every welcome-back week.
pub fn opens_gently(w: &PlanWeek) -> bool {
    (w.plan == 0 && w.number <= EASY_ONLY_WEEKS) || w.week.welcome_back
}

/// Low impact first, one session a day: the first plan's weeks 1 and 2 and every welcome-back
/// week are easy only, and none of their days holds two sessions (so no day is longer than the
/// week's one session length).
pub fn check_easy_opening(schedule: &Schedule) -> Check {
    for w in schedule.weeks.iter().filter(|w| opens_gently(w)) {
        let hard = w
            .week
            .sessions
            .iter()
            .find(|s| s.intensity != Intensity::Easy);
        ensure(hard.is_none(), || format!("{} not easy: {hard:?}", name(w)))?;
        for (date, today) in by_day(&w.week) {
            ensure(today.len() == 1, || {
                format!("{}: {date} holds {today:?}", name(w))
            })?;
        }
    }
    Ok(())
}

/// Only the chosen days and activities. A session the visitor moved may sit on any day of its
/// week (their own choice), but was first planned on a chosen day, and a swap only ever gives
/// a chosen activity.
pub fn check_chosen(c: &Choices, schedule: &Schedule) -> Check {
    for w in &schedule.weeks {
        for s in &w.week.sessions {
            let planned = s.planned.as_deref().unwrap_or(s);
            ensure(c.weekdays.contains(&planned.date.weekday()), || {
                format!("{}: {} is not a chosen day", name(w), planned.date)
            })?;
            for activity in [s.activity, planned.activity] {
                ensure(c.activities.contains(&activity), || {
                    format!("{}: {activity:?} was not chosen", name(w))
                })?;
            }
        }
    }
    Ok(())
}

/// Never strength on two days in a row, anywhere in the history (across weeks and plans).
pub fn check_strength_spacing(schedule: &Schedule) -> Check {
    let dates: Vec<NaiveDate> = schedule
        .sessions()
        .filter(|s| s.activity == Activity::Strength)
        .map(|s| s.date)
        .collect();
    for pair in dates.windows(2) {
        ensure((pair[1] - pair[0]).num_days() >= 2, || {
            format!("strength on consecutive days {} and {}", pair[0], pair[1])
        })?;
    }
    Ok(())
}

/// Whether two chosen weekdays are not calendar neighbours (Sunday and Monday are neighbours).
pub fn has_two_non_adjacent_days(days: &[Weekday]) -> bool {
    days.iter().any(|a| {
        days.iter().any(|b| {
            let d = a.num_days_from_monday().abs_diff(b.num_days_from_monday());
            (2..=5).contains(&d)
        })
    })
}

/// Whether a week's total is so close to its cap (the week before's total plus half or 15
/// minutes) that even the shortest strength set no longer fits: the one reason a strength set
/// is left out of a week.
pub fn at_its_cap(schedule: &Schedule, index: usize) -> bool {
    index.checked_sub(1).is_some_and(|before| {
        let cap = weekly_cap(schedule.weeks[before].week.total_minutes());
        schedule.weeks[index].week.total_minutes() + LIGHT_MIN_MINUTES > cap
    })
}

/// Whether the visitor swapped a session of this week for another activity: then which
/// activities the week holds is their choice.
pub fn swapped(w: &PlanWeek) -> bool {
    w.week
        .sessions
        .iter()
        .any(|s| s.planned.as_ref().is_some_and(|p| p.activity != s.activity))
}

/// Strength at least twice a week once the full pattern applies (from the first plan's week 3;
/// every week of a later plan; never in a welcome-back week), when the days allow two spaced
/// strength days, unless the weekly cap left no room for a set or the visitor swapped one.
pub fn check_strength_twice(c: &Choices, schedule: &Schedule) -> Check {
    if !c.activities.contains(&Activity::Strength) || !has_two_non_adjacent_days(&c.weekdays) {
        return Ok(());
    }
    for (i, w) in schedule.weeks.iter().enumerate() {
        let full_pattern = (w.plan > 0 || w.number > EASY_ONLY_WEEKS) && !w.week.welcome_back;
        if !full_pattern || at_its_cap(schedule, i) || swapped(w) {
            continue;
        }
        let n = w
            .week
            .sessions
            .iter()
            .filter(|s| s.activity == Activity::Strength)
            .count();
        ensure(n >= 2, || format!("{} has {n} strength days", name(w)))?;
    }
    Ok(())
}

/// Every chosen activity every week, when there are at least as many days as activities; a
/// strength set may only be missing where the weekly cap left no room for it, and a week the
/// visitor swapped a session in holds what they chose.
pub fn check_variety(c: &Choices, schedule: &Schedule) -> Check {
    let n = c.activities.len();
    if n < 2 || c.weekdays.len() < n {
        return Ok(());
    }
    for (i, w) in schedule
        .weeks
        .iter()
        .enumerate()
        .filter(|(_, w)| !swapped(w))
    {
        for &a in &c.activities {
            let excused = a == Activity::Strength && at_its_cap(schedule, i);
            ensure(
                excused || w.week.sessions.iter().any(|s| s.activity == a),
                || format!("{} has no {a:?}", name(w)),
            )?;
        }
    }
    Ok(())
}

/// With all seven days chosen, each week has a day of only short, easy sessions. For a
/// strength-only plan (strength can't go on neighbouring days) that day is a rest day.
pub fn check_recovery_day(c: &Choices, schedule: &Schedule) -> Check {
    if c.weekdays.len() < 7 {
        return Ok(());
    }
    let strength_only = c.activities == [Activity::Strength];
    for w in &schedule.weeks {
        let has_recovery = w.week.start.iter_days().take(7).any(|date| {
            let today: Vec<_> = w.week.sessions.iter().filter(|s| s.date == date).collect();
            (strength_only || !today.is_empty())
                && today
                    .iter()
                    .all(|s| s.intensity == Intensity::Easy && s.minutes <= RECOVERY_MINUTES)
        });
        ensure(has_recovery, || format!("{} has no recovery day", name(w)))?;
    }
    Ok(())
}

/// A day's length: strength on a day with another session is a short set, at most
/// `SHARED_DAY_STRENGTH_MAX_MINUTES` and never longer than any other session that day;
/// strength on its own day stays within `STRENGTH_MAX_MINUTES`.
pub fn check_day_length(schedule: &Schedule) -> Check {
    for w in &schedule.weeks {
        for (date, today) in by_day(&w.week) {
            let others: Vec<u16> = today
                .iter()
                .filter(|s| s.activity != Activity::Strength)
                .map(|s| s.minutes)
                .collect();
            for strength in today.iter().filter(|s| s.activity == Activity::Strength) {
                let m = strength.minutes;
                ensure(m <= STRENGTH_MAX_MINUTES, || {
                    format!("{}: {m} min of strength on {date}", name(w))
                })?;
                if others.is_empty() {
                    continue;
                }
                ensure(m <= SHARED_DAY_STRENGTH_MAX_MINUTES, || {
                    format!("{}: shared-day strength of {m} min on {date}", name(w))
                })?;
                ensure(others.iter().all(|&o| m <= o), || {
                    format!(
                        "{}: strength ({m} min) longer than {others:?} on {date}",
                        name(w)
                    )
                })?;
            }
        }
    }
    Ok(())
}

/// Whether the article's target (30 minutes, moderate, on at least 3 days) applies: not in
/// gentle mode, with 3 or more days, and not for strength alone (its sets stay short).
pub fn target_applies(c: &Choices) -> bool {
    !c.gentle && c.weekdays.len() >= 3 && c.activities != [Activity::Strength]
}

/// The first plan's week 12 is at the top level: 30 minutes (20 in gentle mode), with the
/// article's target met where it applies: 3 or more days of 30 minutes, the aerobic ones at a
/// moderate pace.
pub fn check_target(c: &Choices, schedule: &Schedule) -> Check {
    let Some(last) = schedule.plan_weeks(0).last() else {
        return Err("no plan".into());
    };
    ensure(last.week.level == top(c), || {
        format!("week 12 at {}: {:?}", last.week.level, levels(schedule))
    })?;
    if !target_applies(c) {
        return Ok(());
    }
    let long: Vec<_> = last
        .week
        .sessions
        .iter()
        .filter(|s| s.minutes >= TARGET_MINUTES)
        .collect();
    let long_days: BTreeSet<_> = long.iter().map(|s| s.date).collect();
    ensure(long_days.len() >= 3, || {
        format!("week 12 has {} long days", long_days.len())
    })?;
    let easy_aerobic = long
        .iter()
        .find(|s| s.activity.is_aerobic() && s.intensity != Intensity::Moderate);
    ensure(easy_aerobic.is_none(), || {
        format!("long aerobic not moderate: {easy_aerobic:?}")
    })
}

/// Every rule that must hold for every schedule laid out from one set of choices, base or
/// adapted, stored or derived.
pub fn check_every_rule(c: &Choices, plans: &[PlanStart], schedule: &Schedule) -> Check {
    check_shape(plans, schedule)?;
    check_start_small(c, schedule)?;
    check_growth(c, schedule)?;
    check_gentle(c, schedule)?;
    check_easy_opening(schedule)?;
    check_chosen(c, schedule)?;
    check_strength_spacing(schedule)?;
    check_strength_twice(c, schedule)?;
    check_variety(c, schedule)?;
    check_recovery_day(c, schedule)?;
    check_day_length(schedule)
}
