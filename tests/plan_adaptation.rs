//! Adaptation examples: a visitor opens the widget at the start of each week and logs, and the
//! plan follows what they did without punishing them or rewriting a week that has begun.

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::choices;
use common::plan_checks::{check_every_rule, check_growth, check_strength_spacing, check_target};
use common::plan_fixtures::{base, done, example, fresh, levels, monday, shown};
use momentum::core::activity::Activity;
use momentum::core::log::{Effort, LogEntry, Outcome};
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Choices, Session, Week, WEEKS};
use momentum::core::record::Record;

#[test]
fn same_history_gives_the_same_schedule() {
    let c = example();
    let mut record = fresh(&c, monday());
    record.log_session(done(monday(), Activity::Walking, 10, Effort::Easy));
    let today = monday() + Days::new(20);
    let mut again = record.clone();
    record.catch_up(today);
    again.catch_up(today);
    assert_eq!(record.schedule(today), again.schedule(today));
}

#[test]
fn a_stored_week_is_kept_in_the_agreed_json_shape() {
    let record = fresh(&example(), monday());
    let json: serde_json::Value = serde_json::from_str(&record.to_json()).unwrap();
    let week = &json["weeks"][0];
    assert_eq!(week["start"], "2026-01-05");
    assert_eq!(week["level"], 10);
    assert!(week.get("welcome_back").is_none(), "left out when false");
    assert_eq!(
        week["sessions"][0],
        serde_json::json!(["2026-01-05", "walking", 10, "easy", "main"])
    );
    let back: Week = serde_json::from_value(week.clone()).unwrap();
    assert_eq!(back, record.weeks[0]);
}

/// A visitor with a record, opening the page on the days they choose.
struct Visitor {
    record: Record,
    today: NaiveDate,
}

impl Visitor {
    fn new(c: &Choices) -> Visitor {
        Visitor {
            record: fresh(c, monday()),
            today: monday(),
        }
    }

    /// Opens the page on the first day of week `number` (1-based) of the first plan.
    fn open_week(&mut self, number: u8) {
        self.today = self.record.plans[0].week_start(number);
        self.record.catch_up(self.today);
    }

    fn schedule(&self) -> Schedule {
        self.record.schedule(self.today)
    }

    /// Logs every session of week `number` (1-based) as `entry` says.
    fn log_week(&mut self, number: u8, entry: impl Fn(&Session) -> Option<LogEntry>) {
        let sessions = self.schedule().weeks[usize::from(number - 1)]
            .week
            .sessions
            .clone();
        for s in &sessions {
            if let Some(e) = entry(s) {
                self.record.log_session(e);
            }
        }
    }
}

fn as_planned(effort: Effort) -> impl Fn(&Session) -> Option<LogEntry> {
    move |s| Some(done(s.date, s.activity, s.minutes, effort))
}

fn not_today(s: &Session) -> Option<LogEntry> {
    Some(LogEntry::new(s.date, s.activity, Outcome::Skipped))
}

