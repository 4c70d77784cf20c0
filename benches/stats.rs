//! How long the derived numbers and the stored record take with years of daily history: the
//! progress statistics, the consistency score over the whole history, weekly summaries, the
//! record's parse and serialize (what every page load and every save does), and the state
//! machine's "Save" on a "Done" form.
//!
//! The data comes from `benches/support/history.rs`, the same generator that makes the browser
//! benchmark's fixtures (`examples/history_fixture.rs`). `make bench` runs this natively; the
//! wasm build in the browser is measured by `bench/run.mjs`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use momentum::core::consistency::history_scores;
use momentum::core::log::Effort;
use momentum::core::record::Record;
use momentum::core::stats;
use momentum::present::action::Action;
use momentum::present::embed::EmbedConfig;
use momentum::present::log_form::LogEdit;
use momentum::present::reduce;
use momentum::present::screens::progress;
use momentum::present::state::{SaveMode, WidgetState};
use momentum::present::text::EN;
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
    let schedule = record.schedule(today);
    let log = &record.log;

    c.bench_function("stats/totals_5y", |b| {
        b.iter(|| stats::totals(black_box(log.entries())))
    });
    c.bench_function("stats/weekly_summaries_5y", |b| {
        b.iter(|| stats::weekly_summaries(black_box(&schedule), log, today))
    });
    c.bench_function("stats/history_scores_5y", |b| {
        b.iter(|| history_scores(black_box(&schedule), log, today))
    });
    // Everything the Progress screen derives, the schedule and the charts included.
    let state = WidgetState::new(record.clone(), SaveMode::Save, None, today);
    let config = EmbedConfig::default();
    c.bench_function("stats/progress_view_data_5y", |b| {
        b.iter(|| {
            let schedule = black_box(&state).schedule();
            progress::view(&state, &schedule, &config, &EN)
        })
    });
}

fn bench_record(c: &mut Criterion) {
    let today = today();
    for years in [1, 5] {
        let record = history::record(years, today);
        let text = record.to_json();
        assert_eq!(Record::parse(&text, today).as_ref(), Ok(&record));
        c.bench_function(&format!("record/parse_{years}y"), |b| {
            b.iter(|| Record::parse(black_box(&text), today).unwrap())
        });
        c.bench_function(&format!("record/to_json_{years}y"), |b| {
            b.iter(|| black_box(&record).to_json())
        });
    }
}

/// The native core of the widget's "Save" on a session's Done form with 5 years of history:
/// the reducer's step, the schedule the Today screen derives from the new state, and the text
/// the save writes.
fn bench_done(c: &mut Criterion) {
    let today = today();
    let record = history::record(5, today);
    let state = WidgetState::new(record, SaveMode::Save, None, today);
    let session = state
        .schedule()
        .sessions()
        .find(|s| s.date == today)
        .cloned()
        .expect("a session today");
    let open = reduce(
        &state,
        Action::OpenDoneForm {
            key: session.key(),
            planned_minutes: session.minutes,
        },
    );
    let open = reduce(
        &open,
        Action::EditDoneForm(LogEdit::Effort(Effort::JustRight)),
    );
    assert!(open.done_form.is_some());
    c.bench_function("widget/log_done_5y", |b| {
        b.iter(|| {
            let next = reduce(black_box(&open), Action::SaveDoneForm);
            let schedule = next.schedule();
            (next.record.to_json().len(), schedule)
        })
    });
}

criterion_group!(benches, bench_statistics, bench_record, bench_done);
criterion_main!(benches);
