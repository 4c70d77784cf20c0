//! The functional core: everything Momentum knows and decides, with no browser in sight.
//!
//! Each module owns one idea. Nothing here touches the DOM, storage APIs or the clock: callers
//! pass in today's date and the stored text, so every rule can be tested natively and
//! deterministically.

pub mod activity;
pub mod calendar;
pub mod consistency;
pub mod json;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod readiness;
pub mod record;
pub mod schema;
pub mod stats;
pub mod transfer;
pub mod validate;

use std::cmp::Ordering;

/// A stable insertion sort, for the short lists Momentum sorts (weekdays, activities, chart
/// points, already-ordered series). Same result as `sort_by`, but each use compiles to a few
/// dozen bytes of wasm instead of the several KB of a `slice::sort` instantiation; linear on
/// input that is already in order.
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts weekdays Monday first, as everywhere a visitor's days are kept.
pub fn sort_weekdays(days: &mut [chrono::Weekday]) {
    sort_small_by(days, |a, b| {
        a.num_days_from_monday().cmp(&b.num_days_from_monday())
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    #[test]
    fn small_sort_is_stable_and_matches_the_standard_sort() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e'), (2, 'f')];
        let mut expected = pairs.clone();
        expected.sort_by_key(|p| p.0);
        sort_small_by(&mut pairs, |a, b| a.0.cmp(&b.0));
        assert_eq!(pairs, expected);
        let mut days = vec![Weekday::Sun, Weekday::Wed, Weekday::Mon, Weekday::Wed];
        sort_weekdays(&mut days);
        assert_eq!(
            days,
            [Weekday::Mon, Weekday::Wed, Weekday::Wed, Weekday::Sun]
        );
    }
}
