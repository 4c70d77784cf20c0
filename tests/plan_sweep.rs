//! An exhaustive sweep over every activity set × start minutes × weekday set × gentle mode,
//! with the start date cycling through all seven weekdays, of the plan as shown on its first
//! day (week 1 stored, weeks 2 to 12 derived): every rule of the plan spec holds.

mod common;

use chrono::Days;
use common::choices;
use common::plan_checks::{at_its_cap, check_every_rule, check_target};
use common::plan_fixtures::{activities_from_mask, by_day, days_from_mask, fresh, monday};
use momentum::core::activity::Activity;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Choices, SESSION_LENGTHS, SHARED_DAY_STRENGTH_MAX_MINUTES};

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
