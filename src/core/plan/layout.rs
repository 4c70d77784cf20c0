//! Which days of a plan week hold which sessions. The pattern depends only on the inputs and
//! the week number, never on the log, so the calendar rules (chosen days, strength spacing,
//! variety, a recovery day, how long a day gets) hold by construction for base and adapted
//! plans alike.
//!
//! # Days with two sessions
//!
//! From week 3 a strength day usually also holds the day's walk, swim or yoga. Then strength is
//! a short set added on (at most [`SHARED_DAY_STRENGTH_MAX_MINUTES`], never longer than the main
//! session), so the day stays close to the length the visitor is used to. In the easy weeks 1
//! and 2 no day holds two sessions at all: the day is never longer than the week's one session,
//! so week 1 never asks for more than the minutes the visitor said they can do today. Strength
//! then takes a day of its own if the other activities still fit on the remaining days (so every
//! chosen activity still appears every week), and otherwise starts in week 3.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::plan::inputs::PlanInputs;
use crate::core::plan::{Intensity, Role, Session};

/// Up to this many days a week get a full-length session: the article's "3-4 times a week".
pub const FULL_LENGTH_DAYS: usize = 4;

/// Strength days a week in a mixed plan (WHO: muscle strengthening on 2 or more days).
pub const STRENGTH_DAYS: usize = 2;

/// Strength days a week when strength is the only choice (ACSM: 2-3 days a week).
pub const STRENGTH_ONLY_DAYS: usize = 3;

/// Strength sets stay short; the long sessions are the aerobic and yoga ones.
pub const STRENGTH_MAX_MINUTES: u16 = 20;

/// On a day that already holds a walk, swim or yoga session, strength is a short set added on:
/// at most this long (and never longer than that main session). The visitor told us how long
/// they can comfortably be active; a second full-length session on the same day would quietly
/// double it. Ten minutes is enough for a few simple moves (and ACSM notes that even bouts under
/// 10 minutes help very deconditioned people), while WHO's "2 or more days" of muscle
/// strengthening is met by the number of strength days, not by their length.
pub const SHARED_DAY_STRENGTH_MAX_MINUTES: u16 = 10;

/// A recovery session is at most this long, and always easy.
pub const RECOVERY_MINUTES: u16 = 10;

/// Shorter "light" sessions never go below this; 5 minutes is the article's smallest start.
pub const LIGHT_MIN_MINUTES: u16 = 5;

/// Weeks 1 and 2 are easy only: low impact first.
pub const EASY_ONLY_WEEKS: u8 = 2;

/// When all seven days are chosen, this one is the short, easy recovery day.
pub const RECOVERY_WEEKDAY: Weekday = Weekday::Sun;

/// The weekly pattern of one plan. Days are kept as offsets 0..7 from the start of a plan week
/// (the plan starts on any weekday), so offset 6 and the next week's offset 0 are neighbours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    start: NaiveDate,
    gentle: bool,
    /// Offsets of days with one main (non-strength) session from week 3 on, in order.
    main_days: Vec<u8>,
    /// Whether `main_days[i]` gets a full-length session (others get a lighter one).
    full_length: Vec<bool>,
    /// Like `main_days`, for weeks 1 and 2: without the day strength has to itself.
    early_main_days: Vec<u8>,
    /// Whether `early_main_days[i]` gets a full-length session.
    early_full_length: Vec<bool>,
    /// Non-strength activities, rotated over `main_days` week by week.
    main_activities: Vec<Activity>,
    /// With all seven days chosen: the recovery day's offset and its (gentlest) activity.
    recovery: Option<(u8, Activity)>,
    /// Offsets of strength days from week 3 on; never two calendar neighbours.
    strength_days: Vec<u8>,
    /// The strength days of weeks 1 and 2 (start small): a subset of `strength_days`, and never
    /// a day that also holds a main session.
    early_strength_days: Vec<u8>,
}

