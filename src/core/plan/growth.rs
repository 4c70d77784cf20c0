//! How a week follows from the week before: its level (the length of its full sessions) and a
//! weekly total that never jumps.
//!
//! Growth is in small steps, with hold weeks (start low, go slow). Nothing here ever lowers a
//! level as a consequence of a hard or skipped week; the only lighter weeks are the visitor's
//! own choice (fewer minutes in the plan form) and the "welcome back" week after a break, which
//! ACSM's advice (restart below the previous level after a layoff) asks for.

use crate::core::plan::adapt::Step;
use crate::core::plan::ladder::{max_weekly_growth, top_minutes, HOLD_WEEKS, WEEKS};
use crate::core::plan::layout::LIGHT_MIN_MINUTES;
use crate::core::plan::{Role, Session};

/// After this many days with nothing done, the next week is a "welcome back" week.
pub const BREAK_DAYS: u64 = 14;

/// How far a plan climbs and by how much each step: fixed for the plan when its first week is
/// known, so a hold or a break never makes later steps bigger to catch up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Growth {
    /// The highest level this plan climbs to.
    pub top: u16,
    /// Minutes added to the level at each step.
    pub step: u16,
    /// The visitor's own comfortable minutes: a welcome-back week never goes below them.
    pub floor: u16,
}

impl Growth {
    /// A plan whose week 1 is at `first_level`; steps are the smallest that reach the top by
    /// week 12 from there, never more than the growth limit.
    pub fn for_plan(first_level: u16, minutes_today: u16, gentle: bool) -> Growth {
        let top = top_minutes(gentle).max(first_level);
        let growing_weeks = (2..=WEEKS).filter(|w| !HOLD_WEEKS.contains(w)).count() as u16;
        Growth {
            top,
            step: (top - first_level)
                .div_ceil(growing_weeks)
                .min(max_weekly_growth(gentle)),
            floor: minutes_today.min(top),
        }
    }
}

/// What the week before says about the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Before {
    /// Its level.
    pub level: u16,
    /// Whether it was already a welcome-back week.
    pub welcome_back: bool,
}

/// The level of plan week `number` (1-based) after a week `before`, and whether it is a
/// welcome-back week: `step` is what that week's log says ([`crate::core::plan::adapt`]),
/// `on_break` whether [`BREAK_DAYS`] have passed with nothing done.
pub fn next_level(
    before: Before,
    number: u8,
    step: Step,
    on_break: bool,
    growth: Growth,
) -> (u16, bool) {
    if on_break {
        let level = if before.welcome_back {
            before.level
        } else {
            welcome_back_level(before.level, growth.floor)
        };
        return (level, true);
    }
    let grown = (before.level + growth.step)
        .min(growth.top)
        .max(before.level);
    let level = match step {
        Step::Hold => before.level,
        // A plan's first week and its hold weeks repeat the level before.
        Step::Climb if number == 1 || HOLD_WEEKS.contains(&number) => before.level,
        Step::Climb | Step::ClimbSooner => grown,
    };
    (level, false)
}

/// Half-way between the visitor's own minutes and the level before the break: below it, never
/// below `floor`; a level that was already at or below `floor` is held, never raised.
pub fn welcome_back_level(before: u16, floor: u16) -> u16 {
    if before <= floor {
        before
    } else {
        floor + (before - floor) / 2
    }
}

/// The most a week may add up to after a week of `previous_total` planned minutes: 50% or 15
/// minutes more, whichever is larger.
pub fn total_cap(previous_total: u16) -> u16 {
    previous_total.saturating_add((previous_total / 2).max(15))
}

/// The level after the visitor changed their minutes to `chosen` while at `current`, having
/// recently done sessions of up to `reached` minutes: a lower choice is taken at once; a higher
/// one starts from what they actually reached (or the current level), one growth step at most.
pub fn level_after_change(current: u16, chosen: u16, reached: u16, gentle: bool) -> u16 {
    let top = top_minutes(gentle).max(current);
    let chosen = chosen.min(top);
    if chosen <= current {
        chosen
    } else {
        chosen.min(
            current
                .max(reached)
                .saturating_add(max_weekly_growth(gentle)),
        )
    }
}

