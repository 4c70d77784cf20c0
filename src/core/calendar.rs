//! "Add to calendar": the plan's next sessions as an RFC 5545 iCalendar file, each with a
//! reminder alarm.
//!
//! Momentum has no server, so it cannot send reminders itself. Instead the visitor downloads an
//! `.ics` file and their own calendar app does the reminding. Like the rest of the core this is
//! a pure function: the caller passes in the sessions, the widget's storage key and the export
//! time (the core has no clock), and gets back the file's text.
//!
//! ```
//! use chrono::{NaiveDate, Weekday};
//! use momentum::core::activity::Activity;
//! use momentum::core::calendar::{file_name, sessions_ics, upcoming, CalendarOptions};
//! use momentum::core::plan::Choices;
//! use momentum::core::record::Record;
//!
//! let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
//! let choices = Choices {
//!     activities: vec![Activity::Walking],
//!     minutes_today: 10,
//!     weekdays: vec![Weekday::Mon, Weekday::Thu],
//!     gentle: false,
//! };
//! let mut record = Record::default();
//! record.start_first_plan(choices, today, today).unwrap();
//! let schedule = record.schedule(today);
//! let stamp = today.and_hms_opt(8, 30, 0).unwrap(); // "now", in UTC
//! let options = CalendarOptions::new("momentum/default", "Riverside Clinic", stamp);
//! # struct Words;
//! # impl momentum::core::calendar::EventWords for Words {
//! #     fn calendar_name(&self) -> &str { "Momentum plan" }
//! #     fn calendar_description(&self, _: &str) -> String { String::new() }
//! #     fn summary(&self, _: &momentum::core::plan::Session) -> String { "Walking".into() }
//! #     fn note(&self, _: &momentum::core::plan::Session) -> &str { "" }
//! #     fn kind_line(&self) -> &str { "" }
//! #     fn clinic_line(&self, _: &str) -> String { String::new() }
//! #     fn coming_up(&self, s: &str) -> String { s.into() }
//! # }
//! // The widget passes its catalogue's words (`present::text::Text` implements them).
//! let ics = sessions_ics(upcoming(&schedule, today, 2), &options, &Words);
//! assert!(ics.contains("UID:20260105-walking@momentum_2fdefault.momentum\r\n"));
//! assert!(ics.contains("DTSTART:20260105T090000\r\n"));
//! assert_eq!(file_name(today), "momentum-plan-2026-01-05.ics");
//! ```
//!
//! # Choices
//!
//! * **Floating times.** `DTSTART` has no `TZID` and no `Z`: "09:00 wherever the visitor is",
//!   which is what a plan of the visitor's own days means, and needs no time-zone database.
//! * **Stable UIDs.** A UID is the session's log key (date and activity) plus the widget's
//!   storage key, so exporting again updates the same events instead of adding copies, and two
//!   widgets on one page never share an event.
//! * **`SEQUENCE` is always 0.** A changed session (say, more minutes) is told apart from the
//!   earlier export by its newer `DTSTAMP`: with equal sequence numbers, RFC 5546 orders
//!   revisions by `DTSTAMP`. We deliberately do not derive the sequence from the minutes: weeks
//!   not yet begun are derived from the visitor's log and can come out shorter than an earlier
//!   projection, and a sequence number that goes down makes calendars discard the newer
//!   export. A counter that only ever climbs would need more stored state than it is worth.
//! * **Limits.** A session that disappears from the plan (the visitor changed their days)
//!   stays in a calendar that imported it earlier: without a server there is nothing to cancel
//!   it from. Re-importing after changing days adds the new events alongside.

use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::core::activity::Activity;
use crate::core::plan::schedule::Schedule;
use crate::core::plan::Session;

/// Identifies the program that wrote the file (`PRODID`, required by RFC 5545). It names the
/// product, not the clinic, so it never changes between clinics or exports.
pub const PRODID: &str = "-//Momentum//Momentum exercise planner//EN";

