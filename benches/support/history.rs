//! Deterministic stored records with years of daily history, for the benchmarks.
//!
//! Shared by `benches/stats.rs`, `benches/plan.rs` and `examples/history_fixture.rs` (which
//! prints one for the browser benchmark) through `#[path]`, so all measure exactly the same data.
//!
//! The visitor chose walking and yoga on all seven weekdays (so every day holds a session,
//! today's included, and the widget's "Done" can be clicked) and has kept at it for `years`:
//! one entry a day for `years × 365` days ending yesterday, mostly done, some skipped, moods on
//! about a third of the sessions and a short note on about one in eight. Their first plan began
//! on the first of those days and each next plan on the day the one before ended, so the record
//! stores every week of about four and a third plans a year, as the widget would have kept them.

#![allow(dead_code)]

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::Choices;
use momentum::core::record::Record;
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

/// The visitor's choices.
pub fn choices() -> Choices {
    Choices {
        activities: ACTIVITIES.to_vec(),
        minutes_today: 10,
        weekdays: weekdays().to_vec(),
        gentle: false,
    }
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
                    effort: Some(
                        [
                            Effort::Easy,
                            Effort::JustRight,
                            Effort::JustRight,
                            Effort::TooHard,
                        ][rng.below(4) as usize],
                    ),
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

/// The first plan's first day: the first logged day, or three weeks back without a history.
pub fn first_start(years: u32, today: NaiveDate) -> NaiveDate {
    today - Days::new((u64::from(years) * 365).max(21))
}

/// A stored record with `years` of daily history, every begun week stored, and a session
/// open today.
pub fn record(years: u32, today: NaiveDate) -> Record {
    let mut record = Record::default();
    let start = first_start(years, today);
    record
        .start_first_plan(choices(), start, start)
        .expect("valid choices");
    for entry in daily_log(years, today) {
        record.log_session(entry);
    }
    // Each next plan the day the one before ended; the weeks of each as they began (a week
    // only reads the log before it, so storing them now is storing them as they came).
    while let Some(end) = record.plans.last().map(|p| p.end()).filter(|&e| e <= today) {
        assert!(record.start_next_plan(end), "the next plan starts");
    }
    record.catch_up(today);
    record.settings.ticks_since_backup = 1;
    record
}