impl Layout {
    /// Works out the weekly pattern once per plan.
    pub fn new(inputs: &PlanInputs) -> Layout {
        let start = inputs.start();
        let chosen: Vec<u8> = (0..7u8)
            .filter(|&offset| inputs.days().contains(&weekday_at(start, offset)))
            .collect();
        let main_activities: Vec<Activity> = inputs
            .activities()
            .iter()
            .copied()
            .filter(|&a| a != Activity::Strength)
            .collect();

        let recovery = if chosen.len() == 7 {
            gentlest(&main_activities).map(|activity| {
                let offset = (0..7u8)
                    .find(|&o| weekday_at(start, o) == RECOVERY_WEEKDAY)
                    .expect("every weekday occurs in a week");
                (offset, activity)
            })
        } else {
            None
        };
        let recovery_offset = recovery.map(|(offset, _)| offset);

        let main_days: Vec<u8> = if main_activities.is_empty() {
            Vec::new()
        } else {
            chosen
                .iter()
                .copied()
                .filter(|&o| Some(o) != recovery_offset)
                .collect()
        };
        let full_length = spread_full_length(main_days.len());

        let (strength_days, early_strength_days) = if inputs.has(Activity::Strength) {
            let wanted = if main_activities.is_empty() {
                STRENGTH_ONLY_DAYS
            } else {
                STRENGTH_DAYS
            };
            let candidates: Vec<u8> = chosen
                .iter()
                .copied()
                .filter(|&o| Some(o) != recovery_offset)
                .collect();
            let days = spaced_strength_days(&candidates, wanted);
            let early = if main_activities.is_empty() {
                // Strength only: every strength day is its own day; start with one fewer.
                let n = days.len().saturating_sub(1).max(1).min(days.len());
                days[..n].to_vec()
            } else if main_days.len() > main_activities.len() {
                // One strength day of its own, the later one so the plan opens with a walk,
                // swim or yoga; the other activities still fit on the remaining days.
                days.last().copied().into_iter().collect()
            } else {
                // Taking a day from the others would leave an activity out; strength waits.
                Vec::new()
            };
            (days, early)
        } else {
            (Vec::new(), Vec::new())
        };
        let early_main_days: Vec<u8> = main_days
            .iter()
            .copied()
            .filter(|o| !early_strength_days.contains(o))
            .collect();
        let early_full_length = spread_full_length(early_main_days.len());

        Layout {
            start,
            gentle: inputs.gentle(),
            main_days,
            full_length,
            early_main_days,
            early_full_length,
            main_activities,
            recovery,
            strength_days,
            early_strength_days,
        }
    }

    /// The sessions of the week starting on `first_day` (a day with the plan's start weekday)
    /// laid out as plan week `week` (1-based: weeks 1 and 2 are the easy opening ones) when its
    /// full-length sessions are `level` minutes.
    pub fn sessions(&self, first_day: NaiveDate, week: u8, level: u16) -> Vec<Session> {
        let week = week.max(1);
        let (main_days, full_length, strength_days) = if week <= EASY_ONLY_WEEKS {
            (
                &self.early_main_days,
                &self.early_full_length,
                &self.early_strength_days,
            )
        } else {
            (&self.main_days, &self.full_length, &self.strength_days)
        };
        let mut sessions = Vec::new();
        for offset in 0..7u8 {
            let date = first_day + Days::new(u64::from(offset));
            // The minutes of the day's main session, if it has one.
            let mut main_minutes = None;
            if let Some(i) = main_days.iter().position(|&o| o == offset) {
                let activity = self.main_activity(week, i);
                let full = full_length[i];
                let minutes = if full { level } else { light_minutes(level) };
                let intensity = self.intensity(week, activity, full);
                sessions.push(session(date, activity, minutes, intensity, Role::Main));
                main_minutes = Some(minutes);
            }
            if let Some((_, activity)) = self.recovery.filter(|&(o, _)| o == offset) {
                let minutes = level.min(RECOVERY_MINUTES);
                sessions.push(session(
                    date,
                    activity,
                    minutes,
                    Intensity::Easy,
                    Role::Recovery,
                ));
            }
            if strength_days.contains(&offset) {
                let intensity = self.intensity(week, Activity::Strength, true);
                let (minutes, role) = match main_minutes {
                    Some(main) => (shared_strength_minutes(level, main), Role::ShortSet),
                    None => (level.min(STRENGTH_MAX_MINUTES), Role::Main),
                };
                sessions.push(session(date, Activity::Strength, minutes, intensity, role));
            }
        }
        sessions
    }

    /// Rotates the activities by one place each week so every one gets its turn on every day
    /// and, with at least as many days as activities, each appears every week.
    fn main_activity(&self, week: u8, main_day_index: usize) -> Activity {
        let m = self.main_activities.len();
        self.main_activities[(main_day_index + usize::from(week - 1)) % m]
    }

    /// Easy first and always in gentle mode; later, the full-length aerobic sessions and strength
    /// sets become moderate while yoga and the lighter days stay easy.
    fn intensity(&self, week: u8, activity: Activity, full_length: bool) -> Intensity {
        let may_be_moderate = !self.gentle && week > EASY_ONLY_WEEKS;
        let moderate_kind =
            activity == Activity::Strength || (activity.is_aerobic() && full_length);
        if may_be_moderate && moderate_kind {
            Intensity::Moderate
        } else {
            Intensity::Easy
        }
    }
}

/// A lighter day is about half the level, but never under the smallest start.
pub fn light_minutes(level: u16) -> u16 {
    (level / 2).max(LIGHT_MIN_MINUTES).min(level)
}

/// A strength set on a day that already holds a `main_minutes` session: short, and never longer
/// than that session (which is itself never under the smallest start).
pub fn shared_strength_minutes(level: u16, main_minutes: u16) -> u16 {
    level
        .min(STRENGTH_MAX_MINUTES)
        .min(SHARED_DAY_STRENGTH_MAX_MINUTES)
        .min(main_minutes)
}