#[test]
fn too_hard_holds_the_next_week_at_the_same_level() {
    let c = choices(&[Activity::Walking], 10, &[Weekday::Mon, Weekday::Thu]);
    let plan = base(&c, monday());
    let mut v = Visitor::new(&c);
    v.log_week(1, as_planned(Effort::JustRight));
    v.open_week(2);
    v.log_week(2, as_planned(Effort::TooHard));
    v.open_week(3);
    let schedule = v.schedule();
    assert_eq!(shown(&schedule)[..2], shown(&plan)[..2]);
    assert_eq!(schedule.weeks[2].week.level, plan.weeks[1].week.level);
    // The weeks ahead climb again from the held level, never below it.
    let l = levels(&schedule);
    assert!(l.windows(2).all(|p| p[1] >= p[0]), "{l:?}");
    assert!(l[4] > l[2], "{l:?}");
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn a_week_of_not_today_holds_the_level_and_only_a_break_brings_a_lighter_week() {
    let c = choices(&[Activity::Yoga], 10, &[Weekday::Mon, Weekday::Thu]);
    let mut v = Visitor::new(&c);
    v.log_week(1, as_planned(Effort::JustRight));
    for week in 2..=4 {
        v.open_week(week);
        v.log_week(week, not_today);
    }
    v.open_week(5);
    let schedule = v.schedule();
    // Week 2 climbed (week 1 was done); "Not today" all through week 2 holds week 3 at week 2's
    // level, never lower. Week 4 begins after 14 days with nothing done: a lighter welcome-back
    // week, halfway back to the visitor's own 10 minutes, and week 5 holds it.
    let l = levels(&schedule);
    assert_eq!(l[..5], [10, 13, 13, 11, 11], "{l:?}");
    let welcome: Vec<bool> = schedule.weeks[..5]
        .iter()
        .map(|w| w.week.welcome_back)
        .collect();
    assert_eq!(welcome, [false, false, false, true, true]);
    // Nothing is made up for: the weeks before are as they were shown.
    assert_eq!(shown(&schedule)[..2], shown(&base(&c, monday()))[..2]);
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn easy_several_times_brings_the_next_step_sooner() {
    let c = choices(&[Activity::Walking], 5, &[Weekday::Mon, Weekday::Thu]);
    let plan = base(&c, monday());
    let mut v = Visitor::new(&c);
    for week in 1..=3 {
        v.open_week(week);
        v.log_week(week, as_planned(Effort::Easy));
    }
    v.open_week(4);
    let schedule = v.schedule();
    // Week 4 is a hold week in the base plan; easy weeks skip the hold, one step at a time.
    assert_eq!(levels(&plan)[..4], [5, 8, 11, 11]);
    assert_eq!(levels(&schedule)[..4], [5, 8, 11, 14]);
    check_every_rule(&c, &v.record.plans, &schedule).unwrap();
}

#[test]
fn a_visitor_who_never_logs_gets_the_base_plan_whatever_the_date() {
    let c = example();
    let plan = base(&c, monday());
    let mut record = fresh(&c, monday());
    for days in [0, 10, 40, 83, 200] {
        let today = monday() + Days::new(days);
        // Opened for the first time since the first day, and opened every day since.
        let mut late = fresh(&c, monday());
        late.catch_up(today);
        record.catch_up(today);
        assert_eq!(shown(&late.schedule(today)), shown(&plan), "day {days}");
        assert_eq!(late, record, "day {days}");
    }
    assert_eq!(record.weeks.len(), 12, "all twelve weeks are stored by now");
}

#[test]
fn entries_dated_after_today_are_ignored() {
    let c = example();
    let plan = base(&c, monday());
    let mut record = fresh(&c, monday());
    record.log_session(done(
        monday() + Days::new(30),
        Activity::Walking,
        5,
        Effort::TooHard,
    ));
    assert_eq!(record.schedule(monday()), plan);
}

#[test]
fn a_strength_only_visitor_who_does_every_set_climbs_to_the_top() {
    // Strength sets stop at 20 minutes while the level climbs on to 30: doing every set as
    // planned is reaching the week's longest session, so the plan keeps climbing.
    let c = choices(&[Activity::Strength], 5, &[Weekday::Mon, Weekday::Thu]);
    let mut v = Visitor::new(&c);
    for week in 1..=WEEKS {
        v.open_week(week);
        v.log_week(week, as_planned(Effort::JustRight));
    }
    let schedule = v.schedule();
    assert_eq!(levels(&schedule), levels(&base(&c, monday())));
    check_target(&c, &schedule).unwrap();
}

#[test]
fn a_welcome_back_week_is_never_harder_than_the_week_before_the_break() {
    // 5 minutes on Mondays, then 20 chosen the next day: the plan climbs towards 20 a step at
    // a time. Two weeks of nothing later, the welcome-back week holds the level reached; it
    // never jumps up to the 20 the visitor chose.
    let c = choices(&[Activity::Walking], 5, &[Weekday::Mon]);
    let mut v = Visitor::new(&c);
    v.record
        .log_session(done(monday(), Activity::Walking, 5, Effort::JustRight));
    v.today = monday() + Days::new(1);
    v.record
        .change_choices(choices(&[Activity::Walking], 20, &[Weekday::Mon]), v.today)
        .unwrap();
    v.open_week(4);
    let schedule = v.schedule();
    let l = levels(&schedule);
    assert_eq!(l[..4], [9, 12, 12, 12], "{l:?}");
    assert!(schedule.weeks[3].week.welcome_back);
    check_growth(&v.record.choices, &schedule).unwrap();
}

#[test]
fn new_days_never_put_strength_the_day_after_strength() {
    // Strength on Wednesdays and Sundays; on the Monday of week 4 the visitor moves to Mondays
    // and Thursdays. Yesterday was a strength day, so today's new strength session waits: the
    // first new one is on Thursday.
    let c = choices(&[Activity::Strength], 10, &[Weekday::Wed, Weekday::Sun]);
    let mut v = Visitor::new(&c);
    v.open_week(4);
    let sunday = v.today - Days::new(1);
    assert!(v.schedule().session((sunday, Activity::Strength)).is_some());
    let new = choices(&[Activity::Strength], 10, &[Weekday::Mon, Weekday::Thu]);
    v.record.change_choices(new.clone(), v.today).unwrap();
    let schedule = v.schedule();
    check_strength_spacing(&schedule).unwrap();
    let week4: Vec<Weekday> = schedule.weeks[3]
        .week
        .sessions
        .iter()
        .map(|s| s.date.weekday())
        .collect();
    assert_eq!(week4, [Weekday::Thu]);
    let week5: Vec<Weekday> = schedule.weeks[4]
        .week
        .sessions
        .iter()
        .map(|s| s.date.weekday())
        .collect();
    assert_eq!(week5, [Weekday::Mon, Weekday::Thu]);
}
