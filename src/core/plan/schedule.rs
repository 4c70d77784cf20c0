//! Every week of every plan, from the stored weeks and the visitor's choices.
//!
//! A week that has begun is read back exactly as stored. A week not stored yet is derived: its
//! level from the week before ([`growth`]) and that week's log ([`adapt`]), its days from the
//! choices ([`Layout`]), its total within the growth cap, and the visitor's moves for it applied.
//! [`catch_up`] stores each derived week once it has begun, so the derivation of a week runs
//! with the evidence there was when the visitor first saw it, and never again.
//!
//! [`growth`]: crate::core::plan::growth
//! [`adapt`]: crate::core::plan::adapt

use chrono::{Days, NaiveDate};

use crate::core::activity::Activity;
use crate::core::dates;
use crate::core::log::Log;
use crate::core::plan::adapt::{self, Evidence};
use crate::core::plan::adjust::{self, Adjustment, Context};
use crate::core::plan::growth::{self, Before, Growth, BREAK_DAYS};
use crate::core::plan::ladder::top_minutes;
use crate::core::plan::layout::Layout;
use crate::core::plan::{Choices, PlanStart, Session, Week, EASY_ONLY_WEEKS, WEEKS};

/// The stored history a schedule is built from, borrowed from the record.
#[derive(Clone, Copy)]
pub struct Timeline<'a> {
    /// The visitor's current choices, for weeks not yet stored.
    pub choices: &'a Choices,
    /// Every plan, in order.
    pub plans: &'a [PlanStart],
    /// Every week that has begun, in date order.
    pub weeks: &'a [Week],
    /// Moves and swaps of sessions in weeks not yet stored.
    pub moves: &'a [Adjustment],
    /// What the visitor did.
    pub log: &'a Log,
}

/// One week of one plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanWeek {
    /// Which plan (0 is the first).
    pub plan: usize,
    /// The week's number within its plan, 1 to 12.
    pub number: u8,
    /// The week's sessions and level.
    pub week: Week,
    /// Whether it is stored (has begun and been kept) rather than derived.
    pub stored: bool,
}

/// Every week of every plan, in date order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    /// Plan 1's weeks first.
    pub weeks: Vec<PlanWeek>,
}

impl Schedule {
    /// Puts stored and derived weeks together. Weeks whose choices cannot make a plan (no
    /// activity, say) are left out rather than guessed.
    pub fn build(timeline: &Timeline<'_>, today: NaiveDate) -> Schedule {
        let mut schedule = Schedule::default();
        let first_done = timeline
            .log
            .entries()
            .iter()
            .find(|e| e.is_done())
            .map(|e| e.date);
        let first_logged = timeline.log.entries().first().map(|e| e.date);
        for (plan, start) in timeline.plans.iter().enumerate() {
            let layout = timeline
                .choices
                .inputs(start.start)
                .ok()
                .map(|i| Layout::new(&i));
            for number in 1..=WEEKS {
                let week_start = start.week_start(number);
                if let Some(week) = stored_week(timeline.weeks, week_start) {
                    schedule.weeks.push(PlanWeek {
                        plan,
                        number,
                        week: week.clone(),
                        stored: true,
                    });
                    continue;
                }
                let Some(layout) = &layout else { continue };
                let facts = Facts {
                    timeline,
                    today,
                    first_done,
                    first_logged,
                };
                let week = schedule.derive(plan, number, week_start, layout, facts);
                schedule.weeks.push(PlanWeek {
                    plan,
                    number,
                    week,
                    stored: false,
                });
            }
        }
        schedule
    }

    /// Week `number` of plan `plan` starting on `start`, derived from the week before.
    fn derive(
        &self,
        plan: usize,
        number: u8,
        start: NaiveDate,
        layout: &Layout,
        facts: Facts<'_>,
    ) -> Week {
        let Facts {
            timeline, today, ..
        } = facts;
        let choices = timeline.choices;
        let previous = self.weeks.last();
        let first_level = self.first_level(plan, choices);
        let growth = Growth::for_plan(first_level, choices.minutes_today, choices.gentle);
        let (level, welcome_back) = match previous {
            None => (first_level, false),
            Some(before) => {
                let evidence = Evidence::of_week(
                    timeline.log.between(before.week.start, start),
                    before.week.start,
                    start,
                    today,
                    before.week.longest_minutes(),
                );
                let uses_log = facts.first_logged.is_some_and(|d| d < start);
                let step = adapt::next_step(evidence, start <= today, uses_log);
                let prior = Before {
                    level: before.week.level,
                    welcome_back: before.week.welcome_back,
                };
                growth::next_level(prior, number, step, facts.on_break(start), growth)
            }
        };
        let pattern = pattern_week(plan, number, welcome_back);
        let cap = previous.map(|p| growth::total_cap(p.week.total_minutes()));
        let lowest = previous.map_or(level, |p| p.week.level.min(level));
        let (level, sessions) =
            growth::fit(|l| layout.sessions(start, pattern, l), level, lowest, cap);
        let mut week = Week {
            start,
            level,
            welcome_back,
            sessions,
        };
        apply_moves(
            &mut week,
            self.weeks.last().map(|p| &p.week),
            choices,
            timeline,
            today,
        );
        week
    }

