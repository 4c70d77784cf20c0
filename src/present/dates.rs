//! The week layout the embed asks for (`data-week-start`). Date words are the catalogue's
//! (`present::text::Dates`).

use chrono::{Datelike, NaiveDate, Weekday};

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
    use crate::present::text::EN;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn english_dates_read_as_chrono_writes_them() {
        let mut day = d(2024, 1, 1);
        while day.year() == 2024 {
            assert_eq!(EN.dates.short(day), day.format("%a, %b %-d").to_string());
            assert_eq!(EN.dates.long(day), day.format("%A, %B %-d").to_string());
            assert_eq!(EN.dates.day_month(day), day.format("%b %-d").to_string());
            day = day.succ_opt().unwrap();
        }
    }

    #[test]
    fn weeks_can_start_on_sunday() {
        assert_eq!(week_order(Weekday::Sun)[0], Weekday::Sun);
        assert_eq!(week_order(Weekday::Mon)[6], Weekday::Sun);
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
