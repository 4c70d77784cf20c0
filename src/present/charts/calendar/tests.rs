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
        let view = activity_calendar(&days, &one_plan(d(1, 5)), d(3, 1), Weekday::Mon, &EN, width);
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
