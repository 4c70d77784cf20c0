//! The consistency score: a habit-strength number that grows with every session and fades slowly
//! after missed ones, instead of a streak that falls to zero after one bad day.
//!
//! This follows Loop Habit Tracker's published scoring (`Score.compute` and
//! `ScoreList.recompute` in iSoron/uhabits):
//!
//! * Each day, `score = previous * m + checked * (1 - m)` with `m = 0.5^(sqrt(f) / 13)`, where
//!   `f` is the planned sessions per day. For a daily plan a missed day halves the score only
//!   after 13 days without any session, so one missed day costs about 5 %.
//! * For plans of fewer than one session a day ("3 times a week"), `checked` is not the day's own
//!   tick but how much of the plan the recent window met: sessions in the last `2 × days` days
//!   divided by `2 × sessions`, capped at 1. Loop doubles the window so a weekly habit done on
//!   different weekdays each week still counts as fully kept.
//! * A day the visitor marked skipped (and did nothing else) leaves the score where it was,
//!   as Loop's "skip" does: skipping is an honest, cost-free answer, unlike silence.

use chrono::NaiveDate;

use crate::core::log::LogEntry;

/// How often the plan asks for a session, the way Loop states frequencies: `sessions` every
/// `days` days. `per_week(3)` is three sessions a week; two activities every day is `{2, 1}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frequency {
    /// Sessions the plan asks for in each period.
    pub sessions: u32,
    /// Length of the period in days.
    pub days: u32,
}

impl Frequency {
    /// One session every day, the frequency Loop's headline numbers are quoted for.
    pub const DAILY: Frequency = Frequency {
        sessions: 1,
        days: 1,
    };

    /// The usual case for Momentum: a number of sessions spread over the week.
    pub fn per_week(sessions: u32) -> Frequency {
        Frequency { sessions, days: 7 }
    }

    /// Planned sessions per day (`f` in Loop's formula); 0 when nothing is planned.
    pub fn per_day(self) -> f64 {
        if self.days == 0 {
            0.0
        } else {
            f64::from(self.sessions) / f64::from(self.days)
        }
    }
}

/// The score on one day, for the progress chart.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DailyScore {
    /// The chart's x axis.
    pub date: NaiveDate,
    /// Between 0 (no habit yet) and 1 (fully established).
    pub score: f64,
}

/// Loop's decay multiplier: how much of yesterday's score survives one day.
pub fn multiplier(sessions_per_day: f64) -> f64 {
    half_to_the(sessions_per_day.sqrt() / 13.0)
}

/// `0.5^x` for `x >= 0`, as `1 / e^(x ln 2)` summed from its power series (every term positive,
/// so nothing cancels), instead of `powf`: in the wasm, `powf` becomes libm's `exp2`, which
/// brings a 4 KB table of doubles that gzip cannot shrink. Within a few ulps of `powf` for the
/// exponents the score uses (under 0.2); NaN stays NaN and infinity gives 0.
fn half_to_the(x: f64) -> f64 {
    let y = x * std::f64::consts::LN_2;
    let (mut term, mut sum, mut n) = (1.0_f64, 1.0_f64, 0.0_f64);
    // Stops once a term no longer changes the sum (at once for NaN or infinity).
    while term > sum * (f64::EPSILON / 4.0) {
        n += 1.0;
        term *= y / n;
        sum += term;
    }
    1.0 / sum
}

/// One step of Loop's score: moves `previous` a little toward `checked` (0..=1).
pub fn next_score(sessions_per_day: f64, previous: f64, checked: f64) -> f64 {
    let m = multiplier(sessions_per_day);
    previous * m + checked * (1.0 - m)
}

