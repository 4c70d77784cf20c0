//! The consistency score: a habit-strength number that grows with every day the visitor moves
//! and fades slowly on days the plan asked for and nothing happened, instead of a streak that
//! falls to zero after one bad day. It runs over the whole history, across every plan.
//!
//! It follows Loop Habit Tracker's scoring (`Score.compute` and `ScoreList.recompute` in
//! iSoron/uhabits), counting **days**: days the plan asked for, and days the visitor moved.
//!
//! * Each day, `score = previous × m + checked × (1 − m)` with `m = 0.5^(√f / 13)`, where `f`
//!   is the share of that week's days the plan asks for (3 of 7 for Monday, Wednesday and
//!   Friday; 1 for every day). A daily plan halves after 13 days with nothing done.
//! * `checked` is how much of the plan the recent window met: days with any activity logged
//!   (planned or not) divided by the days the plan asked for, at most 1. The window is the last
//!   14 days (Loop doubles the window of a non-daily habit, so a plan kept on different weekdays
//!   each week still counts as fully kept); for a plan with all seven days it is the day itself
//!   (Loop turns "n times in n days" into "every day").
//! * Kinder than Loop where this audience needs it: a planned day the visitor answered "Not
//!   today" (and did nothing else) no longer counts as asked for. So a "Not today" never scores
//!   lower than saying nothing would have, on that day or any later one. When the window asks
//!   for nothing, the score holds, or rises if the visitor moved anyway.

use chrono::NaiveDate;

use crate::core::log::Log;
use crate::core::plan::schedule::Schedule;

/// Days in the score's window for plans of fewer than seven days a week.
pub const WINDOW_DAYS: usize = 14;

/// What the plan asked of one day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanDay {
    /// The plan has at least one session on this day.
    pub planned: bool,
    /// How many days of the plan week containing this day have sessions (0 outside a plan).
    pub days_this_week: u8,
}

/// The score on one day, for the progress chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DailyScore {
    /// The chart's x axis.
    pub date: NaiveDate,
    /// Between 0 (no habit yet) and 1 (fully established).
    pub score: f64,
}

/// Loop's decay multiplier for a plan asking `days_a_week` of 7 days: how much of yesterday's
/// score survives one day.
pub fn multiplier(days_a_week: u8) -> f64 {
    let share = f64::from(days_a_week.clamp(1, 7)) / 7.0;
    0.5_f64.powf(share.sqrt() / 13.0)
}

/// What the plan asked of each day from `from` to `to` inclusive, read from the schedule.
pub fn plan_days(schedule: &Schedule, from: NaiveDate, to: NaiveDate) -> Vec<PlanDay> {
    let count = usize::try_from((to - from).num_days() + 1).unwrap_or(0);
    let mut days = vec![PlanDay::default(); count];
    for week in &schedule.weeks {
        let planned = week.week.planned_days();
        let days_this_week = u8::try_from(planned.len()).unwrap_or(7);
        for date in week.week.start.iter_days().take(7) {
            if let Some(day) = offset(from, date).and_then(|i| days.get_mut(i)) {
                day.days_this_week = days_this_week;
                day.planned = planned.contains(&date);
            }
        }
    }
    days
}

fn offset(from: NaiveDate, date: NaiveDate) -> Option<usize> {
    usize::try_from((date - from).num_days()).ok()
}

/// The score for every day of `plan`, whose first day is `from`, starting from 0 the day
/// before. Entries outside those days are ignored.
pub fn score_series(plan: &[PlanDay], from: NaiveDate, log: &Log) -> Vec<DailyScore> {
    let mut active = vec![false; plan.len()];
    let mut answered_not_today = vec![false; plan.len()];
    for entry in log.entries() {
        if let Some(i) = offset(from, entry.date).filter(|i| *i < plan.len()) {
            if entry.is_done() {
                active[i] = true;
            } else {
                answered_not_today[i] = true;
            }
        }
    }
    // A planned day counts as asked for unless the visitor said "Not today" and did nothing.
    let asked: Vec<bool> = (0..plan.len())
        .map(|i| {
            let excused = answered_not_today[i] && !active[i];
            plan[i].planned && !excused
        })
        .collect();
    let asked_sums = prefix_sums(&asked);
    let active_sums = prefix_sums(&active);

    let mut score = 0.0;
    let mut days_a_week = 0u8;
    let mut series = Vec::with_capacity(plan.len());
    for (i, date) in from.iter_days().take(plan.len()).enumerate() {
        if plan[i].days_this_week > 0 {
            days_a_week = plan[i].days_this_week;
        }
        let window = if days_a_week >= 7 { 1 } else { WINDOW_DAYS };
        let start = (i + 1).saturating_sub(window);
        let asked = asked_sums[i + 1] - asked_sums[start];
        let moved = active_sums[i + 1] - active_sums[start];
        let checked = match (asked, moved) {
            (0, 0) => None,
            (0, _) => Some(1.0),
            _ => Some((moved as f64 / asked as f64).min(1.0)),
        };
        if let Some(checked) = checked {
            let m = multiplier(days_a_week);
            score = score * m + checked * (1.0 - m);
        }
        series.push(DailyScore { date, score });
    }
    series
}

fn prefix_sums(flags: &[bool]) -> Vec<usize> {
    let mut sums = Vec::with_capacity(flags.len() + 1);
    sums.push(0);
    for (i, flag) in flags.iter().enumerate() {
        sums.push(sums[i] + usize::from(*flag));
    }
    sums
}

/// The score over the whole history up to `today`, from the first plan's first day; empty
/// before any plan starts.
pub fn history_scores(schedule: &Schedule, log: &Log, today: NaiveDate) -> Vec<DailyScore> {
    let Some(from) = schedule.weeks.first().map(|w| w.week.start) else {
        return Vec::new();
    };
    if today < from {
        return Vec::new();
    }
    score_series(&plan_days(schedule, from, today), from, log)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_daily_score_halves_in_thirteen_days() {
        assert!((multiplier(7).powi(13) - 0.5).abs() < 1e-12);
        // Three days a week: about twenty days.
        let half_life = 0.5_f64.ln() / multiplier(3).ln();
        assert!((half_life - 19.86).abs() < 0.01, "{half_life}");
    }
}
