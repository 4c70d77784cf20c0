//! The plan engine: twelve weeks of small, kind, dated sessions that grow slowly and adapt to
//! the visitor's log without ever punishing a hard or skipped day.
//!
//! # Entry points
//!
//! ```
//! use chrono::{NaiveDate, Weekday};
//! use momentum::core::activity::Activity;
//! use momentum::core::plan::{generate, PlanInputs};
//!
//! let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
//! // 1. Validate the form's answers once (a `PlanError` says which answer needs another look).
//! let inputs = PlanInputs::new(
//!     &[Activity::Walking, Activity::Yoga],
//!     10,
//!     &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
//!     start,
//!     false, // gentle: `readiness::assess(..).gentle`
//! )
//! .unwrap();
//! // 2. Derive the plan from the inputs, the log and today's date. It is a pure function:
//! //    call it again whenever the log or the date changes; nothing needs storing.
//! let plan = generate(&inputs, &[], start);
//! assert_eq!(plan.weeks.len(), 12);
//! // 3. Show it, or serialize it: {"weeks":[{"week":1,"sessions":[{"date":..}]}],"gentle":false}
//! let json = serde_json::to_string(&plan).unwrap();
//! assert!(json.starts_with(r#"{"weeks":[{"week":1,"sessions":[{"date":"2026-01-05""#));
//! ```
//!
//! # How it works
//!
//! * `ladder`: the longest session of each week climbs a ladder of small steps with hold weeks,
//!   reaching 30 minutes by week 12 from every start (20 minutes in gentle mode).
//! * `adapt`: each week, last week's log decides whether to hold, climb, or climb a little
//!   sooner. Never down.
//! * `layout`: which day gets which activity, length and intensity; it depends only on the
//!   inputs and the week number, so the calendar rules hold for every adapted plan. A day holds
//!   at most one session in weeks 1 and 2; later, strength on a walk, swim or yoga day is a
//!   short set of at most 10 minutes.
//! * `copy`: every sentence the plan shows.

mod adapt;
pub mod adjust;
mod copy;
mod inputs;
mod ladder;
mod layout;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::activity::Activity;
use crate::core::log::LogEntry;

pub use adapt::EASY_TIMES_TO_STEP_SOONER;
pub use copy::GENTLE_NOTICE;
pub use inputs::{PlanError, PlanInputs, ALLOWED_START_MINUTES};
pub use ladder::{
    GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH, HOLD_WEEKS, MAX_SESSION_MINUTES,
    MAX_WEEKLY_GROWTH, TARGET_MINUTES, WEEKS,
};
pub use layout::{
    EASY_ONLY_WEEKS, RECOVERY_MINUTES, SHARED_DAY_STRENGTH_MAX_MINUTES, STRENGTH_MAX_MINUTES,
};

/// No week of any plan adds up to more than this (WHO's upper end of 300 minutes a week).
pub const MAX_WEEKLY_MINUTES: u16 = 300;

/// How hard a session should feel; beginners start easy and only some sessions become moderate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intensity {
    /// You can chat the whole time.
    Easy,
    /// The talk test: you can talk, but not sing.
    Moderate,
}

/// One dated session: the unit the visitor ticks off in the log, keyed like a log entry by
/// `(date, activity)` (a day never holds two sessions of the same activity).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The calendar day; always one of the visitor's chosen weekdays.
    pub date: NaiveDate,
    /// Always one of the visitor's chosen activities.
    pub activity: Activity,
    /// How long, in minutes; the growth rules are about these numbers.
    pub minutes: u16,
    /// How hard it should feel (weeks 1 and 2 are always easy).
    pub intensity: Intensity,
    /// A short, kind how-to line for this session.
    pub note: String,
}

/// Seven days of sessions; week 1 starts on the plan's start date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    /// 1-based week number.
    pub week: u8,
    /// Sessions in date order (on a shared day, the main session before the strength set).
    pub sessions: Vec<Session>,
}

impl Week {
    /// The longest session's minutes: the number the growth rules are about.
    pub fn longest_minutes(&self) -> u16 {
        self.sessions.iter().map(|s| s.minutes).max().unwrap_or(0)
    }

    /// All minutes of the week added up.
    pub fn total_minutes(&self) -> u16 {
        self.sessions.iter().map(|s| s.minutes).sum()
    }
}

/// A whole plan, derived (never stored) from inputs, log and today.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Twelve weeks, week 1 first.
    pub weeks: Vec<Week>,
    /// Set when the readiness check flagged anything: the plan is gentler.
    pub gentle: bool,
    /// For gentle plans, the "check with your clinician first" message to show above the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<String>,
}

impl Plan {
    /// Every session of the plan in date order.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> {
        self.weeks.iter().flat_map(|w| w.sessions.iter())
    }

    /// The planned session for a log key, if there is one (for ticking it off).
    pub fn session(&self, date: NaiveDate, activity: Activity) -> Option<&Session> {
        self.sessions()
            .find(|s| s.date == date && s.activity == activity)
    }
}

/// Derives the plan from validated inputs, the visitor's log and today's date.
///
/// Pure and deterministic: the same arguments always give the same plan. Weeks that have begun
/// (start date on or before `today`) depend only on entries dated before they began, so they
/// stay exactly as they were shown; later weeks are re-derived from the level actually reached,
/// assuming the rest goes as planned. Entries dated after `today` are ignored.
pub fn generate(inputs: &PlanInputs, log: &[LogEntry], today: NaiveDate) -> Plan {
    let ladder = ladder::Ladder::new(inputs.start_minutes(), inputs.gentle());
    let layout = layout::Layout::new(inputs);
    let plan_start = inputs.start();
    let mut weeks: Vec<Week> = Vec::with_capacity(usize::from(WEEKS));
    let mut rung = 0usize;
    for week in 1..=WEEKS {
        if let Some(previous) = weeks.last() {
            let previous_start = week_start(plan_start, week - 1);
            let this_start = week_start(plan_start, week);
            let evidence = adapt::Evidence::of_week(
                log,
                previous_start,
                this_start,
                today,
                previous.longest_minutes(),
            );
            let week_is_over = this_start <= today;
            let uses_the_log = log
                .iter()
                .any(|e| e.date >= plan_start && e.date < this_start && e.date <= today);
            rung = match adapt::next_step(evidence, week_is_over, uses_the_log) {
                adapt::Step::Hold => rung,
                adapt::Step::Climb => rung + 1,
                adapt::Step::ClimbSooner => ladder.next_real_step(rung),
            };
        }
        weeks.push(layout.week(week, ladder.level(rung)));
    }
    Plan {
        weeks,
        gentle: inputs.gentle(),
        notice: inputs.gentle().then(|| GENTLE_NOTICE.to_string()),
    }
}

/// The first day of plan week `week` (1-based).
fn week_start(plan_start: NaiveDate, week: u8) -> NaiveDate {
    plan_start + Days::new(7 * u64::from(week - 1))
}
