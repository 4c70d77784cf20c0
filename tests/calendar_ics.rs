//! The "Add to calendar" file, read back the way a calendar app reads it: CRLF lines, unfolded,
//! unescaped, one event per session with one alarm, and UIDs that survive a re-export, from the
//! schedule a record shows (stored weeks and derived ones alike).

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use momentum::core::activity::Activity;
use momentum::core::calendar::{
    file_name, session_uid, sessions_ics, upcoming, CalendarOptions, EventWords,
    DEFAULT_REMINDER_MINUTES, DEFAULT_START_TIME,
};
use momentum::core::plan::adjust::Adjustment;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Choices, Intensity, Role, Session};
use momentum::core::record::Record;
use momentum::present::screens::plan::calendar_file;
use momentum::present::state::{SaveMode, WidgetState};
use momentum::present::text::EN;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// A tiny iCalendar reader: just enough RFC 5545 to check our own output independently.

/// One `BEGIN:X` … `END:X` block.
#[derive(Debug, Default)]
struct Component {
    name: String,
    props: Vec<(String, String)>,
    children: Vec<Component>,
}

impl Component {
    /// The raw (still escaped) value of the only property called `name`.
    fn raw(&self, name: &str) -> &str {
        let values: Vec<&str> = self
            .props
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(
            values.len(),
            1,
            "{name} should appear once in {}",
            self.name
        );
        values[0]
    }

    /// The unescaped TEXT value of the only property called `name`.
    fn text(&self, name: &str) -> String {
        unescape(self.raw(name))
    }

    fn children_named(&self, name: &str) -> Vec<&Component> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
}

/// RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// RFC 5545 §3.3.11 unescaping.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("invalid escape \\{other:?} in {text:?}"),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Parses the whole file into its single VCALENDAR, panicking on anything malformed.
fn parse(ics: &str) -> Component {
    assert!(ics.ends_with("\r\n"), "the file ends with CRLF");
    let unfolded = unfold(ics);
    let mut stack: Vec<Component> = vec![Component::default()];
    for line in unfolded[..unfolded.len() - 2].split("\r\n") {
        let (name, value) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("no ':' in {line:?}"));
        assert!(!name.contains(';'), "we write no parameters: {line:?}");
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '-'),
            "property name {name:?}"
        );
        match name {
            "BEGIN" => stack.push(Component {
                name: value.to_string(),
                ..Component::default()
            }),
            "END" => {
                let done = stack.pop().expect("balanced BEGIN/END");
                assert_eq!(done.name, value, "END matches BEGIN");
                stack.last_mut().expect("a parent").children.push(done);
            }
            _ => stack
                .last_mut()
                .expect("inside a component")
                .props
                .push((name.to_string(), value.to_string())),
        }
    }
    let mut root = stack.pop().expect("root");
    assert!(stack.is_empty(), "every BEGIN has an END");
    assert_eq!(root.children.len(), 1, "exactly one VCALENDAR");
    let calendar = root.children.pop().unwrap();
    assert_eq!(calendar.name, "VCALENDAR");
    calendar
}

