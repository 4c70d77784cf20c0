//! Chart 4: a month-style calendar of recent weeks, each day marked active, skipped or quiet.
//!
//! Rows are calendar weeks starting on the embed's chosen weekday, oldest at the top, from the
//! first plan's first week (at most [`MAX_CALENDAR_WEEKS`] back) to the week containing today,
//! across every plan. Days are told apart by more than colour: a filled cell for a day with a
//! session, a dashed outline for a day only marked skipped, a faint plain cell for a quiet plan
//! day, and no cell at all outside every plan or in the future. Today gets a ring. A month's
//! name sits beside the first row that begins in it.
//!
//! The table lists, week by week, the days that were active and the days skipped: three columns
//! that fit the narrowest phone, where a column per weekday did not.

mod words;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::svg::{legend, Svg};
use super::{
    chart_width, one_line, plan_of, round1, text_width, Anchor, Chart, DataTable, Label, Rect,
    ViewBox, LABEL_GAP,
};
use crate::core::log::LogEntry;
use crate::core::plan::PlanStart;
use crate::present::dates::{calendar_week_start, week_order};
use crate::present::text::{ChartWords, Text};
use words::{day_label, summary, TableWeek};

/// The calendar shows at most this many weeks, so it stays a glance rather than a scroll.
pub const MAX_CALENDAR_WEEKS: usize = 12;

/// The calendar is never drawn wider than this: wider cells would only spread the week out.
pub const CALENDAR_MAX_WIDTH: f64 = 420.0;

/// One day's tally: `(date, sessions done, sessions skipped)`.
pub type DayCount = (NaiveDate, u32, u32);

const RIGHT_PAD: f64 = 4.0;
/// Height of the weekday names' row.
const HEADER: f64 = 24.0;
const GAP: f64 = 4.0;
/// Cells are four fifths as high as they are wide, within these heights.
const CELL_HEIGHT: (f64, f64) = (28.0, 40.0);
const BOTTOM_PAD: f64 = 4.0;
/// How far today's ring sits outside its cell.
const RING: f64 = 2.0;

/// What a calendar day shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayState {
    /// At least one session done: a filled cell.
    Done,
    /// Only skipped sessions: a dashed outline. Skipping is a fine answer, shown neutrally.
    Skipped,
    /// Nothing logged on a plan day: a faint cell.
    Nothing,
    /// Outside every plan (before the first, between two, after the last) with nothing logged,
    /// or still to come: no cell, just the day number.
    Outside,
}

impl DayState {
    /// The class list of the day's group, which the stylesheet colours.
    pub fn class(self) -> &'static str {
        match self {
            DayState::Done => "cal-day is-done",
            DayState::Skipped => "cal-day is-skipped",
            DayState::Nothing => "cal-day is-nothing",
            DayState::Outside => "cal-day is-outside",
        }
    }
}

/// One day in the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarCell {
    /// The day.
    pub date: NaiveDate,
    /// How it is drawn.
    pub state: DayState,
    /// Whether this is today (drawn with [`CalendarView::today_ring`]).
    pub today: bool,
    /// The cell's rectangle.
    pub rect: Rect,
    /// The day of the month, centred in the cell.
    pub day_number: Label,
    /// Accessible label and hover text: "Mon, Jan 5: 2 sessions done".
    pub label: String,
    /// Sessions done that day.
    pub done: u32,
    /// Sessions skipped that day.
    pub skipped: u32,
}

/// Everything the activity calendar draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarView {
    /// The words it was built with.
    pub words: &'static ChartWords,
    /// The SVG `viewBox`; its height grows with the number of weeks.
    pub view_box: ViewBox,
    /// Column headings in week order: "Mon", "Tue", ...
    pub weekday_labels: Vec<Label>,
    /// Month names left of the first row and of each row whose first day is in a new month.
    pub month_labels: Vec<Label>,
    /// Seven cells per week, row by row.
    pub cells: Vec<CalendarCell>,
    /// A ring around today's cell, when today is in the grid.
    pub today_ring: Option<Rect>,
    /// How many days were active, in words.
    pub summary: String,
    /// The grid as a table: a row per week, its active days and its skipped days.
    pub table: DataTable,
}

impl CalendarView {
    /// Every coordinate the calendar draws, so tests can check they are finite and in the box.
    pub fn coordinates(&self) -> Vec<(f64, f64)> {
        let mut all = Vec::new();
        for cell in &self.cells {
            all.extend(corners(cell.rect));
            all.push((cell.day_number.x, cell.day_number.y));
        }
        all.extend(self.today_ring.map(corners).into_iter().flatten());
        all.extend(self.weekday_labels.iter().map(|l| (l.x, l.y)));
        all.extend(self.month_labels.iter().map(|l| (l.x, l.y)));
        all
    }
}

