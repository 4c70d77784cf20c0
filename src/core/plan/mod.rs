//! The plan engine: twelve-week plans of small, kind, dated sessions that grow slowly, adapt to
//! what the visitor did without ever punishing a hard or skipped day, and, once a week has
//! begun, stay exactly as they were shown.
//!
//! # The record of a plan is data
//!
//! A plan is a start date ([`PlanStart`]). Every week that has begun is stored as it was shown
//! ([`Week`]: its sessions with dates, activities, minutes and intensity, and the level it was
//! decided at); weeks still ahead are derived from the visitor's current choices and the last
//! week's level. [`schedule::Schedule::build`] puts the two together: the one place every
//! screen, statistic and the score read the plan from.
//!
//! ```
//! use chrono::{NaiveDate, Weekday};
//! use momentum::core::activity::Activity;
//! use momentum::core::log::Log;
//! use momentum::core::plan::schedule::{Schedule, Timeline};
//! use momentum::core::plan::{Choices, PlanStart};
//!
//! let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
//! let choices = Choices {
//!     activities: vec![Activity::Walking, Activity::Yoga],
//!     minutes_today: 10,
//!     weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
//!     gentle: false,
//! };
//! let plans = [PlanStart { start }];
//! let log = Log::default();
//! let timeline = Timeline { choices: &choices, plans: &plans, weeks: &[], moves: &[], log: &log };
//! let schedule = Schedule::build(&timeline, start);
//! assert_eq!(schedule.weeks.len(), 12);
//! assert_eq!(schedule.weeks[0].week.sessions[0].minutes, 10);
//! ```
//!
//! # How a week is decided
//!
//! * `growth`: the level (the longest full-length session) of each week follows from the week
//!   before and what the visitor did in it: climb a small step, hold, climb a little sooner, or,
//!   after 14 days with nothing done, a lighter "welcome back" week. The weekly total never grows
//!   by more than half or 15 minutes, whichever is more.
//! * `adapt`: what a week's log says (too hard, level reached, easy).
//! * `layout`: which day gets which activity, length and intensity.
//! * `adjust`: the visitor's own moves and swaps of single sessions.
//! * `ladder`: the base climb of a plan, kept for format-4 records (see `core::migrate`).

pub(crate) mod adapt;
pub mod adjust;
pub(crate) mod growth;
mod inputs;
pub(crate) mod ladder;
mod layout;
pub mod schedule;

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::core::activity::Activity;
use crate::core::dates::Day;

pub use adapt::{Evidence, Step, EASY_TIMES_TO_STEP_SOONER};
pub use growth::{total_cap, welcome_back_level, BREAK_DAYS};
pub use inputs::{PlanError, PlanInputs, SESSION_LENGTHS};
pub use ladder::{
    GENTLE_MAX_SESSION_MINUTES, GENTLE_MAX_WEEKLY_GROWTH, HOLD_WEEKS, MAX_SESSION_MINUTES,
    MAX_WEEKLY_GROWTH, TARGET_MINUTES, WEEKS,
};
pub use layout::{
    Layout, EASY_ONLY_WEEKS, LIGHT_MIN_MINUTES, RECOVERY_MINUTES, SHARED_DAY_STRENGTH_MAX_MINUTES,
    STRENGTH_MAX_MINUTES,
};

/// No week of any plan adds up to more than this (WHO's upper end of 300 minutes a week).
pub const MAX_WEEKLY_MINUTES: u16 = 300;

/// The visitor's choices a plan is laid out from, as the plan form saves them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Choices {
    /// Chosen activities, kept sorted and without repeats.
    pub activities: Vec<Activity>,
    /// The session length the visitor said feels comfortable, one of [`SESSION_LENGTHS`].
    pub minutes_today: u16,
    /// Days the visitor wants to move, Monday first, without repeats.
    pub weekdays: Vec<Weekday>,
    /// Slower progression, after any "yes" in the readiness check.
    pub gentle: bool,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            activities: Vec::new(),
            minutes_today: DEFAULT_SESSION_MINUTES,
            weekdays: Vec::new(),
            gentle: false,
        }
    }
}

/// Ten minutes: the article's "5 or 10 minutes is a fine start", without being token-sized.
pub const DEFAULT_SESSION_MINUTES: u16 = 10;

impl Choices {
    /// The checked inputs for a plan starting on `start`, or why they cannot make one.
    pub fn inputs(&self, start: NaiveDate) -> Result<PlanInputs, PlanError> {
        PlanInputs::new(
            &self.activities,
            self.minutes_today,
            &self.weekdays,
            start,
            self.gentle,
        )
    }
}

/// How hard a session should feel; beginners start easy and only some sessions become moderate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intensity {
    /// You can chat the whole time.
    Easy,
    /// The talk test: you can talk, but not sing.
    Moderate,
}

