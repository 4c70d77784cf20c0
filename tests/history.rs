//! A past that stays true: each case a visitor met with the plan re-derived from the whole log,
//! replayed with a fixed calendar against the record that keeps its weeks.

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::consistency::history_scores;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::{total_cap, Choices};
use momentum::core::record::Record;
use momentum::core::stats::weekly_summaries;

/// Monday 5 January 2026, the first day of every plan here.
fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(n)
}

fn choices(activities: &[Activity], minutes: u16, days: &[Weekday]) -> Choices {
    Choices {
        activities: activities.to_vec(),
        minutes_today: minutes,
        weekdays: days.to_vec(),
        gentle: false,
    }
}

const MWF: [Weekday; 3] = [Weekday::Mon, Weekday::Wed, Weekday::Fri];

/// A visitor with a record and a calendar.
struct Visitor {
    record: Record,
    today: NaiveDate,
}

impl Visitor {
    fn new(choices: Choices) -> Visitor {
        let mut record = Record::default();
        record.start_first_plan(choices, day(0), day(0)).unwrap();
        Visitor {
            record,
            today: day(0),
        }
    }

    /// Lets the calendar move on to day `n`, as opening the page on that day does.
    fn open_on(&mut self, n: u64) {
        self.today = day(n);
        self.record.catch_up(self.today);
    }

    fn done(&mut self, date: NaiveDate, activity: Activity, minutes: u16) {
        let outcome = Outcome::Done {
            minutes,
            effort: Some(Effort::JustRight),
        };
        self.record
            .log_session(LogEntry::new(date, activity, outcome));
    }

    fn skip(&mut self, date: NaiveDate, activity: Activity) {
        self.record
            .log_session(LogEntry::new(date, activity, Outcome::Skipped));
    }

    /// Ticks off every session of the week starting on day `n` as planned.
    fn do_week(&mut self, n: u64) {
        let sessions: Vec<_> = self
            .record
            .schedule(self.today)
            .week_of(day(n))
            .unwrap()
            .week
            .sessions
            .clone();
        for s in sessions {
            self.done(s.date, s.activity, s.minutes);
        }
    }

    fn week_minutes(&self, n: u64) -> Vec<u16> {
        let schedule = self.record.schedule(self.today);
        let week = &schedule.week_of(day(n)).unwrap().week;
        week.sessions.iter().map(|s| s.minutes).collect()
    }

    fn totals(&self) -> Vec<u16> {
        let schedule = self.record.schedule(self.today);
        schedule
            .weeks
            .iter()
            .map(|w| w.week.total_minutes())
            .collect()
    }

    fn score(&self) -> f64 {
        let schedule = self.record.schedule(self.today);
        history_scores(&schedule, &self.record.log, self.today)
            .last()
            .map_or(0.0, |d| d.score)
    }
}

#[test]
fn a_late_tick_never_rewrites_a_week_that_has_begun() {
    let mut v = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    v.do_week(0);
    v.open_on(14); // Monday of week 3; week 2 not logged
    let week_3 = v.week_minutes(14);
    v.done(day(14), Activity::Walking, week_3[0]);
    v.open_on(15);
    // Week 2, ticked late, the day after week 3 began.
    v.do_week(7);
    assert_eq!(
        v.week_minutes(14),
        week_3,
        "week 3 is as it was shown on its first day"
    );
}

#[test]
fn changing_the_choices_applies_from_today_and_keeps_the_past() {
    let mut v = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    for week in 0..4 {
        v.open_on(week * 7);
        v.do_week(week * 7);
    }
    v.open_on(29); // Tuesday of week 5
    let before = v.totals()[..4].to_vec();
    let progress_before = weekly_summaries(&v.record.schedule(v.today), &v.record.log, v.today);
    let monday = v.week_minutes(28)[0];
    v.record
        .change_choices(
            choices(&[Activity::Walking], 20, &[Weekday::Mon, Weekday::Fri]),
            v.today,
        )
        .unwrap();
    assert_eq!(v.totals()[..4], before[..], "past weeks keep their targets");
    let progress_after = weekly_summaries(&v.record.schedule(v.today), &v.record.log, v.today);
    assert_eq!(progress_after[..4], progress_before[..4]);
    // Monday of this week stays; Wednesday is dropped; Friday follows the new choice, one
    // growth step above what was reached.
    let schedule = v.record.schedule(v.today);
    let week = &schedule.week_of(day(28)).unwrap().week;
    assert_eq!(week.sessions[0].minutes, monday);
    assert_eq!(week.sessions.len(), 2);
    assert!(week.sessions[1].date == day(32) && week.sessions[1].minutes > monday);
    // Logged sessions of past weeks stay in the log and in their weeks.
    assert!(v.record.log.get((day(2), Activity::Walking)).is_some());
    assert!(v
        .record
        .schedule(v.today)
        .session((day(2), Activity::Walking))
        .is_some());
}