/// The words of the file, in the visitor's language (the widget's catalogue provides them).
/// Every event ends with a kind line: a reminder is an invitation, never a demand, and a
/// calendar is where a missed session would otherwise feel like a failure.
pub trait EventWords {
    /// The calendar's name in the visitor's calendar app (`X-WR-CALNAME`).
    fn calendar_name(&self) -> &str;
    /// One sentence describing the whole calendar, naming the clinic when there is one.
    fn calendar_description(&self, clinic_name: &str) -> String;
    /// "Walking, 10 min (easy)": what the visitor sees in their calendar's day view.
    fn summary(&self, session: &Session) -> String;
    /// The session's how-to line.
    fn note(&self, session: &Session) -> &str;
    /// The kind line at the end of every description.
    fn kind_line(&self) -> &str;
    /// "From your Momentum plan at {clinic}."
    fn clinic_line(&self, clinic_name: &str) -> String;
    /// The reminder's words: "Coming up: {summary}. Any movement counts."
    fn coming_up(&self, summary: &str) -> String;
}

/// The start time when the visitor has not chosen one: a calm morning slot most calendars show.
pub const DEFAULT_START_TIME: NaiveTime = NaiveTime::from_hms_opt(9, 0, 0).unwrap();

/// How long before a session the reminder fires when the visitor has not chosen: enough time to
/// put on shoes, short enough not to be forgotten again.
pub const DEFAULT_REMINDER_MINUTES: u32 = 15;

/// RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, excluding the line break.
const MAX_LINE_OCTETS: usize = 75;

/// Everything the file needs besides the sessions; the shell fills it from settings and the
/// clock so that the writer itself stays pure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarOptions {
    /// The widget's storage key (e.g. `momentum/default`), part of every UID so that two widgets
    /// (or two clinics) never overwrite each other's events. Any text works: it is encoded
    /// into safe characters without ever mapping two keys to the same UID.
    pub uid_namespace: String,
    /// The clinic that embeds the widget, so the visitor knows where the plan came from; may be
    /// empty, in which case it is simply left out.
    pub clinic_name: String,
    /// The visitor's preferred time of day, as floating local time (default 09:00).
    pub start_time: NaiveTime,
    /// Minutes before each session that the reminder fires (default 15; 0 fires at the start).
    pub reminder_minutes_before: u32,
    /// The export time in UTC, written as every event's `DTSTAMP`. Passed in because the core
    /// has no clock; a newer stamp is what makes a calendar take a re-export as an update.
    pub stamp: NaiveDateTime,
}

impl CalendarOptions {
    /// Options with the default start time and reminder, so callers only supply what they must.
    pub fn new(
        uid_namespace: impl Into<String>,
        clinic_name: impl Into<String>,
        stamp: NaiveDateTime,
    ) -> CalendarOptions {
        CalendarOptions {
            uid_namespace: uid_namespace.into(),
            clinic_name: clinic_name.into(),
            start_time: DEFAULT_START_TIME,
            reminder_minutes_before: DEFAULT_REMINDER_MINUTES,
            stamp,
        }
    }
}

/// The sessions of the `weeks` weeks starting today (today included, `today + 7 × weeks`
/// excluded), in plan order: what is worth putting in a calendar now, since the plan past that
/// may still adapt to the visitor's log. `weeks == 0` gives none.
pub fn upcoming(schedule: &Schedule, today: NaiveDate, weeks: u32) -> Vec<&Session> {
    let end = today.checked_add_days(Days::new(7 * u64::from(weeks)));
    schedule
        .sessions()
        .filter(|s| s.date >= today && end.is_none_or(|end| s.date < end))
        .collect()
}

/// The name the download is saved under: ASCII only so every browser and file system keeps it
/// as is, and dated by the export's first day so a visitor can tell a newer file from an older.
pub fn file_name(from: NaiveDate) -> String {
    // NaiveDate's `Display` is ISO 8601, "YYYY-MM-DD".
    format!("momentum-plan-{from}.ics")
}

/// The UID of one session's event: `YYYYMMDD-activity@namespace.momentum`.
///
/// Stable across exports (it depends only on the log key and the namespace), so importing the
/// file again updates events instead of duplicating them. See [`CalendarOptions::uid_namespace`]
/// for how the namespace is made safe.
pub fn session_uid(date: NaiveDate, activity: Activity, uid_namespace: &str) -> String {
    format!(
        "{}-{}@{}.momentum",
        basic_date(date),
        activity.id(),
        encode_namespace(uid_namespace)
    )
}