/// Up to [`FULL_LENGTH_DAYS`] of `len` main days get a full-length session, spread out.
fn spread_full_length(len: usize) -> Vec<bool> {
    spread(len, FULL_LENGTH_DAYS.min(len))
}

fn session(
    date: NaiveDate,
    activity: Activity,
    minutes: u16,
    intensity: Intensity,
    role: Role,
) -> Session {
    Session {
        date,
        activity,
        minutes,
        intensity,
        role,
        planned: None,
    }
}

fn weekday_at(start: NaiveDate, offset: u8) -> Weekday {
    (start + Days::new(u64::from(offset))).weekday()
}

/// The calmest chosen activity for a recovery day.
fn gentlest(main_activities: &[Activity]) -> Option<Activity> {
    [Activity::Yoga, Activity::Walking, Activity::Swimming]
        .into_iter()
        .find(|a| main_activities.contains(a))
}

/// Marks `count` of `len` slots, spread as evenly as integer rounding allows.
fn spread(len: usize, count: usize) -> Vec<bool> {
    let mut marks = vec![false; len];
    for j in 0..count {
        marks[(2 * j * len + count) / (2 * count)] = true;
    }
    marks
}

/// Days one apart on the 7-day cycle are calendar neighbours, including offset 6 and the next
/// week's offset 0 (for example Sunday and Monday).
fn neighbours(a: u8, b: u8) -> bool {
    let d = a.abs_diff(b);
    d == 1 || d == 6
}

/// The smallest gap, in days, between consecutive chosen days around the weekly cycle.
fn min_cyclic_gap(days: &[u8]) -> u8 {
    if days.len() < 2 {
        return 7;
    }
    let wrap = days[0] + 7 - days[days.len() - 1];
    days.windows(2).map(|w| w[1] - w[0]).fold(wrap, u8::min)
}

/// Picks up to `wanted` strength days among `candidates` (sorted offsets) with no two calendar
/// neighbours, as many as possible, then as evenly spaced as possible, then earliest first.
/// Brute force over at most 2^7 subsets keeps it obviously correct and deterministic.
fn spaced_strength_days(candidates: &[u8], wanted: usize) -> Vec<u8> {
    let mut best: Option<Vec<u8>> = None;
    for mask in 1u32..(1 << candidates.len()) {
        let days: Vec<u8> = candidates
            .iter()
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, &d)| d)
            .collect();
        if days.len() > wanted
            || days
                .iter()
                .enumerate()
                .any(|(i, &a)| days[i + 1..].iter().any(|&b| neighbours(a, b)))
        {
            continue;
        }
        let better = match &best {
            None => true,
            Some(b) => (days.len(), min_cyclic_gap(&days), std::cmp::Reverse(&days))
                .cmp(&(b.len(), min_cyclic_gap(b), std::cmp::Reverse(b)))
                .is_gt(),
        };
        if better {
            best = Some(days);
        }
    }
    best.unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_days_are_never_neighbours_even_across_the_week_boundary() {
        // Offsets 0 and 6 are neighbours (Sunday then Monday, say), so only one of them fits.
        assert_eq!(spaced_strength_days(&[0, 6], 2), vec![0]);
        assert_eq!(spaced_strength_days(&[0, 1], 2), vec![0]);
        assert_eq!(spaced_strength_days(&[0, 2], 2), vec![0, 2]);
        // All seven days: the widest spacing for two is three days apart.
        assert_eq!(spaced_strength_days(&[0, 1, 2, 3, 4, 5, 6], 2), vec![0, 3]);
        assert_eq!(
            spaced_strength_days(&[0, 1, 2, 3, 4, 5, 6], 3),
            vec![0, 2, 4]
        );
    }

    #[test]
    fn spread_marks_evenly() {
        assert_eq!(spread(6, 4), [true, false, true, true, false, true]);
        assert_eq!(spread(3, 3), [true, true, true]);
        assert_eq!(spread(0, 0), Vec::<bool>::new());
    }

    #[test]
    fn a_shared_strength_set_is_short_and_never_longer_than_the_main_session() {
        assert_eq!(shared_strength_minutes(5, 5), 5);
        assert_eq!(
            shared_strength_minutes(16, 16),
            SHARED_DAY_STRENGTH_MAX_MINUTES
        );
        assert_eq!(
            shared_strength_minutes(30, 15),
            SHARED_DAY_STRENGTH_MAX_MINUTES
        );
        assert_eq!(shared_strength_minutes(16, 8), 8);
        assert_eq!(shared_strength_minutes(8, 5), 5);
    }

    #[test]
    fn light_days_are_about_half_but_never_tiny_or_longer_than_the_level() {
        assert_eq!(light_minutes(5), 5);
        assert_eq!(light_minutes(8), 5);
        assert_eq!(light_minutes(30), 15);
    }
}
