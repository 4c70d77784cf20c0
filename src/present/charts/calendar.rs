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

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::svg::{legend, Svg};
use super::{
    chart_width, one_line, plan_of, round1, text_width, Anchor, Chart, DataTable, Label, Rect,
    TableCell, TableRow, ViewBox, LABEL_GAP,
};
use crate::core::log::LogEntry;
use crate::core::plan::PlanStart;
use crate::present::dates::{calendar_week_start, week_order};
use crate::present::text::{ChartWords, Text};

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

/// One table row in the making: the week's active days and skipped days, short ("Mon (2), Wed")
/// for the eye and whole ("Mon, Jan 5: 2 sessions done; ...") for screen readers.
#[derive(Default)]
struct TableWeek {
    active: (Vec<String>, Vec<String>),
    skipped: (Vec<String>, Vec<String>),
}

impl TableWeek {
    fn add(
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

    fn row(self, header: String, words: &ChartWords) -> TableRow {
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
fn day_label(
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

fn summary(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::activity::Activity;
    use crate::core::log::{Effort, Outcome};
    use crate::present::text::{EN, ES};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn one_plan(start: NaiveDate) -> Vec<PlanStart> {
        vec![PlanStart { start }]
    }

    /// The calendar at 320 px (what a 320 px screen gives the widget, near enough).
    fn calendar(
        days: &[DayCount],
        start: NaiveDate,
        today: NaiveDate,
        week_start: Weekday,
    ) -> CalendarView {
        activity_calendar(days, &one_plan(start), today, week_start, &EN, 320.0)
    }

    fn assert_in_box(view: &CalendarView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
        for label in view.weekday_labels.iter().chain(&view.month_labels) {
            let (left, right) = label.span();
            assert!(left >= 0.0 && right <= view.view_box.width, "{label:?}");
        }
        super::super::tests::assert_labels_apart(&view.weekday_labels, view.view_box.width);
    }

    fn cell(view: &CalendarView, date: NaiveDate) -> &CalendarCell {
        view.cells.iter().find(|c| c.date == date).unwrap()
    }

    #[test]
    fn counts_days_from_the_log() {
        let entry = |date, outcome| LogEntry::new(date, Activity::Walking, outcome);
        let done = Outcome::Done {
            minutes: 10,
            effort: Some(Effort::Easy),
        };
        let entries = [
            entry(d(1, 6), Outcome::Skipped),
            entry(d(1, 5), done),
            LogEntry {
                activity: Activity::Yoga,
                ..entry(d(1, 5), done)
            },
        ];
        assert_eq!(day_counts(&entries), vec![(d(1, 5), 2, 0), (d(1, 6), 0, 1)]);
    }

    #[test]
    fn repeated_days_are_added_up_in_any_order() {
        let skip = |activity| LogEntry::new(d(1, 6), activity, Outcome::Skipped);
        assert_eq!(
            day_counts(&[skip(Activity::Walking), skip(Activity::Yoga)]),
            vec![(d(1, 6), 0, 2)]
        );
        let days = [(d(1, 7), 0, 1), (d(1, 6), 1, 0), (d(1, 7), 2, 1)];
        let view = calendar(&days, d(1, 5), d(1, 8), Weekday::Mon);
        assert_eq!(
            cell(&view, d(1, 7)).label,
            "Wed, Jan 7: 2 sessions done, 2 skipped"
        );
        assert_eq!(cell(&view, d(1, 6)).label, "Tue, Jan 6: 1 session done");
    }

    #[test]
    fn first_week_marks_states_labels_and_today() {
        // Plan starts Tue, Jan 6 2026; today is Thu, Jan 8; weeks start on Monday.
        let days = [(d(1, 6), 2, 0), (d(1, 7), 0, 1), (d(1, 9), 1, 0)];
        let view = calendar(&days, d(1, 6), d(1, 8), Weekday::Mon);
        assert_eq!(view.cells.len(), 7);
        assert_eq!(view.cells[0].date, d(1, 5));
        assert_eq!(cell(&view, d(1, 5)).state, DayState::Outside);
        assert_eq!(
            cell(&view, d(1, 5)).label,
            "Mon, Jan 5: before your plan began"
        );
        assert_eq!(cell(&view, d(1, 6)).state, DayState::Done);
        assert_eq!(cell(&view, d(1, 6)).label, "Tue, Jan 6: 2 sessions done");
        assert_eq!(cell(&view, d(1, 7)).state, DayState::Skipped);
        assert_eq!(cell(&view, d(1, 7)).label, "Wed, Jan 7: 1 session skipped");
        let today = cell(&view, d(1, 8));
        assert!(today.today);
        assert_eq!(today.label, "Thu, Jan 8 (today): nothing logged yet");
        // A tally dated in the future is ignored.
        assert_eq!(cell(&view, d(1, 9)).state, DayState::Outside);
        assert_eq!(cell(&view, d(1, 9)).label, "Fri, Jan 9: still to come");
        let ring = view.today_ring.unwrap();
        assert!(ring.x < today.rect.x && ring.width > today.rect.width);
        assert_eq!(
            view.summary,
            "You were active on 1 day this week. You marked 1 day as skipped."
        );
        assert_eq!(view.table.headers, ["Week starting", "Active", "Skipped"]);
        assert_eq!(view.weekday_labels[0].text, "Mon");
        assert_eq!(view.table.rows[0].header, "Mon,\u{a0}Jan\u{a0}5");
        assert_eq!(view.table.rows[0].cells[0].text, "Tue (2)");
        assert_eq!(
            view.table.rows[0].cells[0].label.as_deref(),
            Some("Tue, Jan 6: 2 sessions done")
        );
        assert_eq!(view.table.rows[0].cells[1].text, "Wed");
        assert_eq!(view.month_labels.len(), 1);
        assert_eq!(view.month_labels[0].text, "Jan");
        assert_in_box(&view);
    }

    #[test]
    fn the_table_lists_each_weeks_days_and_today() {
        let days = [
            (d(1, 5), 1, 0),
            (d(1, 7), 1, 1),
            (d(1, 8), 0, 1),
            (d(1, 12), 2, 0),
        ];
        let view = calendar(&days, d(1, 5), d(1, 12), Weekday::Mon);
        let rows: Vec<_> = view
            .table
            .rows
            .iter()
            .map(|r| {
                (
                    r.header.replace('\u{a0}', " "),
                    r.cells[0].text.as_str(),
                    r.cells[1].text.as_str(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("Mon, Jan 5".to_string(), "Mon, Wed", "Thu"),
                ("Mon, Jan 12".to_string(), "Mon (2) (today)", "None"),
            ]
        );
        assert_eq!(
            view.table.rows[0].cells[0].label.as_deref(),
            Some("Mon, Jan 5: 1 session done; Wed, Jan 7: 1 session done, 1 skipped")
        );
        assert_eq!(view.table.rows[1].cells[1].label, None);
    }

    #[test]
    fn week_start_is_configurable() {
        let view = activity_calendar(&[], &one_plan(d(1, 6)), d(1, 8), Weekday::Sun, &EN, 390.0);
        assert_eq!(view.cells[0].date, d(1, 4));
        assert_eq!(view.weekday_labels[0].text, "Sun");
        assert_eq!(view.weekday_labels[6].text, "Sat");
        // On the narrowest screens, the first letters.
        let narrow = activity_calendar(&[], &one_plan(d(1, 6)), d(1, 8), Weekday::Sun, &EN, 254.0);
        let letters: Vec<_> = narrow
            .weekday_labels
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(letters, ["S", "M", "T", "W", "T", "F", "S"]);
        assert_eq!(
            view.summary,
            "The days you're active will be marked here as you log sessions."
        );
    }

    #[test]
    fn shows_at_most_twelve_weeks_oldest_first() {
        let start = d(1, 5);
        let today = d(3, 30);
        let days = [(d(1, 5), 1, 0), (d(3, 28), 1, 1), (d(3, 28), 1, 0)];
        let view = calendar(&days, start, today, Weekday::Mon);
        assert_eq!(view.cells.len(), 12 * 7);
        assert_eq!(view.cells.last().unwrap().date, d(4, 5));
        assert_eq!(view.cells[0].date, d(1, 12));
        // Repeated dates add up; done wins over skipped.
        let mar28 = cell(&view, d(3, 28));
        assert_eq!((mar28.done, mar28.skipped), (2, 1));
        assert_eq!(mar28.label, "Sat, Mar 28: 2 sessions done, 1 skipped");
        assert_eq!(
            view.summary,
            "You were active on 1 day in the 12 weeks shown."
        );
        assert_eq!(view.table.rows.len(), 12);
        assert_in_box(&view);
    }

    #[test]
    fn each_month_is_named_beside_the_first_row_that_begins_in_it() {
        // Rows from Mon, Mar 16 to the week of Mon, Jun 1.
        let view = calendar(&[], d(3, 16), d(6, 3), Weekday::Mon);
        let months: Vec<_> = view
            .month_labels
            .iter()
            .map(|l| (l.text.as_str(), l.y))
            .collect();
        let row_of = |date: NaiveDate| cell(&view, date).day_number.y;
        // The row of Mon, Mar 30 holds Apr 1, but begins in March: April is named on the next.
        assert_eq!(
            months,
            [
                ("Mar", row_of(d(3, 16))),
                ("Apr", row_of(d(4, 6))),
                ("May", row_of(d(5, 4))),
                ("Jun", row_of(d(6, 1))),
            ]
        );
        // Each name is level with its row, left of the row's first cell.
        for label in &view.month_labels {
            let first = view
                .cells
                .iter()
                .find(|c| c.day_number.y == label.y)
                .unwrap();
            assert!(label.span().1 <= first.rect.x);
            assert_eq!(first.date.month0(), {
                let i = EN
                    .dates
                    .months_short
                    .iter()
                    .position(|m| *m == label.text)
                    .unwrap();
                i as u32
            });
        }
        assert_in_box(&view);
    }

    #[test]
    fn before_the_plan_starts_only_this_week_shows() {
        let view = calendar(&[], d(2, 2), d(1, 8), Weekday::Mon);
        assert_eq!(view.cells.len(), 7);
        assert!(view.is_empty());
        assert_eq!(
            view.summary,
            "Your calendar starts on Mon, Feb 2, when your plan begins."
        );
        assert_in_box(&view);
    }

    #[test]
    fn weeks_between_plans_have_no_cells_but_what_was_done_in_them_shows() {
        // Plan 1 from Mon, Jan 5 (to Sun, Mar 29); plan 2 from Mon, Apr 13; today Wed, Apr 15.
        let plans = [PlanStart { start: d(1, 5) }, PlanStart { start: d(4, 13) }];
        let days = [(d(3, 27), 1, 0), (d(4, 2), 1, 0), (d(4, 13), 1, 0)];
        let view = activity_calendar(&days, &plans, d(4, 15), Weekday::Mon, &EN, 320.0);
        assert_eq!(view.cells.len(), 12 * 7);
        assert_eq!(cell(&view, d(3, 27)).state, DayState::Done);
        assert_eq!(cell(&view, d(3, 29)).state, DayState::Nothing);
        for gap in [d(3, 30), d(4, 8), d(4, 12)] {
            assert_eq!(cell(&view, gap).state, DayState::Outside);
            assert!(cell(&view, gap).label.ends_with(": no plan that day"));
        }
        // Moving between plans still counts.
        assert_eq!(cell(&view, d(4, 2)).state, DayState::Done);
        assert_eq!(cell(&view, d(4, 14)).state, DayState::Nothing);
        assert_eq!(
            view.summary,
            "You were active on 3 days in the 12 weeks shown."
        );
        assert_in_box(&view);
        // Straight from one plan into the next, there is no such day.
        let plans = [PlanStart { start: d(1, 5) }, PlanStart { start: d(3, 30) }];
        let view = activity_calendar(&days, &plans, d(4, 15), Weekday::Mon, &EN, 320.0);
        assert!(view
            .cells
            .iter()
            .filter(|c| c.date >= d(1, 5) && c.date <= d(4, 15))
            .all(|c| c.state != DayState::Outside));
    }

    #[test]
    fn all_seven_days_fit_the_narrowest_screen_and_wide_ones_stay_a_calendar() {
        let days = [(d(1, 5), 1, 0)];
        for width in [240.0, 254.0, 324.0, 420.0, 646.0, 1200.0] {
            let view =
                activity_calendar(&days, &one_plan(d(1, 5)), d(3, 1), Weekday::Mon, &EN, width);
            assert_eq!(view.view_box.width, width.min(CALENDAR_MAX_WIDTH));
            let last = view.cells[6].rect;
            assert!(last.x + last.width <= view.view_box.width);
            // A two-digit day number fits its cell.
            assert!(text_width("28") + 4.0 <= last.width, "{width}");
            assert_in_box(&view);
        }
        let spanish = activity_calendar(
            &days,
            &one_plan(d(1, 5)),
            d(9, 20),
            Weekday::Mon,
            &ES,
            254.0,
        );
        assert_in_box(&spanish);
        assert_eq!(spanish.weekday_labels[2].text, "m");
        let wider = activity_calendar(
            &days,
            &one_plan(d(1, 5)),
            d(9, 20),
            Weekday::Mon,
            &ES,
            324.0,
        );
        assert_eq!(wider.weekday_labels[2].text, "mié");
        assert!(spanish.month_labels.iter().any(|l| l.text == "sept"));
        assert_eq!(spanish.table.headers, ["Semana del", "Activo", "Omitido"]);
    }
}
