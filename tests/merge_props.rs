//! Two tabs' records merged three ways ([`Record::merged_with`]) against a simple model: maps
//! from key to value. From a random base, each side makes random independent edits (new
//! entries, changed ones, removals, and removals followed by a re-add, the same or different);
//! the merge must equal the model's three-way merge: per key, the side that changed it wins,
//! and ours when both did. Lists without keys (the moves) keep what both kept, then what each
//! added; settings take the larger tick count and the later backup.

mod common;

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate, Weekday};
use common::{choices, date, valid_choices, valid_entry};
use momentum::core::activity::Activity;
use momentum::core::log::{EntryKey, Log, LogEntry};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::plan::{Choices, PlanStart, Week};
use momentum::core::record::{Record, Settings};
use proptest::prelude::*;

/// A small calendar, so both sides often touch the same keys.
fn day(n: u64) -> NaiveDate {
    date(2026, 1, 5) + Days::new(n)
}

fn small_entry() -> impl Strategy<Value = LogEntry> {
    (valid_entry(), 0u64..6, common::activity()).prop_map(|(mut entry, d, activity)| {
        entry.date = day(d);
        entry.activity = activity;
        entry
    })
}

fn week() -> impl Strategy<Value = Week> {
    (0u64..4, 1u16..=30, any::<bool>()).prop_map(|(n, level, welcome_back)| Week {
        start: day(7 * n),
        level,
        welcome_back,
        sessions: Vec::new(),
    })
}

fn plan() -> impl Strategy<Value = PlanStart> {
    (0u64..3).prop_map(|n| PlanStart { start: day(84 * n) })
}

fn adjustment() -> impl Strategy<Value = Adjustment> {
    (
        0u64..4,
        0u64..4,
        prop::sample::select(Activity::PLANNABLE.to_vec()),
    )
        .prop_map(|(from, to, to_activity)| Adjustment {
            date: day(from),
            activity: Activity::Walking,
            to_date: day(to),
            to_activity,
        })
}

fn settings() -> impl Strategy<Value = Settings> {
    (0u32..20, prop::option::of(0u64..30), any::<bool>()).prop_map(|(ticks, backup, hint)| {
        Settings {
            ticks_since_backup: ticks,
            last_backup: backup.map(day),
            apple_hint_seen: hint,
        }
    })
}

fn base() -> impl Strategy<Value = Record> {
    (
        valid_choices(),
        prop::option::of(prop::array::uniform7(any::<bool>())),
        prop::collection::vec(plan(), 0..3),
        prop::collection::vec(week(), 0..4),
        prop::collection::vec(adjustment(), 0..3),
        prop::collection::vec(small_entry(), 0..12),
        settings(),
    )
        .prop_map(
            |(choices, readiness, mut plans, mut weeks, mut moves, entries, settings)| {
                plans.sort_by_key(|p| p.start);
                plans.dedup();
                weeks.sort_by_key(|w| w.start);
                weeks.dedup_by_key(|w| w.start);
                let mut seen = Vec::new();
                moves.retain(|m| {
                    let new = !seen.contains(m);
                    seen.push(m.clone());
                    new
                });
                Record {
                    choices,
                    readiness,
                    plans,
                    weeks,
                    moves,
                    log: Log::from(entries),
                    settings,
                    ..Record::default()
                }
            },
        )
}