    /// The level of plan `plan`'s week 1: stored if it has begun; for a first plan, the
    /// visitor's minutes; for a later one, what the week before it reached.
    fn first_level(&self, plan: usize, choices: &Choices) -> u16 {
        if let Some(first) = self.weeks.iter().find(|w| w.plan == plan) {
            return first.week.level;
        }
        match self.weeks.last() {
            // Provisional until week 1 is laid out: it holds, or welcomes back, from here.
            Some(before) => before.week.level,
            None => choices.minutes_today.min(top_minutes(choices.gentle)),
        }
    }

    /// The week containing `date`, if a plan covers it.
    pub fn week_of(&self, date: NaiveDate) -> Option<&PlanWeek> {
        self.weeks.iter().find(|w| w.week.contains(date))
    }

    /// Where the session with this key is: its week and the session.
    pub fn session(&self, key: (NaiveDate, Activity)) -> Option<(&PlanWeek, &Session)> {
        let week = self.week_of(key.0)?;
        week.week.session(key).map(|s| (week, s))
    }

    /// Every session, in date order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.weeks.iter().flat_map(|w| w.week.sessions.iter())
    }

    /// The weeks of one plan.
    pub fn plan_weeks(&self, plan: usize) -> impl Iterator<Item = &PlanWeek> {
        self.weeks.iter().filter(move |w| w.plan == plan)
    }

    /// The weeks just before and after the one at `index`, for strength spacing.
    pub fn neighbours(&self, index: usize) -> Vec<&Week> {
        let before = index.checked_sub(1).and_then(|i| self.weeks.get(i));
        let after = self.weeks.get(index + 1);
        before.into_iter().chain(after).map(|w| &w.week).collect()
    }
}

/// Which week's pattern week `number` of plan `plan` is laid out with: the first plan opens
/// with its two easy weeks, and so does every welcome-back week; later plans, whose visitors
/// are no longer beginners, start with the full pattern.
pub fn pattern_week(plan: usize, number: u8, welcome_back: bool) -> u8 {
    if welcome_back {
        1
    } else if plan > 0 {
        number.max(EASY_ONLY_WEEKS + 1)
    } else {
        number
    }
}

/// What every derived week reads besides the schedule so far.
#[derive(Clone, Copy)]
struct Facts<'a> {
    timeline: &'a Timeline<'a>,
    today: NaiveDate,
    /// The first day anything was done, if ever.
    first_done: Option<NaiveDate>,
    /// The first day anything was logged (done or not), if ever.
    first_logged: Option<NaiveDate>,
}

impl Facts<'_> {
    /// Whether the week starting on `start` follows a break: it has begun, the visitor had done
    /// something before, and nothing in the [`BREAK_DAYS`] before it. A week still ahead is
    /// never a welcome-back week: the days until then may go as planned.
    fn on_break(&self, start: NaiveDate) -> bool {
        let from = start
            .checked_sub_days(Days::new(BREAK_DAYS))
            .unwrap_or(start);
        start <= self.today
            && self.first_done.is_some_and(|d| d < from)
            && !self
                .timeline
                .log
                .between(from, start)
                .iter()
                .any(|e| e.is_done())
    }
}

fn stored_week(weeks: &[Week], start: NaiveDate) -> Option<&Week> {
    weeks
        .binary_search_by_key(&start, |w| w.start)
        .ok()
        .map(|i| &weeks[i])
}

/// Applies the visitor's moves for a derived week in the order they made them, skipping any
/// that no longer fit the week as it now is.
fn apply_moves(
    week: &mut Week,
    before: Option<&Week>,
    choices: &Choices,
    timeline: &Timeline<'_>,
    today: NaiveDate,
) {
    let neighbours: Vec<&Week> = before.into_iter().collect();
    let (first, last) = (week.start, week.last_day());
    for change in timeline
        .moves
        .iter()
        .filter(|m| (first..=last).contains(&m.date))
    {
        let context = Context {
            neighbours: &neighbours,
            chosen: &choices.activities,
            log: timeline.log,
            // A move was checked against "today" when it was made; re-checked here for its
            // shape only.
            today: today.min(change.date).min(change.to_date),
        };
        if adjust::check(week, context, change).is_ok() {
            adjust::apply(week, change);
        }
    }
}

/// The weeks of `schedule` that have begun by `today` but are not stored yet: what the
/// record keeps from now on (see [`crate::core::record::Record::catch_up`]).
pub fn begun_unstored(schedule: &Schedule, today: NaiveDate) -> impl Iterator<Item = &PlanWeek> {
    schedule
        .weeks
        .iter()
        .filter(move |w| !w.stored && w.week.start <= today)
}

/// The longest session done, not too hard, in the [`BREAK_DAYS`] up to and including `today`:
/// what a visitor has recently reached.
pub fn reached_recently(log: &Log, today: NaiveDate) -> u16 {
    let from = today
        .checked_sub_days(Days::new(BREAK_DAYS - 1))
        .unwrap_or(today);
    log.between(from, dates::add_days(today, 1))
        .iter()
        .filter(|e| e.effort() != Some(crate::core::log::Effort::TooHard))
        .map(|e| e.minutes_done())
        .max()
        .unwrap_or(0)
}
