//! Every rule of the plan spec, checked on what the visitor is shown: the [`Schedule`] of a
//! [`Record`], where weeks that have begun are stored and weeks ahead are derived. Three ways:
//! * one example test per rule, plus proof that the rule's checker rejects a schedule broken
//!   on purpose (so each check is known to be able to fail);
//! * an exhaustive sweep over every activity set × start minutes × weekday set × gentle mode,
//!   with the start date cycling through all seven weekdays, of the plan as shown on its first
//!   day (week 1 stored, weeks 2 to 12 derived);
//! * proptest properties where a visitor lives through the plan with random logs, so every
//!   week ends up stored: the rules hold for stored and derived weeks alike, adaptation never
//!   punishes, begun weeks never change, and moves and swaps keep every rule.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::choices;
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::adjust::{move_options, swap_options, AdjustError, Adjustment, Context};
use momentum::core::plan::schedule::{PlanWeek, Schedule};
use momentum::core::plan::{
    Choices, Intensity, PlanError, PlanStart, Role, Session, Week, EASY_ONLY_WEEKS,
    GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH, LIGHT_MIN_MINUTES, MAX_SESSION_MINUTES,
    MAX_WEEKLY_GROWTH, MAX_WEEKLY_MINUTES, RECOVERY_MINUTES, SESSION_LENGTHS,
    SHARED_DAY_STRENGTH_MAX_MINUTES, STRENGTH_MAX_MINUTES, TARGET_MINUTES, WEEKS,
};
use momentum::core::record::Record;
use momentum::present::dates::week_order;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Fixtures

/// Monday to Sunday, as the widget lists a visitor's days.
fn all_days() -> [Weekday; 7] {
    week_order(Weekday::Mon)
}

fn monday() -> NaiveDate {
    common::day(0)
}

fn activities_from_mask(mask: u8) -> Vec<Activity> {
    Activity::PLANNABLE
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| a)
        .collect()
}

fn days_from_mask(mask: u8) -> Vec<Weekday> {
    all_days()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, d)| d)
        .collect()
}

fn gentle(mut c: Choices) -> Choices {
    c.gentle = true;
    c
}

fn done(date: NaiveDate, activity: Activity, minutes: u16, effort: Effort) -> LogEntry {
    LogEntry::new(
        date,
        activity,
        Outcome::Done {
            minutes,
            effort: Some(effort),
        },
    )
}

/// A record whose first plan starts on `start`, as saved from the plan form that day.
fn fresh(c: &Choices, start: NaiveDate) -> Record {
    let mut record = Record::default();
    record
        .start_first_plan(c.clone(), start, start)
        .expect("valid choices");
    record
}

/// The plan as shown on its first day: week 1 stored, the rest derived.
fn base(c: &Choices, start: NaiveDate) -> Schedule {
    fresh(c, start).schedule(start)
}

fn levels(schedule: &Schedule) -> Vec<u16> {
    schedule.weeks.iter().map(|w| w.week.level).collect()
}

fn totals(schedule: &Schedule) -> Vec<u16> {
    schedule
        .weeks
        .iter()
        .map(|w| w.week.total_minutes())
        .collect()
}

/// The weeks alone, without whether each is stored: what the visitor sees.
fn shown(schedule: &Schedule) -> Vec<&Week> {
    schedule.weeks.iter().map(|w| &w.week).collect()
}

/// A week's sessions grouped by day.
fn by_day(week: &Week) -> BTreeMap<NaiveDate, Vec<&Session>> {
    let mut days: BTreeMap<NaiveDate, Vec<&Session>> = BTreeMap::new();
    for s in &week.sessions {
        days.entry(s.date).or_default().push(s);
    }
    days
}

fn day_total(sessions: &[&Session]) -> u16 {
    sessions.iter().map(|s| s.minutes).sum()
}

/// "plan 1 week 3 (2026-01-19)", for messages.
fn name(week: &PlanWeek) -> String {
    format!(
        "plan {} week {} ({})",
        week.plan + 1,
        week.number,
        week.week.start
    )
}

fn top(c: &Choices) -> u16 {
    if c.gentle {
        GENTLE_MAX_SESSION_MINUTES
    } else {
        TARGET_MINUTES
    }
}

/// The most a week may add up to after a week of `previous` minutes: half as much again, or 15
/// minutes more, whichever is more. Stated here on its own rather than read from the engine's
/// `total_cap`, so a change there cannot change the rule it is checked against.
fn weekly_cap(previous: u16) -> u16 {
    previous + (previous / 2).max(15)
}

fn growth_limit(c: &Choices) -> u16 {
    if c.gentle {
        GENTLE_MAX_WEEKLY_GROWTH
    } else {
        MAX_WEEKLY_GROWTH
    }
}

// ---------------------------------------------------------------------------------------------
// Rule checkers: each returns Err with a readable reason, so properties can report it. They
// read a whole schedule, stored and derived weeks alike.

type Check = Result<(), String>;

fn ensure(ok: bool, why: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(why())
    }
}

