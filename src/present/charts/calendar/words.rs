//! What the calendar says in words rather than drawing: each day's label, the table's rows
//! (a week's active and skipped days) and the summary.

use chrono::{Datelike, NaiveDate};

use super::{CalendarCell, DayState};
use crate::present::charts::{TableCell, TableRow};
use crate::present::text::{ChartWords, Text};

/// One table row in the making: the week's active days and skipped days, short ("Mon (2), Wed")
/// for the eye and whole ("Mon, Jan 5: 2 sessions done; ...") for screen readers.
#[derive(Default)]
pub(super) struct TableWeek {
    active: (Vec<String>, Vec<String>),
    skipped: (Vec<String>, Vec<String>),
}

impl TableWeek {
    pub(super) fn add(
        &mut self,
        date: NaiveDate,
        state: DayState,
        done: u32,
        today: bool,
        label: &str,
        t: &Text,
    ) {
        let list = match state {
            DayState::Done => &mut self.active,
            DayState::Skipped => &mut self.skipped,
            DayState::Nothing | DayState::Outside => return,
        };
        let day = t.dates.weekday_short(date.weekday());
        let short = if done > 1 {
            format!("{day} ({done})")
        } else {
            day.to_string()
        };
        list.0.push(if today {
            (t.charts.today_mark)(&short)
        } else {
            short
        });
        list.1.push(label.to_string());
    }

    pub(super) fn row(self, header: String, words: &ChartWords) -> TableRow {
        let cell = |(short, whole): (Vec<String>, Vec<String>)| {
            if short.is_empty() {
                TableCell::plain(words.none)
            } else {
                TableCell {
                    text: short.join(", "),
                    label: Some(whole.join("; ")),
                }
            }
        };
        TableRow {
            header,
            cells: vec![cell(self.active), cell(self.skipped)],
        }
    }
}

/// "Mon, Jan 5: 2 sessions done, 1 skipped"; "Tue, Jan 6 (today): nothing logged yet".
pub(super) fn day_label(
    date: NaiveDate,
    state: DayState,
    (done, skipped): (u32, u32),
    today: NaiveDate,
    first_start: Option<NaiveDate>,
    t: &Text,
) -> String {
    let words = &t.charts;
    let day = t.dates.short(date);
    let day = if date == today {
        (words.today_mark)(&day)
    } else {
        day
    };
    let what = match state {
        DayState::Done => (words.day_done)(done, skipped),
        DayState::Skipped => (words.day_skipped)(skipped),
        DayState::Nothing if date == today => words.day_nothing_yet.to_string(),
        DayState::Nothing => words.day_nothing.to_string(),
        DayState::Outside if date > today => words.day_to_come.to_string(),
        DayState::Outside if first_start.is_none_or(|start| date < start) => {
            words.day_before_plan.to_string()
        }
        DayState::Outside => words.day_no_plan.to_string(),
    };
    format!("{day}: {what}")
}

pub(super) fn summary(
    cells: &[CalendarCell],
    rows: usize,
    first_start: Option<NaiveDate>,
    today: NaiveDate,
    t: &Text,
) -> String {
    let words = &t.charts;
    if let Some(start) = first_start.filter(|start| *start > today) {
        return (words.calendar_starts)(&t.dates.short(start));
    }
    let count = |state| cells.iter().filter(|c| c.state == state).count() as u32;
    let (active, skipped) = (count(DayState::Done), count(DayState::Skipped));
    let mut text = if active == 0 {
        words.calendar_none.to_string()
    } else {
        (words.calendar_active)(active, rows)
    };
    if skipped > 0 {
        text.push(' ');
        text.push_str(&(words.calendar_skipped)(skipped));
    }
    text
}