/// What a session is for on its day; its how-to line depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The day's session (a strength day of its own included).
    Main,
    /// The short, easy session of the weekly recovery day.
    Recovery,
    /// A short strength set added on to a day that already has a walk, swim or yoga session.
    ShortSet,
}

/// One dated session: the unit the visitor ticks off, keyed like a log entry by
/// `(date, activity)` (a day never holds two sessions of the same activity).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Session {
    /// The calendar day.
    pub date: NaiveDate,
    /// One of the visitor's chosen activities (when it was planned).
    pub activity: Activity,
    /// How long, in minutes; the growth rules are about these numbers.
    pub minutes: u16,
    /// How it should feel.
    pub intensity: Intensity,
    /// What it is for on its day.
    pub role: Role,
    /// The session as first planned, when the visitor has moved or swapped it (so it can be
    /// put back).
    pub planned: Option<Box<Session>>,
}

impl Session {
    /// The log key of this session.
    pub fn key(&self) -> (NaiveDate, Activity) {
        (self.date, self.activity)
    }
}

/// Where each part of a stored session sits in its list.
pub const SESSION_FIELDS: [&str; 6] = [
    "date",
    "activity",
    "minutes",
    "intensity",
    "role",
    "planned",
];

impl Serialize for Session {
    /// `["2026-01-05", "walking", 10, "easy", "main"]`, with the session as first planned as a
    /// sixth place when the visitor moved or swapped it.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut row = serializer.serialize_seq(Some(5 + usize::from(self.planned.is_some())))?;
        row.serialize_element(&Day(self.date))?;
        row.serialize_element(&self.activity)?;
        row.serialize_element(&self.minutes)?;
        row.serialize_element(&self.intensity)?;
        row.serialize_element(&self.role)?;
        if let Some(planned) = &self.planned {
            row.serialize_element(planned)?;
        }
        row.end()
    }
}

impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Session, D::Error> {
        struct Row;
        impl<'de> serde::de::Visitor<'de> for Row {
            type Value = Session;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list like [\"2026-01-05\", \"walking\", 10, \"easy\", \"main\"]")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut row: A,
            ) -> Result<Session, A::Error> {
                let missing = |place: usize| {
                    serde::de::Error::custom(format_args!("{} is missing", SESSION_FIELDS[place]))
                };
                let Day(date) = row.next_element()?.ok_or_else(|| missing(0))?;
                let activity = row.next_element()?.ok_or_else(|| missing(1))?;
                let minutes = row.next_element()?.ok_or_else(|| missing(2))?;
                let intensity = row.next_element()?.ok_or_else(|| missing(3))?;
                let role = row.next_element()?.ok_or_else(|| missing(4))?;
                let planned = row
                    .next_element::<Option<Session>>()?
                    .flatten()
                    .map(Box::new);
                while row.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Session {
                    date,
                    activity,
                    minutes,
                    intensity,
                    role,
                    planned,
                })
            }
        }
        deserializer.deserialize_seq(Row)
    }
}

/// Seven days of sessions, as shown on the week's first day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    /// The week's first day.
    #[serde(with = "crate::core::dates")]
    pub start: NaiveDate,
    /// The week's level: the minutes of its full-length sessions, which growth is about.
    pub level: u16,
    /// A lighter week after a break of [`BREAK_DAYS`] or more with nothing done.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub welcome_back: bool,
    /// Sessions in date order (on a shared day, the main session before the strength set).
    pub sessions: Vec<Session>,
}

impl Week {
    /// All minutes of the week added up.
    pub fn total_minutes(&self) -> u16 {
        self.sessions.iter().map(|s| s.minutes).sum()
    }

    /// The longest session's minutes.
    pub fn longest_minutes(&self) -> u16 {
        self.sessions.iter().map(|s| s.minutes).max().unwrap_or(0)
    }

    /// The last day of the week.
    pub fn last_day(&self) -> NaiveDate {
        crate::core::dates::add_days(self.start, 6)
    }

    /// Whether `date` falls in this week.
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.start..=self.last_day()).contains(&date)
    }

    /// The session with this key, if the week holds it.
    pub fn session(&self, key: (NaiveDate, Activity)) -> Option<&Session> {
        self.sessions.iter().find(|s| s.key() == key)
    }

    /// Distinct days with at least one session: what the score counts as "planned".
    pub fn planned_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self.sessions.iter().map(|s| s.date).collect();
        days.dedup();
        days
    }
}

/// One twelve-week plan: its first day. Everything else about it is in its weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStart {
    /// The first day of its week 1.
    #[serde(with = "crate::core::dates")]
    pub start: NaiveDate,
}

impl PlanStart {
    /// The first day of week `number` (1-based).
    pub fn week_start(&self, number: u8) -> NaiveDate {
        crate::core::dates::add_days(self.start, 7 * u64::from(number.saturating_sub(1)))
    }

    /// The day after its last week.
    pub fn end(&self) -> NaiveDate {
        self.week_start(WEEKS + 1)
    }
}
