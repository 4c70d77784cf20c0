//! Chart 4: a month-style calendar of recent weeks, each day marked active, skipped or quiet.
//!
//! Rows are calendar weeks starting on the embed's chosen weekday, oldest at the top, from the
//! plan's first week (at most [`MAX_CALENDAR_WEEKS`] back) to the week containing today. Days are
//! told apart by more than colour: a filled cell for a day with a session, a dashed outline for a
//! day only marked skipped, a faint plain cell for a quiet day, and no cell at all outside the
//! plan or in the future. Today gets a ring.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::svg::{legend, Svg};
use super::{
    count, round1, Anchor, Chart, DataTable, Label, Rect, TableCell, TableRow, ViewBox, VIEW_WIDTH,
};
use crate::core::log::LogEntry;
use crate::present::dates::{calendar_week_start, month_short, short_date, week_order};

/// The calendar shows at most this many weeks, so it stays a glance rather than a scroll.
pub const MAX_CALENDAR_WEEKS: usize = 12;

/// One day's tally: `(date, sessions done, sessions skipped)`.
pub type DayCount = (NaiveDate, u32, u32);

const LEFT: f64 = 34.0;
const RIGHT_PAD: f64 = 4.0;
const HEADER: f64 = 24.0;
const GAP: f64 = 4.0;
const CELL_HEIGHT: f64 = 28.0;
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
    /// Before the plan began or still to come: no cell, just the day number.
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
    /// Accessible label: "Mon 5 Jan: 2 sessions done".
    pub label: String,
    /// Sessions done that day.
    pub done: u32,
    /// Sessions skipped that day.
    pub skipped: u32,
}

