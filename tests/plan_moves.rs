//! Moves and swaps on the Plan screen: what is offered, what is refused, and putting back.

mod common;

use chrono::Days;
use common::plan_checks::{check_every_rule, check_strength_spacing};
use common::plan_fixtures::{change, example, fresh, monday, offers};
use momentum::core::activity::Activity;
use momentum::core::plan::adjust::AdjustError;
use momentum::core::plan::Role;

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
