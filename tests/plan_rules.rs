//! Every rule of the plan spec (issue 3), checked three ways:
//! * one example test per rule, plus a test that the rule's checker rejects a plan broken on
//!   purpose (so each check is known to be able to fail); this includes the two day-length rules
//!   (no day doubles up in weeks 1-2, and a strength set sharing a day is short);
//! * an exhaustive sweep over every activity set × start minutes × weekday set × gentle mode,
//!   with the start date cycling through all seven weekdays;
//! * proptest properties with random logs for the adapted plans (non-punitive adaptation, past
//!   weeks frozen, all rules still holding).

use chrono::{Datelike, Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::{
    generate, Intensity, Plan, PlanError, PlanInputs, Session, Week, ALLOWED_START_MINUTES,
    EASY_ONLY_WEEKS, GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH, MAX_SESSION_MINUTES,
    MAX_WEEKLY_GROWTH, MAX_WEEKLY_MINUTES, RECOVERY_MINUTES, SHARED_DAY_STRENGTH_MAX_MINUTES,
    STRENGTH_MAX_MINUTES, TARGET_MINUTES,
};
use momentum::present::dates::week_order;
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

// ---------------------------------------------------------------------------------------------
// Fixtures

/// Monday to Sunday, as the widget lists a visitor's days.
fn all_days() -> [Weekday; 7] {
    week_order(Weekday::Mon)
}

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn activities_from_mask(mask: u8) -> Vec<Activity> {
    Activity::ALL
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

fn inputs(
    activities: &[Activity],
    minutes: u16,
    days: &[Weekday],
    start: NaiveDate,
    gentle: bool,
) -> PlanInputs {
    PlanInputs::new(activities, minutes, days, start, gentle).expect("valid inputs")
}

fn done(date: NaiveDate, activity: Activity, minutes: u16, effort: Effort) -> LogEntry {
    LogEntry::new(date, activity, Outcome::Done { minutes, effort })
}

fn skipped(date: NaiveDate, activity: Activity) -> LogEntry {
    LogEntry::new(date, activity, Outcome::Skipped)
}

fn week_start(inputs: &PlanInputs, week: u8) -> NaiveDate {
    inputs.start() + Days::new(7 * u64::from(week - 1))
}

fn longest(plan: &Plan) -> Vec<u16> {
    plan.weeks.iter().map(|w| w.longest_minutes()).collect()
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

// ---------------------------------------------------------------------------------------------
// Rule checkers: each returns Err with a readable reason, so properties can report it.

type Check = Result<(), String>;

fn ensure(ok: bool, why: impl FnOnce() -> String) -> Check {
    if ok {
        Ok(())
    } else {
        Err(why())
    }
}

fn check_shape(inputs: &PlanInputs, plan: &Plan) -> Check {
    ensure(plan.weeks.len() == 12, || "not 12 weeks".into())?;
    for (i, week) in plan.weeks.iter().enumerate() {
        ensure(usize::from(week.week) == i + 1, || "week numbers".into())?;
        ensure(!week.sessions.is_empty(), || {
            format!("week {} is empty", week.week)
        })?;
        let first = week_start(inputs, week.week);
        let last = first + Days::new(6);
        let mut previous = first;
        for s in &week.sessions {
            ensure(s.date >= first && s.date <= last, || {
                format!("{} outside week {}", s.date, week.week)
            })?;
            ensure(s.date >= previous, || "sessions out of date order".into())?;
            ensure(s.minutes > 0 && !s.note.is_empty(), || {
                "empty session".into()
            })?;
            previous = s.date;
        }
    }
    Ok(())
}

fn check_start_small(inputs: &PlanInputs, plan: &Plan) -> Check {
    let too_long = plan.weeks[0]
        .sessions
        .iter()
        .find(|s| s.minutes > inputs.start_minutes());
    ensure(too_long.is_none(), || {
        format!("week 1 too long: {too_long:?}")
    })
}

fn check_growth_and_caps(inputs: &PlanInputs, plan: &Plan) -> Check {
    let (step, cap) = if inputs.gentle() {
        (GENTLE_MAX_WEEKLY_GROWTH, GENTLE_MAX_SESSION_MINUTES)
    } else {
        (MAX_WEEKLY_GROWTH, MAX_SESSION_MINUTES)
    };
    let levels = longest(plan);
    for pair in levels.windows(2) {
        ensure(pair[1] <= pair[0] + step, || {
            format!("grew too fast: {levels:?}")
        })?;
    }
    for week in &plan.weeks {
        ensure(week.longest_minutes() <= cap, || {
            format!("week {} over {cap} min", week.week)
        })?;
        ensure(week.total_minutes() <= MAX_WEEKLY_MINUTES, || {
            format!("week {} totals {}", week.week, week.total_minutes())
        })?;
    }
    Ok(())
}

fn target_applies(inputs: &PlanInputs) -> bool {
    !inputs.gentle() && inputs.days().len() >= 3 && inputs.activities() != [Activity::Strength]
}

fn check_target(inputs: &PlanInputs, plan: &Plan) -> Check {
    if !target_applies(inputs) {
        return Ok(());
    }
    let last = &plan.weeks[11];
    let long: Vec<_> = last
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

fn check_gentle(inputs: &PlanInputs, plan: &Plan) -> Check {
    ensure(plan.gentle == inputs.gentle(), || "gentle flag".into())?;
    if inputs.gentle() {
        let says_clinician = plan
            .notice
            .as_deref()
            .is_some_and(|n| n.contains("clinician"));
        ensure(says_clinician, || "gentle plan without notice".into())?;
        ensure(
            plan.sessions()
                .all(|s| s.minutes <= GENTLE_MAX_SESSION_MINUTES),
            || "gentle session over 20 min".into(),
        )
    } else {
        ensure(plan.notice.is_none(), || {
            "notice on a non-gentle plan".into()
        })
    }
}

fn check_low_impact_first(plan: &Plan) -> Check {
    let hard = plan.weeks[..2]
        .iter()
        .flat_map(|w| &w.sessions)
        .find(|s| s.intensity != Intensity::Easy);
    ensure(hard.is_none(), || {
        format!("not easy in weeks 1-2: {hard:?}")
    })
}

fn check_chosen_days_and_activities(inputs: &PlanInputs, plan: &Plan) -> Check {
    for s in plan.sessions() {
        ensure(inputs.days().contains(&s.date.weekday()), || {
            format!("{} is not a chosen day", s.date)
        })?;
        ensure(inputs.has(s.activity), || {
            format!("{:?} was not chosen", s.activity)
        })?;
    }
    let mut keys = BTreeSet::new();
    for s in plan.sessions() {
        ensure(keys.insert((s.date, s.activity)), || {
            format!("two {:?} sessions on {}", s.activity, s.date)
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

fn check_strength(inputs: &PlanInputs, plan: &Plan) -> Check {
    let dates: Vec<NaiveDate> = plan
        .sessions()
        .filter(|s| s.activity == Activity::Strength)
        .map(|s| s.date)
        .collect();
    for pair in dates.windows(2) {
        ensure((pair[1] - pair[0]).num_days() >= 2, || {
            format!("strength on consecutive days {} and {}", pair[0], pair[1])
        })?;
    }
    if inputs.has(Activity::Strength) && has_two_non_adjacent_days(inputs.days()) {
        for week in &plan.weeks[2..] {
            let n = week
                .sessions
                .iter()
                .filter(|s| s.activity == Activity::Strength)
                .count();
            ensure(n >= 2, || {
                format!("week {} has {n} strength days", week.week)
            })?;
        }
    }
    Ok(())
}

fn check_variety(inputs: &PlanInputs, plan: &Plan) -> Check {
    let n = inputs.activities().len();
    if n < 2 || inputs.days().len() < n {
        return Ok(());
    }
    for week in &plan.weeks {
        for &a in inputs.activities() {
            ensure(week.sessions.iter().any(|s| s.activity == a), || {
                format!("week {} has no {a:?}", week.week)
            })?;
        }
    }
    Ok(())
}

/// With all seven days chosen, each week has a day of only short, easy sessions. For a
/// strength-only plan (strength can't go on neighbouring days) that day is a rest day.
fn check_recovery_day(inputs: &PlanInputs, plan: &Plan) -> Check {
    if inputs.days().len() < 7 {
        return Ok(());
    }
    let strength_only = inputs.activities() == [Activity::Strength];
    for week in &plan.weeks {
        let first = week_start(inputs, week.week);
        let has_recovery = (0..7).any(|offset| {
            let date = first + Days::new(offset);
            let today: Vec<_> = week.sessions.iter().filter(|s| s.date == date).collect();
            (strength_only || !today.is_empty())
                && today
                    .iter()
                    .all(|s| s.intensity == Intensity::Easy && s.minutes <= RECOVERY_MINUTES)
        });
        ensure(has_recovery, || {
            format!("week {} has no recovery day", week.week)
        })?;
    }
    Ok(())
}

/// Weeks 1-2 never stack sessions: no day adds up to more than the week's longest single
/// session. In week 1 that means no day is longer than the minutes the visitor said they can
/// do today; in week 2, no longer than that plus one small ladder step.
fn check_easy_weeks_day_totals(inputs: &PlanInputs, plan: &Plan) -> Check {
    for week in &plan.weeks[..usize::from(EASY_ONLY_WEEKS)] {
        let cap = if week.week == 1 {
            inputs.start_minutes().min(week.longest_minutes())
        } else {
            week.longest_minutes()
        };
        for (date, today) in by_day(week) {
            let total = day_total(&today);
            ensure(total <= cap, || {
                format!(
                    "week {}: {date} adds up to {total} min (over {cap}): {today:?}",
                    week.week
                )
            })?;
        }
    }
    Ok(())
}

/// Strength on a day with another session is a short set: at most
/// `SHARED_DAY_STRENGTH_MAX_MINUTES` and never longer than any other session that day. Strength
/// on its own day stays within `STRENGTH_MAX_MINUTES`.
fn check_shared_day_strength(plan: &Plan) -> Check {
    for week in &plan.weeks {
        for (date, today) in by_day(week) {
            let others: Vec<u16> = today
                .iter()
                .filter(|s| s.activity != Activity::Strength)
                .map(|s| s.minutes)
                .collect();
            for strength in today.iter().filter(|s| s.activity == Activity::Strength) {
                let m = strength.minutes;
                ensure(m <= STRENGTH_MAX_MINUTES, || {
                    format!("week {}: {m} min of strength on {date}", week.week)
                })?;
                if others.is_empty() {
                    continue;
                }
                ensure(m <= SHARED_DAY_STRENGTH_MAX_MINUTES, || {
                    format!(
                        "week {}: shared-day strength of {m} min on {date}",
                        week.week
                    )
                })?;
                ensure(others.iter().all(|&o| m <= o), || {
                    format!(
                        "week {}: strength ({m} min) longer than {others:?} on {date}",
                        week.week
                    )
                })?;
            }
        }
    }
    Ok(())
}

/// Every rule that must hold for every plan, base or adapted.
fn check_every_rule(inputs: &PlanInputs, plan: &Plan) -> Check {
    check_shape(inputs, plan)?;
    check_start_small(inputs, plan)?;
    check_growth_and_caps(inputs, plan)?;
    check_gentle(inputs, plan)?;
    check_low_impact_first(plan)?;
    check_chosen_days_and_activities(inputs, plan)?;
    check_strength(inputs, plan)?;
    check_variety(inputs, plan)?;
    check_recovery_day(inputs, plan)?;
    check_easy_weeks_day_totals(inputs, plan)?;
    check_shared_day_strength(plan)
}

// ---------------------------------------------------------------------------------------------
// One example per rule, and proof each checker can fail.

fn example() -> PlanInputs {
    inputs(
        &[Activity::Walking, Activity::Yoga, Activity::Strength],
        10,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
        monday(),
        false,
    )
}

fn every_day_example() -> PlanInputs {
    inputs(
        &[Activity::Walking, Activity::Yoga],
        10,
        &all_days(),
        monday(),
        false,
    )
}

#[test]
fn validation_reports_each_mistake() {
    assert_eq!(
        PlanInputs::new(&[], 10, &[Weekday::Mon], monday(), false),
        Err(PlanError::NoActivities)
    );
    assert_eq!(
        PlanInputs::new(&[Activity::Yoga], 25, &[Weekday::Mon], monday(), false),
        Err(PlanError::MinutesNotAllowed(25))
    );
    assert_eq!(
        PlanInputs::new(&[Activity::Yoga], 10, &[], monday(), false),
        Err(PlanError::NoDays)
    );
}

#[test]
fn start_small() {
    let i = example();
    let mut plan = generate(&i, &[], monday());
    assert!(check_start_small(&i, &plan).is_ok());
    assert!(plan.weeks[0].sessions.iter().all(|s| s.minutes <= 10));
    plan.weeks[0].sessions[0].minutes = 11;
    assert!(check_start_small(&i, &plan).is_err());
}

#[test]
fn grow_slowly_with_hold_weeks_and_caps() {
    let i = inputs(&[Activity::Walking], 5, &[Weekday::Tue], monday(), false);
    let mut plan = generate(&i, &[], monday());
    assert_eq!(
        longest(&plan),
        [5, 8, 11, 11, 14, 17, 20, 20, 23, 26, 29, 30]
    );
    assert!(check_growth_and_caps(&i, &plan).is_ok());
    plan.weeks[5].sessions[0].minutes = 22; // +5 over week 5
    assert!(check_growth_and_caps(&i, &plan).is_err());
    plan.weeks[5].sessions[0].minutes = 17;
    plan.weeks[11].sessions[0].minutes = 46;
    assert!(check_growth_and_caps(&i, &plan).is_err());
}

#[test]
fn weekly_total_never_above_300() {
    let i = inputs(&Activity::ALL, 30, &all_days(), monday(), false);
    let mut plan = generate(&i, &[], monday());
    assert!(plan.weeks.iter().all(|w| w.total_minutes() <= 300));
    plan.weeks[11].sessions[0].minutes = 300;
    assert!(check_growth_and_caps(&i, &plan).is_err());
}

#[test]
fn reaches_the_articles_target_in_week_twelve() {
    for minutes in ALLOWED_START_MINUTES {
        let i = inputs(
            &[Activity::Swimming, Activity::Strength],
            minutes,
            &[Weekday::Mon, Weekday::Thu, Weekday::Sat],
            monday(),
            false,
        );
        let mut plan = generate(&i, &[], monday());
        check_target(&i, &plan).unwrap();
        for s in &mut plan.weeks[11].sessions {
            s.intensity = Intensity::Easy;
        }
        assert!(check_target(&i, &plan).is_err());
    }
}

#[test]
fn gentle_mode_is_slower_shorter_and_says_check_with_a_clinician() {
    let i = inputs(&[Activity::Walking], 30, &[Weekday::Mon], monday(), true);
    let mut plan = generate(&i, &[], monday());
    assert!(plan.gentle);
    assert!(plan.sessions().all(|s| s.minutes <= 20));
    check_gentle(&i, &plan).unwrap();
    check_growth_and_caps(&i, &plan).unwrap();
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["gentle"], true);
    assert!(json["notice"].as_str().unwrap().contains("clinician"));

    let slow = inputs(&[Activity::Walking], 5, &[Weekday::Mon], monday(), true);
    let mut slow_plan = generate(&slow, &[], monday());
    assert!(longest(&slow_plan).windows(2).all(|p| p[1] - p[0] <= 2));
    slow_plan.weeks[3].sessions[0].minutes += 3;
    assert!(check_growth_and_caps(&slow, &slow_plan).is_err());

    plan.notice = None;
    assert!(check_gentle(&i, &plan).is_err());
}

#[test]
fn weeks_one_and_two_are_easy_only() {
    let mut plan = generate(&example(), &[], monday());
    check_low_impact_first(&plan).unwrap();
    assert!(plan.weeks[2]
        .sessions
        .iter()
        .any(|s| s.intensity == Intensity::Moderate));
    plan.weeks[1].sessions[0].intensity = Intensity::Moderate;
    assert!(check_low_impact_first(&plan).is_err());
}

#[test]
fn only_chosen_days_and_activities_and_one_of_each_per_day() {
    let i = example();
    let mut plan = generate(&i, &[], monday());
    check_chosen_days_and_activities(&i, &plan).unwrap();
    let mut twin = plan.weeks[0].sessions[0].clone();
    plan.weeks[0].sessions.push(twin.clone());
    assert!(check_chosen_days_and_activities(&i, &plan).is_err());
    plan.weeks[0].sessions.pop();
    twin.date = twin.date.succ_opt().unwrap(); // a Tuesday, not chosen
    plan.weeks[0].sessions.insert(1, twin);
    assert!(check_chosen_days_and_activities(&i, &plan).is_err());
}

#[test]
fn strength_is_spaced_out_and_twice_a_week_from_week_three() {
    // Saturday, Sunday and Monday: Sunday→Monday is consecutive across the week boundary.
    let i = inputs(
        &[Activity::Strength, Activity::Yoga],
        10,
        &[Weekday::Sat, Weekday::Sun, Weekday::Mon],
        monday(),
        false,
    );
    let plan = generate(&i, &[], monday());
    check_strength(&i, &plan).unwrap();
    let strength_days: BTreeSet<u32> = plan
        .sessions()
        .filter(|s| s.activity == Activity::Strength)
        .map(|s| s.date.weekday().num_days_from_monday())
        .collect();
    let mon_and_sat = [Weekday::Mon, Weekday::Sat].map(|d| d.num_days_from_monday());
    assert_eq!(strength_days, BTreeSet::from(mon_and_sat));

    let mut broken = generate(&example(), &[], monday());
    let mut extra = broken.weeks[4]
        .sessions
        .iter()
        .find(|s| s.activity == Activity::Strength)
        .unwrap()
        .clone();
    extra.date = extra.date.succ_opt().unwrap();
    broken.weeks[4].sessions.push(extra);
    broken.weeks[4].sessions.sort_by_key(|s| s.date);
    assert!(check_strength(&example(), &broken).is_err());

    let mut too_few = generate(&example(), &[], monday());
    let first_strength = too_few.weeks[6]
        .sessions
        .iter()
        .position(|s| s.activity == Activity::Strength)
        .unwrap();
    too_few.weeks[6].sessions.remove(first_strength);
    assert!(check_strength(&example(), &too_few).is_err());
}

#[test]
fn every_chosen_activity_appears_every_week() {
    let i = inputs(
        &[Activity::Walking, Activity::Yoga, Activity::Swimming],
        15,
        &[Weekday::Tue, Weekday::Thu, Weekday::Sun],
        monday(),
        false,
    );
    let mut plan = generate(&i, &[], monday());
    check_variety(&i, &plan).unwrap();
    plan.weeks[7]
        .sessions
        .retain(|s| s.activity != Activity::Yoga);
    assert!(check_variety(&i, &plan).is_err());
}

#[test]
fn seven_days_include_a_short_easy_recovery_day() {
    let i = every_day_example();
    let mut plan = generate(&i, &[], monday());
    check_recovery_day(&i, &plan).unwrap();
    for s in &mut plan.weeks[9].sessions {
        s.minutes = s.minutes.max(RECOVERY_MINUTES + 1);
    }
    assert!(check_recovery_day(&i, &plan).is_err());
}

#[test]
fn weeks_one_and_two_never_stack_two_sessions_on_a_day() {
    // The example: before, Monday of week 1 was Walking 10 + Strength 10 for a visitor
    // who said they can do 10 minutes.
    let i = example();
    let plan = generate(&i, &[], monday());
    check_easy_weeks_day_totals(&i, &plan).unwrap();
    for week in &plan.weeks[..2] {
        assert!(by_day(week).values().all(|today| today.len() == 1));
        // Days >= activities, so strength still appears: on a day of its own (Friday).
        let strength: Vec<_> = week
            .sessions
            .iter()
            .filter(|s| s.activity == Activity::Strength)
            .collect();
        assert_eq!(strength.len(), 1);
        assert_eq!(strength[0].date.weekday(), Weekday::Fri);
    }
    assert!(by_day(&plan.weeks[0]).values().all(|t| day_total(t) <= 10));
    // The plan still opens with a walk on the start date.
    assert_eq!(plan.weeks[0].sessions[0].activity, Activity::Walking);

    // Broken on purpose: a strength set added to Monday of week 1, then of week 2.
    for week in [0, 1] {
        let mut broken = plan.clone();
        let mut extra = broken.weeks[week].sessions[0].clone();
        extra.activity = Activity::Strength;
        extra.minutes = 5;
        broken.weeks[week].sessions.insert(1, extra);
        assert!(
            check_easy_weeks_day_totals(&i, &broken).is_err(),
            "week {week}"
        );
    }
}

#[test]
fn with_fewer_days_than_activities_strength_waits_for_week_three() {
    let i = inputs(
        &[Activity::Walking, Activity::Strength],
        10,
        &[Weekday::Wed],
        monday(),
        false,
    );
    let plan = generate(&i, &[], monday());
    check_every_rule(&i, &plan).unwrap();
    for week in &plan.weeks[..2] {
        assert_eq!(week.sessions.len(), 1);
        assert_eq!(week.sessions[0].activity, Activity::Walking);
    }
    let week3: Vec<_> = plan.weeks[2]
        .sessions
        .iter()
        .map(|s| (s.activity, s.minutes))
        .collect();
    assert_eq!(
        week3,
        [
            (Activity::Walking, 16),
            (Activity::Strength, SHARED_DAY_STRENGTH_MAX_MINUTES)
        ]
    );
    assert!(plan.weeks[2].sessions[1].note.contains("short set"));

    // With as many days as activities, strength takes one of them in weeks 1-2 instead.
    let two_days = inputs(
        &[Activity::Walking, Activity::Strength],
        10,
        &[Weekday::Mon, Weekday::Thu],
        monday(),
        false,
    );
    let plan = generate(&two_days, &[], monday());
    check_every_rule(&two_days, &plan).unwrap();
    let week1: Vec<_> = plan.weeks[0]
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
    let i = example();
    let plan = generate(&i, &[], monday());
    check_shared_day_strength(&plan).unwrap();
    // Week 3 of the example: Walking 16 + Strength 10, not Walking 16 + Strength 16.
    let monday3: Vec<_> = by_day(&plan.weeks[2]).into_values().next().unwrap();
    let monday3: Vec<_> = monday3.iter().map(|s| (s.activity, s.minutes)).collect();
    assert_eq!(monday3, [(Activity::Walking, 16), (Activity::Strength, 10)]);
    for week in &plan.weeks[2..] {
        let shared = by_day(week)
            .into_values()
            .filter(|t| t.len() == 2 && t.iter().any(|s| s.activity == Activity::Strength))
            .count();
        assert_eq!(shared, 2, "week {}", week.week);
    }

    // Broken on purpose: a full-length strength set on a shared day...
    let mut long_set = plan.clone();
    long_set.weeks[2].sessions[1].minutes = 16;
    assert!(check_shared_day_strength(&long_set).is_err());
    // ...and a short set longer than the day's main session.
    let mut short_main = plan.clone();
    short_main.weeks[2].sessions[0].minutes = 8;
    assert!(check_shared_day_strength(&short_main).is_err());
    // Strength on its own day keeps its own limit.
    let mut alone = plan;
    let own_day = alone.weeks[0]
        .sessions
        .iter()
        .position(|s| s.activity == Activity::Strength)
        .unwrap();
    alone.weeks[0].sessions[own_day].minutes = STRENGTH_MAX_MINUTES;
    assert!(check_shared_day_strength(&alone).is_ok());
    alone.weeks[0].sessions[own_day].minutes = STRENGTH_MAX_MINUTES + 1;
    assert!(check_shared_day_strength(&alone).is_err());

    // A strength-only plan is unchanged: its sets grow up to STRENGTH_MAX_MINUTES.
    let strength_only = inputs(
        &[Activity::Strength],
        30,
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
        monday(),
        false,
    );
    let plan = generate(&strength_only, &[], monday());
    check_every_rule(&strength_only, &plan).unwrap();
    assert!(plan.sessions().all(|s| s.minutes == STRENGTH_MAX_MINUTES));
}

#[test]
fn same_inputs_give_the_same_plan() {
    let i = example();
    let log = [done(monday(), Activity::Walking, 10, Effort::Easy)];
    let today = monday() + Days::new(20);
    assert_eq!(generate(&i, &log, today), generate(&i, &log, today));
}

#[test]
fn serializes_in_the_agreed_json_shape() {
    let plan = generate(&example(), &[], monday());
    let json = serde_json::to_value(&plan).unwrap();
    let first = &json["weeks"][0]["sessions"][0];
    assert_eq!(json["weeks"][0]["week"], 1);
    assert_eq!(first["date"], "2026-01-05");
    assert_eq!(first["activity"], "walking");
    assert_eq!(first["minutes"], 10);
    assert_eq!(first["intensity"], "easy");
    assert!(first["note"].as_str().unwrap().contains("chat"));
    assert_eq!(json["gentle"], false);
    assert!(json.get("notice").is_none());
    let back: Plan = serde_json::from_value(json).unwrap();
    assert_eq!(back, plan);
}

// ---------------------------------------------------------------------------------------------
// Adaptation examples.

/// Logs every session of `week` in `plan` with the given outcome for each session.
fn log_week(
    plan: &Plan,
    week: u8,
    outcome: impl Fn(&momentum::core::plan::Session) -> LogEntry,
) -> Vec<LogEntry> {
    plan.weeks[usize::from(week - 1)]
        .sessions
        .iter()
        .map(outcome)
        .collect()
}

#[test]
fn too_hard_holds_the_next_week_at_the_same_level() {
    let i = inputs(
        &[Activity::Walking],
        10,
        &[Weekday::Mon, Weekday::Thu],
        monday(),
        false,
    );
    let base = generate(&i, &[], monday());
    let log = log_week(&base, 2, |s| {
        done(s.date, s.activity, s.minutes, Effort::TooHard)
    });
    let plan = generate(&i, &log, week_start(&i, 3));
    assert_eq!(plan.weeks[..2], base.weeks[..2]);
    assert_eq!(
        plan.weeks[2].longest_minutes(),
        base.weeks[1].longest_minutes()
    );
    // The weeks after that climb again from the held level, never below it.
    let levels = longest(&plan);
    assert!(levels.windows(2).all(|p| p[1] >= p[0]));
    assert!(levels[3] > levels[2]);
}

#[test]
fn skipping_costs_nothing_and_the_plan_moves_on_from_the_level_reached() {
    let i = inputs(
        &[Activity::Yoga],
        10,
        &[Weekday::Mon, Weekday::Thu],
        monday(),
        false,
    );
    let base = generate(&i, &[], monday());
    let mut log = log_week(&base, 1, |s| {
        done(s.date, s.activity, s.minutes, Effort::JustRight)
    });
    // Weeks 2-4 skipped entirely, then the visitor comes back.
    for week in 2..=4 {
        let plan = generate(&i, &log, week_start(&i, week));
        log.extend(log_week(&plan, week, |s| skipped(s.date, s.activity)));
    }
    let plan = generate(&i, &log, week_start(&i, 5));
    // Week 2 climbed (week 1 was done); weeks 3-5 stay at week 2's level: never lower.
    let levels = longest(&plan);
    let week_two = longest(&base)[1];
    assert!(week_two > 10);
    assert_eq!(levels[..5], [10, week_two, week_two, week_two, week_two]);
    // The sessions in between carry on as planned: nothing is made up for.
    assert_eq!(plan.weeks[..2], base.weeks[..2]);
    check_every_rule(&i, &plan).unwrap();
}

#[test]
fn easy_several_times_brings_the_next_step_sooner() {
    let i = inputs(
        &[Activity::Walking],
        5,
        &[Weekday::Mon, Weekday::Thu],
        monday(),
        false,
    );
    let base = generate(&i, &[], monday());
    let mut log = Vec::new();
    for week in 1..=3 {
        let plan = generate(&i, &log, week_start(&i, week));
        log.extend(log_week(&plan, week, |s| {
            done(s.date, s.activity, s.minutes, Effort::Easy)
        }));
    }
    let plan = generate(&i, &log, week_start(&i, 4));
    // Week 4 is a hold week in the base plan; easy weeks skip the hold, one step at a time.
    assert_eq!(longest(&base)[..4], [5, 8, 11, 11]);
    assert_eq!(longest(&plan)[..4], [5, 8, 11, 14]);
    check_every_rule(&i, &plan).unwrap();
}

#[test]
fn a_visitor_who_never_logs_gets_the_base_plan_whatever_the_date() {
    let i = example();
    let base = generate(&i, &[], monday());
    for days in [0, 10, 40, 83, 200] {
        assert_eq!(generate(&i, &[], monday() + Days::new(days)), base);
    }
}

#[test]
fn entries_dated_after_today_are_ignored() {
    let i = example();
    let base = generate(&i, &[], monday());
    let future = [done(
        monday() + Days::new(30),
        Activity::Walking,
        5,
        Effort::TooHard,
    )];
    assert_eq!(generate(&i, &future, monday()), base);
}

// ---------------------------------------------------------------------------------------------
// Exhaustive sweep over every input combination (base plans).

/// What the sweep saw, so it is known to exercise the day-length rules rather than pass them
/// vacuously.
#[derive(Default)]
struct Seen {
    shared_strength_days: usize,
    short_sets_below_the_cap: usize,
    early_strength_alone: usize,
    early_strength_waits: usize,
}

impl Seen {
    fn record(&mut self, inputs: &PlanInputs, plan: &Plan) {
        if !inputs.has(Activity::Strength) || inputs.activities() == [Activity::Strength] {
            return;
        }
        let early_strength = plan.weeks[..2]
            .iter()
            .flat_map(|w| &w.sessions)
            .any(|s| s.activity == Activity::Strength);
        if early_strength {
            self.early_strength_alone += 1;
        } else {
            self.early_strength_waits += 1;
        }
        for week in &plan.weeks[2..] {
            for today in by_day(week).into_values().filter(|t| t.len() > 1) {
                if let Some(s) = today.iter().find(|s| s.activity == Activity::Strength) {
                    self.shared_strength_days += 1;
                    if s.minutes < SHARED_DAY_STRENGTH_MAX_MINUTES {
                        self.short_sets_below_the_cap += 1;
                    }
                }
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
        for minutes in ALLOWED_START_MINUTES {
            for day_mask in 1u8..128 {
                let days = days_from_mask(day_mask);
                for gentle in [false, true] {
                    // Cycle the start weekday so every weekday starts some plans.
                    let start = monday() + Days::new(checked as u64 % 7);
                    let i = inputs(&activities, minutes, &days, start, gentle);
                    let plan = generate(&i, &[], start);
                    let result = check_every_rule(&i, &plan).and(check_target(&i, &plan));
                    if let Err(why) = result {
                        panic!("{why}\ninputs: {i:?}");
                    }
                    seen.record(&i, &plan);
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
}

// ---------------------------------------------------------------------------------------------
// Properties with random logs.

fn any_inputs() -> impl Strategy<Value = PlanInputs> {
    (
        1u8..16,
        prop::sample::select(ALLOWED_START_MINUTES.to_vec()),
        1u8..128,
        0u64..7,
        any::<bool>(),
    )
        .prop_map(|(am, minutes, dm, shift, gentle)| {
            inputs(
                &activities_from_mask(am),
                minutes,
                &days_from_mask(dm),
                monday() + Days::new(shift),
                gentle,
            )
        })
}

/// What a visitor does with one planned session.
#[derive(Clone, Debug)]
enum Choice {
    Unlogged,
    Skip,
    Did { minutes_delta: i16, effort: Effort },
}

fn any_choice() -> impl Strategy<Value = Choice> {
    prop_oneof![
        2 => Just(Choice::Unlogged),
        2 => Just(Choice::Skip),
        6 => (
            -10i16..15,
            prop_oneof![Just(Effort::Easy), Just(Effort::JustRight), Just(Effort::TooHard)]
        )
            .prop_map(|(minutes_delta, effort)| Choice::Did { minutes_delta, effort }),
    ]
}

fn entry_for(s: &momentum::core::plan::Session, choice: &Choice) -> Option<LogEntry> {
    match choice {
        Choice::Unlogged => None,
        Choice::Skip => Some(skipped(s.date, s.activity)),
        Choice::Did {
            minutes_delta,
            effort,
        } => {
            let minutes = (i32::from(s.minutes) + i32::from(*minutes_delta)).max(1) as u16;
            Some(done(s.date, s.activity, minutes, *effort))
        }
    }
}

/// Lives through the plan day by day: each week's sessions are read from the plan as it was on
/// the week's first day, answered with the next choices, and logged. Returns the log and the
/// plan each week was lived under.
fn live_through(inputs: &PlanInputs, choices: &[Choice]) -> (Vec<LogEntry>, Vec<Plan>) {
    let mut log = Vec::new();
    let mut seen = Vec::new();
    let mut next = choices.iter().cycle();
    for week in 1..=12u8 {
        let plan = generate(inputs, &log, week_start(inputs, week));
        for s in &plan.weeks[usize::from(week - 1)].sessions {
            log.extend(entry_for(s, next.next().unwrap()));
        }
        seen.push(plan);
    }
    (log, seen)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// All rules hold on adapted plans, the past never changes, and nothing logged changes.
    #[test]
    fn adapted_plans_keep_every_rule_and_the_past(
        i in any_inputs(),
        choices in prop::collection::vec(any_choice(), 1..40),
        extra_days in 0u64..10,
    ) {
        let (log, lived) = live_through(&i, &choices);
        let today = week_start(&i, 12) + Days::new(extra_days);
        let plan = generate(&i, &log, today);
        if let Err(why) = check_every_rule(&i, &plan) {
            return Err(TestCaseError::fail(why));
        }
        for (w, then) in lived.iter().enumerate() {
            prop_assert_eq!(&plan.weeks[w], &then.weeks[w], "week {} changed", w + 1);
        }
        for entry in &log {
            let planned = plan.session(entry.date, entry.activity);
            prop_assert!(planned.is_some(), "logged session vanished: {:?}", entry);
        }
        // Adapting never steps down.
        let levels = longest(&plan);
        prop_assert!(levels.windows(2).all(|p| p[1] >= p[0]), "{:?}", levels);
    }

    /// For any log at all, moving "today" forward never changes a session dated up to the old today.
    #[test]
    fn moving_today_forward_never_rewrites_the_past(
        i in any_inputs(),
        raw in prop::collection::vec((0u64..90, 0usize..4, any_choice()), 0..40),
        t1 in 0u64..90,
        later in 0u64..30,
    ) {
        let log: Vec<LogEntry> = raw
            .iter()
            .filter_map(|(day, a, choice)| {
                let probe = momentum::core::plan::Session {
                    date: i.start() + Days::new(*day),
                    activity: Activity::ALL[*a],
                    minutes: 15,
                    intensity: Intensity::Easy,
                    note: String::new(),
                };
                entry_for(&probe, choice)
            })
            .collect();
        let today1 = i.start() + Days::new(t1);
        let today2 = today1 + Days::new(later);
        let before: Vec<_> = generate(&i, &log, today1).sessions().filter(|s| s.date <= today1).cloned().collect();
        let after: Vec<_> = generate(&i, &log, today2).sessions().filter(|s| s.date <= today1).cloned().collect();
        prop_assert_eq!(before, after);
        let plan = generate(&i, &log, today2);
        if let Err(why) = check_every_rule(&i, &plan) {
            return Err(TestCaseError::fail(why));
        }
    }

    /// A visitor who does every session as planned (just right or easy) still reaches the target.
    #[test]
    fn doing_the_plan_reaches_the_target(
        i in any_inputs(),
        efforts in prop::collection::vec(prop_oneof![Just(Effort::Easy), Just(Effort::JustRight)], 1..20),
    ) {
        let choices: Vec<Choice> = efforts
            .into_iter()
            .map(|effort| Choice::Did { minutes_delta: 0, effort })
            .collect();
        let (log, _) = live_through(&i, &choices);
        let plan = generate(&i, &log, week_start(&i, 12));
        if let Err(why) = check_every_rule(&i, &plan).and(check_target(&i, &plan)) {
            return Err(TestCaseError::fail(why));
        }
        let base = generate(&i, &[], i.start());
        let ahead = longest(&plan).iter().zip(longest(&base)).all(|(a, b)| *a >= b);
        prop_assert!(ahead, "doing the plan left the visitor behind the base plan");
    }

    /// "Too hard" on a week's sessions holds the next week exactly at that week's level.
    #[test]
    fn too_hard_holds_exactly_one_level(i in any_inputs(), week in 1u8..12) {
        let base = generate(&i, &[], i.start());
        let mut log: Vec<LogEntry> = Vec::new();
        for w in 1..week {
            log.extend(log_week(&base, w, |s| done(s.date, s.activity, s.minutes, Effort::JustRight)));
        }
        log.extend(log_week(&base, week, |s| done(s.date, s.activity, s.minutes, Effort::TooHard)));
        let plan = generate(&i, &log, week_start(&i, week + 1));
        let levels = longest(&plan);
        let w = usize::from(week);
        prop_assert_eq!(levels[w], levels[w - 1]);
        prop_assert_eq!(&plan.weeks[..w], &base.weeks[..w]);
    }
}
