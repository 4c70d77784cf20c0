use super::*;
use proptest::prelude::*;

#[test]
fn basic_formats_match_chronos_strftime() {
    for (y, m, d) in [(2026, 1, 5), (999, 12, 31), (10_000, 2, 3), (-44, 3, 15)] {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(basic_date(date), date.format("%Y%m%d").to_string());
        assert_eq!(
            file_name(date),
            format!("momentum-plan-{}.ics", date.format("%Y-%m-%d"))
        );
    }
    for (h, m, s, nano) in [(0, 0, 0, 0), (8, 30, 5, 0), (23, 59, 59, 1_500_000_000)] {
        let time = NaiveTime::from_hms_nano_opt(h, m, s, nano).unwrap();
        assert_eq!(basic_time(time), time.format("T%H%M%S").to_string());
    }
}

fn folded(line: &str) -> String {
    let mut out = String::new();
    push_folded(&mut out, line);
    out
}

/// Unfolding as a reader does: a CRLF followed by one space or tab disappears.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

use crate::core::plan::Intensity;

fn session(minutes: u16) -> Session {
    Session {
        date: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        activity: Activity::Walking,
        minutes,
        intensity: Intensity::Easy,
        role: crate::core::plan::Role::Main,
        planned: None,
    }
}

/// The words the tests read; the widget's own come from its catalogue.
struct Plain;

impl EventWords for Plain {
    fn calendar_name(&self) -> &str {
        "Momentum plan"
    }
    fn calendar_description(&self, clinic: &str) -> String {
        format!("Gentle exercise sessions from your Momentum plan at {clinic}.")
    }
    fn summary(&self, s: &Session) -> String {
        format!("Walking, {} min (easy)", s.minutes)
    }
    fn note(&self, _: &Session) -> &str {
        "An easy pace."
    }
    fn kind_line(&self) -> &str {
        "Any movement counts."
    }
    fn clinic_line(&self, clinic: &str) -> String {
        format!("From your Momentum plan at {clinic}.")
    }
    fn coming_up(&self, summary: &str) -> String {
        format!("Coming up: {summary}.")
    }
}

fn options() -> CalendarOptions {
    let stamp = NaiveDate::from_ymd_opt(2026, 1, 4)
        .unwrap()
        .and_hms_opt(18, 5, 9)
        .unwrap();
    CalendarOptions::new("momentum/default", "Riverside Clinic", stamp)
}

#[test]
fn escapes_the_four_special_cases() {
    assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
    assert_eq!(
        escape_text("one\ntwo\r\nthree\rfour"),
        r"one\ntwo\nthree\nfour"
    );
    assert_eq!(
        escape_text("colon: \"quoted\"\ttab"),
        "colon: \"quoted\"\ttab"
    );
    assert_eq!(escape_text("bell\u{7}gone"), "bellgone");
}

#[test]
fn short_lines_are_not_folded() {
    let line = "x".repeat(75);
    assert_eq!(folded(&line), format!("{line}\r\n"));
}

#[test]
fn long_lines_fold_at_75_octets_with_a_leading_space() {
    let line = "x".repeat(75 + 74 + 2);
    let out = folded(&line);
    let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(physical.len(), 3);
    assert_eq!(physical[0].len(), 75);
    assert_eq!(physical[1], format!(" {}", "x".repeat(74)));
    assert_eq!(physical[2], " xx");
    assert_eq!(unfold(out.trim_end_matches("\r\n")), line);
}

#[test]
fn folding_never_splits_a_multibyte_character() {
    // 74 ASCII octets then a 4-octet emoji: it must move to the next line whole.
    let line = format!("{}🙂tail", "a".repeat(74));
    let out = folded(&line);
    assert!(out.starts_with(&format!("{}\r\n 🙂tail", "a".repeat(74))));
}

#[test]
fn namespace_encoding_is_safe_and_injective() {
    assert_eq!(encode_namespace("momentum/default"), "momentum_2fdefault");
    assert_eq!(encode_namespace(""), "_");
    assert_eq!(encode_namespace("a_b"), "a_5fb");
    assert_ne!(encode_namespace("a/b"), encode_namespace("a-b"));
    assert_ne!(encode_namespace("a_2fb"), encode_namespace("a/b"));
    assert_eq!(encode_namespace("é"), "_c3_a9");
}

#[test]
fn the_event_has_every_required_property() {
    let ics = sessions_ics(&[session(10)], &options(), &Plain);
    for expected in [
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n",
        "PRODID:-//Momentum//Momentum exercise planner//EN\r\n",
        "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Momentum plan\r\n",
        "UID:20260105-walking@momentum_2fdefault.momentum\r\n",
        "SEQUENCE:0\r\n",
        "DTSTAMP:20260104T180509Z\r\n",
        "DTSTART:20260105T090000\r\n",
        "DURATION:PT10M\r\n",
        "SUMMARY:Walking\\, 10 min (easy)\r\n",
        "BEGIN:VALARM\r\nACTION:DISPLAY\r\n",
        "TRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n",
    ] {
        assert!(ics.contains(expected), "missing {expected:?} in\n{ics}");
    }
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
}

#[test]
fn duplicate_keys_still_get_unique_uids() {
    let ics = sessions_ics(&[session(10), session(5)], &options(), &Plain);
    assert!(ics.contains("UID:20260105-walking@momentum_2fdefault.momentum\r\n"));
    assert!(ics.contains("UID:20260105-walking-2@momentum_2fdefault.momentum\r\n"));
}

#[test]
fn session_uid_matches_the_written_uid() {
    let s = session(10);
    let uid = session_uid(s.date, s.activity, "momentum/default");
    assert!(sessions_ics(&[s], &options(), &Plain).contains(&format!("UID:{uid}\r\n")));
}

proptest! {
    #[test]
    fn fold_keeps_lines_short_and_unfolds_to_the_input(line in "[^\r\n]{0,400}") {
        let out = folded(&line);
        prop_assert!(out.ends_with("\r\n"));
        let body = &out[..out.len() - 2];
        for (i, physical) in body.split("\r\n").enumerate() {
            prop_assert!(physical.len() <= MAX_LINE_OCTETS);
            if i > 0 {
                prop_assert!(physical.starts_with(' '));
            }
        }
        prop_assert_eq!(unfold(body), line);
    }

    #[test]
    fn escape_round_trips_text_without_controls(text in "([^\\p{Cc}]|[\\\\;,\n]){0,200}") {
        let escaped = escape_text(&text);
        prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
        prop_assert_eq!(unescape(&escaped), text);
    }
}
