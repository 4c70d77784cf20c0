//! Fixtures shared by the `plan_*` tests: choices, records and schedules built the way the
//! widget builds them, and small readers of a schedule for the rule checkers and messages.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::adjust::{move_options, swap_options, Adjustment, Context};
use momentum::core::plan::schedule::{PlanWeek, Schedule};
use momentum::core::plan::{
    Choices, Session, Week, GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH,
    MAX_WEEKLY_GROWTH, SESSION_LENGTHS, TARGET_MINUTES,
};
use momentum::core::record::Record;
use momentum::present::dates::week_order;
use proptest::prelude::*;

use super::{choices, day};

/// Monday to Sunday, as the widget lists a visitor's days.
pub fn all_days() -> [Weekday; 7] {
    week_order(Weekday::Mon)
}

pub fn monday() -> NaiveDate {
    day(0)
}

pub fn activities_from_mask(mask: u8) -> Vec<Activity> {
    Activity::PLANNABLE
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, a)| a)
        .collect()
}

pub fn days_from_mask(mask: u8) -> Vec<Weekday> {
    all_days()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, d)| d)
        .collect()
}

pub fn gentle(mut c: Choices) -> Choices {
    c.gentle = true;
    c
}

pub fn done(date: NaiveDate, activity: Activity, minutes: u16, effort: Effort) -> LogEntry {
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
pub fn fresh(c: &Choices, start: NaiveDate) -> Record {
    let mut record = Record::default();
    record
        .start_first_plan(c.clone(), start, start)
        .expect("valid choices");
    record
}

/// The plan as shown on its first day: week 1 stored, the rest derived.
pub fn base(c: &Choices, start: NaiveDate) -> Schedule {
    fresh(c, start).schedule(start)
}

pub fn levels(schedule: &Schedule) -> Vec<u16> {
    schedule.weeks.iter().map(|w| w.week.level).collect()
}

pub fn totals(schedule: &Schedule) -> Vec<u16> {
    schedule
        .weeks
        .iter()
        .map(|w| w.week.total_minutes())
        .collect()
}

/// The weeks alone, without whether each is stored: what the visitor sees.
pub fn shown(schedule: &Schedule) -> Vec<&Week> {
    schedule.weeks.iter().map(|w| &w.week).collect()
}

/// A week's sessions grouped by day.
pub fn by_day(week: &Week) -> BTreeMap<NaiveDate, Vec<&Session>> {
    let mut days: BTreeMap<NaiveDate, Vec<&Session>> = BTreeMap::new();
    for s in &week.sessions {
        days.entry(s.date).or_default().push(s);
    }
    days
}

pub fn day_total(sessions: &[&Session]) -> u16 {
    sessions.iter().map(|s| s.minutes).sum()
}

/// "plan 1 week 3 (2026-01-19)", for messages.
pub fn name(week: &PlanWeek) -> String {
    format!(
        "plan {} week {} ({})",
        week.plan + 1,
        week.number,
        week.week.start
    )
}

pub fn top(c: &Choices) -> u16 {
    if c.gentle {
        GENTLE_MAX_SESSION_MINUTES
    } else {
        TARGET_MINUTES
    }
}

/// The most a week may add up to after a week of `previous` minutes: half as much again, or 15
/// minutes more, whichever is more. Stated here on its own rather than read from the engine's
/// `total_cap`, so a change there cannot change the rule it is checked against.
pub fn weekly_cap(previous: u16) -> u16 {
    previous + (previous / 2).max(15)
}

pub fn growth_limit(c: &Choices) -> u16 {
    if c.gentle {
        GENTLE_MAX_WEEKLY_GROWTH
    } else {
        MAX_WEEKLY_GROWTH
    }
}

// ---------------------------------------------------------------------------------------------
// Example choices, and every set of choices, to lay plans out from.

pub fn example() -> Choices {
    choices(
        &[Activity::Walking, Activity::Yoga, Activity::Strength],
        10,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
    )
}

pub fn every_day_example() -> Choices {
    choices(&[Activity::Walking, Activity::Yoga], 10, &all_days())
}

pub fn any_choices() -> impl Strategy<Value = (Choices, NaiveDate)> {
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

// ---------------------------------------------------------------------------------------------
// Moves and swaps.

/// The context the Plan screen offers moves and swaps with, for the week at `index`.
pub fn offers(record: &Record, today: NaiveDate, index: usize) -> Vec<Adjustment> {
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

pub fn change(s: &Session, to_date: NaiveDate, to_activity: Activity) -> Adjustment {
    Adjustment {
        date: s.date,
        activity: s.activity,
        to_date,
        to_activity,
    }
}
