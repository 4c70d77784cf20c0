//! How long the derived numbers and the stored record take with years of daily history: the
//! progress statistics, the consistency score series, weekly summaries, the record's parse and
//! serialize (what every page load and every save does), and the state machine's "Done".
//!
//! The data comes from `benches/support/history.rs`, the same generator that makes the browser
//! benchmark's fixtures (`examples/history_fixture.rs`). `make bench` runs this natively; the
//! wasm build in the browser is measured by `bench/run.mjs`.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use momentum::core::consistency::{score_series, Frequency};
use momentum::core::log::Effort;
use momentum::core::plan;
use momentum::core::record::Record;
use momentum::core::stats;
use momentum::present::charts::{consistency_chart, day_counts, minutes_chart, mood_chart};
use momentum::present::widget::{reduce, Action, SaveMode, WidgetState};
use std::hint::black_box;

#[path = "support/history.rs"]
mod history;

/// A fixed "today", so results do not depend on the day the benchmark runs.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

fn bench_statistics(c: &mut Criterion) {
    let today = today();
    let record = history::record(5, today);
    let entries = record.log.entries();
    // Statistics over all 5 years: as if the plan had started on the first logged day.
    let start = today - Days::new(5 * 365);
    let plan = plan::generate(&history::inputs(start), entries, today);
    let targets: Vec<u32> = plan
        .weeks
        .iter()
        .map(|w| u32::from(w.total_minutes()))
        .collect();
    let frequency = Frequency::per_week(7);

    c.bench_function("stats/totals_5y", |b| {
        b.iter(|| stats::totals(black_box(entries)))
    });
    c.bench_function("stats/weekly_summaries_5y", |b| {
        b.iter(|| stats::weekly_summaries(black_box(entries), start, &targets, today))
    });
    c.bench_function("stats/score_series_5y", |b| {
        b.iter(|| score_series(black_box(entries), frequency, start, today))
    });
    // Everything the progress screen derives, charts included.
    c.bench_function("stats/progress_view_data_5y", |b| {
        b.iter(|| {
            let weeks = stats::weekly_summaries(black_box(entries), start, &targets, today);
            let scores = score_series(entries, frequency, start, today);
            (
                stats::totals(entries),
                minutes_chart(&weeks),
                mood_chart(&weeks),
                consistency_chart(&scores),
                day_counts(entries),
            )
        })
    });
    c.bench_function("plan/generate_with_5y_log", |b| {
        let inputs = history::inputs(record.profile.start_date.unwrap());
        b.iter(|| plan::generate(black_box(&inputs), black_box(entries), today))
    });
}

fn bench_record(c: &mut Criterion) {
    let today = today();
    for years in [1, 5] {
        let record = history::record(years, today);
        let text = record.to_json();
        assert_eq!(Record::parse(&text).as_ref(), Ok(&record));
        c.bench_function(&format!("record/parse_{years}y"), |b| {
            b.iter(|| Record::parse(black_box(&text)).unwrap())
        });
        c.bench_function(&format!("record/to_json_{years}y"), |b| {
            b.iter(|| black_box(&record).to_json())
        });
    }
}

/// The native core of the widget's "Save" on a session's Done form with 5 years of history:
/// the reducer's step and the plan the Today screen derives from the new state.
fn bench_done(c: &mut Criterion) {
    let today = today();
    let record = history::record(5, today);
    let state = WidgetState::new(record, SaveMode::Save, None, today);
    let session = state
        .plan()
        .and_then(|p| p.sessions().find(|s| s.date == today).cloned())
        .expect("a session today");
    let action = Action::LogDone {
        date: today,
        activity: session.activity,
        minutes: session.minutes,
        effort: Effort::JustRight,
        mood_before: None,
        mood_after: None,
        note: None,
    };
    c.bench_function("widget/log_done_5y", |b| {
        b.iter(|| {
            let next = reduce(black_box(&state), action.clone());
            let plan = next.plan();
            (next.record.to_json().len(), plan)
        })
    });
}

criterion_group!(benches, bench_statistics, bench_record, bench_done);
criterion_main!(benches);
