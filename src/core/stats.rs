//! Progress numbers derived from the log: minutes and sessions per plan week against the plan's
//! targets, all-time totals, and mood averages.
//!
//! Everything here is recomputed from the log on demand and never stored, so an edited or
//! removed tick can never leave a stale total behind. Weekly targets come in as a plain slice
//! (minutes per plan week) so statistics do not depend on the plan engine.
//! The consistency score lives in [`crate::core::consistency`].

use chrono::NaiveDate;

use crate::core::log::LogEntry;

/// One plan week as the progress view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekSummary {
    /// Week number counted from the plan's start date, starting at 0.
    pub week: usize,
    /// The first day of this plan week (the start date's weekday, not necessarily Monday).
    pub first_day: NaiveDate,
    /// Minutes of done sessions.
    pub minutes_done: u32,
    /// The plan's minutes for this week; `None` beyond the targets given.
    pub target_minutes: Option<u32>,
    /// Sessions done, for "3 sessions this week".
    pub sessions_done: u32,
    /// Sessions marked skipped; shown neutrally, never as failures.
    pub sessions_skipped: u32,
    /// Average mood before sessions this week, `None` if the visitor never said.
    pub mood_before: Option<f64>,
    /// Average mood after sessions this week, `None` if the visitor never said.
    pub mood_after: Option<f64>,
}

impl WeekSummary {
    /// Share of the week's target reached, capped at 1 so a chart bar never overflows; `None`
    /// without a (non-zero) target.
    pub fn target_share(&self) -> Option<f64> {
        self.target_minutes
            .filter(|&target| target > 0)
            .map(|target| (f64::from(self.minutes_done) / f64::from(target)).min(1.0))
    }
}

/// All-time numbers for the encouraging summary line ("42 sessions, 510 minutes").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Sessions done since the first tick.
    pub sessions_done: u32,
    /// Sessions marked skipped since the first tick.
    pub sessions_skipped: u32,
    /// Minutes of done sessions since the first tick.
    pub minutes_done: u32,
    /// Distinct days with at least one done session.
    pub active_days: u32,
}

/// The plan week `date` falls in, counted from `start`; `None` before the plan started.
pub fn week_of(start: NaiveDate, date: NaiveDate) -> Option<usize> {
    usize::try_from((date - start).num_days() / 7)
        .ok()
        .filter(|_| date >= start)
}

/// One summary per plan week from the start date through the week containing `today`; empty
/// before the plan starts. `weekly_targets[n]` is the plan's minutes for week `n`. Entries before
/// the start or after today are left out.
pub fn weekly_summaries(
    entries: &[LogEntry],
    start: NaiveDate,
    weekly_targets: &[u32],
    today: NaiveDate,
) -> Vec<WeekSummary> {
    let Some(current_week) = week_of(start, today) else {
        return Vec::new();
    };
    let mut weeks: Vec<WeekAccumulator> = vec![WeekAccumulator::default(); current_week + 1];
    for entry in entries.iter().filter(|e| e.date <= today) {
        if let Some(week) = week_of(start, entry.date).and_then(|w| weeks.get_mut(w)) {
            week.add(entry);
        }
    }
    weeks
        .into_iter()
        .zip(start.iter_weeks())
        .enumerate()
        .map(|(week, (acc, first_day))| acc.finish(week, first_day, weekly_targets.get(week)))
        .collect()
}

/// Totals over the whole log, whatever the plan; sessions are counted once per entry.
pub fn totals(entries: &[LogEntry]) -> Totals {
    let mut totals = Totals::default();
    let mut active_days: Vec<NaiveDate> = Vec::new();
    for entry in entries {
        if entry.is_done() {
            totals.sessions_done += 1;
            totals.minutes_done = totals
                .minutes_done
                .saturating_add(u32::from(entry.minutes_done()));
            active_days.push(entry.date);
        } else {
            totals.sessions_skipped += 1;
        }
    }
    // The log is kept in date order, so this is already sorted and the small sort is linear.
    crate::core::sort_small_by(&mut active_days, Ord::cmp);
    active_days.dedup();
    totals.active_days = u32::try_from(active_days.len()).unwrap_or(u32::MAX);
    totals
}

/// An average built one value at a time.
#[derive(Clone, Copy, Default)]
struct Mean {
    sum: u32,
    count: u32,
}

impl Mean {
    fn add(&mut self, value: Option<u8>) {
        if let Some(value) = value {
            self.sum += u32::from(value);
            self.count += 1;
        }
    }

    fn value(self) -> Option<f64> {
        (self.count > 0).then(|| f64::from(self.sum) / f64::from(self.count))
    }
}

#[derive(Clone, Copy, Default)]
struct WeekAccumulator {
    minutes_done: u32,
    sessions_done: u32,
    sessions_skipped: u32,
    mood_before: Mean,
    mood_after: Mean,
}

impl WeekAccumulator {
    fn add(&mut self, entry: &LogEntry) {
        if entry.is_done() {
            self.sessions_done += 1;
            self.minutes_done = self
                .minutes_done
                .saturating_add(u32::from(entry.minutes_done()));
        } else {
            self.sessions_skipped += 1;
        }
        self.mood_before.add(entry.mood_before);
        self.mood_after.add(entry.mood_after);
    }

    fn finish(self, week: usize, first_day: NaiveDate, target: Option<&u32>) -> WeekSummary {
        WeekSummary {
            week,
            first_day,
            minutes_done: self.minutes_done,
            target_minutes: target.copied(),
            sessions_done: self.sessions_done,
            sessions_skipped: self.sessions_skipped,
            mood_before: self.mood_before.value(),
            mood_after: self.mood_after.value(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_count_from_the_start_date() {
        let start = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
        assert_eq!(week_of(start, start), Some(0));
        assert_eq!(week_of(start, start + chrono::Days::new(6)), Some(0));
        assert_eq!(week_of(start, start + chrono::Days::new(7)), Some(1));
        assert_eq!(week_of(start, start - chrono::Days::new(1)), None);
    }
}