/// Writes the iCalendar file (RFC 5545) for `sessions`: one `VEVENT` per session, each with a
/// display alarm, CRLF line endings, escaped text and lines folded at 75 octets.
///
/// Pure and deterministic: the same sessions and options always give the same bytes. Accepts
/// anything that yields `&Session`: a slice, [`upcoming`]'s vector or [`Schedule::sessions`].
///
/// With no sessions the calendar has no events; RFC 5545 asks for at least one component, so
/// the shell should only offer the download when [`upcoming`] found something. Should the input
/// ever hold two sessions with the same date and activity (a plan never does), the second gets
/// a `-2` suffix so UIDs stay unique within the file.
pub fn sessions_ics<'a, I>(sessions: I, options: &CalendarOptions, words: &dyn EventWords) -> String
where
    I: IntoIterator<Item = &'a Session>,
{
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);

    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape_text(words.calendar_name())
    ));
    line(&format!(
        "X-WR-CALDESC:{}",
        escape_text(&words.calendar_description(&options.clinic_name))
    ));

    let stamp = format!(
        "{}{}Z",
        basic_date(options.stamp.date()),
        basic_time(options.stamp.time())
    );
    let start_time = basic_time(options.start_time);
    let namespace = encode_namespace(&options.uid_namespace);
    // Keys seen so far; a plan has a few dozen sessions, so a list is plenty.
    let mut seen: Vec<(NaiveDate, Activity)> = Vec::new();

    for session in sessions {
        let key = (session.date, session.activity);
        let count = 1 + seen.iter().filter(|k| **k == key).count();
        seen.push(key);
        let suffix = if count == 1 {
            String::new()
        } else {
            format!("-{count}")
        };
        let summary = words.summary(session);

        line("BEGIN:VEVENT");
        line(&format!(
            "UID:{}-{}{suffix}@{namespace}.momentum",
            basic_date(session.date),
            session.activity.id()
        ));
        line("SEQUENCE:0");
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART:{}{start_time}", basic_date(session.date)));
        line(&format!("DURATION:PT{}M", session.minutes));
        line(&format!("SUMMARY:{}", escape_text(&summary)));
        line(&format!(
            "DESCRIPTION:{}",
            escape_text(&event_description(session, &options.clinic_name, words))
        ));
        // A plan is an invitation, not an appointment: it should not mark the visitor busy.
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!(
            "DESCRIPTION:{}",
            escape_text(&words.coming_up(&summary))
        ));
        line(&format!("TRIGGER:-PT{}M", options.reminder_minutes_before));
        line("END:VALARM");
        line("END:VEVENT");
    }

    line("END:VCALENDAR");
    out
}

/// A date in the ISO 8601 basic format RFC 5545 uses, "YYYYMMDD" (chrono's "%Y%m%d", written
/// by hand so the wasm build does not carry chrono's strftime machinery).
fn basic_date(date: NaiveDate) -> String {
    let year = date.year();
    if (0..10_000).contains(&year) {
        format!("{year:04}{:02}{:02}", date.month(), date.day())
    } else {
        format!("{year:+05}{:02}{:02}", date.month(), date.day())
    }
}

/// A time as "THHMMSS" (chrono's "T%H%M%S"; a leap second reads as second 60).
fn basic_time(time: NaiveTime) -> String {
    let second = time.second() + time.nanosecond() / 1_000_000_000;
    format!("T{:02}{:02}{second:02}", time.hour(), time.minute())
}

/// The session's how-to line, the kind line and, when known, where the plan came from.
fn event_description(session: &Session, clinic_name: &str, words: &dyn EventWords) -> String {
    let mut text = format!("{}\n\n{}", words.note(session), words.kind_line());
    if !clinic_name.trim().is_empty() {
        text.push_str("\n\n");
        text.push_str(&words.clinic_line(clinic_name));
    }
    text
}

/// Makes the namespace safe for the UID's domain-like part, injectively: ASCII letters, digits
/// and `-` stay; every other byte (including `_`) becomes `_` and two lowercase hex digits, so
/// `momentum/default` is `momentum_2fdefault` and no two keys share an encoding. The empty key
/// becomes a lone `_`, which no other key can produce.
fn encode_namespace(namespace: &str) -> String {
    if namespace.is_empty() {
        return "_".to_string();
    }
    let mut out = String::with_capacity(namespace.len());
    for byte in namespace.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "_{byte:02x}");
        }
    }
    out
}

/// RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon and comma get a backslash; any line
/// break (LF, CRLF or a lone CR) becomes `\n`. Other control characters, which TEXT cannot
/// hold, are dropped (tab is allowed and kept).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1) so that no physical line exceeds 75
/// octets: a CRLF and a single space are inserted before the character that would overflow,
/// never inside a multi-byte UTF-8 character. Ends with CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests;