/// Lays out a week at `level` and, when `cap` is given, brings its total within it: first by
/// shortening, then dropping, the added strength sets (latest first), then by shortening lighter
/// sessions, then by trying lower levels down to `lowest`, and last by shortening any session
/// and leaving out the week's latest ones. Returns the level used and the sessions.
pub fn fit(
    layout: impl Fn(u16) -> Vec<Session>,
    level: u16,
    lowest: u16,
    cap: Option<u16>,
) -> (u16, Vec<Session>) {
    let Some(cap) = cap else {
        return (level, layout(level));
    };
    let lowest = lowest.min(level);
    let mut candidate = level;
    loop {
        let mut sessions = layout(candidate);
        trim(&mut sessions, cap, candidate);
        if total(&sessions) <= cap || candidate <= lowest {
            shorten(&mut sessions, cap, |_| true);
            while total(&sessions) > cap {
                sessions.pop();
            }
            return (candidate, sessions);
        }
        candidate -= 1;
    }
}

fn total(sessions: &[Session]) -> u16 {
    sessions.iter().map(|s| s.minutes).sum()
}

/// The gentle reductions of [`fit`], in order, each only as far as needed.
fn trim(sessions: &mut Vec<Session>, cap: u16, level: u16) {
    let is_set = |s: &Session| s.role == Role::ShortSet;
    let is_light = |s: &Session| s.role != Role::ShortSet && s.minutes < level;
    shorten(sessions, cap, is_set);
    while total(sessions) > cap {
        match sessions.iter().rposition(is_set) {
            Some(i) => {
                sessions.remove(i);
            }
            None => break,
        }
    }
    shorten(sessions, cap, is_light);
}

/// Shortens the sessions `which` picks, latest first, down to the smallest session length.
fn shorten(sessions: &mut [Session], cap: u16, which: impl Fn(&Session) -> bool) {
    for i in (0..sessions.len()).rev() {
        let excess = total(sessions).saturating_sub(cap);
        if excess == 0 {
            return;
        }
        let session = &mut sessions[i];
        if which(session) {
            let spare = session.minutes.saturating_sub(LIGHT_MIN_MINUTES);
            session.minutes -= spare.min(excess);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_reach_the_top_by_week_twelve_without_exceeding_the_limit() {
        assert_eq!(Growth::for_plan(5, 5, false).step, 3);
        assert_eq!(
            Growth::for_plan(30, 10, false),
            Growth {
                top: 30,
                step: 0,
                floor: 10
            }
        );
        assert_eq!(Growth::for_plan(5, 5, true).step, 2);
    }

    #[test]
    fn climbing_holds_on_hold_weeks_and_never_goes_down() {
        let growth = Growth::for_plan(10, 10, false);
        let before = Before {
            level: 12,
            welcome_back: false,
        };
        assert_eq!(
            next_level(before, 5, Step::Climb, false, growth),
            (15, false)
        );
        assert_eq!(
            next_level(before, 4, Step::Climb, false, growth),
            (12, false)
        );
        assert_eq!(
            next_level(before, 4, Step::ClimbSooner, false, growth),
            (15, false)
        );
        assert_eq!(
            next_level(before, 5, Step::Hold, false, growth),
            (12, false)
        );
        assert_eq!(
            next_level(before, 1, Step::Climb, false, growth),
            (12, false)
        );
    }

    #[test]
    fn a_break_brings_a_lighter_week_once_then_holds_it() {
        let growth = Growth::for_plan(10, 10, false);
        let before = Before {
            level: 20,
            welcome_back: false,
        };
        assert_eq!(next_level(before, 7, Step::Climb, true, growth), (15, true));
        let again = Before {
            level: 15,
            welcome_back: true,
        };
        assert_eq!(next_level(again, 8, Step::Hold, true, growth), (15, true));
        assert_eq!(welcome_back_level(10, 10), 10);
        assert_eq!(welcome_back_level(11, 10), 10);
    }

    #[test]
    fn the_cap_is_half_again_or_fifteen_minutes() {
        assert_eq!(total_cap(24), 39);
        assert_eq!(total_cap(100), 150);
        assert_eq!(total_cap(0), 15);
    }

    #[test]
    fn a_changed_choice_starts_from_what_was_reached() {
        assert_eq!(level_after_change(16, 10, 16, false), 10);
        assert_eq!(level_after_change(10, 20, 12, false), 16);
        assert_eq!(level_after_change(10, 20, 25, false), 20);
        assert_eq!(level_after_change(10, 30, 0, true), 12);
    }
}
