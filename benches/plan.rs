//! How long the schedule (every week of every plan, stored or derived) takes to build: on a
//! plan's first day, after twelve weeks of log, and with five years of plans and log (the
//! worst case the widget meets on every render).

use chrono::{Days, NaiveDate, Weekday};
use criterion::{criterion_group, criterion_main, Criterion};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::Choices;
use momentum::core::record::Record;
use momentum::present::dates::week_order;
use std::hint::black_box;

#[path = "support/history.rs"]
mod history;

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn choices() -> Choices {
    Choices {
        activities: Activity::PLANNABLE.to_vec(),
        minutes_today: 10,
        weekdays: week_order(Weekday::Mon).to_vec(),
        gentle: false,
    }
}

/// A visitor who opened the widget each week and answered every session, cycling through the
/// possible outcomes, for the whole first plan.
fn twelve_weeks_lived() -> Record {
    let mut record = Record::default();
    record
        .start_first_plan(choices(), start(), start())
        .unwrap();
    let mut i = 0usize;
    for week in 0..12u64 {
        let today = start() + Days::new(7 * week);
        record.catch_up(today);
        let sessions = record.schedule(today).weeks[week as usize]
            .week
            .sessions
            .clone();
        for s in sessions {
            let done = |effort| Outcome::Done {
                minutes: s.minutes,
                effort: Some(effort),
            };
            let outcome = match i % 4 {
                0 => Outcome::Skipped,
                1 => done(Effort::Easy),
                2 => done(Effort::JustRight),
                _ => done(Effort::TooHard),
            };
            record.log_session(LogEntry::new(s.date, s.activity, outcome));
            i += 1;
        }
    }
    record
}

fn bench_schedule(c: &mut Criterion) {
    let mut fresh = Record::default();
    fresh.start_first_plan(choices(), start(), start()).unwrap();
    c.bench_function("schedule/fresh", |b| {
        b.iter(|| black_box(&fresh).schedule(black_box(start())))
    });
    let lived = twelve_weeks_lived();
    let today = start() + Days::new(83);
    c.bench_function("schedule/after_12_weeks_of_log", |b| {
        b.iter(|| black_box(&lived).schedule(black_box(today)))
    });
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let five_years = history::record(5, today);
    assert!(five_years.weeks.len() > 250, "{}", five_years.weeks.len());
    c.bench_function("schedule/build_5y", |b| {
        b.iter(|| black_box(&five_years).schedule(black_box(today)))
    });
    // What opening the page on a new day adds: storing the week that began.
    let before = history::record(5, today - Days::new(7));
    c.bench_function("schedule/catch_up_a_week_5y", |b| {
        b.iter(|| {
            let mut record = before.clone();
            record.catch_up(black_box(today))
        })
    });
}

criterion_group!(benches, bench_schedule);
criterion_main!(benches);