/// The score for every day from `from` to `to` inclusive (empty if `to` is before `from`),
/// starting from 0 the day before `from`. Entries outside the range are ignored, so pass the
/// plan's start date as `from`. Nothing planned (`sessions` or `days` of 0) scores 0 throughout.
pub fn score_series(
    entries: &[LogEntry],
    frequency: Frequency,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<DailyScore> {
    let Ok(day_count) = usize::try_from((to - from).num_days() + 1) else {
        return Vec::new();
    };
    let days = tally_days(entries, from, day_count);
    let per_day = frequency.per_day();
    let (window_sessions, window_days) = scoring_window(frequency);

    let mut score = 0.0;
    let mut sessions_in_window: u64 = 0;
    let mut series = Vec::with_capacity(day_count);
    for (i, (day, date)) in days.iter().zip(from.iter_days()).enumerate() {
        sessions_in_window += u64::from(day.done);
        if let Some(dropped) = i.checked_sub(window_days).map(|j| days[j].done) {
            sessions_in_window -= u64::from(dropped);
        }
        if window_sessions > 0 && !day.only_skipped() {
            let checked = (sessions_in_window as f64 / window_sessions as f64).min(1.0);
            score = next_score(per_day, score, checked);
        }
        series.push(DailyScore { date, score });
    }
    series
}

/// Today's score, the number the widget shows; 0 before the plan starts.
pub fn consistency_score(
    entries: &[LogEntry],
    frequency: Frequency,
    from: NaiveDate,
    today: NaiveDate,
) -> f64 {
    score_series(entries, frequency, from, today)
        .last()
        .map_or(0.0, |d| d.score)
}

/// What one day holds, as far as the score cares.
#[derive(Clone, Copy, Default)]
struct DayTally {
    done: u32,
    skipped: u32,
}

impl DayTally {
    fn only_skipped(self) -> bool {
        self.done == 0 && self.skipped > 0
    }
}

fn tally_days(entries: &[LogEntry], from: NaiveDate, day_count: usize) -> Vec<DayTally> {
    let mut days = vec![DayTally::default(); day_count];
    for entry in entries {
        let offset = usize::try_from((entry.date - from).num_days()).ok();
        if let Some(day) = offset.and_then(|i| days.get_mut(i)) {
            if entry.is_done() {
                day.done += 1;
            } else {
                day.skipped += 1;
            }
        }
    }
    days
}

/// Loop's window: the plan's own period, doubled for plans of less than one session a day.
/// Returns `(sessions expected in the window, window length in days)`.
fn scoring_window(frequency: Frequency) -> (u64, usize) {
    let Frequency { sessions, days } = frequency;
    let factor = if sessions < days { 2 } else { 1 };
    let window_days = usize::try_from(u64::from(days.max(1)) * factor).unwrap_or(usize::MAX);
    (u64::from(sessions) * factor, window_days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_to_the_matches_powf() {
        // Every exponent a plan can ask for (up to 14 sessions a day), and well beyond.
        for k in 0..=20_000u32 {
            let x = f64::from(k) / 10_000.0;
            let (ours, libm) = (half_to_the(x), 0.5_f64.powf(x));
            assert!(
                (ours - libm).abs() <= 4.0 * f64::EPSILON * libm,
                "x {x}: {ours} vs {libm}"
            );
        }
        assert_eq!(half_to_the(0.0), 1.0);
        assert!((half_to_the(10.0) - 0.5_f64.powi(10)).abs() < 1e-15);
        assert!(half_to_the(f64::NAN).is_nan());
        assert_eq!(half_to_the(f64::INFINITY), 0.0);
    }

    #[test]
    fn multiplier_halves_a_daily_score_in_thirteen_days() {
        let thirteen_days = multiplier(1.0).powi(13);
        assert!((thirteen_days - 0.5).abs() < 1e-12);
    }

    #[test]
    fn weekly_plans_use_a_doubled_window() {
        assert_eq!(scoring_window(Frequency::per_week(3)), (6, 14));
        assert_eq!(scoring_window(Frequency::DAILY), (1, 1));
        assert_eq!(
            scoring_window(Frequency {
                sessions: 2,
                days: 1
            }),
            (2, 1)
        );
    }
}