/// One independent edit a tab makes.
#[derive(Clone, Debug)]
enum Edit {
    /// Logs (or re-logs) a session.
    Log(LogEntry),
    /// Takes back whatever is logged at the `n`th key of the log.
    Undo(usize),
    /// Takes back the `n`th entry and logs it again: the same when `changed` is `None`.
    Relog(usize, Option<LogEntry>),
    Choices(Choices),
    Readiness(Option<[bool; 7]>),
    StartPlan(PlanStart),
    DropPlan(usize),
    StoreWeek(Week),
    DropWeek(usize),
    Move(Adjustment),
    DropMove(usize),
    BackedUp(u64),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => small_entry().prop_map(Edit::Log),
        2 => any::<usize>().prop_map(Edit::Undo),
        2 => (any::<usize>(), prop::option::of(small_entry())).prop_map(|(n, e)| Edit::Relog(n, e)),
        1 => valid_choices().prop_map(Edit::Choices),
        1 => prop::option::of(prop::array::uniform7(any::<bool>())).prop_map(Edit::Readiness),
        1 => plan().prop_map(Edit::StartPlan),
        1 => any::<usize>().prop_map(Edit::DropPlan),
        1 => week().prop_map(Edit::StoreWeek),
        1 => any::<usize>().prop_map(Edit::DropWeek),
        1 => adjustment().prop_map(Edit::Move),
        1 => any::<usize>().prop_map(Edit::DropMove),
        1 => (0u64..30).prop_map(Edit::BackedUp),
    ]
}

/// Applies one edit through the record's own ways of changing, where it has them.
fn apply(record: &mut Record, edit: &Edit) {
    let nth_key = |log: &Log, n: usize| -> Option<EntryKey> {
        (!log.is_empty()).then(|| log.entries()[n % log.len()].key())
    };
    match edit {
        Edit::Log(entry) => {
            record.log_session(entry.clone());
        }
        Edit::Undo(n) => {
            if let Some(key) = nth_key(&record.log, *n) {
                record.remove_session(key);
            }
        }
        Edit::Relog(n, changed) => {
            if let Some(key) = nth_key(&record.log, *n) {
                let removed = record.remove_session(key).unwrap();
                let again = match changed {
                    Some(other) => LogEntry {
                        date: key.0,
                        activity: key.1,
                        ..other.clone()
                    },
                    None => removed,
                };
                record.log_session(again);
            }
        }
        Edit::Choices(c) => record.choices = c.clone(),
        Edit::Readiness(r) => record.readiness = *r,
        Edit::StartPlan(p) => {
            if !record.plans.contains(p) {
                let at = record.plans.partition_point(|q| q.start < p.start);
                record.plans.insert(at, *p);
            }
        }
        Edit::DropPlan(n) => {
            if !record.plans.is_empty() {
                let n = n % record.plans.len();
                record.plans.remove(n);
            }
        }
        Edit::StoreWeek(w) => {
            record.weeks.retain(|old| old.start != w.start);
            let at = record.weeks.partition_point(|old| old.start < w.start);
            record.weeks.insert(at, w.clone());
        }
        Edit::DropWeek(n) => {
            if !record.weeks.is_empty() {
                let n = n % record.weeks.len();
                record.weeks.remove(n);
            }
        }
        Edit::Move(m) => {
            if !record.moves.contains(m) {
                record.moves.push(m.clone());
            }
        }
        Edit::DropMove(n) => {
            if !record.moves.is_empty() {
                let n = n % record.moves.len();
                record.moves.remove(n);
            }
        }
        Edit::BackedUp(d) => record.mark_backed_up(day(*d)),
    }
}

// ---------------------------------------------------------------------------------------------
// The model: maps and plain values.

/// Per key: the side that changed it since the base wins; ours when both did.
fn merge_maps<K: Ord + Clone, V: PartialEq + Clone>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
) -> BTreeMap<K, V> {
    let keys: std::collections::BTreeSet<&K> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    keys.into_iter()
        .filter_map(|k| {
            let (b, o, t) = (base.get(k), ours.get(k), theirs.get(k));
            let we_changed = o != b;
            let they_changed = t != b;
            let winner = match (we_changed, they_changed) {
                (true, _) => o,
                (false, true) => t,
                (false, false) => b,
            };
            winner.map(|v| (k.clone(), v.clone()))
        })
        .collect()
}

fn merge_values<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T) -> T {
    match base {
        Some(b) if ours == b => theirs.clone(),
        _ => ours.clone(),
    }
}

