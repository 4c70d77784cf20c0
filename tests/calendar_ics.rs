//! The "Add to calendar" file, read back the way a calendar app reads it: CRLF lines, unfolded,
//! unescaped, one event per session with one alarm, and UIDs that survive a re-export.

mod common;

use std::collections::HashSet;

use chrono::NaiveTime;
use common::ics::{assert_well_formed_lines, events, options, parse, plan, session, stamp, unfold};
use momentum::core::calendar::{
    session_uid, sessions_ics, EventWords, DEFAULT_REMINDER_MINUTES, DEFAULT_START_TIME,
};
use momentum::core::plan::{Intensity, Session};
use momentum::present::text::EN;
use proptest::prelude::*;

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
fn an_empty_export_is_still_balanced() {
    let calendar = parse(&sessions_ics(&[], &options(), &EN));
    assert!(events(&calendar).is_empty());
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
