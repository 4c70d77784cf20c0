//! Random sequences of what visitors do (ticks on the day and late, undo, "Not today",
//! something unplanned, new choices, moves, the next plan, days passing), with the promises
//! checked after every step: begun weeks never change behind the visitor's back, past targets
//! never change, the weekly total never jumps, a "Not today" never scores lower than silence,
//! and the score never resets across plans.

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::consistency::{history_scores, multiplier};
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::plan::{total_cap, Choices, Week, SESSION_LENGTHS};
use momentum::core::record::Record;
use proptest::prelude::*;

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(n)
}

#[derive(Clone, Debug)]
enum Act {
    /// Tick the `which`th session dated `back` days ago (today when 0).
    Tick {
        back: u64,
        which: usize,
        minutes: u16,
        effort: Option<Effort>,
    },
    Skip {
        back: u64,
        which: usize,
    },
    Undo {
        back: u64,
    },
    Unplanned {
        back: u64,
        activity: Activity,
        minutes: u16,
    },
    Change(Choices),
    Move {
        which: usize,
        offset: u64,
        swap: Option<Activity>,
    },
    NextPlan,
    Wait(u64),
}

fn choices() -> impl Strategy<Value = Choices> {
    let plannable = Activity::PLANNABLE.to_vec();
    (
        prop::sample::subsequence(plannable, 1..=4),
        prop::sample::select(SESSION_LENGTHS.to_vec()),
        prop::sample::subsequence(
            vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ],
            1..=7,
        ),
        any::<bool>(),
    )
        .prop_map(|(activities, minutes_today, weekdays, gentle)| Choices {
            activities,
            minutes_today,
            weekdays,
            gentle,
        })
}

fn effort() -> impl Strategy<Value = Option<Effort>> {
    prop::option::of(prop::sample::select(Effort::ALL.to_vec()))
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        6 => (0u64..9, 0usize..3, 1u16..40, effort())
            .prop_map(|(back, which, minutes, effort)| Act::Tick { back, which, minutes, effort }),
        2 => (0u64..9, 0usize..3).prop_map(|(back, which)| Act::Skip { back, which }),
        1 => (0u64..9).prop_map(|back| Act::Undo { back }),
        2 => (0u64..9, prop::sample::select(Activity::ALL.to_vec()), 1u16..60)
            .prop_map(|(back, activity, minutes)| Act::Unplanned { back, activity, minutes }),
        1 => choices().prop_map(Act::Change),
        1 => (0usize..4, 0u64..7, prop::option::of(prop::sample::select(Activity::PLANNABLE.to_vec())))
            .prop_map(|(which, offset, swap)| Act::Move { which, offset, swap }),
        1 => Just(Act::NextPlan),
        6 => prop_oneof![4 => 1u64..4, 1 => 4u64..25].prop_map(Act::Wait),
    ]
}

struct World {
    record: Record,
    today: NaiveDate,
}

impl World {
    fn sessions_on(&self, date: NaiveDate) -> Vec<(NaiveDate, Activity)> {
        let schedule = self.record.schedule(self.today);
        schedule
            .sessions()
            .filter(|s| s.date == date)
            .map(|s| s.key())
            .collect()
    }

    fn apply(&mut self, act: &Act) {
        let back = |b: &u64| {
            self.today
                .checked_sub_days(Days::new(*b))
                .unwrap_or(self.today)
        };
        match act {
            Act::Tick {
                back: b,
                which,
                minutes,
                effort,
            } => {
                let date = back(b);
                if let Some(key) = self.sessions_on(date).get(*which) {
                    let outcome = Outcome::Done {
                        minutes: *minutes,
                        effort: *effort,
                    };
                    self.record
                        .log_session(LogEntry::new(key.0, key.1, outcome));
                }
            }
            Act::Skip { back: b, which } => {
                if let Some(key) = self.sessions_on(back(b)).get(*which) {
                    self.record
                        .log_session(LogEntry::new(key.0, key.1, Outcome::Skipped));
                }
            }
            Act::Undo { back: b } => {
                let date = back(b);
                if let Some(key) = self
                    .record
                    .log
                    .between(date, date + Days::new(1))
                    .first()
                    .map(|e| e.key())
                {
                    self.record.remove_session(key);
                }
            }
            Act::Unplanned {
                back: b,
                activity,
                minutes,
            } => {
                let outcome = Outcome::Done {
                    minutes: *minutes,
                    effort: None,
                };
                self.record
                    .log_session(LogEntry::new(back(b), *activity, outcome));
            }
            Act::Change(choices) => {
                let _ = self.record.change_choices(choices.clone(), self.today);
            }
            Act::Move {
                which,
                offset,
                swap,
            } => {
                let schedule = self.record.schedule(self.today);
                if let Some(week) = schedule.week_of(self.today) {
                    if let Some(s) = week.week.sessions.get(*which) {
                        let change = Adjustment {
                            date: s.date,
                            activity: s.activity,
                            to_date: week.week.start + Days::new(*offset),
                            to_activity: swap.unwrap_or(s.activity),
                        };
                        let _ = self.record.adjust(&change, self.today);
                    }
                }
            }
            Act::NextPlan => {
                self.record.start_next_plan(self.today);
            }
            Act::Wait(days) => self.today = self.today + Days::new(*days),
        }
        self.record.catch_up(self.today);
    }