fn log_map(log: &Log) -> BTreeMap<EntryKey, LogEntry> {
    log.entries().iter().map(|e| (e.key(), e.clone())).collect()
}

fn by_start<T: Clone>(items: &[T], start: impl Fn(&T) -> NaiveDate) -> BTreeMap<NaiveDate, T> {
    items.iter().map(|i| (start(i), i.clone())).collect()
}

/// The model's merge of the moves: a side that changed nothing takes the other's list as it
/// is; otherwise kept by both in the base's order, then the other side's additions, then ours.
fn merge_moves(base: &[Adjustment], ours: &[Adjustment], theirs: &[Adjustment]) -> Vec<Adjustment> {
    if ours == base {
        return theirs.to_vec();
    }
    if theirs == base {
        return ours.to_vec();
    }
    let mut merged: Vec<Adjustment> = base
        .iter()
        .filter(|m| ours.contains(m) && theirs.contains(m))
        .cloned()
        .collect();
    for m in theirs.iter().chain(ours) {
        if !base.contains(m) && !merged.contains(m) {
            merged.push(m.clone());
        }
    }
    merged
}

fn model(ours: &Record, theirs: &Record, base: Option<&Record>) -> Record {
    let empty = Record::default();
    let known = base.unwrap_or(&empty);
    Record {
        version: ours.version,
        choices: merge_values(base.map(|b| &b.choices), &ours.choices, &theirs.choices),
        readiness: merge_values(
            base.map(|b| &b.readiness),
            &ours.readiness,
            &theirs.readiness,
        ),
        plans: merge_maps(
            &by_start(&known.plans, |p| p.start),
            &by_start(&ours.plans, |p| p.start),
            &by_start(&theirs.plans, |p| p.start),
        )
        .into_values()
        .collect(),
        weeks: merge_maps(
            &by_start(&known.weeks, |w| w.start),
            &by_start(&ours.weeks, |w| w.start),
            &by_start(&theirs.weeks, |w| w.start),
        )
        .into_values()
        .collect(),
        moves: merge_moves(&known.moves, &ours.moves, &theirs.moves),
        log: merge_maps(
            &log_map(&known.log),
            &log_map(&ours.log),
            &log_map(&theirs.log),
        )
        .into_values()
        .collect(),
        settings: Settings {
            ticks_since_backup: ours
                .settings
                .ticks_since_backup
                .max(theirs.settings.ticks_since_backup),
            last_backup: ours.settings.last_backup.max(theirs.settings.last_backup),
            // Once read on either side, the advice stays read.
            apple_hint_seen: ours.settings.apple_hint_seen || theirs.settings.apple_hint_seen,
        },
    }
}

#[test]
fn the_model_says_what_the_merge_promises() {
    let walk = common::done(day(0), Activity::Walking, 10);
    let yoga = common::done(day(1), Activity::Yoga, 20);
    let mut base = Record::default();
    base.log_session(walk.clone());
    base.log_session(yoga.clone());
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.remove_session(walk.key()); // an undo here
    theirs.log_session(common::done(day(1), Activity::Yoga, 25)); // a change there
    theirs.log_session(common::done(day(2), Activity::Other, 15)); // something new there
    let merged = ours.merged_with(&theirs, Some(&base));
    assert_eq!(merged, model(&ours, &theirs, Some(&base)));
    assert!(merged.log.get(walk.key()).is_none(), "the undo holds");
    assert_eq!(merged.log.get(yoga.key()).unwrap().minutes_done(), 25);
    assert_eq!(merged.log.len(), 2);
    // Broken on purpose: a merge that lets theirs win a conflict is not the model's.
    let mut both = base.clone();
    both.log_session(common::done(day(1), Activity::Yoga, 30));
    let wrong = theirs.merged_with(&both, Some(&base));
    assert_ne!(wrong.log, model(&both, &theirs, Some(&base)).log);
}

