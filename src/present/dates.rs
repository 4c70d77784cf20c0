//! Dates as a visitor reads them ("Mon 5 Jan"), and the week layout the embed asks for.

use chrono::{Datelike, NaiveDate, Weekday};

// Dates are spelled out by hand rather than with chrono's `format`: its strftime parser and
// formatter are several kilobytes of wasm for four fixed English patterns.

/// Short, natural date for lists and buttons: "Mon 5 Jan".
pub fn short_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        &weekday_name(date.weekday())[..3],
        date.day(),
        month_short(date.month())
    )
}

/// Longer date for headings: "Monday 5 January".
pub fn long_date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        weekday_name(date.weekday()),
        date.day(),
        month_name(date.month())
    )
}

/// Day and short month for chart axes: "5 Jan".
pub fn day_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), month_short(date.month()))
}

/// The month's name, `month` counting from 1: "January".
pub fn month_name(month: u32) -> &'static str {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS[(month as usize + 11) % 12]
}

/// The month's three-letter name, `month` counting from 1: "Jan".
pub fn month_short(month: u32) -> &'static str {
    &month_name(month)[..3]
}

/// The day's name as used for weekday choices: "Monday".
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The seven weekdays in the order the embed's week starts (`data-week-start`).
pub fn week_order(first: Weekday) -> [Weekday; 7] {
    let mut days = [first; 7];
    for i in 1..7 {
        days[i] = days[i - 1].succ();
    }
    days
}

/// The first day of the calendar week containing `date`, for a week starting on `first`.
pub fn calendar_week_start(date: NaiveDate, first: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
    date - chrono::Duration::days(i64::from(back))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_naturally() {
        assert_eq!(short_date(d(2026, 1, 5)), "Mon 5 Jan");
        assert_eq!(long_date(d(2026, 1, 5)), "Monday 5 January");
        // Same words as chrono's "%a %-d %b" / "%A %-d %B" / "%-d %b" on every day of a year.
        let mut day = d(2024, 1, 1);
        while day.year() == 2024 {
            assert_eq!(short_date(day), day.format("%a %-d %b").to_string());
            assert_eq!(long_date(day), day.format("%A %-d %B").to_string());
            assert_eq!(day_month(day), day.format("%-d %b").to_string());
            assert_eq!(month_short(day.month()), day.format("%b").to_string());
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn weeks_can_start_on_sunday() {
        assert_eq!(week_order(Weekday::Sun)[0], Weekday::Sun);
        assert_eq!(week_order(Weekday::Sun)[6], Weekday::Sat);
        assert_eq!(week_order(Weekday::Mon)[6], Weekday::Sun);
        // Wed 7 Jan 2026: its Monday-week starts Mon 5 Jan, its Sunday-week on Sun 4 Jan.
        assert_eq!(
            calendar_week_start(d(2026, 1, 7), Weekday::Mon),
            d(2026, 1, 5)
        );
        assert_eq!(
            calendar_week_start(d(2026, 1, 7), Weekday::Sun),
            d(2026, 1, 4)
        );
        assert_eq!(
            calendar_week_start(d(2026, 1, 4), Weekday::Sun),
            d(2026, 1, 4)
        );
    }
}