    fn score_today(&self) -> f64 {
        self.score_on(self.today)
    }

    fn score_on(&self, date: NaiveDate) -> f64 {
        let schedule = self.record.schedule(self.today);
        history_scores(&schedule, &self.record.log, self.today)
            .iter()
            .find(|d| d.date == date)
            .map_or(0.0, |d| d.score)
    }
}

fn week_at(weeks: &[Week], start: NaiveDate) -> Option<&Week> {
    weeks.iter().find(|w| w.start == start)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_past_stays_true(first in choices(), acts in prop::collection::vec(act(), 1..60)) {
        let mut world = World { record: Record::default(), today: day(0) };
        world.record.start_first_plan(first, day(0), day(0)).unwrap();
        for act in &acts {
            // The weeks the visitor has seen begin, as shown.
            let before: Vec<Week> = world
                .record
                .schedule(world.today)
                .weeks
                .into_iter()
                .filter(|w| w.week.start <= world.today)
                .map(|w| w.week)
                .collect();
            let today_before = world.today;
            let yesterday = world.today.pred_opt().unwrap();
            let score_yesterday = world.score_on(yesterday);
            world.apply(act);
            let log = &world.record.log;
            let shown = world.record.schedule(world.today);
            for week in shown.weeks.iter().filter(|w| w.week.start <= world.today) {
                prop_assert!(week.stored, "the week of {} has begun but is not stored", week.week.start);
            }
            for old in &before {
                let now = week_at(&world.record.weeks, old.start);
                prop_assert!(now.is_some(), "a stored week disappeared after {act:?}");
                let now = now.unwrap();
                match act {
                    Act::Change(_) | Act::Move { .. } => {
                        // Only the visitor's own change, and only from today on, unlogged.
                        for s in &old.sessions {
                            let fixed = s.date < today_before || log.get(s.key()).is_some();
                            if fixed && !matches!(act, Act::Move { .. }) {
                                prop_assert!(now.sessions.contains(s), "{s:?} changed after {act:?}");
                            }
                        }
                        if old.last_day() < today_before {
                            prop_assert_eq!(now, old, "a past week changed after {:?}", act);
                        }
                    }
                    _ => prop_assert_eq!(now, old, "a begun week changed after {:?}", act),
                }
            }
            let schedule = world.record.schedule(world.today);
            for pair in schedule.weeks.windows(2) {
                let (a, b) = (&pair[0].week, &pair[1].week);
                prop_assert!(
                    b.total_minutes() <= total_cap(a.total_minutes()),
                    "week of {} adds up to {} after {} ({:?})", b.start, b.total_minutes(), a.total_minutes(), act
                );
            }
            if matches!(act, Act::NextPlan) {
                // Yesterday's score stands, and today's carries on from it (one day's fading
                // at most), never from zero.
                prop_assert_eq!(world.score_on(yesterday), score_yesterday);
                let today = world.score_today();
                prop_assert!(today >= score_yesterday * multiplier(7) - 1e-12, "{score_yesterday} then {today}");
            }
        }
    }

    #[test]
    fn not_today_never_scores_lower_than_silence(
        first in choices(),
        acts in prop::collection::vec(act(), 1..40),
        skip_back in 0u64..9,
        which in 0usize..3,
        later in 0u64..30,
    ) {
        let mut world = World { record: Record::default(), today: day(0) };
        world.record.start_first_plan(first, day(0), day(0)).unwrap();
        for act in &acts {
            world.apply(act);
        }
        let date = world.today.checked_sub_days(Days::new(skip_back)).unwrap_or(world.today);
        let Some(key) = world.sessions_on(date).get(which).copied() else { return Ok(()); };
        if world.record.log.get(key).is_some() {
            return Ok(());
        }
        let mut said = World { record: world.record.clone(), today: world.today };
        said.record.log_session(LogEntry::new(key.0, key.1, Outcome::Skipped));
        for w in [&mut world, &mut said] {
            w.apply(&Act::Wait(later));
        }
        let silent_scores = history_scores(&world.record.schedule(world.today), &world.record.log, world.today);
        let said_scores = history_scores(&said.record.schedule(said.today), &said.record.log, said.today);
        for (quiet, skipped) in silent_scores.iter().zip(&said_scores) {
            prop_assert!(skipped.score >= quiet.score - 1e-12, "{}: {} < {}", skipped.date, skipped.score, quiet.score);
        }
    }
}
