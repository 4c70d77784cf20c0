//! Progress numbers derived from the log: minutes and sessions per plan week against that
//! week's planned total, all-time totals, and mood averages.
//!
//! Everything here is recomputed from the log and the stored weeks on demand and never stored,
//! so an edited or removed tick can never leave a stale total behind, and a week's target is
//! the week's own planned total, which never changes once the week has begun.
//! The consistency score lives in [`crate::core::consistency`].

use chrono::NaiveDate;

use crate::core::log::{Log, LogEntry};
use crate::core::plan::schedule::Schedule;

/// One plan week as the progress view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct WeekSummary {
    /// Weeks counted over the whole history, from 0.
    pub week: usize,
    /// Which plan the week belongs to (0 is the first).
    pub plan: usize,
    /// The week's number within its plan, from 1.
    pub number: u8,
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

/// One summary per plan week that has begun by `today`, over every plan, each against the
/// week's planned total. Entries after today are left out.
pub fn weekly_summaries(schedule: &Schedule, log: &Log, today: NaiveDate) -> Vec<WeekSummary> {
    schedule
        .weeks
        .iter()
        .filter(|w| w.week.start <= today)
        .enumerate()
        .map(|(week, planned)| {
            let mut acc = WeekAccumulator::default();
            let until = crate::core::dates::add_days(planned.week.start, 7)
                .min(crate::core::dates::add_days(today, 1));
            for entry in log.between(planned.week.start, until) {
                acc.add(entry);
            }
            let target = u32::from(planned.week.total_minutes());
            let mut summary = acc.finish(week, planned.week.start, Some(&target));
            summary.plan = planned.plan;
            summary.number = planned.number;
            summary
        })
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
    // The log is kept in date order, so equal days are neighbours.
    active_days.dedup();
    totals.active_days = u32::try_from(active_days.len()).unwrap_or(u32::MAX);
    totals
}

/// What the visitor's own mood notes say about moving: per day with a mood noted both before
/// and after a session, whether it was higher after. Only their own numbers, compared with
/// nothing and nobody else.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MoodInsight {
    /// Sessions with a mood noted before and after.
    pub sessions: u32,
    /// Days with such sessions.
    pub days: u32,
    /// Of those days, how many had a higher mood after than before (averaged over the day).
    pub better_days: u32,
    /// Of those days, how many had a lower mood after.
    pub lower_days: u32,
    /// The average of "after minus before" over the sessions, on the 1-5 scale.
    pub average_change: f64,
}

/// Sessions with both moods noted before Progress says anything about them: fewer would be
/// reading too much into a handful of days.
pub const MOOD_INSIGHT_MIN_SESSIONS: u32 = 5;

impl MoodInsight {
    /// Whether there are enough notes to say anything.
    pub fn is_ready(&self) -> bool {
        self.sessions >= MOOD_INSIGHT_MIN_SESSIONS
    }
}

/// Reads the mood notes of `entries` (in date order, as the log keeps them).
pub fn mood_insight(entries: &[LogEntry]) -> MoodInsight {
    let mut insight = MoodInsight::default();
    let mut total_change = 0i32;
    let mut day: Option<(NaiveDate, i32)> = None;
    let close_day = |insight: &mut MoodInsight, day: Option<(NaiveDate, i32)>| {
        if let Some((_, change)) = day {
            insight.days += 1;
            match change.signum() {
                1 => insight.better_days += 1,
                -1 => insight.lower_days += 1,
                _ => {}
            }
        }
    };
    for entry in entries {
        let (Some(before), Some(after)) = (entry.mood_before, entry.mood_after) else {
            continue;
        };
        let change = i32::from(after) - i32::from(before);
        insight.sessions += 1;
        total_change += change;
        match &mut day {
            Some((date, sum)) if *date == entry.date => *sum += change,
            _ => {
                close_day(&mut insight, day.take());
                day = Some((entry.date, change));
            }
        }
    }
    close_day(&mut insight, day);
    if insight.sessions > 0 {
        insight.average_change = f64::from(total_change) / f64::from(insight.sessions);
    }
    insight
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
            plan: 0,
            number: 1,
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
    use crate::core::activity::Activity;
    use crate::core::log::Outcome;

    fn noted(day: u32, activity: Activity, before: u8, after: u8) -> LogEntry {
        let mut entry = LogEntry::new(
            NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
            activity,
            Outcome::Done {
                minutes: 10,
                effort: None,
            },
        );
        entry.mood_before = Some(before);
        entry.mood_after = Some(after);
        entry
    }

    #[test]
    fn mood_notes_are_counted_per_day_and_only_with_both_moods() {
        let mut half = noted(3, Activity::Walking, 3, 3);
        half.mood_after = None;
        let entries = [
            noted(1, Activity::Walking, 2, 4),
            noted(2, Activity::Walking, 3, 3),
            // Two sessions on the 4th: +2 and -1, better on the whole.
            noted(4, Activity::Walking, 2, 4),
            noted(4, Activity::Yoga, 4, 3),
            noted(5, Activity::Walking, 4, 2),
            half,
        ];
        let insight = mood_insight(&entries);
        assert_eq!(insight.sessions, 5);
        assert_eq!(
            (insight.days, insight.better_days, insight.lower_days),
            (4, 2, 1)
        );
        assert!((insight.average_change - 0.2).abs() < 1e-9);
        assert!(insight.is_ready());
        assert!(!mood_insight(&entries[..4]).is_ready());
    }

    #[test]
    fn weeks_count_from_the_start_date() {
        let start = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
        assert_eq!(week_of(start, start), Some(0));
        assert_eq!(week_of(start, start + chrono::Days::new(6)), Some(0));
        assert_eq!(week_of(start, start + chrono::Days::new(7)), Some(1));
        assert_eq!(week_of(start, start - chrono::Days::new(1)), None);
    }
}
