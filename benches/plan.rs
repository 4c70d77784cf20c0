//! How long plan generation takes: once from a fresh form, and re-planning after a full
//! 12 weeks of log (the worst case the widget meets on every page load).

use chrono::{Days, NaiveDate, Weekday};
use criterion::{criterion_group, criterion_main, Criterion};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::{generate, PlanInputs};
use momentum::present::dates::week_order;
use std::hint::black_box;

fn inputs() -> PlanInputs {
    PlanInputs::new(
        &Activity::ALL,
        10,
        &week_order(Weekday::Mon),
        NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        false,
    )
    .expect("valid inputs")
}

/// Logs every planned session of the base plan, cycling through the possible outcomes.
fn twelve_weeks_of_log(inputs: &PlanInputs) -> Vec<LogEntry> {
    let plan = generate(inputs, &[], inputs.start());
    plan.sessions()
        .enumerate()
        .map(|(i, s)| {
            LogEntry::new(
                s.date,
                s.activity,
                match i % 4 {
                    0 => Outcome::Skipped,
                    1 => Outcome::Done {
                        minutes: s.minutes,
                        effort: Effort::Easy,
                    },
                    2 => Outcome::Done {
                        minutes: s.minutes,
                        effort: Effort::JustRight,
                    },
                    _ => Outcome::Done {
                        minutes: s.minutes,
                        effort: Effort::TooHard,
                    },
                },
            )
        })
        .collect()
}

fn bench_plan(c: &mut Criterion) {
    let inputs = inputs();
    let start = inputs.start();
    c.bench_function("generate/fresh", |b| {
        b.iter(|| generate(black_box(&inputs), black_box(&[]), black_box(start)))
    });
    let log = twelve_weeks_of_log(&inputs);
    let today = start + Days::new(84);
    c.bench_function("generate/after_12_weeks_of_log", |b| {
        b.iter(|| generate(black_box(&inputs), black_box(&log), black_box(today)))
    });
}

criterion_group!(benches, bench_plan);
criterion_main!(benches);