/// Everything the activity calendar draws, and its text alternatives.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarView {
    /// The SVG `viewBox`; its height grows with the number of weeks.
    pub view_box: ViewBox,
    /// Column headings in week order: "Mon", "Tue", ...
    pub weekday_labels: Vec<Label>,
    /// Month names left of the first row and of each row where a month begins.
    pub month_labels: Vec<Label>,
    /// Seven cells per week, row by row.
    pub cells: Vec<CalendarCell>,
    /// A ring around today's cell, when today is in the grid.
    pub today_ring: Option<Rect>,
    /// How many days were active, in words.
    pub summary: String,
    /// The grid as a table: a row per week, a column per weekday.
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
        legend(&[
            (swatch!("is-done"), "Active"),
            (swatch!("is-skipped"), "Skipped"),
            (swatch!("is-nothing"), "Nothing logged"),
            (
                "<rect class=\"cal-today-ring\" x=\"5\" y=\"1\" width=\"14\" height=\"12\" \
                 rx=\"3\"/>",
                "Today",
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

/// The activity calendar from day tallies (any order; repeated dates are added up), the plan's
/// start date, today, and the weekday the embed's weeks start on. Days after today are "still
/// to come" whatever the tallies say. Before the plan starts, the grid shows today's week only.
pub fn activity_calendar(
    days: &[DayCount],
    plan_start: NaiveDate,
    today: NaiveDate,
    week_start: Weekday,
) -> CalendarView {
    let mut tallies = Vec::new();
    for &(date, done, skipped) in days {
        add_to_day(&mut tallies, date, done, skipped);
    }

    let last_row = calendar_week_start(today, week_start);
    let first_plan_row = calendar_week_start(plan_start.min(today), week_start);
    let weeks_back = usize::try_from((last_row - first_plan_row).num_days() / 7).unwrap_or(0);
    let rows = weeks_back.min(MAX_CALENDAR_WEEKS - 1) + 1;
    let first_row = last_row
        .checked_sub_days(Days::new(7 * (rows as u64 - 1)))
        .unwrap_or(last_row);

    let cell_width = (VIEW_WIDTH - LEFT - RIGHT_PAD - 6.0 * GAP) / 7.0;
    let column_x = |col: usize| LEFT + col as f64 * (cell_width + GAP);
    let row_y = |row: usize| HEADER + row as f64 * (CELL_HEIGHT + GAP);

    let order = week_order(week_start);
    let weekday_labels = order
        .iter()
        .enumerate()
        .map(|(col, day)| Label {
            x: round1(column_x(col) + cell_width / 2.0),
            y: HEADER - 8.0,
            text: weekday_short(*day).to_string(),
            anchor: Anchor::Middle,
        })
        .collect();

    let mut cells = Vec::with_capacity(rows * 7);
    let mut month_labels = Vec::new();
    let mut table_rows = Vec::with_capacity(rows);
    for row in 0..rows {
        let Some(row_start) = first_row.checked_add_days(Days::new(7 * row as u64)) else {
            break;
        };
        let dates: Vec<NaiveDate> = row_start.iter_days().take(7).collect();
        let new_month = dates.iter().find(|d| d.day() == 1);
        if row == 0 || new_month.is_some() {
            let month_of = new_month.unwrap_or(&row_start);
            month_labels.push(Label {
                x: LEFT - 6.0,
                y: round1(row_y(row) + CELL_HEIGHT / 2.0 + 4.0),
                text: month_short(month_of.month()).to_string(),
                anchor: Anchor::End,
            });
        }
        let mut table_cells = Vec::with_capacity(7);
        for (col, &date) in dates.iter().enumerate() {
            let (done, skipped) = tallies
                .binary_search_by_key(&date, |day| day.0)
                .map_or((0, 0), |i| (tallies[i].1, tallies[i].2));
            let state = if date > today {
                DayState::Outside
            } else if done > 0 {
                DayState::Done
            } else if skipped > 0 {
                DayState::Skipped
            } else if date < plan_start {
                DayState::Outside
            } else {
                DayState::Nothing
            };
            let (done, skipped) = if date > today {
                (0, 0)
            } else {
                (done, skipped)
            };
            let rect = Rect {
                x: round1(column_x(col)),
                y: round1(row_y(row)),
                width: round1(cell_width),
                height: CELL_HEIGHT,
            };
            let label = day_label(date, state, done, skipped, date == today, plan_start);
            table_cells.push(TableCell {
                text: short_state(state, done, skipped, date == today, date > today),
                label: Some(label.clone()),
            });
            cells.push(CalendarCell {
                date,
                state,
                today: date == today,
                rect,
                day_number: Label {
                    x: round1(rect.x + rect.width / 2.0),
                    y: round1(rect.y + CELL_HEIGHT / 2.0 + 4.0),
                    text: date.day().to_string(),
                    anchor: Anchor::Middle,
                },
                label,
                done,
                skipped,
            });
        }
        table_rows.push(TableRow {
            header: short_date(row_start),
            cells: table_cells,
        });
    }

    let today_ring = cells.iter().find(|c| c.today).map(|c| Rect {
        x: round1(c.rect.x - RING),
        y: round1(c.rect.y - RING),
        width: round1(c.rect.width + 2.0 * RING),
        height: round1(c.rect.height + 2.0 * RING),
    });

    let mut headers = vec!["Week starting".to_string()];
    headers.extend(order.iter().map(|d| weekday_short(*d).to_string()));

    CalendarView {
        view_box: ViewBox {
            width: VIEW_WIDTH,
            height: HEADER + rows as f64 * (CELL_HEIGHT + GAP) - GAP + BOTTOM_PAD,
        },
        weekday_labels,
        month_labels,
        summary: summary(&cells, rows, plan_start, today),
        cells,
        today_ring,
        table: DataTable {
            caption: "Active days, week by week".to_string(),
            headers,
            rows: table_rows,
        },
    }
}

fn weekday_short(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

/// "Mon 5 Jan: 2 sessions done, 1 skipped"; "Tue 6 Jan (today): nothing logged yet".
fn day_label(
    date: NaiveDate,
    state: DayState,
    done: u32,
    skipped: u32,
    today: bool,
    plan_start: NaiveDate,
) -> String {
    let day = if today {
        format!("{} (today)", short_date(date))
    } else {
        short_date(date)
    };
    let what = match state {
        DayState::Done if skipped > 0 => format!(
            "{} done, {} skipped",
            count(done, "session", "sessions"),
            skipped
        ),
        DayState::Done => format!("{} done", count(done, "session", "sessions")),
        DayState::Skipped => format!("{} skipped", count(skipped, "session", "sessions")),
        DayState::Nothing if today => "nothing logged yet".to_string(),
        DayState::Nothing => "nothing logged".to_string(),
        DayState::Outside if date < plan_start => "before your plan began".to_string(),
        DayState::Outside => "still to come".to_string(),
    };
    format!("{day}: {what}")
}

/// The compact text in the table grid, where the row and column already give the date.
fn short_state(state: DayState, done: u32, skipped: u32, today: bool, future: bool) -> String {
    let text = match state {
        DayState::Done if skipped > 0 => format!("{done} done, {skipped} skipped"),
        DayState::Done => format!("{done} done"),
        DayState::Skipped => format!("{skipped} skipped"),
        DayState::Nothing => "none".to_string(),
        DayState::Outside if future => "to come".to_string(),
        DayState::Outside => "before plan".to_string(),
    };
    if today {
        format!("{text} (today)")
    } else {
        text
    }
}

fn summary(cells: &[CalendarCell], rows: usize, plan_start: NaiveDate, today: NaiveDate) -> String {
    if plan_start > today {
        return format!(
            "Your calendar starts on {}, when your plan begins.",
            short_date(plan_start)
        );
    }
    let active = cells.iter().filter(|c| c.state == DayState::Done).count();
    let skipped = cells
        .iter()
        .filter(|c| c.state == DayState::Skipped)
        .count();
    let span = if rows == 1 {
        "this week".to_string()
    } else {
        format!("in the {rows} weeks shown")
    };
    let mut text = if active == 0 {
        "The days you're active will be marked here as you log sessions.".to_string()
    } else {
        format!(
            "You were active on {} {span}.",
            count(active as u32, "day", "days")
        )
    };
    if skipped > 0 {
        text.push_str(&format!(
            " You marked {} as skipped.",
            count(skipped as u32, "day", "days")
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::activity::Activity;
    use crate::core::log::{Effort, Outcome};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn assert_in_box(view: &CalendarView) {
        for (x, y) in view.coordinates() {
            assert!(view.view_box.contains(x, y), "({x}, {y}) outside");
        }
    }

    fn cell(view: &CalendarView, date: NaiveDate) -> &CalendarCell {
        view.cells.iter().find(|c| c.date == date).unwrap()
    }

    #[test]
    fn counts_days_from_the_log() {
        let entry = |date, outcome| LogEntry::new(date, Activity::Walking, outcome);
        let done = Outcome::Done {
            minutes: 10,
            effort: Effort::Easy,
        };
        let entries = [
            entry(d(1, 6), Outcome::Skipped),
            entry(d(1, 5), done.clone()),
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
        let view = activity_calendar(&days, d(1, 5), d(1, 8), Weekday::Mon);
        assert_eq!(
            cell(&view, d(1, 7)).label,
            "Wed 7 Jan: 2 sessions done, 2 skipped"
        );
        assert_eq!(cell(&view, d(1, 6)).label, "Tue 6 Jan: 1 session done");
    }

    #[test]
    fn first_week_marks_states_labels_and_today() {
        // Plan starts Tue 6 Jan 2026; today is Thu 8 Jan; weeks start on Monday.
        let days = [(d(1, 6), 2, 0), (d(1, 7), 0, 1), (d(1, 9), 1, 0)];
        let view = activity_calendar(&days, d(1, 6), d(1, 8), Weekday::Mon);
        assert_eq!(view.cells.len(), 7);
        assert_eq!(view.cells[0].date, d(1, 5));
        assert_eq!(cell(&view, d(1, 5)).state, DayState::Outside);
        assert_eq!(
            cell(&view, d(1, 5)).label,
            "Mon 5 Jan: before your plan began"
        );
        assert_eq!(cell(&view, d(1, 6)).state, DayState::Done);
        assert_eq!(cell(&view, d(1, 6)).label, "Tue 6 Jan: 2 sessions done");
        assert_eq!(cell(&view, d(1, 7)).state, DayState::Skipped);
        assert_eq!(cell(&view, d(1, 7)).label, "Wed 7 Jan: 1 session skipped");
        let today = cell(&view, d(1, 8));
        assert!(today.today);
        assert_eq!(today.label, "Thu 8 Jan (today): nothing logged yet");
        // A tally dated in the future is ignored.
        assert_eq!(cell(&view, d(1, 9)).state, DayState::Outside);
        assert_eq!(cell(&view, d(1, 9)).label, "Fri 9 Jan: still to come");
        let ring = view.today_ring.unwrap();
        assert!(ring.x < today.rect.x && ring.width > today.rect.width);
        assert_eq!(
            view.summary,
            "You were active on 1 day this week. You marked 1 day as skipped."
        );
        assert_eq!(view.table.headers[1], "Mon");
        assert_eq!(view.table.rows[0].header, "Mon 5 Jan");
        assert_eq!(view.table.rows[0].cells[1].text, "2 done");
        assert_eq!(
            view.table.rows[0].cells[3].label.as_deref(),
            Some("Thu 8 Jan (today): nothing logged yet")
        );
        assert_eq!(view.month_labels.len(), 1);
        assert_eq!(view.month_labels[0].text, "Jan");
        assert_in_box(&view);
    }

    #[test]
    fn week_start_is_configurable() {
        let view = activity_calendar(&[], d(1, 6), d(1, 8), Weekday::Sun);
        assert_eq!(view.cells[0].date, d(1, 4));
        assert_eq!(view.weekday_labels[0].text, "Sun");
        assert_eq!(view.weekday_labels[6].text, "Sat");
        assert_eq!(
            view.summary,
            "The days you're active will be marked here as you log sessions."
        );
    }

    #[test]
    fn shows_at_most_twelve_weeks_oldest_first() {
        let start = d(1, 5);
        let today = d(6, 1);
        let days = [(d(1, 5), 1, 0), (d(5, 30), 1, 1), (d(5, 30), 1, 0)];
        let view = activity_calendar(&days, start, today, Weekday::Mon);
        assert_eq!(view.cells.len(), 12 * 7);
        assert_eq!(view.cells.last().unwrap().date, d(6, 7));
        assert_eq!(view.cells[0].date, d(3, 16));
        // Repeated dates add up; done wins over skipped.
        let may30 = cell(&view, d(5, 30));
        assert_eq!((may30.done, may30.skipped), (2, 1));
        assert_eq!(may30.label, "Sat 30 May: 2 sessions done, 1 skipped");
        // Month names where months begin: Mar (first row), Apr, May, Jun.
        let months: Vec<_> = view.month_labels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(months, ["Mar", "Apr", "May", "Jun"]);
        assert_eq!(
            view.summary,
            "You were active on 1 day in the 12 weeks shown."
        );
        assert_eq!(view.table.rows.len(), 12);
        assert_in_box(&view);
    }

    #[test]
    fn before_the_plan_starts_only_this_week_shows() {
        let view = activity_calendar(&[], d(2, 2), d(1, 8), Weekday::Mon);
        assert_eq!(view.cells.len(), 7);
        assert!(view.is_empty());
        assert_eq!(
            view.summary,
            "Your calendar starts on Mon 2 Feb, when your plan begins."
        );
        assert_in_box(&view);
    }
}