/// Every physical line ends in CRLF, holds no other CR or LF, and is at most 75 octets.
fn assert_well_formed_lines(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    for line in ics[..ics.len() - 2].split("\r\n") {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "bare CR/LF in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

// ---------------------------------------------------------------------------------------------
// Builders.

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp(hour: u32) -> NaiveDateTime {
    date(2026, 1, 4).and_hms_opt(hour, 0, 0).unwrap()
}

fn options() -> CalendarOptions {
    CalendarOptions::new("momentum/default", "Riverside Clinic", stamp(8))
}

fn choices() -> Choices {
    Choices {
        activities: vec![Activity::Walking, Activity::Strength, Activity::Yoga],
        minutes_today: 10,
        weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
        gentle: false,
    }
}

/// A record whose plan started on Monday 5 January 2026, opened on `today`.
fn record(today: NaiveDate) -> Record {
    let mut record = Record::default();
    record
        .start_first_plan(choices(), date(2026, 1, 5), date(2026, 1, 5))
        .unwrap();
    record.catch_up(today);
    record
}

/// The plan as shown on its first day: week 1 stored, the rest derived.
fn plan() -> Schedule {
    record(date(2026, 1, 5)).schedule(date(2026, 1, 5))
}

fn session(minutes: u16) -> Session {
    Session {
        date: date(2026, 1, 5),
        activity: Activity::Yoga,
        minutes,
        intensity: Intensity::Moderate,
        role: Role::Main,
        planned: None,
    }
}

fn events(calendar: &Component) -> Vec<&Component> {
    calendar.children_named("VEVENT")
}

// ---------------------------------------------------------------------------------------------
// Tests.

#[test]
fn calendar_header_and_defaults() {
    let options = options();
    assert_eq!(
        options.start_time,
        NaiveTime::from_hms_opt(9, 0, 0).unwrap()
    );
    assert_eq!(options.start_time, DEFAULT_START_TIME);
    assert_eq!(options.reminder_minutes_before, 15);
    assert_eq!(DEFAULT_REMINDER_MINUTES, 15);

    let ics = sessions_ics(plan().sessions(), &options, &EN);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    let calendar = parse(&ics);
    assert_eq!(calendar.raw("VERSION"), "2.0");
    assert!(calendar.raw("PRODID").starts_with("-//Momentum//"));
    assert_eq!(calendar.raw("CALSCALE"), "GREGORIAN");
    assert_eq!(calendar.raw("METHOD"), "PUBLISH");
    assert_eq!(calendar.text("X-WR-CALNAME"), EN.calendar_name());
    assert!(calendar.text("X-WR-CALDESC").contains("Riverside Clinic"));
}

#[test]
fn every_session_becomes_one_event_with_one_alarm() {
    let plan = plan();
    let sessions: Vec<&Session> = plan.sessions().collect();
    let ics = sessions_ics(sessions.iter().copied(), &options(), &EN);
    assert_well_formed_lines(&ics);
    let calendar = parse(&ics);
    let events = events(&calendar);
    assert_eq!(events.len(), sessions.len());

    for (event, s) in events.iter().zip(&sessions) {
        assert_eq!(
            event.raw("UID"),
            session_uid(s.date, s.activity, "momentum/default")
        );
        assert_eq!(event.raw("SEQUENCE"), "0");
        assert_eq!(event.raw("DTSTAMP"), "20260104T080000Z");
        assert_eq!(
            event.raw("DTSTART"),
            format!("{}T090000", s.date.format("%Y%m%d")),
            "floating local time: no Z, no TZID"
        );
        assert_eq!(event.raw("DURATION"), format!("PT{}M", s.minutes));
        let intensity = match s.intensity {
            Intensity::Easy => "easy",
            Intensity::Moderate => "moderate",
        };
        assert_eq!(
            event.text("SUMMARY"),
            format!("{}, {} min ({intensity})", s.activity.label(), s.minutes)
        );
        let description = event.text("DESCRIPTION");
        assert!(description.starts_with(&format!(
            "{}\n\n{}",
            EN.plan_words.note(s),
            EN.kind_line()
        )));
        assert!(description.ends_with("Riverside Clinic."));

        let alarms = event.children_named("VALARM");
        assert_eq!(alarms.len(), 1, "one reminder per session");
        assert_eq!(alarms[0].raw("ACTION"), "DISPLAY");
        assert_eq!(alarms[0].raw("TRIGGER"), "-PT15M");
        assert!(alarms[0]
            .text("DESCRIPTION")
            .contains(&event.text("SUMMARY")));
    }
}

#[test]
fn start_time_and_reminder_follow_the_options() {
    let mut options = options();
    options.start_time = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
    options.reminder_minutes_before = 45;
    let calendar = parse(&sessions_ics(&[session(20)], &options, &EN));
    let event = events(&calendar)[0];
    assert_eq!(event.raw("DTSTART"), "20260105T183000");
    assert_eq!(event.children_named("VALARM")[0].raw("TRIGGER"), "-PT45M");
}

#[test]
fn uids_are_stable_across_exports_and_unique_within_a_file() {
    let plan = plan();
    let mut first = options();
    first.stamp = stamp(8);
    let mut second = options();
    second.stamp = stamp(20);
    let a = sessions_ics(plan.sessions(), &first, &EN);
    let b = sessions_ics(plan.sessions(), &second, &EN);
    assert_ne!(a, b, "the stamps differ");

    let uids = |ics: &str| -> Vec<String> {
        events(&parse(ics))
            .iter()
            .map(|e| e.raw("UID").to_string())
            .collect()
    };
    assert_eq!(uids(&a), uids(&b));
    let unique: HashSet<String> = uids(&a).into_iter().collect();
    assert_eq!(unique.len(), uids(&a).len());
    assert_eq!(
        uids(&a)[0],
        "20260105-walking@momentum_2fdefault.momentum",
        "readable: date, activity, namespace"
    );
}

#[test]
fn different_widgets_never_share_a_uid() {
    let plan = plan();
    let mut other = options();
    other.uid_namespace = "momentum/clinic-two".to_string();
    let uids = |ics: String| -> HashSet<String> {
        events(&parse(&ics))
            .iter()
            .map(|e| e.raw("UID").to_string())
            .collect()
    };
    let a = uids(sessions_ics(plan.sessions(), &options(), &EN));
    let b = uids(sessions_ics(plan.sessions(), &other, &EN));
    assert!(a.is_disjoint(&b));
    for uid in a.iter().chain(&b) {
        assert!(
            uid.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_@.".contains(c)),
            "safe characters only: {uid}"
        );
    }
}

#[test]
fn special_characters_are_escaped_and_round_trip() {
    let clinic = r"St. Mary's; Wellbeing, Team. A \ backslash
and a second line";
    let mut options = options();
    options.clinic_name = clinic.to_string();
    let s = session(20);
    let ics = sessions_ics(std::slice::from_ref(&s), &options, &EN);
    assert!(
        unfold(&ics).contains(r"St. Mary's\; Wellbeing\, Team. A \\ backslash\nand a second line")
    );
    let calendar = parse(&ics);
    let description = events(&calendar)[0].text("DESCRIPTION");
    assert_eq!(
        description,
        format!(
            "{}\n\n{}\n\nFrom your Momentum plan at {clinic}.",
            EN.plan_words.note(&s),
            EN.kind_line()
        )
    );
    assert!(calendar.text("X-WR-CALDESC").contains(clinic));
}

#[test]
fn windows_line_breaks_in_a_clinic_name_become_one_newline() {
    let mut options = options();
    options.clinic_name = "one\r\ntwo\rthree".to_string();
    let calendar = parse(&sessions_ics(&[session(20)], &options, &EN));
    assert!(events(&calendar)[0]
        .text("DESCRIPTION")
        .ends_with("at one\ntwo\nthree."));
}

#[test]
fn long_and_multibyte_text_folds_without_splitting_characters() {
    let clinic = format!(
        "{} {} {}",
        "Take it slowly and breathe. ".repeat(8),
        "Zeit für dich — 🙂🌿🚶‍♀️ ".repeat(12),
        "日本語のテキストも大丈夫です。".repeat(10)
    );
    let mut options = options();
    options.clinic_name = clinic.clone();
    let ics = sessions_ics(&[session(20)], &options, &EN);
    // `&str` slicing would panic on a split character; the lines also must be valid UTF-8
    // each on their own, which `split` on a `&str` guarantees only if no fold split one.
    assert_well_formed_lines(&ics);
    let folded = ics.split("\r\n").filter(|l| l.starts_with(' ')).count();
    assert!(folded > 10, "a long text folds over many lines");
    let description = events(&parse(&ics))[0].text("DESCRIPTION");
    assert!(description.ends_with(&format!("at {clinic}.")));
}

#[test]
fn no_blank_physical_lines_and_no_lone_cr_or_lf() {
    let ics = sessions_ics(plan().sessions(), &options(), &EN);
    let bytes = ics.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            assert_eq!(bytes[i - 1], b'\r', "LF at {i} without CR");
        }
        if b == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "CR at {i} without LF");
        }
    }
    assert!(!ics.contains("\r\n\r\n"));
}