#[test]
fn moves_made_again_in_another_order_on_one_side_keep_that_order() {
    // The other tab put a move back, made another, then made the first again: the moves apply
    // in that order, and this tab changed none of them.
    let first = Adjustment {
        date: day(3),
        activity: Activity::Walking,
        to_date: day(2),
        to_activity: Activity::Yoga,
    };
    let second = Adjustment {
        to_date: day(1),
        ..first.clone()
    };
    let base = Record {
        moves: vec![first.clone()],
        ..Record::default()
    };
    let theirs = Record {
        moves: vec![second.clone(), first.clone()],
        ..Record::default()
    };
    assert_eq!(
        base.merged_with(&theirs, Some(&base)).moves,
        [second, first]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_merge_is_the_models_three_way_merge(
        base in base(),
        ours_edits in prop::collection::vec(edit(), 0..10),
        theirs_edits in prop::collection::vec(edit(), 0..10),
        with_base in prop_oneof![4 => Just(true), 1 => Just(false)],
    ) {
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for e in &ours_edits {
            apply(&mut ours, e);
        }
        for e in &theirs_edits {
            apply(&mut theirs, e);
        }
        let known = with_base.then_some(&base);
        let merged = ours.merged_with(&theirs, known);
        prop_assert_eq!(&merged, &model(&ours, &theirs, known));
        // Nothing only one side removed comes back, nothing only one side added is lost.
        if with_base {
            for (key, entry) in log_map(&base.log) {
                if ours.log.get(key).is_none() && theirs.log.get(key) == Some(&entry) {
                    prop_assert!(merged.log.get(key).is_none(), "{:?} came back", key);
                }
            }
        }
        for entry in theirs.log.entries().iter().filter(|e| base.log.get(e.key()).is_none()) {
            if ours.log.get(entry.key()).is_none() {
                prop_assert_eq!(merged.log.get(entry.key()), Some(entry));
            }
        }
        // A side that changed nothing takes the other's record (settings aside, which keep
        // the larger tick count so a backup suggestion is never skipped).
        let unchanged = base.merged_with(&theirs, Some(&base));
        prop_assert_eq!(
            Record { settings: theirs.settings.clone(), ..unchanged },
            theirs.clone()
        );
    }

    /// Two tabs of one visitor's real record, from the same day: each logs, takes back and
    /// moves on its own; the merge keeps every change made on one side only.
    #[test]
    fn two_tabs_of_a_lived_record_lose_nothing_only_one_changed(
        first in valid_choices(),
        days_in in 0u64..40,
        ours_edits in prop::collection::vec(small_entry(), 0..6),
        theirs_edits in prop::collection::vec(small_entry(), 0..6),
        ours_undo in prop::collection::vec(any::<usize>(), 0..3),
    ) {
        let start = day(0);
        let today = start + Days::new(days_in);
        let mut base = Record::default();
        base.start_first_plan(first, start, start).unwrap();
        base.log_session(common::done(start, Activity::Walking, 10));
        base.catch_up(today);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        for e in ours_edits {
            ours.log_session(e);
        }
        for n in ours_undo {
            apply(&mut ours, &Edit::Undo(n));
        }
        for e in theirs_edits {
            theirs.log_session(e);
        }
        theirs.change_choices(choices(&[Activity::Yoga], 10, &[Weekday::Tue]), today).unwrap();
        let merged = ours.merged_with(&theirs, Some(&base));
        prop_assert_eq!(&merged, &model(&ours, &theirs, Some(&base)));
        prop_assert_eq!(&merged.choices, &theirs.choices, "only they changed the choices");
        prop_assert_eq!(&merged.weeks, &theirs.weeks, "nor did we touch the stored weeks");
        // The merged record reads back as itself and shows a schedule.
        prop_assert_eq!(Record::parse(&merged.to_json(), today), Ok(merged.clone()));
        prop_assert!(!merged.schedule(today).weeks.is_empty());
    }
}