impl Chart for CalendarView {
    fn words(&self) -> &'static ChartWords {
        self.words
    }

    fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| c.state == DayState::Outside)
    }

    fn summary(&self) -> &str {
        &self.summary
    }

    fn table(&self) -> &DataTable {
        &self.table
    }

    fn svg(&self, labelled_by: &str, described_by: &str) -> String {
        let mut svg = Svg::image(
            "chart-svg chart-calendar",
            self.view_box,
            labelled_by,
            described_by,
        );
        for label in self.weekday_labels.iter().chain(&self.month_labels) {
            svg.text(label, "chart-axis-label");
        }
        for cell in &self.cells {
            svg.open("g", cell.state.class()).inside();
            svg.title(&cell.label);
            if cell.state != DayState::Outside {
                svg.open("rect", "cal-cell")
                    .rect(&cell.rect)
                    .num("rx", 5.0)
                    .end();
            }
            svg.text(&cell.day_number, "cal-day-number");
            svg.close("g");
        }
        if let Some(ring) = &self.today_ring {
            svg.open("rect", "cal-today-ring")
                .rect(ring)
                .num("rx", 7.0)
                .end();
        }
        svg.finish()
    }

    /// How active, skipped and quiet days and today look.
    fn legend(&self) -> String {
        macro_rules! swatch {
            ($class:literal) => {
                concat!(
                    "<g class=\"cal-day ",
                    $class,
                    "\"><rect class=\"cal-cell\" x=\"5\" y=\"1\" width=\"14\" height=\"12\" \
                     rx=\"3\"/></g>"
                )
            };
        }
        let words = self.words;
        legend(&[
            (swatch!("is-done"), words.active),
            (swatch!("is-skipped"), words.skipped),
            (swatch!("is-nothing"), words.nothing_logged),
            (
                "<rect class=\"cal-today-ring\" x=\"5\" y=\"1\" width=\"14\" height=\"12\" \
                 rx=\"3\"/>",
                words.today,
            ),
        ])
    }
}

fn corners(rect: Rect) -> [(f64, f64); 2] {
    [
        (rect.x, rect.y),
        (rect.x + rect.width, rect.y + rect.height),
    ]
}

/// Tallies log entries per day, for [`activity_calendar`]: sorted by date, one tuple per day
/// with any entry.
pub fn day_counts(entries: &[LogEntry]) -> Vec<DayCount> {
    let mut days = Vec::new();
    for entry in entries {
        let done = u32::from(entry.is_done());
        add_to_day(&mut days, entry.date, done, 1 - done);
    }
    days
}

/// Adds to one day's tally in a date-sorted list, inserting the day if it is new. A sorted
/// `Vec` rather than a `BTreeMap`: the log arrives in date order, so each day is appended, and
/// the wasm needs no B-tree code.
fn add_to_day(days: &mut Vec<DayCount>, date: NaiveDate, done: u32, skipped: u32) {
    match days.binary_search_by_key(&date, |day| day.0) {
        Ok(i) => {
            let day = &mut days[i];
            day.1 = day.1.saturating_add(done);
            day.2 = day.2.saturating_add(skipped);
        }
        Err(i) => days.insert(i, (date, done, skipped)),
    }
}

