//! Which sessions the "Add to calendar" file holds: whole weeks from today of the schedule a
//! record shows (stored weeks and derived ones alike), moved sessions on their new day, and
//! what the Plan screen offers.

mod common;

use common::date;
use common::ics::{events, options, parse, plan, record, stamp};
use momentum::core::activity::Activity;
use momentum::core::calendar::{file_name, session_uid, sessions_ics, upcoming};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::record::Record;
use momentum::present::screens::plan::calendar_file;
use momentum::present::state::{SaveMode, WidgetState};
use momentum::present::text::EN;

#[test]
fn upcoming_takes_whole_weeks_from_today() {
    let plan = plan();
    let today = date(2026, 1, 14); // a Wednesday in week 2
    let next = upcoming(&plan, today, 2);
    assert!(!next.is_empty());
    assert!(next
        .iter()
        .all(|s| s.date >= today && s.date < date(2026, 1, 28)));
    let expected = plan
        .sessions()
        .filter(|s| s.date >= today && s.date < date(2026, 1, 28))
        .count();
    assert_eq!(next.len(), expected);
    assert!(next.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(next[0].date, today, "today's session is included");

    assert!(upcoming(&plan, today, 0).is_empty());
    assert!(
        upcoming(&plan, date(2027, 1, 1), 4).is_empty(),
        "after the plan"
    );
    assert_eq!(
        upcoming(&plan, date(2026, 1, 5), 12).len(),
        plan.sessions().count(),
        "all twelve weeks"
    );
    assert_eq!(
        upcoming(&plan, date(2026, 1, 5), u32::MAX).len(),
        plan.sessions().count()
    );
}

#[test]
fn the_file_name_is_plain_and_dated() {
    assert_eq!(file_name(date(2026, 1, 5)), "momentum-plan-2026-01-05.ics");
}

#[test]
fn a_week_keeps_its_events_when_it_begins_and_is_stored() {
    // Exported on the first day (weeks 2 and 3 derived), then again when week 2 has begun and
    // is stored: the same events, updated in place.
    let first = record(date(2026, 1, 5));
    let later = record(date(2026, 1, 12));
    assert!(later.weeks.len() == 2 && first.weeks.len() == 1);
    let uids = |r: &Record, today| -> Vec<String> {
        let schedule = r.schedule(date(2026, 1, 5));
        let ics = sessions_ics(upcoming(&schedule, today, 3), &options(), &EN);
        events(&parse(&ics))
            .iter()
            .map(|e| e.raw("UID").to_string())
            .collect()
    };
    let today = date(2026, 1, 12);
    assert_eq!(uids(&first, today), uids(&later, today));
}

#[test]
fn a_moved_session_is_exported_on_its_new_day() {
    let today = date(2026, 1, 5);
    let mut r = record(today);
    let schedule = r.schedule(today);
    let wednesday = schedule
        .session((date(2026, 1, 7), Activity::Yoga))
        .map(|(_, s)| s.clone())
        .expect("yoga on Wednesday of week 1");
    r.adjust(
        &Adjustment {
            date: wednesday.date,
            activity: wednesday.activity,
            to_date: date(2026, 1, 8),
            to_activity: Activity::Yoga,
        },
        today,
    )
    .unwrap();
    let schedule = r.schedule(today);
    let ics = sessions_ics(upcoming(&schedule, today, 1), &options(), &EN);
    let uids: Vec<String> = events(&parse(&ics))
        .iter()
        .map(|e| e.raw("UID").to_string())
        .collect();
    assert!(uids.contains(&session_uid(
        date(2026, 1, 8),
        Activity::Yoga,
        "momentum/default"
    )));
    assert!(!uids.contains(&session_uid(
        date(2026, 1, 7),
        Activity::Yoga,
        "momentum/default"
    )));
}

#[test]
fn the_plan_screen_offers_the_next_weeks_of_the_schedule() {
    let today = date(2026, 1, 14);
    let r = record(today);
    let state = WidgetState::new(r.clone(), SaveMode::Save, None, today);
    let (name, text) = calendar_file(
        &state,
        "momentum/default",
        "Riverside Clinic",
        stamp(8),
        &EN,
    );
    assert_eq!(name, file_name(today));
    let schedule = r.schedule(today);
    let sessions = upcoming(&schedule, today, 4);
    assert!(!sessions.is_empty());
    assert_eq!(text, sessions_ics(sessions, &options(), &EN));
}
