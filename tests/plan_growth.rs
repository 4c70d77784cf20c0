//! One example per growth rule of the plan spec, plus proof that the rule's checker rejects a
//! schedule broken on purpose (so each check is known to be able to fail): start small, grow
//! slowly, reach the target, gentle mode, easy opening weeks, and a later plan.

mod common;

use chrono::{Days, Weekday};
use common::choices;
use common::plan_checks::{
    check_easy_opening, check_every_rule, check_gentle, check_growth, check_start_small,
    check_target,
};
use common::plan_fixtures::{
    all_days, base, done, example, fresh, gentle, levels, monday, totals, weekly_cap,
};
use momentum::core::activity::Activity;
use momentum::core::log::Effort;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{
    Intensity, EASY_ONLY_WEEKS, GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH,
    LIGHT_MIN_MINUTES, MAX_SESSION_MINUTES, MAX_WEEKLY_GROWTH, MAX_WEEKLY_MINUTES,
    RECOVERY_MINUTES, SESSION_LENGTHS, SHARED_DAY_STRENGTH_MAX_MINUTES, STRENGTH_MAX_MINUTES,
    TARGET_MINUTES, WEEKS,
};

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
