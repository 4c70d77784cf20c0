//! The ways the record's plan history changes: weeks are kept as they begin, a plan starts, the
//! choices change from today on, a session is moved, swapped or put back. Each keeps the rule
//! that a week which has begun only changes where the visitor asks for it.

use chrono::NaiveDate;

use crate::core::activity::Activity;
use crate::core::log::EntryKey;
use crate::core::plan::adjust::{self, AdjustError, Adjustment, Context};
use crate::core::plan::growth::{self, level_after_change};
use crate::core::plan::schedule::{begun_unstored, pattern_week, reached_recently, Schedule};
use crate::core::plan::{Choices, Layout, PlanError, PlanStart, Session, Week};
use crate::core::record::Record;

impl Record {
    /// Stores every week that has begun by `today` and is not stored yet, exactly as it is
    /// shown now (its moves written in). Returns whether anything was stored.
    pub fn catch_up(&mut self, today: NaiveDate) -> bool {
        let schedule = self.schedule(today);
        let begun: Vec<Week> = begun_unstored(&schedule, today)
            .map(|w| w.week.clone())
            .collect();
        if begun.is_empty() {
            return false;
        }
        for week in begun {
            self.moves.retain(|m| !week.contains(m.date));
            let at = self.weeks.partition_point(|w| w.start < week.start);
            self.weeks.insert(at, week);
        }
        true
    }

    /// Whether a week has begun by `today` that is not stored yet (see [`Record::catch_up`]).
    pub fn needs_catch_up(&self, today: NaiveDate) -> bool {
        begun_unstored(&self.schedule(today), today)
            .next()
            .is_some()
    }

    /// Starts the visitor's first plan on `start` with `choices`.
    pub fn start_first_plan(
        &mut self,
        choices: Choices,
        start: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), PlanError> {
        choices.inputs(start)?;
        self.choices = choices;
        self.plans = vec![PlanStart { start }];
        self.weeks.clear();
        self.moves.clear();
        self.catch_up(today);
        Ok(())
    }

    /// Whether every plan's twelve weeks are behind the visitor, so the next can begin.
    pub fn plan_finished(&self, today: NaiveDate) -> bool {
        self.plans.last().is_some_and(|plan| plan.end() <= today)
    }

    /// Starts the next twelve weeks today, continuing the same history: the level carries on
    /// from the last week (gentler after a break), and nothing before changes.
    pub fn start_next_plan(&mut self, today: NaiveDate) -> bool {
        if !self.plan_finished(today) || !self.has_plan() {
            return false;
        }
        self.plans.push(PlanStart { start: today });
        self.catch_up(today);
        true
    }