/// Twelve numbered weeks per plan on the plan's own weekdays, in date order without overlap,
/// each with sessions, inside it, in date order, one per activity a day, each with minutes and
/// a how-to line.
fn check_shape(plans: &[PlanStart], schedule: &Schedule) -> Check {
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
fn check_weeks(plans: &[PlanStart], schedule: &Schedule) -> Check {
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
fn check_start_small(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_growth(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_gentle(c: &Choices, schedule: &Schedule) -> Check {
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
fn opens_gently(w: &PlanWeek) -> bool {
    (w.plan == 0 && w.number <= EASY_ONLY_WEEKS) || w.week.welcome_back
}

/// Low impact first, one session a day: the first plan's weeks 1 and 2 and every welcome-back
/// week are easy only, and none of their days holds two sessions (so no day is longer than the
/// week's one session length).
fn check_easy_opening(schedule: &Schedule) -> Check {
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
fn check_chosen(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_strength_spacing(schedule: &Schedule) -> Check {
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
fn has_two_non_adjacent_days(days: &[Weekday]) -> bool {
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
fn at_its_cap(schedule: &Schedule, index: usize) -> bool {
    index.checked_sub(1).is_some_and(|before| {
        let cap = weekly_cap(schedule.weeks[before].week.total_minutes());
        schedule.weeks[index].week.total_minutes() + LIGHT_MIN_MINUTES > cap
    })
}

/// Whether the visitor swapped a session of this week for another activity: then which
/// activities the week holds is their choice.
fn swapped(w: &PlanWeek) -> bool {
    w.week
        .sessions
        .iter()
        .any(|s| s.planned.as_ref().is_some_and(|p| p.activity != s.activity))
}

/// Strength at least twice a week once the full pattern applies (from the first plan's week 3;
/// every week of a later plan; never in a welcome-back week), when the days allow two spaced
/// strength days, unless the weekly cap left no room for a set or the visitor swapped one.
fn check_strength_twice(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_variety(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_recovery_day(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_day_length(schedule: &Schedule) -> Check {
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
fn target_applies(c: &Choices) -> bool {
    !c.gentle && c.weekdays.len() >= 3 && c.activities != [Activity::Strength]
}

/// The first plan's week 12 is at the top level: 30 minutes (20 in gentle mode), with the
/// article's target met where it applies: 3 or more days of 30 minutes, the aerobic ones at a
/// moderate pace.
fn check_target(c: &Choices, schedule: &Schedule) -> Check {
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
fn check_every_rule(c: &Choices, plans: &[PlanStart], schedule: &Schedule) -> Check {
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

// ---------------------------------------------------------------------------------------------
// One example per rule, and proof each checker can fail.

fn example() -> Choices {
    choices(
        &[Activity::Walking, Activity::Yoga, Activity::Strength],
        10,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
    )
}

fn every_day_example() -> Choices {
    choices(&[Activity::Walking, Activity::Yoga], 10, &all_days())
}

/// The spec's numbers, stated once here: the checkers use the engine's constants, so this
/// is what keeps a changed constant from quietly changing the rule it is checked against.
#[test]
fn the_numbers_are_the_specs() {
    assert_eq!(WEEKS, 12);
    assert_eq!(TARGET_MINUTES, 30, "30 minutes by week 12");
    assert_eq!(GENTLE_MAX_SESSION_MINUTES, 20, "20 in gentle mode");
    assert_eq!((MAX_WEEKLY_GROWTH, GENTLE_MAX_WEEKLY_GROWTH), (4, 2));
    assert_eq!(MAX_SESSION_MINUTES, 45);
    assert_eq!(MAX_WEEKLY_MINUTES, 300, "WHO's upper end");
    assert_eq!(EASY_ONLY_WEEKS, 2, "weeks 1-2 easy");
    assert_eq!(RECOVERY_MINUTES, 10);
    assert_eq!(SHARED_DAY_STRENGTH_MAX_MINUTES, 10);
    assert_eq!(STRENGTH_MAX_MINUTES, 20);
    assert_eq!(LIGHT_MIN_MINUTES, 5, "the article's smallest start");
    assert_eq!(SESSION_LENGTHS, [5, 10, 15, 20, 30]);
    assert_eq!(
        momentum::core::plan::BREAK_DAYS,
        14,
        "welcome back after 14 days"
    );
}

#[test]
fn choices_that_cannot_make_a_plan_say_why_and_start_nothing() {
    let cases = [
        (choices(&[], 10, &[Weekday::Mon]), PlanError::NoActivities),
        (
            choices(&[Activity::Other], 10, &[Weekday::Mon]),
            PlanError::NoActivities,
        ),
        (
            choices(&[Activity::Yoga], 25, &[Weekday::Mon]),
            PlanError::MinutesNotAllowed(25),
        ),
        (choices(&[Activity::Yoga], 10, &[]), PlanError::NoDays),
    ];
    for (bad, error) in cases {
        let mut record = Record::default();
        assert_eq!(record.start_first_plan(bad, monday(), monday()), Err(error));
        assert_eq!(record, Record::default(), "nothing started");
    }
}

#[test]
fn start_small() {
    let c = example();
    let mut schedule = base(&c, monday());
    check_start_small(&c, &schedule).unwrap();
    assert!(schedule.weeks[0]
        .week
        .sessions
        .iter()
        .all(|s| s.minutes <= 10));
    schedule.weeks[0].week.sessions[0].minutes = 11;
    assert!(check_start_small(&c, &schedule).is_err());
}

#[test]
fn grow_slowly_with_hold_weeks_and_caps() {
    let c = choices(&[Activity::Walking], 5, &[Weekday::Tue]);
    let mut schedule = base(&c, monday());
    assert_eq!(
        levels(&schedule),
        [5, 8, 11, 11, 14, 17, 20, 20, 23, 26, 29, 30]
    );
    check_growth(&c, &schedule).unwrap();
    let grow = |s: &mut Schedule, week: usize, minutes: u16| {
        s.weeks[week].week.level = minutes;
        s.weeks[week].week.sessions[0].minutes = minutes;
    };
    grow(&mut schedule, 5, 22); // +5 over week 5
    assert!(check_growth(&c, &schedule).is_err());
    grow(&mut schedule, 5, 17);
    grow(&mut schedule, 11, 46);
    assert!(check_growth(&c, &schedule).is_err());
    // A level that goes down without a break punishes a hard week: refused.
    grow(&mut schedule, 11, 30);
    grow(&mut schedule, 7, 17);
    assert!(check_growth(&c, &schedule).is_err());
}

#[test]
fn the_weekly_total_never_jumps_and_never_passes_300() {
    // Walking and strength from 5 minutes: week 3 would add two strength sets at once.
    let c = choices(
        &[Activity::Walking, Activity::Strength],
        5,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
    );
    let schedule = base(&c, monday());
    check_growth(&c, &schedule).unwrap();
    let t = totals(&schedule);
    for pair in t.windows(2) {
        assert!(pair[1] <= weekly_cap(pair[0]), "{t:?}");
    }
    // Week 2 is 8 + 8 + 8 minutes of walking; week 3 (11 × 3 walks and two sets) fits in 39.
    assert_eq!(t[1], 24);
    assert!(t[2] <= 39 && t[2] > 33, "{t:?}");

    // Broken on purpose: an extra Tuesday walk puts week 3 over its cap.
    let mut broken = schedule.clone();
    let mut tuesday = broken.weeks[2].week.sessions[0].clone();
    tuesday.date = tuesday.date.succ_opt().unwrap();
    tuesday.minutes = 5;
    broken.weeks[2].week.sessions.insert(2, tuesday);
    let why = check_growth(&c, &broken).unwrap_err();
    assert!(why.contains("cap"), "{why}");

    let c = choices(&Activity::PLANNABLE, 30, &all_days());
    let mut schedule = base(&c, monday());
    assert!(schedule.weeks.iter().all(|w| w.week.total_minutes() <= 300));
    check_growth(&c, &schedule).unwrap();
    // Broken on purpose: eleven more half-hour sessions make week 1 longer than 300 minutes.
    let extra = schedule.weeks[0].week.sessions[0].clone();
    schedule.weeks[0]
        .week
        .sessions
        .extend(std::iter::repeat_n(extra, 11));
    let why = check_growth(&c, &schedule).unwrap_err();
    assert!(why.contains("totals"), "{why}");
}

#[test]
fn reaches_the_articles_target_in_week_twelve() {
    for minutes in SESSION_LENGTHS {
        let c = choices(
            &[Activity::Swimming, Activity::Strength],
            minutes,
            &[Weekday::Mon, Weekday::Thu, Weekday::Sat],
        );
        let mut schedule = base(&c, monday());
        check_target(&c, &schedule).unwrap();
        for s in &mut schedule.weeks[11].week.sessions {
            s.intensity = Intensity::Easy;
        }
        assert!(check_target(&c, &schedule).is_err());
        schedule.weeks[11].week.level = 29;
        assert!(check_target(&c, &schedule).is_err());
    }
}

#[test]
fn gentle_mode_is_slower_shorter_easy_and_says_check_with_a_clinician() {
    let c = gentle(choices(&[Activity::Walking], 30, &[Weekday::Mon]));
    let mut schedule = base(&c, monday());
    assert!(schedule.sessions().all(|s| s.minutes <= 20));
    check_gentle(&c, &schedule).unwrap();
    check_growth(&c, &schedule).unwrap();
    check_target(&c, &schedule).unwrap();

    let slow = gentle(choices(&[Activity::Walking], 5, &[Weekday::Mon]));
    let mut slow_schedule = base(&slow, monday());
    let l = levels(&slow_schedule);
    assert!(l.windows(2).all(|p| p[1] - p[0] <= 2), "{l:?}");
    assert_eq!(l[11], 20, "{l:?}");
    slow_schedule.weeks[3].week.level += 3;
    assert!(check_growth(&slow, &slow_schedule).is_err());

    schedule.weeks[5].week.sessions[0].intensity = Intensity::Moderate;
    assert!(check_gentle(&c, &schedule).is_err());
    schedule.weeks[5].week.sessions[0].intensity = Intensity::Easy;
    schedule.weeks[5].week.sessions[0].minutes = 21;
    assert!(check_gentle(&c, &schedule).is_err());
}

#[test]
fn the_first_plans_weeks_one_and_two_are_easy_only() {
    let mut schedule = base(&example(), monday());
    check_easy_opening(&schedule).unwrap();
    assert!(schedule.weeks[2]
        .week
        .sessions
        .iter()
        .any(|s| s.intensity == Intensity::Moderate));
    schedule.weeks[1].week.sessions[0].intensity = Intensity::Moderate;
    assert!(check_easy_opening(&schedule).is_err());
}

#[test]
fn a_later_plan_is_no_beginners_plan_and_opens_with_the_full_pattern() {
    let c = example();
    let mut record = fresh(&c, monday());
    let end = record.plans[0].end();
    for week in 0..12 {
        let today = monday() + Days::new(7 * week);
        record.catch_up(today);
        let sessions = record.schedule(today).weeks[week as usize]
            .week
            .sessions
            .clone();
        for s in sessions {
            record.log_session(done(s.date, s.activity, s.minutes, Effort::JustRight));
        }
    }
    assert!(record.start_next_plan(end));
    let schedule = record.schedule(end);
    check_every_rule(&c, &record.plans, &schedule).unwrap();
    let plan_2_week_1 = &schedule.plan_weeks(1).next().unwrap().week;
    assert!(plan_2_week_1
        .sessions
        .iter()
        .any(|s| s.intensity == Intensity::Moderate));
    assert_eq!(
        plan_2_week_1.level, TARGET_MINUTES,
        "carries on from the top"
    );
}

#[test]
fn only_chosen_days_and_activities_and_one_of_each_per_day() {
    let c = example();
    let plans = [PlanStart { start: monday() }];
    let mut schedule = base(&c, monday());
    check_chosen(&c, &schedule).unwrap();
    check_shape(&plans, &schedule).unwrap();
    let mut twin = schedule.weeks[0].week.sessions[0].clone();
    schedule.weeks[0].week.sessions.push(twin.clone());
    assert!(check_shape(&plans, &schedule).is_err());
    schedule.weeks[0].week.sessions.pop();
    twin.date = twin.date.succ_opt().unwrap(); // a Tuesday, not chosen
    schedule.weeks[0].week.sessions.insert(1, twin.clone());
    assert!(check_chosen(&c, &schedule).is_err());
    schedule.weeks[0].week.sessions.remove(1);
    twin.date = monday();
    twin.activity = Activity::Swimming;
    schedule.weeks[0].week.sessions.insert(1, twin);
    assert!(check_chosen(&c, &schedule).is_err());
}

#[test]
fn strength_is_spaced_out_and_twice_a_week_from_week_three() {
    // Saturday, Sunday and Monday: Sunday→Monday is consecutive across the week boundary.
    let c = choices(
        &[Activity::Yoga, Activity::Strength],
        10,
        &[Weekday::Sat, Weekday::Sun, Weekday::Mon],
    );
    let schedule = base(&c, monday());
    check_strength_spacing(&schedule).unwrap();
    check_strength_twice(&c, &schedule).unwrap();
    let strength_days: BTreeSet<u32> = schedule
        .sessions()
        .filter(|s| s.activity == Activity::Strength)
        .map(|s| s.date.weekday().num_days_from_monday())
        .collect();
    let mon_and_sat = [Weekday::Mon, Weekday::Sat].map(|d| d.num_days_from_monday());
    assert_eq!(strength_days, BTreeSet::from(mon_and_sat));

    let mut broken = base(&example(), monday());
    let mut extra = broken.weeks[4]
        .week
        .sessions
        .iter()
        .find(|s| s.activity == Activity::Strength)
        .unwrap()
        .clone();
    extra.date = extra.date.succ_opt().unwrap();
    broken.weeks[4].week.sessions.push(extra);
    broken.weeks[4].week.sessions.sort_by_key(|s| s.date);
    assert!(check_strength_spacing(&broken).is_err());

    let mut too_few = base(&example(), monday());
    let first_strength = too_few.weeks[6]
        .week
        .sessions
        .iter()
        .position(|s| s.activity == Activity::Strength)
        .unwrap();
    too_few.weeks[6].week.sessions.remove(first_strength);
    assert!(check_strength_twice(&example(), &too_few).is_err());
}

#[test]
fn a_strength_set_only_makes_way_for_the_weekly_cap() {
    // From 5 minutes, week 3's two new strength sets would add more than the cap allows: one is
    // left out, and only because the total is at its cap.
    let c = choices(
        &[Activity::Walking, Activity::Strength],
        5,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
    );
    let schedule = base(&c, monday());
    let strength = |w: usize| {
        schedule.weeks[w]
            .week
            .sessions
            .iter()
            .filter(|s| s.activity == Activity::Strength)
            .count()
    };
    assert_eq!(strength(2), 1);
    assert!(at_its_cap(&schedule, 2));
    check_strength_twice(&c, &schedule).unwrap();
    check_variety(&c, &schedule).unwrap();
    assert_eq!(strength(11), 2, "both sets once there is room");
}

#[test]
fn every_chosen_activity_appears_every_week() {
    let c = choices(
        &[Activity::Walking, Activity::Yoga, Activity::Swimming],
        15,
        &[Weekday::Tue, Weekday::Thu, Weekday::Sun],
    );
    let mut schedule = base(&c, monday());
    check_variety(&c, &schedule).unwrap();
    schedule.weeks[7]
        .week
        .sessions
        .retain(|s| s.activity != Activity::Yoga);
    assert!(check_variety(&c, &schedule).is_err());
}

#[test]
fn seven_days_include_a_short_easy_recovery_day() {
    let c = every_day_example();
    let mut schedule = base(&c, monday());
    check_recovery_day(&c, &schedule).unwrap();
    for s in &mut schedule.weeks[9].week.sessions {
        s.minutes = s.minutes.max(RECOVERY_MINUTES + 1);
    }
    assert!(check_recovery_day(&c, &schedule).is_err());
}

#[test]
fn weeks_one_and_two_never_stack_two_sessions_on_a_day() {
    // Walking, yoga and strength on four days from 10 minutes: week 1 never asks for more than
    // 10 minutes on any day, and strength still appears, on a day of its own (Friday).
    let c = example();
    let schedule = base(&c, monday());
    check_easy_opening(&schedule).unwrap();
    check_start_small(&c, &schedule).unwrap();
    for w in &schedule.weeks[..2] {
        assert!(by_day(&w.week).values().all(|today| today.len() == 1));
        let strength: Vec<_> = w
            .week
            .sessions
            .iter()
            .filter(|s| s.activity == Activity::Strength)
            .collect();
        assert_eq!(strength.len(), 1);
        assert_eq!(strength[0].date.weekday(), Weekday::Fri);
    }
    assert!(by_day(&schedule.weeks[0].week)
        .values()
        .all(|t| day_total(t) <= 10));
    // The plan still opens with a walk on the start date.
    assert_eq!(
        schedule.weeks[0].week.sessions[0].activity,
        Activity::Walking
    );

    // Broken on purpose: a strength set added to Monday of week 1, then of week 2.
    for week in [0, 1] {
        let mut broken = schedule.clone();
        let mut extra = broken.weeks[week].week.sessions[0].clone();
        extra.activity = Activity::Strength;
        extra.minutes = 5;
        broken.weeks[week].week.sessions.insert(1, extra);
        assert!(check_easy_opening(&broken).is_err(), "week {week}");
    }
}

#[test]
fn with_fewer_days_than_activities_strength_waits_for_week_three() {
    let c = choices(
        &[Activity::Walking, Activity::Strength],
        10,
        &[Weekday::Wed],
    );
    let schedule = base(&c, monday());
    check_every_rule(&c, &[PlanStart { start: monday() }], &schedule).unwrap();
    for w in &schedule.weeks[..2] {
        assert_eq!(w.week.sessions.len(), 1);
        assert_eq!(w.week.sessions[0].activity, Activity::Walking);
    }
    // Week 3: a 16-minute walk and a short set of 10 (26 minutes, within week 2's 13 + 15).
    let week3: Vec<_> = schedule.weeks[2]
        .week
        .sessions
        .iter()
        .map(|s| (s.activity, s.minutes, s.role))
        .collect();
    assert_eq!(
        week3,
        [
            (Activity::Walking, 16, Role::Main),
            (
                Activity::Strength,
                SHARED_DAY_STRENGTH_MAX_MINUTES,
                Role::ShortSet
            )
        ]
    );
    assert_eq!(schedule.weeks[2].week.sessions[1].role, Role::ShortSet);

    // With as many days as activities, strength takes one of them in weeks 1-2 instead.
    let two_days = choices(
        &[Activity::Walking, Activity::Strength],
        10,
        &[Weekday::Mon, Weekday::Thu],
    );
    let schedule = base(&two_days, monday());
    check_every_rule(&two_days, &[PlanStart { start: monday() }], &schedule).unwrap();
    let week1: Vec<_> = schedule.weeks[0]
        .week
        .sessions
        .iter()
        .map(|s| (s.date.weekday(), s.activity, s.minutes))
        .collect();
    assert_eq!(
        week1,
        [
            (Weekday::Mon, Activity::Walking, 10),
            (Weekday::Thu, Activity::Strength, 10)
        ]
    );
}

#[test]
fn strength_sharing_a_day_is_a_short_set() {
    let c = example();
    let schedule = base(&c, monday());
    check_day_length(&schedule).unwrap();
    // Week 3: Walking 16 + a short strength set, never Walking 16 + Strength 16.
    let monday3: Vec<_> = by_day(&schedule.weeks[2].week)
        .into_values()
        .next()
        .unwrap()
        .iter()
        .map(|s| (s.activity, s.role))
        .collect();
    assert_eq!(
        monday3,
        [
            (Activity::Walking, Role::Main),
            (Activity::Strength, Role::ShortSet)
        ]
    );
    for w in &schedule.weeks[2..] {
        let shared = by_day(&w.week)
            .into_values()
            .filter(|t| t.len() == 2 && t.iter().any(|s| s.activity == Activity::Strength))
            .count();
        assert_eq!(shared, 2, "{}", name(w));
    }

    // Broken on purpose: a full-length strength set on a shared day...
    let set = |s: &Schedule| {
        s.weeks[2]
            .week
            .sessions
            .iter()
            .position(|s| s.role == Role::ShortSet)
            .unwrap()
    };
    let mut long_set = schedule.clone();
    let i = set(&long_set);
    long_set.weeks[2].week.sessions[i].minutes = 16;
    assert!(check_day_length(&long_set).is_err());
    // ...and a short set longer than the day's main session.
    let mut short_main = schedule.clone();
    let i = set(&short_main);
    short_main.weeks[2].week.sessions[i - 1].minutes = 4;
    assert!(check_day_length(&short_main).is_err());
    // Strength on its own day keeps its own limit.
    let mut alone = schedule;
    let own_day = alone.weeks[0]
        .week
        .sessions
        .iter()
        .position(|s| s.activity == Activity::Strength)
        .unwrap();
    alone.weeks[0].week.sessions[own_day].minutes = STRENGTH_MAX_MINUTES;
    check_day_length(&alone).unwrap();
    alone.weeks[0].week.sessions[own_day].minutes = STRENGTH_MAX_MINUTES + 1;
    assert!(check_day_length(&alone).is_err());

    // A strength-only plan: its sets grow up to STRENGTH_MAX_MINUTES.
    let strength_only = choices(
        &[Activity::Strength],
        30,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
    );
    let schedule = base(&strength_only, monday());
    check_every_rule(&strength_only, &[PlanStart { start: monday() }], &schedule).unwrap();
    assert!(schedule
        .sessions()
        .all(|s| s.minutes == STRENGTH_MAX_MINUTES));
}

#[test]
fn same_history_gives_the_same_schedule() {
    let c = example();
    let mut record = fresh(&c, monday());
    record.log_session(done(monday(), Activity::Walking, 10, Effort::Easy));
    let today = monday() + Days::new(20);
    let mut again = record.clone();
    record.catch_up(today);
    again.catch_up(today);
    assert_eq!(record.schedule(today), again.schedule(today));
}

#[test]
fn a_stored_week_is_kept_in_the_agreed_json_shape() {
    let record = fresh(&example(), monday());
    let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    let week = &json["weeks"][0];
    assert_eq!(week["start"], "2026-01-05");
    assert_eq!(week["level"], 10);
    assert!(week.get("welcome_back").is_none(), "left out when false");
    assert_eq!(
        week["sessions"][0],
        serde_json::json!(["2026-01-05", "walking", 10, "easy", "main"])
    );
    let back: Week = serde_json::from_value(week.clone()).unwrap();
    assert_eq!(back, record.weeks[0]);
}

// ---------------------------------------------------------------------------------------------
// Adaptation examples: a visitor opens the widget at the start of each week and logs.

/// A visitor with a record, opening the page on the days they choose.
struct Visitor {
    record: Record,
    today: NaiveDate,
}

impl Visitor {
    fn new(c: &Choices) -> Visitor {
        Visitor {
            record: fresh(c, monday()),
            today: monday(),
        }
    }

    /// Opens the page on the first day of week `number` (1-based) of the first plan.
    fn open_week(&mut self, number: u8) {
        self.today = self.record.plans[0].week_start(number);
        self.record.catch_up(self.today);
    }

    fn schedule(&self) -> Schedule {
        self.record.schedule(self.today)
    }

    /// Logs every session of week `number` (1-based) as `entry` says.
    fn log_week(&mut self, number: u8, entry: impl Fn(&Session) -> Option<LogEntry>) {
        let sessions = self.schedule().weeks[usize::from(number - 1)]
            .week
            .sessions
            .clone();
        for s in &sessions {
            if let Some(e) = entry(s) {
                self.record.log_session(e);
            }
        }
    }
}

fn as_planned(effort: Effort) -> impl Fn(&Session) -> Option<LogEntry> {
    move |s| Some(done(s.date, s.activity, s.minutes, effort))
}

fn not_today(s: &Session) -> Option<LogEntry> {
    Some(LogEntry::new(s.date, s.activity, Outcome::Skipped))
}

#[test]
fn too_hard_holds_the_next_week_at_the_same_level() {
    let c = choices(&[Activity::Walking], 10, &[Weekday::Mon, Weekday::Thu]);
    let plan = base(&c, monday());
    let mut v = Visitor::new(&c);
    v.log_week(1, as_planned(Effort::JustRight));
    v.open_week(2);
    v.log_week(2, as_planned(Effort::TooHard));
    v.open_week(3);
    let schedule = v.schedule();
    assert_eq!(shown(&schedule)[..2], shown(&plan)[..2]);
    assert_eq!(schedule.weeks[2].week.level, plan.weeks[1].week.level);
    // The weeks ahead climb again from the held level, never below it.
    let l = levels(&schedule);
    assert!(l.windows(2).all(|p| p[1] >= p[0]), "{l:?}");
    assert!(l[4] > l[2], "{l:?}");
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn a_week_of_not_today_holds_the_level_and_only_a_break_brings_a_lighter_week() {
    let c = choices(&[Activity::Yoga], 10, &[Weekday::Mon, Weekday::Thu]);
    let mut v = Visitor::new(&c);
    v.log_week(1, as_planned(Effort::JustRight));
    for week in 2..=4 {
        v.open_week(week);
        v.log_week(week, not_today);
    }
    v.open_week(5);
    let schedule = v.schedule();
    // Week 2 climbed (week 1 was done); "Not today" all through week 2 holds week 3 at week 2's
    // level, never lower. Week 4 begins after 14 days with nothing done: a lighter welcome-back
    // week, halfway back to the visitor's own 10 minutes, and week 5 holds it.
    let l = levels(&schedule);
    assert_eq!(l[..5], [10, 13, 13, 11, 11], "{l:?}");
    let welcome: Vec<bool> = schedule.weeks[..5]
        .iter()
        .map(|w| w.week.welcome_back)
        .collect();
    assert_eq!(welcome, [false, false, false, true, true]);
    // Nothing is made up for: the weeks before are as they were shown.
    assert_eq!(shown(&schedule)[..2], shown(&base(&c, monday()))[..2]);
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn easy_several_times_brings_the_next_step_sooner() {
    let c = choices(&[Activity::Walking], 5, &[Weekday::Mon, Weekday::Thu]);
    let plan = base(&c, monday());
    let mut v = Visitor::new(&c);
    for week in 1..=3 {
        v.open_week(week);
        v.log_week(week, as_planned(Effort::Easy));
    }
    v.open_week(4);
    let schedule = v.schedule();
    // Week 4 is a hold week in the base plan; easy weeks skip the hold, one step at a time.
    assert_eq!(levels(&plan)[..4], [5, 8, 11, 11]);
    assert_eq!(levels(&schedule)[..4], [5, 8, 11, 14]);
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn a_visitor_who_never_logs_gets_the_base_plan_whatever_the_date() {
    let c = example();
    let plan = base(&c, monday());
    let mut record = fresh(&c, monday());
    for days in [0, 10, 40, 83, 200] {
        let today = monday() + Days::new(days);
        // Opened for the first time since the first day, and opened every day since.
        let mut late = fresh(&c, monday());
        late.catch_up(today);
        record.catch_up(today);
        assert_eq!(shown(&late.schedule(today)), shown(&plan), "day {days}");
        assert_eq!(late, record, "day {days}");
    }
    assert_eq!(record.weeks.len(), 12, "all twelve weeks are stored by now");
}

#[test]
fn entries_dated_after_today_are_ignored() {
    let c = example();
    let plan = base(&c, monday());
    let mut record = fresh(&c, monday());
    record.log_session(done(
        monday() + Days::new(30),
        Activity::Walking,
        5,
        Effort::TooHard,
    ));
    assert_eq!(record.schedule(monday()), plan);
}

// ---------------------------------------------------------------------------------------------
// Moves and swaps.

/// The context the Plan screen offers moves and swaps with, for the week at `index`.
fn offers(record: &Record, today: NaiveDate, index: usize) -> Vec<Adjustment> {
    let schedule = record.schedule(today);
    let neighbours = schedule.neighbours(index);
    let context = Context {
        neighbours: &neighbours,
        chosen: &record.choices.activities,
        log: &record.log,
        today,
    };
    let week = &schedule.weeks[index].week;
    let mut changes = Vec::new();
    for s in &week.sessions {
        for to_date in move_options(week, context, s) {
            changes.push(change(s, to_date, s.activity));
        }
        for to_activity in swap_options(week, context, s) {
            changes.push(change(s, s.date, to_activity));
        }
    }
    changes
}

fn change(s: &Session, to_date: NaiveDate, to_activity: Activity) -> Adjustment {
    Adjustment {
        date: s.date,
        activity: s.activity,
        to_date,
        to_activity,
    }
}

#[test]
fn a_move_keeps_the_session_in_its_week_off_taken_days_and_out_of_the_past() {
    let c = example();
    let mut record = fresh(&c, monday());
    let today = monday() + Days::new(2); // Wednesday of week 1
    record.catch_up(today);
    let schedule = record.schedule(today);
    let wednesday = schedule.weeks[0].week.session((today, Activity::Yoga));
    let wednesday = wednesday.expect("yoga on Wednesday").clone();
    let refused = [
        (today + Days::new(7), AdjustError::OtherWeek),
        (today - Days::new(2), AdjustError::InThePast),
        (today + Days::new(2), AdjustError::DayTaken),
        (today, AdjustError::NoChange),
    ];
    for (to, error) in refused {
        let before = record.clone();
        assert_eq!(
            record.adjust(&change(&wednesday, to, Activity::Yoga), today),
            Err(error)
        );
        assert_eq!(record, before, "a refused move changes nothing");
    }
    // Monday's walk has gone by; Thursday is free.
    let monday_walk = schedule.weeks[0].week.sessions[0].clone();
    assert_eq!(
        record.adjust(
            &change(&monday_walk, today + Days::new(1), Activity::Walking),
            today
        ),
        Err(AdjustError::InThePast)
    );
    let thursday = today + Days::new(1);
    record
        .adjust(&change(&wednesday, thursday, Activity::Yoga), today)
        .unwrap();
    let moved = record.schedule(today);
    let now = moved.weeks[0]
        .week
        .session((thursday, Activity::Yoga))
        .unwrap();
    assert_eq!(now.planned.as_deref(), Some(&wednesday));
    check_every_rule(&c, &record.plans, &moved).unwrap();
    // Put back as planned.
    record.put_back((thursday, Activity::Yoga), today).unwrap();
    assert_eq!(record.schedule(today), schedule);
}

#[test]
fn a_swap_only_offers_chosen_activities_and_never_strength_next_to_strength() {
    let c = example();
    let record = fresh(&c, monday());
    let schedule = record.schedule(monday());
    let week3 = 2;
    for offer in offers(&record, monday(), week3) {
        assert!(c.activities.contains(&offer.to_activity));
        let mut after = record.clone();
        after.adjust(&offer, monday()).unwrap();
        check_strength_spacing(&after.schedule(monday())).unwrap();
    }
    // Broken on purpose: the checker sees strength the day after a strength day.
    let mut broken = schedule;
    let strength = broken.weeks[week3]
        .week
        .sessions
        .iter()
        .find(|s| s.activity == Activity::Strength)
        .unwrap()
        .clone();
    let mut next_day = strength.clone();
    next_day.date = strength.date.succ_opt().unwrap();
    broken.weeks[week3].week.sessions.push(next_day);
    broken.weeks[week3].week.sessions.sort_by_key(|s| s.date);
    assert!(check_strength_spacing(&broken).is_err());
}

#[test]
fn a_move_made_for_a_week_ahead_is_kept_when_that_week_begins() {
    let c = example();
    let mut record = fresh(&c, monday());
    let schedule = record.schedule(monday());
    let week3 = &schedule.weeks[2].week;
    let walk = week3.sessions[0].clone();
    let tuesday = walk.date.succ_opt().unwrap();
    record
        .adjust(&change(&walk, tuesday, walk.activity), monday())
        .unwrap();
    assert_eq!(
        record.moves.len(),
        1,
        "kept as a move until the week begins"
    );
    let shown_then = record.schedule(monday()).weeks[2].week.clone();
    record.catch_up(week3.start);
    assert!(record.moves.is_empty(), "written into the stored week");
    assert_eq!(record.weeks[2], shown_then);
    assert!(record.weeks[2].session((tuesday, walk.activity)).is_some());
}

#[test]
fn a_strength_only_visitor_who_does_every_set_climbs_to_the_top() {
    // Strength sets stop at 20 minutes while the level climbs on to 30: doing every set as
    // planned is reaching the week's longest session, so the plan keeps climbing.
    let c = choices(&[Activity::Strength], 5, &[Weekday::Mon, Weekday::Thu]);
    let mut v = Visitor::new(&c);
    for week in 1..=WEEKS {
        v.open_week(week);
        v.log_week(week, as_planned(Effort::JustRight));
    }
    let schedule = v.schedule();
    assert_eq!(levels(&schedule), levels(&base(&c, monday())));
    check_target(&c, &schedule).unwrap();
}

#[test]
fn putting_back_a_swapped_main_session_restores_its_shared_day() {
    // Week 3's Monday holds a walk and a short strength set. A swap of the walk, put back,
    // leaves the day as planned: the main session first, then the set.
    let c = example();
    let mut record = fresh(&c, monday());
    let before = record.schedule(monday());
    let walk = before.weeks[2].week.sessions[0].clone();
    assert_eq!(before.weeks[2].week.sessions[1].role, Role::ShortSet);
    for to in [Activity::Yoga, Activity::Walking] {
        if to == walk.activity {
            continue;
        }
        record
            .adjust(&change(&walk, walk.date, to), monday())
            .unwrap();
        let swapped = record.schedule(monday());
        assert_eq!(swapped.weeks[2].week.sessions[0].activity, to, "main first");
        record.put_back((walk.date, to), monday()).unwrap();
    }
    assert_eq!(record.schedule(monday()), before);
    // The same in a week that has begun and is stored.
    let mut record = fresh(&c, monday());
    let today = before.weeks[2].week.start;
    record.catch_up(today);
    let stored = record.weeks[2].clone();
    record
        .adjust(&change(&walk, walk.date, Activity::Yoga), today)
        .unwrap();
    assert_eq!(record.weeks[2].sessions[0].activity, Activity::Yoga);
    record.put_back((walk.date, Activity::Yoga), today).unwrap();
    assert_eq!(record.weeks[2], stored);
}

#[test]
fn a_welcome_back_week_is_never_harder_than_the_week_before_the_break() {
    // 5 minutes on Mondays, then 20 chosen the next day: the plan climbs towards 20 a step at
    // a time. Two weeks of nothing later, the welcome-back week holds the level reached; it
    // never jumps up to the 20 the visitor chose.
    let c = choices(&[Activity::Walking], 5, &[Weekday::Mon]);
    let mut v = Visitor::new(&c);
    v.record
        .log_session(done(monday(), Activity::Walking, 5, Effort::JustRight));
    v.today = monday() + Days::new(1);
    v.record
        .change_choices(choices(&[Activity::Walking], 20, &[Weekday::Mon]), v.today)
        .unwrap();
    v.open_week(4);
    let schedule = v.schedule();
    let l = levels(&schedule);
    assert_eq!(l[..4], [9, 12, 12, 12], "{l:?}");
    assert!(schedule.weeks[3].week.welcome_back);
    check_growth(&v.record.choices, &schedule).unwrap();
}

#[test]
fn new_days_never_put_strength_the_day_after_strength() {
    // Strength on Wednesdays and Sundays; on the Monday of week 4 the visitor moves to Mondays
    // and Thursdays. Yesterday was a strength day, so today's new strength session waits: the
    // first new one is on Thursday.
    let c = choices(&[Activity::Strength], 10, &[Weekday::Wed, Weekday::Sun]);
    let mut v = Visitor::new(&c);
    v.open_week(4);
    let sunday = v.today - Days::new(1);
    assert!(v.schedule().session((sunday, Activity::Strength)).is_some());
    let new = choices(&[Activity::Strength], 10, &[Weekday::Mon, Weekday::Thu]);
    v.record.change_choices(new.clone(), v.today).unwrap();
    let schedule = v.schedule();
    check_strength_spacing(&schedule).unwrap();
    let week4: Vec<Weekday> = schedule.weeks[3]
        .week
        .sessions
        .iter()
        .map(|s| s.date.weekday())
        .collect();
    assert_eq!(week4, [Weekday::Thu]);
    let week5: Vec<Weekday> = schedule.weeks[4]
        .week
        .sessions
        .iter()
        .map(|s| s.date.weekday())
        .collect();
    assert_eq!(week5, [Weekday::Mon, Weekday::Thu]);
}

// ---------------------------------------------------------------------------------------------
// Exhaustive sweep over every input combination (the plan as shown on its first day).

/// What the sweep saw, so it is known to exercise the day-length and cap rules rather than pass
/// them vacuously.
#[derive(Default)]
struct Seen {
    shared_strength_days: usize,
    short_sets_below_the_cap: usize,
    early_strength_alone: usize,
    early_strength_waits: usize,
    sets_left_out_for_the_cap: usize,
}

impl Seen {
    fn record(&mut self, c: &Choices, schedule: &Schedule) {
        if !c.activities.contains(&Activity::Strength) || c.activities == [Activity::Strength] {
            return;
        }
        let early_strength = schedule.weeks[..2]
            .iter()
            .flat_map(|w| &w.week.sessions)
            .any(|s| s.activity == Activity::Strength);
        if early_strength {
            self.early_strength_alone += 1;
        } else {
            self.early_strength_waits += 1;
        }
        for (i, w) in schedule.weeks.iter().enumerate().skip(2) {
            for today in by_day(&w.week).into_values().filter(|t| t.len() > 1) {
                if let Some(s) = today.iter().find(|s| s.activity == Activity::Strength) {
                    self.shared_strength_days += 1;
                    if s.minutes < SHARED_DAY_STRENGTH_MAX_MINUTES {
                        self.short_sets_below_the_cap += 1;
                    }
                }
            }
            if at_its_cap(schedule, i) {
                self.sets_left_out_for_the_cap += 1;
            }
        }
    }
}

#[test]
fn every_rule_holds_for_every_input_combination() {
    let mut checked = 0usize;
    let mut seen = Seen::default();
    for activity_mask in 1u8..16 {
        let activities = activities_from_mask(activity_mask);
        for minutes in SESSION_LENGTHS {
            for day_mask in 1u8..128 {
                let days = days_from_mask(day_mask);
                for is_gentle in [false, true] {
                    // Cycle the start weekday so every weekday starts some plans.
                    let start = monday() + Days::new(checked as u64 % 7);
                    let mut c = choices(&activities, minutes, &days);
                    c.gentle = is_gentle;
                    let record = fresh(&c, start);
                    let schedule = record.schedule(start);
                    let result = check_every_rule(&c, &record.plans, &schedule)
                        .and(check_target(&c, &schedule));
                    if let Err(why) = result {
                        panic!("{why}\nchoices: {c:?}, start {start}");
                    }
                    seen.record(&c, &schedule);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 15 * 5 * 127 * 2);
    assert!(seen.shared_strength_days > 0);
    assert!(seen.short_sets_below_the_cap > 0);
    assert!(seen.early_strength_alone > 0);
    assert!(seen.early_strength_waits > 0);
    assert!(seen.sets_left_out_for_the_cap > 0);
}

// ---------------------------------------------------------------------------------------------
// Properties: a visitor lives through the plan, so every week is stored as it begins.

fn any_choices() -> impl Strategy<Value = (Choices, NaiveDate)> {
    (
        1u8..16,
        prop::sample::select(SESSION_LENGTHS.to_vec()),
        1u8..128,
        0u64..7,
        any::<bool>(),
    )
        .prop_map(|(am, minutes, dm, shift, is_gentle)| {
            let mut c = choices(&activities_from_mask(am), minutes, &days_from_mask(dm));
            c.gentle = is_gentle;
            (c, monday() + Days::new(shift))
        })
}

/// What a visitor does with one planned session.
#[derive(Clone, Debug)]
enum Choice {
    Unlogged,
    Skip,
    Did {
        minutes_delta: i16,
        effort: Option<Effort>,
    },
}

fn any_choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        2 => Just(Choice::Unlogged),
        2 => Just(Choice::Skip),
        6 => (-10i16..15, prop::option::of(prop::sample::select(Effort::ALL.to_vec())))
            .prop_map(|(minutes_delta, effort)| Choice::Did { minutes_delta, effort }),
    ]
}

fn entry_for(
    date: NaiveDate,
    activity: Activity,
    minutes: u16,
    choice: &Choice,
) -> Option<LogEntry> {
    match choice {
        Choice::Unlogged => None,
        Choice::Skip => Some(LogEntry::new(date, activity, Outcome::Skipped)),
        Choice::Did {
            minutes_delta,
            effort,
        } => {
            let minutes = (i32::from(minutes) + i32::from(*minutes_delta)).max(1) as u16;
            Some(LogEntry::new(
                date,
                activity,
                Outcome::Done {
                    minutes,
                    effort: *effort,
                },
            ))
        }
    }
}

/// Lives through the first plan: the page is opened on each week's first day, and that week's
/// sessions are answered with the next choices. Returns the record on the plan's last day and
/// the schedule each week was first shown with.
fn live_through(c: &Choices, start: NaiveDate, choices: &[Choice]) -> (Record, Vec<Schedule>) {
    let mut record = fresh(c, start);
    let mut seen = Vec::new();
    let mut next = choices.iter().cycle();
    for week in 1..=WEEKS {
        let today = record.plans[0].week_start(week);
        record.catch_up(today);
        let schedule = record.schedule(today);
        for s in &schedule.weeks[usize::from(week - 1)].week.sessions {
            let choice = next.next().expect("a cycle never ends");
            if let Some(entry) = entry_for(s.date, s.activity, s.minutes, choice) {
                record.log_session(entry);
            }
        }
        seen.push(schedule);
    }
    let last_day = record.plans[0].end() - Days::new(1);
    record.catch_up(last_day);
    (record, seen)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// All rules hold on lived plans (every week stored), a week never changes once shown, and
    /// every logged session is still in the plan.
    #[test]
    fn lived_plans_keep_every_rule_and_the_past(
        (c, start) in any_choices(),
        answers in prop::collection::vec(any_choice(), 1..40),
        extra_days in 0u64..10,
    ) {
        let (mut record, lived) = live_through(&c, start, &answers);
        let today = record.plans[0].end() - Days::new(1) + Days::new(extra_days);
        record.catch_up(today);
        let schedule = record.schedule(today);
        prop_assert!(schedule.weeks.iter().all(|w| w.stored));
        if let Err(why) = check_every_rule(&c, &record.plans, &schedule) {
            return Err(TestCaseError::fail(why));
        }
        for (w, then) in lived.iter().enumerate() {
            prop_assert_eq!(&schedule.weeks[w], &then.weeks[w], "week {} changed", w + 1);
        }
        for entry in record.log.entries() {
            prop_assert!(schedule.session(entry.key()).is_some(), "logged session vanished: {:?}", entry);
        }
    }

    /// For any log at all, opening the page late derives the same weeks as opening it often,
    /// and moving "today" forward never changes a week that has begun.
    #[test]
    fn moving_today_forward_never_rewrites_the_past(
        (c, start) in any_choices(),
        raw in prop::collection::vec((0u64..90, 0usize..5, any_choice()), 0..40),
        t1 in 0u64..90,
        later in 0u64..30,
    ) {
        let mut record = fresh(&c, start);
        for (day, a, choice) in &raw {
            if let Some(entry) = entry_for(start + Days::new(*day), Activity::ALL[*a], 15, choice) {
                record.log_session(entry);
            }
        }
        let today1 = start + Days::new(t1);
        let today2 = today1 + Days::new(later);
        let mut often = record.clone();
        for day in 0..=t1 + later {
            often.catch_up(start + Days::new(day));
        }
        record.catch_up(today1);
        let before = record.schedule(today1);
        record.catch_up(today2);
        let after = record.schedule(today2);
        for (b, a) in before.weeks.iter().zip(&after.weeks).filter(|(b, _)| b.week.start <= today1) {
            prop_assert_eq!(b, a);
        }
        prop_assert_eq!(&often, &record);
        if let Err(why) = check_every_rule(&c, &record.plans, &after) {
            return Err(TestCaseError::fail(why));
        }
    }

    /// A visitor who does every session as planned (just right or easy) reaches the top by week
    /// 12 (30 minutes, 20 in gentle mode), never behind the plan shown on the first day.
    #[test]
    fn doing_the_plan_reaches_the_target(
        (c, start) in any_choices(),
        efforts in prop::collection::vec(prop_oneof![Just(Effort::Easy), Just(Effort::JustRight)], 1..20),
    ) {
        let answers: Vec<Choice> = efforts
            .into_iter()
            .map(|effort| Choice::Did { minutes_delta: 0, effort: Some(effort) })
            .collect();
        let (record, _) = live_through(&c, start, &answers);
        let schedule = record.schedule(record.plans[0].end() - Days::new(1));
        if let Err(why) = check_every_rule(&c, &record.plans, &schedule).and(check_target(&c, &schedule)) {
            return Err(TestCaseError::fail(why));
        }
        let plan = base(&c, start);
        let ahead = levels(&schedule).iter().zip(levels(&plan)).all(|(a, b)| *a >= b);
        prop_assert!(ahead, "doing the plan left the visitor behind: {:?} vs {:?}", levels(&schedule), levels(&plan));
    }

    /// "Too hard" on a week's sessions holds the next week exactly at that week's level.
    #[test]
    fn too_hard_holds_exactly_one_level((c, start) in any_choices(), week in 1u8..12) {
        let mut record = fresh(&c, start);
        for w in 1..=week {
            let today = record.plans[0].week_start(w);
            record.catch_up(today);
            let effort = if w == week { Effort::TooHard } else { Effort::JustRight };
            let sessions = record.schedule(today).weeks[usize::from(w - 1)].week.sessions.clone();
            for s in sessions {
                record.log_session(done(s.date, s.activity, s.minutes, effort));
            }
        }
        let next = record.plans[0].week_start(week + 1);
        record.catch_up(next);
        let schedule = record.schedule(next);
        let l = levels(&schedule);
        let w = usize::from(week);
        prop_assert_eq!(l[w], l[w - 1], "{:?}", l);
        let plan = base(&c, start);
        prop_assert_eq!(shown(&schedule)[..w].to_vec(), shown(&plan)[..w].to_vec());
    }

    /// Every move and swap the Plan screen offers is accepted and keeps every rule (a moved
    /// session may sit on an unchosen day, a swapped week holds what the visitor chose), a
    /// change it does not offer is refused and changes nothing, and putting it back restores
    /// the schedule exactly.
    #[test]
    fn moves_and_swaps_keep_every_rule(
        (c, start) in any_choices(),
        days_in in 0u64..84,
        week_ahead in 0usize..3,
        pick in any::<prop::sample::Index>(),
        to_day in 0u64..7,
        to_activity in prop::sample::select(Activity::ALL.to_vec()),
    ) {
        let today = start + Days::new(days_in);
        let mut record = fresh(&c, start);
        record.catch_up(today);
        let schedule = record.schedule(today);
        let index = (usize::try_from(days_in / 7).unwrap() + week_ahead).min(11);
        let offered = offers(&record, today, index);
        for offer in &offered {
            let mut after = record.clone();
            prop_assert_eq!(after.adjust(offer, today), Ok(()), "{:?} offered but refused", offer);
            let moved = after.schedule(today);
            if let Err(why) = check_every_rule(&c, &after.plans, &moved) {
                return Err(TestCaseError::fail(format!("after {offer:?}: {why}")));
            }
            // The weeks before stay as they were. (Weeks after may differ: a swap to a shorter
            // strength session lowers the week's total, and with it the next week's cap.)
            for (a, b) in schedule.weeks.iter().zip(&moved.weeks).take(index) {
                prop_assert_eq!(a, b, "{:?} changed an earlier week", offer);
            }
            let now = moved.weeks[index].week.session((offer.to_date, offer.to_activity));
            prop_assert!(now.is_some_and(|s| s.planned.as_ref().is_some_and(|p| p.key() == (offer.date, offer.activity))));
            after.put_back((offer.to_date, offer.to_activity), today).unwrap();
            prop_assert_eq!(after.schedule(today), schedule.clone());
        }
        // Any change at all of one of the week's sessions: accepted exactly when offered.
        let week = &schedule.weeks[index].week;
        let s = pick.get(&week.sessions);
        for proposal in [change(s, week.start + Days::new(to_day), s.activity), change(s, s.date, to_activity)] {
            let mut after = record.clone();
            let accepted = after.adjust(&proposal, today).is_ok();
            prop_assert_eq!(accepted, offered.contains(&proposal), "{:?}", proposal);
            if !accepted {
                prop_assert_eq!(&after, &record);
            }
        }
    }
    /// New choices from a day in the middle of the plan: what is before that day keeps the old
    /// choices and what is from that day on follows the new ones, and the rules that do not
    /// depend on the choices hold across the change: strength never on two days in a row, a
    /// day's length, easy openings, and a weekly total within the cap.
    #[test]
    fn changed_choices_apply_from_today_and_keep_the_rules(
        (first, start) in any_choices(),
        (second, _) in any_choices(),
        change_day in 0u64..84,
        answers in prop::collection::vec(any_choice(), 1..20),
    ) {
        // The plan form keeps the readiness check's gentle mode (only onboarding sets it).
        let second = Choices { gentle: first.gentle, ..second };
        let mut record = fresh(&first, start);
        let mut next = answers.iter().cycle();
        let changed = start + Days::new(change_day);
        let mut past = Vec::new();
        for d in 0..84 {
            let today = start + Days::new(d);
            record.catch_up(today);
            if today == changed {
                past = record.schedule(today).sessions().filter(|s| s.date < today).cloned().collect();
                record.change_choices(second.clone(), today).unwrap();
            }
            let sessions: Vec<Session> = record.schedule(today).sessions().filter(|s| s.date == today).cloned().collect();
            for s in sessions {
                if let Some(entry) = entry_for(s.date, s.activity, s.minutes, next.next().unwrap()) {
                    record.log_session(entry);
                }
            }
        }
        let today = start + Days::new(83);
        let schedule = record.schedule(today);
        let fail = |why: String| TestCaseError::fail(format!("{why}\nchanged on {changed}: {first:?} -> {second:?}"));
        check_weeks(&record.plans, &schedule).map_err(fail)?;
        check_strength_spacing(&schedule).map_err(fail)?;
        check_day_length(&schedule).map_err(fail)?;
        check_easy_opening(&schedule).map_err(fail)?;
        for pair in schedule.weeks.windows(2) {
            let (a, b) = (&pair[0].week, &pair[1].week);
            let cap = weekly_cap(a.total_minutes());
            prop_assert!(b.total_minutes() <= cap, "{} totals {} after {}", b.start, b.total_minutes(), a.total_minutes());
            // From the week after the change on, the growth rules hold under the new choices
            // (the week of the change starts from what the visitor chose and reached).
            if b.start > changed {
                prop_assert!(b.level <= a.level + growth_limit(&second), "{} grew too fast: {:?}", b.start, levels(&schedule));
                prop_assert!(b.level >= a.level || b.welcome_back, "{} went down", b.start);
                prop_assert!(!b.welcome_back || b.level <= a.level, "{}: a welcome-back week is never harder", b.start);
            }
        }
        // The days gone by when the choices changed are as they were.
        let kept: Vec<&Session> = schedule.sessions().filter(|s| s.date < changed).collect();
        prop_assert_eq!(kept, past.iter().collect::<Vec<_>>());
        for s in schedule.sessions() {
            let planned = s.planned.as_deref().unwrap_or(s);
            let c = if planned.date < changed { &first } else { &second };
            prop_assert!(c.weekdays.contains(&planned.date.weekday()), "{:?} on an unchosen day", s);
            prop_assert!(c.activities.contains(&s.activity), "{:?} not chosen", s);
            if c.gentle {
                prop_assert!(s.minutes <= GENTLE_MAX_SESSION_MINUTES && s.intensity == Intensity::Easy, "{:?} not gentle", s);
            }
        }
    }
}
