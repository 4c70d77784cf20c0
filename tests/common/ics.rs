//! A tiny iCalendar reader, just enough RFC 5545 to check our own output independently, and
//! the records and options the `calendar_*` tests export from.

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use momentum::core::activity::Activity;
use momentum::core::calendar::CalendarOptions;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Choices, Intensity, Role, Session};
use momentum::core::record::Record;

use super::date;

/// One `BEGIN:X` … `END:X` block.
#[derive(Debug, Default)]
pub struct Component {
    pub name: String,
    pub props: Vec<(String, String)>,
    pub children: Vec<Component>,
}

impl Component {
    /// The raw (still escaped) value of the only property called `name`.
    pub fn raw(&self, name: &str) -> &str {
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
    pub fn text(&self, name: &str) -> String {
        unescape(self.raw(name))
    }

    pub fn children_named(&self, name: &str) -> Vec<&Component> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
}

/// RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "").replace("\r\n\t", "")
}

/// RFC 5545 §3.3.11 unescaping.
pub fn unescape(text: &str) -> String {
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
pub fn parse(ics: &str) -> Component {
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
pub fn assert_well_formed_lines(ics: &str) {
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

pub fn stamp(hour: u32) -> NaiveDateTime {
    date(2026, 1, 4).and_hms_opt(hour, 0, 0).unwrap()
}

pub fn options() -> CalendarOptions {
    CalendarOptions::new("momentum/default", "Riverside Clinic", stamp(8))
}

pub fn choices() -> Choices {
    Choices {
        activities: vec![Activity::Walking, Activity::Strength, Activity::Yoga],
        minutes_today: 10,
        weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
        gentle: false,
    }
}

/// A record whose plan started on Monday 5 January 2026, opened on `today`.
pub fn record(today: NaiveDate) -> Record {
    let mut record = Record::default();
    record
        .start_first_plan(choices(), date(2026, 1, 5), date(2026, 1, 5))
        .unwrap();
    record.catch_up(today);
    record
}

/// The plan as shown on its first day: week 1 stored, the rest derived.
pub fn plan() -> Schedule {
    record(date(2026, 1, 5)).schedule(date(2026, 1, 5))
}

pub fn session(minutes: u16) -> Session {
    Session {
        date: date(2026, 1, 5),
        activity: Activity::Yoga,
        minutes,
        intensity: Intensity::Moderate,
        role: Role::Main,
        planned: None,
    }
}

pub fn events(calendar: &Component) -> Vec<&Component> {
    calendar.children_named("VEVENT")
}