/// The activity calendar from day tallies (any order; repeated dates are added up), every plan,
/// today, and the weekday the embed's weeks start on, drawn for `width` pixels (at most
/// [`CALENDAR_MAX_WIDTH`]). Days after today are "still to come" whatever the tallies say.
/// Before the first plan starts, the grid shows today's week only.
pub fn activity_calendar(
    days: &[DayCount],
    plans: &[PlanStart],
    today: NaiveDate,
    week_start: Weekday,
    t: &'static Text,
    width: f64,
) -> CalendarView {
    let words = &t.charts;
    let mut tallies = Vec::new();
    for &(date, done, skipped) in days {
        add_to_day(&mut tallies, date, done, skipped);
    }
    let first_start = plans.first().map(|p| p.start);

    let last_row = calendar_week_start(today, week_start);
    let first_plan_row = calendar_week_start(first_start.unwrap_or(today).min(today), week_start);
    let weeks_back = usize::try_from((last_row - first_plan_row).num_days() / 7).unwrap_or(0);
    let rows = weeks_back.min(MAX_CALENDAR_WEEKS - 1) + 1;
    let first_row = last_row
        .checked_sub_days(Days::new(7 * (rows as u64 - 1)))
        .unwrap_or(last_row);

    let width = chart_width(width).min(CALENDAR_MAX_WIDTH);
    let widest_month = t
        .dates
        .months_short
        .iter()
        .map(|m| text_width(m))
        .fold(0.0, f64::max);
    let left = round1(widest_month + LABEL_GAP + 2.0);
    let cell_width = (width - left - RIGHT_PAD - 6.0 * GAP) / 7.0;
    let cell_height = round1((cell_width * 0.8).clamp(CELL_HEIGHT.0, CELL_HEIGHT.1));
    let column_x = |col: usize| left + col as f64 * (cell_width + GAP);
    let row_y = |row: usize| HEADER + row as f64 * (cell_height + GAP);

    let order = week_order(week_start);
    // Where "Wed" would touch "Thu", the days go by their first letter, as calendars do.
    let fits = order
        .iter()
        .all(|day| text_width(t.dates.weekday_short(*day)) + 2.0 <= cell_width + GAP);
    let weekday_labels = order
        .iter()
        .enumerate()
        .map(|(col, day)| {
            let name = t.dates.weekday_short(*day);
            Label {
                x: round1(column_x(col) + cell_width / 2.0),
                y: HEADER - 8.0,
                text: if fits {
                    name.to_string()
                } else {
                    name.chars().take(1).collect()
                },
                anchor: Anchor::Middle,
            }
        })
        .collect();

    let mut cells = Vec::with_capacity(rows * 7);
    let mut month_labels = Vec::new();
    let mut table_rows = Vec::with_capacity(rows);
    let mut previous_month = None;
    for row in 0..rows {
        let Some(row_start) = first_row.checked_add_days(Days::new(7 * row as u64)) else {
            break;
        };
        // The month's name goes beside the first row that begins in it, so the day next to the
        // name is always in that month.
        if previous_month != Some(row_start.month0()) {
            month_labels.push(Label {
                x: left - LABEL_GAP,
                y: round1(row_y(row) + cell_height / 2.0 + 5.0),
                text: t.dates.months_short[row_start.month0() as usize].to_string(),
                anchor: Anchor::End,
            });
            previous_month = Some(row_start.month0());
        }
        let mut week = TableWeek::default();
        for (col, date) in row_start.iter_days().take(7).enumerate() {
            let (done, skipped) = if date > today {
                (0, 0)
            } else {
                tallies
                    .binary_search_by_key(&date, |day| day.0)
                    .map_or((0, 0), |i| (tallies[i].1, tallies[i].2))
            };
            let state = if date > today {
                DayState::Outside
            } else if done > 0 {
                DayState::Done
            } else if skipped > 0 {
                DayState::Skipped
            } else if plan_of(plans, date).is_some() {
                DayState::Nothing
            } else {
                DayState::Outside
            };
            let rect = Rect {
                x: round1(column_x(col)),
                y: round1(row_y(row)),
                width: round1(cell_width),
                height: cell_height,
            };
            let label = day_label(date, state, (done, skipped), today, first_start, t);
            week.add(date, state, done, date == today, &label, t);
            cells.push(CalendarCell {
                date,
                state,
                today: date == today,
                rect,
                day_number: Label {
                    x: round1(rect.x + rect.width / 2.0),
                    y: round1(rect.y + cell_height / 2.0 + 5.0),
                    text: date.day().to_string(),
                    anchor: Anchor::Middle,
                },
                label,
                done,
                skipped,
            });
        }
        table_rows.push(week.row(one_line(t.dates.short(row_start)), words));
    }

    let today_ring = cells.iter().find(|c| c.today).map(|c| Rect {
        x: round1(c.rect.x - RING),
        y: round1(c.rect.y - RING),
        width: round1(c.rect.width + 2.0 * RING),
        height: round1(c.rect.height + 2.0 * RING),
    });

    CalendarView {
        words,
        view_box: ViewBox {
            width,
            height: HEADER + rows as f64 * (cell_height + GAP) - GAP + BOTTOM_PAD,
        },
        weekday_labels,
        month_labels,
        summary: summary(&cells, rows, first_start, today, t),
        cells,
        today_ring,
        table: DataTable {
            caption: words.calendar_caption.to_string(),
            headers: vec![
                words.week_starting.to_string(),
                words.active.to_string(),
                words.skipped.to_string(),
            ],
            rows: table_rows,
        },
    }
}

#[cfg(test)]
mod tests;