#[test]
fn the_next_twelve_weeks_continue_the_score_and_the_level() {
    let mut v = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    for week in 0..12 {
        v.open_on(week * 7);
        v.do_week(week * 7);
    }
    v.open_on(84);
    let score = v.score();
    let level = v.record.weeks.last().unwrap().level;
    assert!(v.record.start_next_plan(v.today));
    assert_eq!(v.record.plans.len(), 2);
    let new_week = v.record.weeks.last().unwrap();
    assert_eq!(
        new_week.level, level,
        "the new plan carries on from the level reached"
    );
    let after = v.score();
    assert!(after > 0.9 * score && after > 0.5, "{score} then {after}");
    assert_eq!(v.record.schedule(v.today).weeks.len(), 24);
}

#[test]
fn a_week_of_not_today_scores_no_lower_than_saying_nothing() {
    let mut said = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    let mut silent = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    for v in [&mut said, &mut silent] {
        v.do_week(0);
        v.open_on(7);
    }
    for d in [7, 9, 11] {
        said.skip(day(d), Activity::Walking);
    }
    said.open_on(13);
    silent.open_on(13);
    assert!(
        said.score() >= silent.score(),
        "{} vs {}",
        said.score(),
        silent.score()
    );
    assert!(said.score() > silent.score());
}

#[test]
fn seven_days_a_week_is_scored_as_a_daily_habit_and_days_count_not_sessions() {
    let all = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    let mut daily = Visitor::new(choices(&[Activity::Walking, Activity::Yoga], 10, &all));
    for n in 0..28 {
        daily.open_on(n);
        daily.done(day(n), Activity::Walking, 10);
    }
    // One walk a day counts as every day kept, whatever else the day held.
    assert!(daily.score() > 0.75, "{}", daily.score());

    // Walking and strength on Mon/Wed/Fri, never on Wednesday: two of three days.
    let mut v = Visitor::new(choices(&[Activity::Walking, Activity::Strength], 10, &MWF));
    for week in 0..8 {
        v.open_on(week * 7);
        for d in [0, 4] {
            let date = day(week * 7 + d);
            let schedule = v.record.schedule(v.today);
            for s in schedule
                .sessions()
                .filter(|s| s.date == date)
                .cloned()
                .collect::<Vec<_>>()
            {
                v.done(s.date, s.activity, s.minutes);
            }
        }
    }
    v.open_on(55);
    assert!(v.score() < 0.7, "Wednesday was never done: {}", v.score());
    assert!(v.score() > 0.5, "{}", v.score());
}

#[test]
fn after_a_break_a_welcome_back_week_then_growth_from_there() {
    let mut v = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    for week in 0..5 {
        v.open_on(week * 7);
        v.do_week(week * 7);
    }
    let before = v.record.weeks.last().unwrap().level;
    v.open_on(35 + 21); // three weeks away
    let weeks = &v.record.weeks;
    let back = weeks
        .iter()
        .find(|w| w.welcome_back)
        .expect("a welcome-back week");
    assert!(back.level < before, "{} then {}", before, back.level);
    assert!(back.level >= 10, "never below the visitor's own minutes");
    let welcome_backs: Vec<u16> = weeks
        .iter()
        .filter(|w| w.welcome_back)
        .map(|w| w.level)
        .collect();
    assert!(
        welcome_backs.windows(2).all(|w| w[0] == w[1]),
        "it stays gentle, no lower: {welcome_backs:?}"
    );
    // Back to it: growth resumes from the welcome-back level.
    let resumed = weeks.last().unwrap().level;
    v.do_week(56);
    v.open_on(63);
    let next = v.record.weeks.last().unwrap();
    assert!(!next.welcome_back);
    assert!(next.level > resumed && next.level <= resumed + 4);
}

#[test]
fn the_weekly_total_never_jumps() {
    let mut v = Visitor::new(choices(&[Activity::Walking, Activity::Strength], 5, &MWF));
    for week in 0..12 {
        v.open_on(week * 7);
        v.do_week(week * 7);
    }
    let totals = v.totals();
    for pair in totals.windows(2) {
        assert!(pair[1] <= total_cap(pair[0]), "{totals:?}");
    }
    assert!(totals[2] < 53, "{totals:?}");
}

#[test]
fn any_activity_counts_and_moves_no_begun_week() {
    let mut v = Visitor::new(choices(&[Activity::Walking], 10, &MWF));
    let week = v.week_minutes(0);
    // Tuesday: nothing planned, the visitor danced for 20 minutes.
    v.open_on(1);
    v.done(day(1), Activity::Other, 20);
    assert_eq!(v.week_minutes(0), week);
    let summaries = weekly_summaries(&v.record.schedule(v.today), &v.record.log, v.today);
    assert_eq!(summaries[0].minutes_done, 20);
    assert!(v.score() > 0.0);
}