#[test]
fn upcoming_takes_whole_weeks_from_today() {
    let plan = plan();
    let today = date(2026, 1, 14); // a Wednesday in week 2
    let next = upcoming(&plan, today, 2);
    assert!(!next.is_empty());
    assert!(next
        .iter()
        .all(|s| s.date >= today && s.date < date(2026, 1, 28)));
    let expected = plan
        .sessions()
        .filter(|s| s.date >= today && s.date < date(2026, 1, 28))
        .count();
    assert_eq!(next.len(), expected);
    assert!(next.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(next[0].date, today, "today's session is included");

    assert!(upcoming(&plan, today, 0).is_empty());
    assert!(
        upcoming(&plan, date(2027, 1, 1), 4).is_empty(),
        "after the plan"
    );
    assert_eq!(
        upcoming(&plan, date(2026, 1, 5), 12).len(),
        plan.sessions().count(),
        "all twelve weeks"
    );
    assert_eq!(
        upcoming(&plan, date(2026, 1, 5), u32::MAX).len(),
        plan.sessions().count()
    );
}

#[test]
fn the_file_name_is_plain_and_dated() {
    assert_eq!(file_name(date(2026, 1, 5)), "momentum-plan-2026-01-05.ics");
}

#[test]
fn an_empty_export_is_still_balanced() {
    let calendar = parse(&sessions_ics(&[], &options(), &EN));
    assert!(events(&calendar).is_empty());
}

#[test]
fn a_week_keeps_its_events_when_it_begins_and_is_stored() {
    // Exported on the first day (weeks 2 and 3 derived), then again when week 2 has begun and
    // is stored: the same events, updated in place.
    let first = record(date(2026, 1, 5));
    let later = record(date(2026, 1, 12));
    assert!(later.weeks.len() == 2 && first.weeks.len() == 1);
    let uids = |r: &Record, today| -> Vec<String> {
        let schedule = r.schedule(date(2026, 1, 5));
        let ics = sessions_ics(upcoming(&schedule, today, 3), &options(), &EN);
        events(&parse(&ics))
            .iter()
            .map(|e| e.raw("UID").to_string())
            .collect()
    };
    let today = date(2026, 1, 12);
    assert_eq!(uids(&first, today), uids(&later, today));
}

#[test]
fn a_moved_session_is_exported_on_its_new_day() {
    let today = date(2026, 1, 5);
    let mut r = record(today);
    let schedule = r.schedule(today);
    let wednesday = schedule
        .session((date(2026, 1, 7), Activity::Yoga))
        .map(|(_, s)| s.clone())
        .expect("yoga on Wednesday of week 1");
    r.adjust(
        &Adjustment {
            date: wednesday.date,
            activity: wednesday.activity,
            to_date: date(2026, 1, 8),
            to_activity: Activity::Yoga,
        },
        today,
    )
    .unwrap();
    let schedule = r.schedule(today);
    let ics = sessions_ics(upcoming(&schedule, today, 1), &options(), &EN);
    let uids: Vec<String> = events(&parse(&ics))
        .iter()
        .map(|e| e.raw("UID").to_string())
        .collect();
    assert!(uids.contains(&session_uid(
        date(2026, 1, 8),
        Activity::Yoga,
        "momentum/default"
    )));
    assert!(!uids.contains(&session_uid(
        date(2026, 1, 7),
        Activity::Yoga,
        "momentum/default"
    )));
}

#[test]
fn the_plan_screen_offers_the_next_weeks_of_the_schedule() {
    let today = date(2026, 1, 14);
    let r = record(today);
    let state = WidgetState::new(r.clone(), SaveMode::Save, None, today);
    let (name, text) = calendar_file(
        &state,
        "momentum/default",
        "Riverside Clinic",
        stamp(8),
        &EN,
    );
    assert_eq!(name, file_name(today));
    let schedule = r.schedule(today);
    let sessions = upcoming(&schedule, today, 4);
    assert!(!sessions.is_empty());
    assert_eq!(text, sessions_ics(sessions, &options(), &EN));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whatever the clinic name and storage key hold, the file stays well formed and reads
    /// back.
    #[test]
    fn arbitrary_text_round_trips(
        clinic in "\\PC{0,300}|([\\\\;,\n\r: é🙂日]){0,120}",
        namespace in "\\PC{0,40}",
        minutes in 1u16..=60,
        reminder in 0u32..=1440,
    ) {
        let mut options = options();
        options.clinic_name = clinic.clone();
        options.uid_namespace = namespace;
        options.reminder_minutes_before = reminder;
        let s = session(minutes);
        let ics = sessions_ics(std::slice::from_ref(&s), &options, &EN);
        for line in ics[..ics.len() - 2].split("\r\n") {
            prop_assert!(line.len() <= 75);
        }
        let calendar = parse(&ics);
        let event = events(&calendar)[0];
        let description = event.text("DESCRIPTION");
        let expected_start = format!("{}\n\n{}", EN.plan_words.note(&s), EN.kind_line());
        prop_assert!(description.starts_with(&expected_start));
        if !clinic.trim().is_empty() {
            let lines = clinic.replace("\r\n", "\n").replace('\r', "\n");
            let kept: String = lines.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
            let clinic_line = format!("From your Momentum plan at {kept}.");
            prop_assert!(description.ends_with(&clinic_line), "{:?}", description);
        }
        prop_assert_eq!(event.raw("DURATION"), format!("PT{minutes}M"));
        prop_assert_eq!(
            event.children_named("VALARM")[0].raw("TRIGGER"),
            format!("-PT{reminder}M")
        );
        let uid = event.raw("UID");
        prop_assert!(uid.is_ascii() && !uid.contains(' '));
    }
}