    /// New choices from today on: today's unlogged sessions and everything after follow them;
    /// what is done, logged or dated before today stays as it was. The week in progress gets
    /// a level that starts from what the visitor actually reached, within the growth rules,
    /// and its total stays within the weekly cap.
    pub fn change_choices(&mut self, choices: Choices, today: NaiveDate) -> Result<(), PlanError> {
        let Some(plan) = self.plans.last().copied() else {
            return Err(PlanError::NoActivities);
        };
        let inputs = choices.inputs(plan.start)?;
        self.catch_up(today);
        let reached = reached_recently(&self.log, today);
        let log = &self.log;
        let index = self.weeks.iter().rposition(|w| w.contains(today));
        if let Some(index) = index.filter(|_| plan.start <= today) {
            let number = week_number(plan, self.weeks[index].start);
            let previous = index.checked_sub(1).map(|i| &self.weeks[i]);
            let previous_total = previous.map(Week::total_minutes);
            let mut strength_days = strength_dates(previous.into_iter().flat_map(|w| &w.sessions));
            let week = &mut self.weeks[index];
            let level =
                level_after_change(week.level, choices.minutes_today, reached, choices.gentle);
            let keep = |s: &Session| s.date < today || log.get(s.key()).is_some();
            let kept: Vec<_> = week.sessions.iter().filter(|s| keep(s)).cloned().collect();
            let kept_days: Vec<NaiveDate> = kept.iter().map(|s| s.date).collect();
            let kept_total: u16 = kept.iter().map(|s| s.minutes).sum();
            strength_days.extend(strength_dates(&kept));
            let layout = Layout::new(&inputs);
            let pattern = pattern_week(self.plans.len() - 1, number, week.welcome_back);
            let fresh = |level: u16| {
                layout
                    .sessions(week.start, pattern, level)
                    .into_iter()
                    .filter(|s| s.date >= today && !kept_days.contains(&s.date))
                    // The old days' strength stays; new strength never lands next to it.
                    .filter(|s| {
                        s.activity != Activity::Strength
                            || !strength_days
                                .iter()
                                .any(|d| (*d - s.date).num_days().abs() == 1)
                    })
                    .collect::<Vec<_>>()
            };
            let cap = previous_total.map(|t| growth::total_cap(t).saturating_sub(kept_total));
            let (level, added) = growth::fit(fresh, level, level, cap);
            let mut sessions = kept;
            sessions.extend(added);
            sessions.sort_by_key(|s| s.date);
            week.level = level;
            week.sessions = sessions;
        }
        self.choices = choices;
        // Moves of weeks ahead were made for the old choices; those that no longer fit are
        // skipped when the week is derived, so only today's and later are dropped here.
        self.moves.retain(|m| m.date < today);
        Ok(())
    }

    /// Moves or swaps one session, if `change` is allowed now.
    pub fn adjust(&mut self, change: &Adjustment, today: NaiveDate) -> Result<(), AdjustError> {
        let schedule = self.schedule(today);
        let index = week_index(&schedule, change.date).ok_or(AdjustError::NoSuchSession)?;
        let neighbours = schedule.neighbours(index);
        let context = Context {
            neighbours: &neighbours,
            chosen: &self.choices.activities,
            log: &self.log,
            today,
        };
        let planned = &schedule.weeks[index];
        adjust::check(&planned.week, context, change)?;
        if planned.stored {
            if let Some(week) = self
                .weeks
                .iter_mut()
                .find(|w| w.start == planned.week.start)
            {
                adjust::apply(week, change);
            }
        } else {
            self.moves.push(change.clone());
        }
        Ok(())
    }

    /// Puts a moved or swapped session back as first planned.
    pub fn put_back(&mut self, key: EntryKey, today: NaiveDate) -> Result<(), AdjustError> {
        let schedule = self.schedule(today);
        let index = week_index(&schedule, key.0).ok_or(AdjustError::NoSuchSession)?;
        let planned = &schedule.weeks[index];
        if !planned.stored {
            // A week ahead: forget the latest move that produced this session.
            let at = self
                .moves
                .iter()
                .rposition(|m| (m.to_date, m.to_activity) == key)
                .ok_or(AdjustError::NotChanged)?;
            self.moves.remove(at);
            return Ok(());
        }
        let neighbours = schedule.neighbours(index);
        let context = Context {
            neighbours: &neighbours,
            chosen: &self.choices.activities,
            log: &self.log,
            today,
        };
        let week = self
            .weeks
            .iter_mut()
            .find(|w| w.start == planned.week.start)
            .ok_or(AdjustError::NoSuchSession)?;
        adjust::put_back(week, context, key)
    }
}

/// The days of the strength sessions among `sessions`.
fn strength_dates<'a>(sessions: impl IntoIterator<Item = &'a Session>) -> Vec<NaiveDate> {
    sessions
        .into_iter()
        .filter(|s| s.activity == Activity::Strength)
        .map(|s| s.date)
        .collect()
}

/// The 1-based number of the week starting on `start` within `plan`.
fn week_number(plan: PlanStart, start: NaiveDate) -> u8 {
    u8::try_from((start - plan.start).num_days() / 7 + 1).unwrap_or(1)
}

fn week_index(schedule: &Schedule, date: NaiveDate) -> Option<usize> {
    schedule.weeks.iter().position(|w| w.week.contains(date))
}
