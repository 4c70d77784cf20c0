//! The functional core: everything Momentum knows and decides, with no browser in sight.
//!
//! Each module owns one idea. Nothing here touches the DOM, storage APIs or the clock: callers
//! pass in today's date and the stored text, so every rule can be tested natively and
//! deterministically.

pub mod activity;
pub mod calendar;
pub mod consistency;
pub mod dates;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod readiness;
pub mod record;
pub mod stats;
pub mod transfer;
pub mod validate;

/// Sorts weekdays Monday first and drops repeats, as everywhere a visitor's days are kept.
pub fn sort_weekdays(days: &mut Vec<chrono::Weekday>) {
    days.sort_unstable_by_key(|d| d.num_days_from_monday());
    days.dedup();
}

/// `text` cut to at most `max` characters (with "…" when cut), for echoing a value from a file
/// in a message without echoing a whole file.
pub fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    #[test]
    fn weekdays_sort_monday_first_without_repeats() {
        let mut days = vec![Weekday::Sun, Weekday::Wed, Weekday::Mon, Weekday::Wed];
        sort_weekdays(&mut days);
        assert_eq!(days, [Weekday::Mon, Weekday::Wed, Weekday::Sun]);
    }

    #[test]
    fn clipping_counts_characters() {
        assert_eq!(clip("running", 20), "running");
        assert_eq!(clip("ééééé", 3), "ééé…");
    }
}
