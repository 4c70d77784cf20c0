//! Calendar dates as the record keeps them: ISO `YYYY-MM-DD`, and only within a plausible range.
//!
//! Every date that enters the core from outside (storage, a backup, a form) passes through
//! [`check`], so a planted year 0 or 9999 can never make the plan or the charts walk through
//! thousands of years of days.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The earliest date Momentum accepts anywhere; older dates are typos or clock errors.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(date) => date,
    None => panic!("2000-01-01 is a valid date"),
};

/// The latest date Momentum accepts anywhere.
pub const LATEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2100, 12, 31) {
    Some(date) => date,
    None => panic!("2100-12-31 is a valid date"),
};

/// Whether a date is inside [`EARLIEST_DATE`]..=[`LATEST_DATE`].
pub fn is_plausible(date: NaiveDate) -> bool {
    (EARLIEST_DATE..=LATEST_DATE).contains(&date)
}

/// Reads a calendar date written as `YYYY-MM-DD` (what `<input type=date>` gives and records
/// store); `None` for anything else, including dates outside the plausible range.
pub fn parse(text: &str) -> Option<NaiveDate> {
    // chrono's general parser (`parse_from_str`) would bring all of strftime's formats along
    // for this one fixed layout.
    let mut parts = text.split('-');
    let mut number = |digits: usize| {
        parts
            .next()
            .filter(|p| p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (year, month, day) = (number(4)?, number(2)?, number(2)?);
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day).filter(|d| is_plausible(*d))
}

/// The date `days` after `date`, saturating at [`LATEST_DATE`] so arithmetic on plausible
/// dates never overflows.
pub fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days))
        .unwrap_or(LATEST_DATE)
        .min(LATEST_DATE)
}

/// The error a deserializer reports for a date it cannot accept.
fn refuse<E: serde::de::Error>(text: &str) -> E {
    E::custom(format_args!(
        "\"{}\" is not a date like \"2025-03-31\" between {EARLIEST_DATE} and {LATEST_DATE}",
        crate::core::clip(text, 40)
    ))
}

/// Reads one date for serde, refusing implausible ones.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    parse(&text).ok_or_else(|| refuse(&text))
}

/// Writes one date for serde (`YYYY-MM-DD`).
pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    date.serialize(serializer)
}

/// `#[serde(with = "dates::optional")]` for an `Option<NaiveDate>` (`null` when absent).
pub mod optional {
    use super::*;

    /// Reads `null` or a plausible date.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        let text = <Option<std::borrow::Cow<'de, str>>>::deserialize(deserializer)?;
        text.map(|text| parse(&text).ok_or_else(|| refuse(&text)))
            .transpose()
    }

    /// Writes `null` or the date.
    pub fn serialize<S: Serializer>(
        date: &Option<NaiveDate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        date.serialize(serializer)
    }
}

/// A plausible date as a serde value of its own, for places (list rows, tuples) where a
/// `with` attribute cannot reach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        deserialize(deserializer).map(Day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_dates_in_range_only() {
        assert_eq!(parse("2026-01-05"), NaiveDate::from_ymd_opt(2026, 1, 5));
        for bad in [
            "0000-01-01",
            "1999-12-31",
            "2101-01-01",
            "2026-1-5",
            "2026-02-30",
            "",
            "x",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(
            NaiveDate::from_ymd_opt(2026, 1, 5).unwrap().to_string(),
            "2026-01-05"
        );
    }

    #[test]
    fn serde_refuses_implausible_dates_with_a_clear_message() {
        let day: Day = serde_json::from_str("\"2026-01-05\"").unwrap();
        assert_eq!(day.0, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
        let error = serde_json::from_str::<Day>("\"0000-01-01\"").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("between 2000-01-01 and 2100-12-31"),
            "{error}"
        );
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"2026-01-05\"");
    }

    #[test]
    fn adding_days_saturates() {
        assert_eq!(add_days(LATEST_DATE, 10), LATEST_DATE);
    }
}
