//! Adapting without punishment: what last week's log says about this week's level.
//!
//! Any activity counts as evidence, planned or not. The decision is taken once, when a week
//! begins, and the week is then stored (see `schedule`), so nothing logged later changes it.

use chrono::NaiveDate;

use crate::core::log::{Effort, LogEntry, Outcome};

/// "Too easy" this many times in one week lets the next step come sooner.
pub const EASY_TIMES_TO_STEP_SOONER: usize = 2;

/// How the level moves from one week to the next. There is deliberately no "step down":
/// a hard or skipped week never costs the visitor what they already reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Stay at the same level (after "too hard", or when the longest session wasn't done yet).
    Hold,
    /// Climb one rung of the ladder, as planned.
    Climb,
    /// Climb one real step now, skipping a hold week ("too easy" several times).
    ClimbSooner,
}

/// What one week's log entries say, boiled down to what the next step needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Any session that week felt too hard.
    pub too_hard: bool,
    /// The visitor did (without "too hard") a session at least as long as the week's longest.
    pub reached_level: bool,
    /// How many sessions that week felt easy.
    pub easy_count: usize,
}

impl Evidence {
    /// Reads the entries dated in `[from, until)` and not after `today`.
    pub fn of_week(
        log: &[LogEntry],
        from: NaiveDate,
        until: NaiveDate,
        today: NaiveDate,
        longest_planned: u16,
    ) -> Evidence {
        let mut evidence = Evidence::default();
        for entry in log {
            if entry.date < from || entry.date >= until || entry.date > today {
                continue;
            }
            if let Outcome::Done { minutes, effort } = entry.outcome {
                // Unplanned activity may come without a word on effort: taken as "just right".
                match effort.unwrap_or(Effort::JustRight) {
                    Effort::TooHard => evidence.too_hard = true,
                    effort @ (Effort::Easy | Effort::JustRight) => {
                        if minutes >= longest_planned {
                            evidence.reached_level = true;
                        }
                        if effort == Effort::Easy {
                            evidence.easy_count += 1;
                        }
                    }
                }
            }
        }
        evidence
    }
}

/// Decides the step into the next week.
///
/// * `week_is_over`: the previous week is entirely in the past, so its log is complete.
///   While it is still going on, the rest of it is assumed to go as planned.
/// * `uses_the_log`: the visitor logged anything in this plan before the next week starts.
///   Someone who never logs (a printed plan on the fridge) simply follows the base plan; for
///   someone who does, a week with nothing done means they are not ready to climb yet.
pub fn next_step(evidence: Evidence, week_is_over: bool, uses_the_log: bool) -> Step {
    if evidence.too_hard {
        Step::Hold
    } else if evidence.reached_level && evidence.easy_count >= EASY_TIMES_TO_STEP_SOONER {
        Step::ClimbSooner
    } else if evidence.reached_level || !week_is_over || !uses_the_log {
        Step::Climb
    } else {
        Step::Hold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(too_hard: bool, reached_level: bool, easy_count: usize) -> Evidence {
        Evidence {
            too_hard,
            reached_level,
            easy_count,
        }
    }

    #[test]
    fn too_hard_always_holds() {
        for (over, uses) in [(true, true), (false, true), (true, false)] {
            assert_eq!(next_step(ev(true, true, 5), over, uses), Step::Hold);
        }
    }

    #[test]
    fn reaching_the_level_climbs_and_easy_climbs_sooner() {
        assert_eq!(next_step(ev(false, true, 0), true, true), Step::Climb);
        assert_eq!(next_step(ev(false, true, 1), true, true), Step::Climb);
        assert_eq!(next_step(ev(false, true, 2), true, true), Step::ClimbSooner);
        // Easy short sessions alone are not enough to climb sooner.
        assert_eq!(next_step(ev(false, false, 3), false, true), Step::Climb);
    }

    #[test]
    fn a_finished_week_without_the_longest_session_holds_for_loggers_only() {
        assert_eq!(next_step(ev(false, false, 0), true, true), Step::Hold);
        assert_eq!(next_step(ev(false, false, 0), true, false), Step::Climb);
        assert_eq!(next_step(ev(false, false, 0), false, true), Step::Climb);
    }
}
