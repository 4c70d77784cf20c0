//! How the longest session of a week grows: a "ladder" of weekly levels in small steps with
//! built-in hold weeks, the start-low-go-slow pattern from REFERENCES.md.
//!
//! The base plan climbs one rung a week. Adaptation (see `adapt`) only ever chooses between
//! staying on a rung, climbing one rung, or skipping a hold rung; because every rung is at most
//! one step above the one before, the growth limit holds for every adapted plan too.

/// The plan is twelve weeks long: the article's "three months".
pub const WEEKS: u8 = 12;

/// No session is ever longer than this, whatever happens.
pub const MAX_SESSION_MINUTES: u16 = 45;

/// The article's target length: sessions of at least 30 minutes by the end of the plan.
pub const TARGET_MINUTES: u16 = 30;

/// The most the longest session may grow from one week to the next.
pub const MAX_WEEKLY_GROWTH: u16 = 4;

/// In gentle mode sessions grow at most this much a week...
pub const GENTLE_MAX_WEEKLY_GROWTH: u16 = 2;

/// ...and never get longer than this; the 30-minute target waits for a later plan.
pub const GENTLE_MAX_SESSION_MINUTES: u16 = 20;

/// Weeks (1-based) that repeat the previous week's level, so growth has regular pauses.
pub const HOLD_WEEKS: [u8; 2] = [4, 8];

/// The weekly levels of one plan: `rungs[i]` is the longest session of week `i + 1` in the
/// base plan. Rungs never go down and rise by at most the growth limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    rungs: [u16; WEEKS as usize],
}

impl Ladder {
    /// Builds the ladder from the visitor's comfortable minutes. The step is the smallest one
    /// that still reaches the top (30 minutes, or 20 in gentle mode) by week 12 after leaving out
    /// the hold weeks: 9 growing weeks of at most 3 minutes cover the widest gap (5 → 30), so the
    /// target is reached from every allowed start without ever needing the full 4-minute step.
    pub fn new(start_minutes: u16, gentle: bool) -> Ladder {
        let top = top_minutes(gentle);
        let first = start_minutes.min(top);
        let growing_weeks = (2..=WEEKS).filter(|w| !HOLD_WEEKS.contains(w)).count() as u16;
        let step = (top - first)
            .div_ceil(growing_weeks)
            .min(max_weekly_growth(gentle));
        let mut rungs = [first; WEEKS as usize];
        for week in 2..=WEEKS {
            let i = usize::from(week - 1);
            let grow = if HOLD_WEEKS.contains(&week) { 0 } else { step };
            rungs[i] = (rungs[i - 1] + grow).min(top);
        }
        Ladder { rungs }
    }

    /// The level on rung `position` (0-based); past the last rung the ladder stays at the top.
    pub fn level(&self, position: usize) -> u16 {
        self.rungs[position.min(self.rungs.len() - 1)]
    }

    /// The next rung after `position`, skipping rungs that would only repeat the current level
    /// (a hold week), but never climbing more than one real step.
    pub fn next_real_step(&self, position: usize) -> usize {
        let here = self.level(position);
        (position + 1..self.rungs.len())
            .find(|&p| self.level(p) > here)
            .unwrap_or(position + 1)
    }
}

/// The highest level a plan climbs to.
pub fn top_minutes(gentle: bool) -> u16 {
    if gentle {
        GENTLE_MAX_SESSION_MINUTES
    } else {
        TARGET_MINUTES
    }
}

/// The largest allowed week-over-week growth of the longest session.
pub fn max_weekly_growth(gentle: bool) -> u16 {
    if gentle {
        GENTLE_MAX_WEEKLY_GROWTH
    } else {
        MAX_WEEKLY_GROWTH
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::inputs::SESSION_LENGTHS;

    #[test]
    fn reaches_the_target_by_week_twelve_from_every_start() {
        for start in SESSION_LENGTHS {
            let ladder = Ladder::new(start, false);
            assert_eq!(ladder.level(11), TARGET_MINUTES, "start {start}");
            let gentle = Ladder::new(start, true);
            assert_eq!(
                gentle.level(11),
                GENTLE_MAX_SESSION_MINUTES,
                "start {start}"
            );
        }
    }

    #[test]
    fn grows_in_small_steps_and_holds_now_and_then() {
        for gentle in [false, true] {
            for start in SESSION_LENGTHS {
                let ladder = Ladder::new(start, gentle);
                assert_eq!(ladder.level(0), start.min(top_minutes(gentle)));
                for p in 1..usize::from(WEEKS) {
                    let growth = ladder.level(p) - ladder.level(p - 1);
                    assert!(growth <= max_weekly_growth(gentle));
                }
                for hold in HOLD_WEEKS {
                    let p = usize::from(hold - 1);
                    assert_eq!(ladder.level(p), ladder.level(p - 1));
                }
            }
        }
    }

    #[test]
    fn the_slowest_start_climbs_three_minutes_at_a_time() {
        let levels: Vec<u16> = (0..12).map(|p| Ladder::new(5, false).level(p)).collect();
        assert_eq!(levels, [5, 8, 11, 11, 14, 17, 20, 20, 23, 26, 29, 30]);
    }

    #[test]
    fn skipping_a_hold_climbs_one_real_step() {
        let ladder = Ladder::new(5, false);
        // Rung 2 (week 3, 11 min) is followed by the hold rung 3; the next real step is rung 4.
        assert_eq!(ladder.next_real_step(2), 4);
        assert_eq!(ladder.next_real_step(0), 1);
        // At the top there is nowhere higher to go.
        assert_eq!(ladder.next_real_step(11), 12);
        assert_eq!(ladder.level(40), TARGET_MINUTES);
    }
}
