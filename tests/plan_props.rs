//! Properties of the plan: a visitor lives through it with random logs, so every week ends up
//! stored; the rules hold for stored and derived weeks alike, adaptation never punishes, begun
//! weeks never change, and moves and swaps keep every rule.

mod common;

use chrono::{Datelike, Days, NaiveDate};
use common::plan_checks::{
    check_day_length, check_easy_opening, check_every_rule, check_strength_spacing, check_target,
    check_weeks,
};
use common::plan_fixtures::{
    any_choices, base, change, done, fresh, growth_limit, levels, offers, shown, weekly_cap,
};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Choices, Intensity, Session, GENTLE_MAX_SESSION_MINUTES, WEEKS};
use momentum::core::record::Record;
use proptest::prelude::*;

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
