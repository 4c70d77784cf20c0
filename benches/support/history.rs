//! Deterministic stored records with years of daily history, for the benchmarks.
//!
//! Shared by `benches/stats.rs` and `examples/history_fixture.rs` (which prints one for the
//! browser benchmark) through `#[path]`, so both measure exactly the same data.
//!
//! The record has a plan of walking and yoga on all seven weekdays that started a few weeks
//! before `today` and has a session open today (so the widget's "Done" can be clicked), and a
//! log of one entry a day for `years × 365` days ending yesterday: mostly done, some skipped,
//! moods on about a third of the sessions and a short note on about one in eight. The log
//! reaching back before the plan's start is what a visitor who changed their plan has.

#![allow(dead_code)]

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, Log, LogEntry, Outcome};
use momentum::core::plan::{self, PlanInputs};
use momentum::core::record::{Profile, Record, Settings, CURRENT_VERSION};
use momentum::present::dates::week_order;

/// Notes people actually write: short, plain, sometimes a little low.
const NOTES: [&str; 12] = [
    "Rainy, rested instead.",
    "Walked to the park and back with the dog.",
    "Felt heavy at the start, lighter after.",
    "Slept badly, kept it short.",
    "Nice stretch before work.",
    "Went with my sister, we talked the whole way.",
    "Knees a bit sore on the stairs.",
    "Didn't want to, glad I did.",
    "Tired today. Ten minutes was enough.",
    "Sunny! Took the long way round the lake.",
    "Yoga video from the clinic's list, the slow one.",
    "Busy day, only managed a short walk at lunch.",
];

/// A small xorshift generator: the same sequence on every machine and every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// The two activities of the plan.
pub const ACTIVITIES: [Activity; 2] = [Activity::Walking, Activity::Yoga];

/// Every weekday, so whatever day `today` is, the plan has a session on it.
pub fn weekdays() -> [Weekday; 7] {
    week_order(Weekday::Mon)
}

/// `years × 365` daily entries for the days before `today` (oldest first), same content for
/// the same `years` whatever `today` is (only the dates move).
pub fn daily_log(years: u32, today: NaiveDate) -> Vec<LogEntry> {
    let days = u64::from(years) * 365;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    (0..days)
        .map(|i| {
            let date = today - Days::new(days - i);
            let activity = ACTIVITIES[usize::from(rng.below(3) == 0)];
            let skipped = rng.below(7) == 0;
            let outcome = if skipped {
                Outcome::Skipped
            } else {
                Outcome::Done {
                    minutes: [5, 10, 10, 15, 20, 20, 25, 30][rng.below(8) as usize],
                    effort: [
                        Effort::Easy,
                        Effort::JustRight,
                        Effort::JustRight,
                        Effort::TooHard,
                    ][rng.below(4) as usize],
                }
            };
            let moods = !skipped && rng.below(3) == 0;
            let mood = |rng: &mut Rng| (moods).then(|| 1 + rng.below(5) as u8);
            let (mood_before, mood_after) = (mood(&mut rng), mood(&mut rng));
            let note = (rng.below(8) == 0).then(|| NOTES[rng.below(12) as usize].to_string());
            LogEntry {
                date,
                activity,
                outcome,
                mood_before,
                mood_after,
                note,
            }
        })
        .collect()
}

/// The plan's inputs for a plan that started `weeks_ago` weeks (and a few days) before today.
pub fn inputs(start: NaiveDate) -> PlanInputs {
    PlanInputs::new(&ACTIVITIES, 10, &weekdays(), start, false).expect("valid inputs")
}

/// A stored record with `years` of daily history and a session open today.
pub fn record(years: u32, today: NaiveDate) -> Record {
    let log = daily_log(years, today);
    // A start date 3 to 11 weeks back on which the plan has a session today (the layout, not
    // the log, decides which days hold sessions, so this search is over the calendar only).
    let start = (24..80)
        .map(|back| today - Days::new(back))
        .find(|&start| {
            plan::generate(&inputs(start), &log, today)
                .sessions()
                .any(|s| s.date == today)
        })
        .expect("a seven-day plan has a session today for some recent start date");
    Record {
        version: CURRENT_VERSION,
        profile: Profile {
            activities: ACTIVITIES.to_vec(),
            minutes_today: 10,
            weekdays: weekdays().to_vec(),
            start_date: Some(start),
            gentle: false,
            readiness: Some(vec![false; 7]),
        },
        log: Log::from(log),
        settings: Settings {
            ticks_since_backup: 1,
            last_backup: None,
        },
        adjustments: Vec::new(),
    }
}
