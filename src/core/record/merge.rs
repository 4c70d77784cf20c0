//! Two tabs of one page share a record. When this tab saves after another tab has, the two are
//! merged three ways from `base`, the record this tab last read or wrote: whatever only one side
//! changed since then is kept, and where both changed the same thing, this tab wins (the
//! visitor is looking at it). Nothing is ever lost to a merge that only one side removed.

use crate::core::record::{Record, Settings};

impl Record {
    /// The three-way merge of this tab's record with `theirs` (stored by another tab), both
    /// descended from `base`. Without a base nothing counts as removed, and for a value both
    /// hold differently this tab's wins.
    pub fn merged_with(&self, theirs: &Record, base: Option<&Record>) -> Record {
        let empty = Record::default();
        let known = base.unwrap_or(&empty);
        Record {
            version: self.version,
            choices: pick(&self.choices, &theirs.choices, base.map(|b| &b.choices)),
            readiness: pick(
                &self.readiness,
                &theirs.readiness,
                base.map(|b| &b.readiness),
            ),
            plans: merge_keyed(&known.plans, &self.plans, &theirs.plans, |p| p.start),
            weeks: merge_keyed(&known.weeks, &self.weeks, &theirs.weeks, |w| w.start),
            moves: merge_list(&known.moves, &self.moves, &theirs.moves),
            log: self.log.merged_with(&theirs.log, base.map(|b| &b.log)),
            // The later backup and the larger tick count, so a suggestion is never skipped.
            settings: Settings {
                ticks_since_backup: self
                    .settings
                    .ticks_since_backup
                    .max(theirs.settings.ticks_since_backup),
                last_backup: self.settings.last_backup.max(theirs.settings.last_backup),
                apple_hint_seen: self.settings.apple_hint_seen || theirs.settings.apple_hint_seen,
            },
        }
    }
}

/// One value changed on at most one side: that side's; changed on both: ours.
fn pick<T: PartialEq + Clone>(ours: &T, theirs: &T, base: Option<&T>) -> T {
    if Some(ours) == base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// A three-way merge of lists with a unique, ordered key each, keeping key order.
fn merge_keyed<T: PartialEq + Clone, K: Ord + Copy>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    key: impl Fn(&T) -> K,
) -> Vec<T> {
    fn find<'a, T, K: PartialEq>(list: &'a [T], k: K, key: &impl Fn(&T) -> K) -> Option<&'a T> {
        list.iter().find(|item| key(item) == k)
    }
    let mut keys: Vec<K> = base.iter().chain(ours).chain(theirs).map(&key).collect();
    keys.sort_unstable();
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (b, o, t) = (
                find(base, k, &key),
                find(ours, k, &key),
                find(theirs, k, &key),
            );
            if o == b { t } else { o }.cloned()
        })
        .collect()
}

/// A three-way merge of an ordered list of distinct items: what both kept from the base, in
/// its order, then what the other side added, then what this side added. A side that changed
/// nothing takes the other side's list as it is, order included (the moves apply in order).
fn merge_list<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if ours == base {
        return theirs.to_vec();
    }
    if theirs == base {
        return ours.to_vec();
    }
    let mut merged: Vec<T> = base
        .iter()
        .filter(|item| ours.contains(item) && theirs.contains(item))
        .cloned()
        .collect();
    for item in theirs.iter().chain(ours) {
        if !base.contains(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_keep_what_either_side_added_and_drop_what_either_removed() {
        assert_eq!(
            merge_list(&[1, 2, 3], &[1, 3, 4], &[2, 3, 5]),
            vec![3, 5, 4]
        );
        assert_eq!(
            merge_keyed(
                &[(1, 'a'), (2, 'b')],
                &[(1, 'x'), (2, 'b')],
                &[(2, 'b'), (3, 'c')],
                |p| p.0
            ),
            vec![(1, 'x'), (2, 'b'), (3, 'c')]
        );
        assert_eq!(pick(&1, &2, Some(&1)), 2);
        assert_eq!(pick(&1, &2, Some(&3)), 1);
        assert_eq!(pick(&1, &2, None), 1);
    }
}
