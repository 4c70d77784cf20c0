//! One example per rule of the plan spec about which days and activities a plan uses, plus
//! proof that the rule's checker rejects a schedule broken on purpose: only the chosen ones,
//! strength spaced out and twice a week, variety, a recovery day, and a day's length.

mod common;

use std::collections::BTreeSet;

use chrono::{Datelike, Weekday};
use common::choices;
use common::plan_checks::{
    at_its_cap, check_chosen, check_day_length, check_easy_opening, check_every_rule,
    check_recovery_day, check_shape, check_start_small, check_strength_spacing,
    check_strength_twice, check_variety,
};
use common::plan_fixtures::{base, by_day, day_total, every_day_example, example, monday, name};
use momentum::core::activity::Activity;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{
    PlanError, PlanStart, Role, RECOVERY_MINUTES, SHARED_DAY_STRENGTH_MAX_MINUTES,
    STRENGTH_MAX_MINUTES,
};
use momentum::core::record::Record;

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
