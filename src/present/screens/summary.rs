//! "A summary for my clinician": one printable page, made on the visitor's device, of the
//! plans' dates, sessions and minutes week by week, mood before and after, sessions that felt
//! too hard, unplanned activity, and only the notes the visitor ticks.

use chrono::NaiveDate;

use crate::core::log::{Effort, EntryKey, LogEntry};
use crate::core::plan::schedule::Schedule;
use crate::core::stats::{self, mood_insight};
use crate::present::charts::number;
use crate::present::embed::EmbedConfig;
use crate::present::screens::Support;
use crate::present::state::WidgetState;
use crate::present::text::Text;

/// How many weeks the page shows: twelve fit one A4 or Letter page; a longer history is summed
/// up in one line.
pub const SUMMARY_WEEKS: usize = 12;

/// The summary page.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryView {
    /// Heading.
    pub title: &'static str,
    /// Where it was made, and that nothing was sent.
    pub made_here: String,
    /// The clinic's support line, when it gave one.
    pub support: Option<Support>,
    /// "Plans" and one line per plan.
    pub plans: (&'static str, Vec<String>),
    /// When the history is longer than the weeks shown: totals since the start.
    pub since_start: Option<String>,
    /// The weeks table.
    pub weeks: WeeksTable,
    /// Mood before and after: heading and one line.
    pub mood: (&'static str, String),
    /// Sessions that felt too hard: heading and lines (or "None.").
    pub too_hard: (&'static str, Vec<String>),
    /// Unplanned activity: heading and lines (or "None.").
    pub extra: (&'static str, Vec<String>),
    /// Notes: heading, hint, and each note with its key, line, text and whether it is ticked.
    pub notes: (&'static str, &'static str, Vec<NoteChoice>),
    /// "Include this note".
    pub include_note: &'static str,
    /// "Print or save as PDF" and "Back to my progress".
    pub buttons: (&'static str, &'static str),
}

/// The weeks, one row each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeeksTable {
    /// Caption.
    pub caption: &'static str,
    /// Column headings, the row headings' column first.
    pub headers: [&'static str; 7],
    /// Each row: its heading and cells.
    pub rows: Vec<(String, [String; 6])>,
}

/// A note the visitor may include.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteChoice {
    /// The session it belongs to.
    pub key: EntryKey,
    /// "Mon, Jan 5 · Walking, 20 min".
    pub line: String,
    /// The note itself.
    pub text: String,
    /// Whether the visitor ticked it.
    pub included: bool,
}

/// The summary's view.
pub fn view(
    state: &WidgetState,
    schedule: &Schedule,
    config: &EmbedConfig,
    t: &'static Text,
) -> SummaryView {
    let w = &t.summary;
    let log = &state.record.log;
    let begun: Vec<_> = schedule
        .weeks
        .iter()
        .filter(|p| p.week.start <= state.today)
        .collect();
    let shown = &begun[begun.len().saturating_sub(SUMMARY_WEEKS)..];
    let from = shown.first().map_or(state.today, |p| p.week.start);
    let until = state.today.succ_opt().unwrap_or(state.today);
    let entries = log.between(from, until);
    let short = |d: NaiveDate| t.dates.short(d);
    let line = |e: &LogEntry| {
        (w.session_line)(
            &short(e.date),
            t.plan_words.activity(e.activity).name,
            e.minutes_done(),
        )
    };
    let is_planned = |e: &LogEntry| schedule.session(e.key()).is_some();

    let summaries = stats::weekly_summaries(schedule, log, state.today);
    let rows = shown
        .iter()
        .map(|planned| {
            let week = &planned.week;
            let in_week = log.between(week.start, crate::core::dates::add_days(week.start, 7));
            let done_planned = week
                .sessions
                .iter()
                .filter(|s| log.get(s.key()).is_some_and(LogEntry::is_done))
                .count() as u32;
            let minutes: u32 = in_week.iter().map(|e| u32::from(e.minutes_done())).sum();
            let summary = summaries.iter().find(|s| s.first_day == week.start);
            let mood = |m: Option<f64>| m.map_or_else(|| "–".to_owned(), number);
            let too_hard = in_week
                .iter()
                .filter(|e| e.effort() == Some(Effort::TooHard))
                .count();
            let extra = in_week
                .iter()
                .filter(|e| e.is_done() && !is_planned(e))
                .count();
            (
                format!(
                    "{} ({})",
                    (w.week_label)(planned.plan + 1, planned.number),
                    short(week.start)
                ),
                [
                    (w.of)(done_planned, week.sessions.len() as u32),
                    (w.of)(minutes, u32::from(week.total_minutes())),
                    mood(summary.and_then(|s| s.mood_before)),
                    mood(summary.and_then(|s| s.mood_after)),
                    too_hard.to_string(),
                    extra.to_string(),
                ],
            )
        })
        .collect();

    let insight = mood_insight(entries);
    let mood_line = if insight.sessions == 0 {
        w.no_moods.to_owned()
    } else {
        let sign = if insight.average_change > 0.0 {
            "+"
        } else {
            ""
        };
        (w.mood_change)(
            &format!("{sign}{}", number(insight.average_change)),
            insight.sessions,
        )
    };
    let or_none = |lines: Vec<String>| {
        if lines.is_empty() {
            vec![w.none.to_owned()]
        } else {
            lines
        }
    };
    let first_day = begun.first().map(|p| p.week.start);
    let since_start = first_day
        .filter(|_| begun.len() > SUMMARY_WEEKS)
        .map(|start| {
            let totals = stats::totals(log.between(start, until));
            (w.since_start)(
                SUMMARY_WEEKS as u8,
                &short(start),
                totals.sessions_done,
                totals.minutes_done,
                totals.active_days,
            )
        });
    SummaryView {
        title: w.title,
        made_here: (w.made_here)(&t.dates.long(state.today)),
        support: Support::from_config(config, t),
        plans: (
            w.plans_title,
            state
                .record
                .plans
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    (w.plan_line)(
                        i + 1,
                        &short(p.start),
                        &short(p.end().pred_opt().unwrap_or(p.end())),
                    )
                })
                .collect(),
        ),
        since_start,
        weeks: WeeksTable {
            caption: w.weeks_caption,
            headers: w.weeks_headers,
            rows,
        },
        mood: (w.mood_title, mood_line),
        too_hard: (
            w.too_hard_title,
            or_none(
                entries
                    .iter()
                    .filter(|e| e.effort() == Some(Effort::TooHard))
                    .map(line)
                    .collect(),
            ),
        ),
        extra: (
            w.extra_title,
            or_none(
                entries
                    .iter()
                    .filter(|e| e.is_done() && !is_planned(e))
                    .map(line)
                    .collect(),
            ),
        ),
        notes: (
            w.notes_title,
            w.notes_hint,
            entries
                .iter()
                .filter_map(|e| {
                    let text = e.note.clone()?;
                    Some(NoteChoice {
                        key: e.key(),
                        line: line(e),
                        text,
                        included: state.summary_notes.contains(&e.key()),
                    })
                })
                .collect(),
        ),
        include_note: w.include_note,
        buttons: (w.print, w.back),
    }
}
