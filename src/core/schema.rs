//! The stored format of the current version, in one place: how each part of a [`Record`] is
//! read from and written to JSON.
//!
//! Reading is tolerant where a hand-edited file might differ harmlessly (unknown members are
//! ignored, optional members may be missing or `null`, weekdays may be spelled out) and strict
//! about everything else; each refusal names the place, e.g. `log[3].minutes: expected a whole
//! number from 0 to 65535`. Older versions never reach this module: [`crate::core::migrate`]
//! upgrades them first. Writing produces exactly what reading accepts, in a fixed member order.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::json::{Json, JsonWriter};
use crate::core::log::{Effort, Log, LogEntry, Outcome};
use crate::core::plan::adjust::Adjustment;
use crate::core::record::{Profile, Record, Settings, DEFAULT_SESSION_MINUTES};

/// Why a JSON value is not the part of a record it should be, and where it sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    /// Member names and list positions from the top, innermost last.
    path: Vec<PathStep>,
    /// What the value should have been, in plain words.
    expected: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum PathStep {
    Member(&'static str),
    Index(usize),
}

impl ShapeError {
    fn expected(expected: &'static str) -> ShapeError {
        ShapeError {
            path: Vec::new(),
            expected,
        }
    }

    /// Adds the enclosing step; called on the way out, so steps arrive innermost first.
    fn within(mut self, step: PathStep) -> ShapeError {
        self.path.insert(0, step);
        self
    }
}

impl std::fmt::Display for ShapeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.path.iter().enumerate() {
            match step {
                PathStep::Member(name) if i == 0 => f.write_str(name)?,
                PathStep::Member(name) => write!(f, ".{name}")?,
                PathStep::Index(index) => write!(f, "[{index}]")?,
            }
        }
        if !self.path.is_empty() {
            f.write_str(": ")?;
        }
        write!(f, "expected {}", self.expected)
    }
}

impl std::error::Error for ShapeError {}

/// A part of the record that can be read from a JSON value.
pub trait FromJson: Sized {
    /// Reads `value`, or says what it should have been.
    fn from_json(value: &Json) -> Result<Self, ShapeError>;
}

/// A part of the record that can be written as JSON.
pub trait ToJson {
    /// Writes this value at the writer's current position.
    fn write_json(&self, out: &mut JsonWriter);
}

/// The members of a JSON object, read by name.
struct Members<'j, 'a>(&'j Json<'a>);

impl<'j, 'a> Members<'j, 'a> {
    fn of(value: &'j Json<'a>) -> Result<Self, ShapeError> {
        match value {
            Json::Object(_) => Ok(Members(value)),
            _ => Err(ShapeError::expected("an object")),
        }
    }

    /// A member that must be there.
    fn required<T: FromJson>(&self, name: &'static str) -> Result<T, ShapeError> {
        let value = self.0.get(name).unwrap_or(&Json::Null);
        if matches!(value, Json::Null) {
            return Err(
                ShapeError::expected("a value (it is missing)").within(PathStep::Member(name))
            );
        }
        T::from_json(value).map_err(|e| e.within(PathStep::Member(name)))
    }

    /// A member that may be missing or `null`.
    fn optional<T: FromJson>(&self, name: &'static str) -> Result<Option<T>, ShapeError> {
        match self.0.get(name) {
            None | Some(Json::Null) => Ok(None),
            Some(value) => T::from_json(value)
                .map(Some)
                .map_err(|e| e.within(PathStep::Member(name))),
        }
    }

    /// A member whose absence means its default.
    fn or_default<T: FromJson + Default>(&self, name: &'static str) -> Result<T, ShapeError> {
        Ok(self.optional(name)?.unwrap_or_default())
    }
}

impl FromJson for Record {
    fn from_json(value: &Json) -> Result<Record, ShapeError> {
        let members = Members::of(value)?;
        Ok(Record {
            version: members.required("version")?,
            profile: members.required("profile")?,
            log: members.or_default("log")?,
            settings: members.or_default("settings")?,
            adjustments: members.or_default("adjustments")?,
        })
    }
}

impl Record {
    /// Writes the record's members into an object the caller has opened; backups put their
    /// marker in front of them.
    pub(crate) fn write_members(&self, out: &mut JsonWriter) {
        member(out, "version", &self.version);
        member(out, "profile", &self.profile);
        member(out, "log", self.log.entries());
        member(out, "settings", &self.settings);
        member(out, "adjustments", &self.adjustments);
    }
}

impl ToJson for Record {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        self.write_members(out);
        out.end_object();
    }
}

impl FromJson for Profile {
    fn from_json(value: &Json) -> Result<Profile, ShapeError> {
        let members = Members::of(value)?;
        Ok(Profile {
            activities: members.required("activities")?,
            minutes_today: members
                .optional("minutes_today")?
                .unwrap_or(DEFAULT_SESSION_MINUTES),
            weekdays: members.or_default("weekdays")?,
            start_date: members.optional("start_date")?,
            gentle: members.or_default("gentle")?,
            readiness: members.optional("readiness")?,
        })
    }
}

impl ToJson for Profile {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        member(out, "activities", &self.activities);
        member(out, "minutes_today", &self.minutes_today);
        member(out, "weekdays", &self.weekdays);
        member(out, "start_date", &self.start_date);
        member(out, "gentle", &self.gentle);
        member(out, "readiness", &self.readiness);
        out.end_object();
    }
}

impl FromJson for Settings {
    fn from_json(value: &Json) -> Result<Settings, ShapeError> {
        let members = Members::of(value)?;
        Ok(Settings {
            ticks_since_backup: members.or_default("ticks_since_backup")?,
            last_backup: members.optional("last_backup")?,
        })
    }
}

impl ToJson for Settings {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        member(out, "ticks_since_backup", &self.ticks_since_backup);
        member(out, "last_backup", &self.last_backup);
        out.end_object();
    }
}

impl FromJson for Log {
    /// Any order and repeated keys are accepted; [`Log`]'s `From<Vec<_>>` sorts and de-duplicates.
    fn from_json(value: &Json) -> Result<Log, ShapeError> {
        Vec::<LogEntry>::from_json(value).map(Log::from)
    }
}

impl FromJson for LogEntry {
    fn from_json(value: &Json) -> Result<LogEntry, ShapeError> {
        let members = Members::of(value)?;
        let status = members.0.get("status").and_then(Json::as_str);
        let outcome = match status.unwrap_or_default() {
            "done" => Outcome::Done {
                minutes: members.required("minutes")?,
                effort: members.required("effort")?,
            },
            "skipped" => Outcome::Skipped,
            _ => {
                return Err(ShapeError::expected("\"done\" or \"skipped\"")
                    .within(PathStep::Member("status")))
            }
        };
        Ok(LogEntry {
            date: members.required("date")?,
            activity: members.required("activity")?,
            outcome,
            mood_before: members.optional("mood_before")?,
            mood_after: members.optional("mood_after")?,
            note: members.optional::<Text>("note")?.map(|t| t.0),
        })
    }
}

impl ToJson for LogEntry {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        member(out, "date", &self.date);
        member(out, "activity", &self.activity);
        out.key("status");
        match &self.outcome {
            Outcome::Done { minutes, effort } => {
                out.string("done");
                member(out, "minutes", minutes);
                member(out, "effort", effort);
            }
            Outcome::Skipped => out.string("skipped"),
        }
        for (name, mood) in [
            ("mood_before", self.mood_before),
            ("mood_after", self.mood_after),
        ] {
            if let Some(mood) = mood {
                member(out, name, &mood);
            }
        }
        if let Some(note) = &self.note {
            member(out, "note", note.as_str());
        }
        out.end_object();
    }
}

impl FromJson for Adjustment {
    fn from_json(value: &Json) -> Result<Adjustment, ShapeError> {
        let members = Members::of(value)?;
        Ok(Adjustment {
            date: members.required("date")?,
            activity: members.required("activity")?,
            to_date: members.required("to_date")?,
            to_activity: members.required("to_activity")?,
        })
    }
}

impl ToJson for Adjustment {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        member(out, "date", &self.date);
        member(out, "activity", &self.activity);
        member(out, "to_date", &self.to_date);
        member(out, "to_activity", &self.to_activity);
        out.end_object();
    }
}

/// Writes one object member: its name, then its value.
fn member<T: ToJson + ?Sized>(out: &mut JsonWriter, name: &str, value: &T) {
    out.key(name);
    value.write_json(out);
}

/// A string member, owned (notes, and names compared after reading).
struct Text(String);

impl FromJson for Text {
    fn from_json(value: &Json) -> Result<Text, ShapeError> {
        value
            .as_str()
            .map(|s| Text(s.to_owned()))
            .ok_or(ShapeError::expected("text in quotes"))
    }
}

impl FromJson for Activity {
    fn from_json(value: &Json) -> Result<Activity, ShapeError> {
        value
            .as_str()
            .and_then(Activity::from_id)
            .ok_or(ShapeError::expected(
                "an activity: \"walking\", \"yoga\", \"swimming\" or \"strength\"",
            ))
    }
}

impl ToJson for Activity {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self.id());
    }
}

/// Effort names as stored; the order matches [`Effort`]'s variants.
const EFFORTS: [(Effort, &str); 3] = [
    (Effort::Easy, "easy"),
    (Effort::JustRight, "just_right"),
    (Effort::TooHard, "too_hard"),
];

impl FromJson for Effort {
    fn from_json(value: &Json) -> Result<Effort, ShapeError> {
        let name = value.as_str();
        EFFORTS
            .iter()
            .find(|(_, id)| Some(*id) == name)
            .map(|(effort, _)| *effort)
            .ok_or(ShapeError::expected(
                "an effort: \"easy\", \"just_right\" or \"too_hard\"",
            ))
    }
}

impl ToJson for Effort {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(EFFORTS[*self as usize].1);
    }
}

/// Weekday names as stored (and as chrono spells them), Monday first.
const WEEKDAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

impl FromJson for Weekday {
    /// Accepts "Mon" and, for hand-edited files, "monday" or "MONDAY".
    fn from_json(value: &Json) -> Result<Weekday, ShapeError> {
        const FULL: [&str; 7] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let name = value.as_str().unwrap_or("");
        (0..7u8)
            .find(|&i| {
                let i = usize::from(i);
                name.eq_ignore_ascii_case(WEEKDAY_NAMES[i]) || name.eq_ignore_ascii_case(FULL[i])
            })
            .and_then(|i| Weekday::try_from(i).ok())
            .ok_or(ShapeError::expected("a weekday like \"Mon\""))
    }
}

impl ToJson for Weekday {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(WEEKDAY_NAMES[self.num_days_from_monday() as usize]);
    }
}

/// Reads a calendar date written as `YYYY-MM-DD` (what `<input type=date>` gives and records
/// store), without chrono's general-purpose parser.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// Writes a date as `YYYY-MM-DD` for years 0 to 9999, the only ones a record can hold.
pub fn iso_date(date: NaiveDate) -> String {
    let mut text = String::with_capacity(10);
    let year = date.year().clamp(0, 9999) as u32;
    for (value, digits) in [(year, 4), (date.month(), 2), (date.day(), 2)] {
        if !text.is_empty() {
            text.push('-');
        }
        for place in (0..digits).rev() {
            let digit = value / 10u32.pow(place) % 10;
            text.push(char::from(b'0' + digit as u8));
        }
    }
    text
}

impl FromJson for NaiveDate {
    fn from_json(value: &Json) -> Result<NaiveDate, ShapeError> {
        value
            .as_str()
            .and_then(parse_iso_date)
            .ok_or(ShapeError::expected("a date like \"2025-03-31\""))
    }
}

impl ToJson for NaiveDate {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(&iso_date(*self));
    }
}

impl FromJson for bool {
    fn from_json(value: &Json) -> Result<bool, ShapeError> {
        match value {
            Json::Bool(b) => Ok(*b),
            _ => Err(ShapeError::expected("true or false")),
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut JsonWriter) {
        out.bool(*self);
    }
}

/// Whole numbers of each width the record uses, with the range named in the refusal.
macro_rules! whole_number {
    ($($t:ty => $expected:literal),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Json) -> Result<$t, ShapeError> {
                match value {
                    Json::Int(n) => <$t>::try_from(*n).ok(),
                    _ => None,
                }
                .ok_or(ShapeError::expected($expected))
            }
        }

        impl ToJson for $t {
            fn write_json(&self, out: &mut JsonWriter) {
                out.int(i64::from(*self));
            }
        }
    )*};
}

whole_number!(
    u8 => "a whole number from 0 to 255",
    u16 => "a whole number from 0 to 65535",
    u32 => "a whole number from 0 to 4294967295"
);

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json) -> Result<Vec<T>, ShapeError> {
        let items = value.as_array().ok_or(ShapeError::expected("a list"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item).map_err(|e| e.within(PathStep::Index(i))))
            .collect()
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_array();
        for item in self {
            out.item();
            item.write_json(out);
        }
        out.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        self.as_slice().write_json(out);
    }
}

impl ToJson for str {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        match self {
            Some(value) => value.write_json(out),
            None => out.null(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::parse;

    fn read<T: FromJson>(text: &str) -> Result<T, String> {
        T::from_json(&parse(text).unwrap()).map_err(|e| e.to_string())
    }

    #[test]
    fn dates_read_and_write_only_as_yyyy_mm_dd() {
        let date = NaiveDate::from_ymd_opt(2025, 3, 9).unwrap();
        assert_eq!(parse_iso_date("2025-03-09"), Some(date));
        assert_eq!(iso_date(date), "2025-03-09");
        assert_eq!(
            iso_date(NaiveDate::from_ymd_opt(7, 12, 31).unwrap()),
            "0007-12-31"
        );
        for bad in [
            "",
            "2025-3-9",
            "2025-02-30",
            "2025/03/09",
            "+2025-03-09",
            "2025-03-09 ",
            "２０２５-03-09",
            "2025-13-01",
            "2025-00-10",
            "abcd-ef-gh",
        ] {
            assert_eq!(parse_iso_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn names_the_place_of_a_wrong_value() {
        assert_eq!(
            read::<Record>(
                r#"{"version":3,"profile":{"activities":[]},"log":[{"date":"2025-03-01","activity":"walking","status":"done","minutes":-5,"effort":"easy"}]}"#
            ),
            Err("log[0].minutes: expected a whole number from 0 to 65535".to_owned())
        );
        assert_eq!(
            read::<Record>(r#"{"version":3,"profile":{"activities":["running"]}}"#),
            Err("profile.activities[0]: expected an activity: \"walking\", \"yoga\", \"swimming\" or \"strength\"".to_owned())
        );
        assert_eq!(
            read::<Record>(r#"{"version":3}"#),
            Err("profile: expected a value (it is missing)".to_owned())
        );
        assert_eq!(read::<Record>("[]"), Err("expected an object".to_owned()));
        assert_eq!(
            read::<LogEntry>(r#"{"date":"2025-03-01","activity":"yoga","status":"maybe"}"#),
            Err("status: expected \"done\" or \"skipped\"".to_owned())
        );
        assert_eq!(
            read::<LogEntry>(
                r#"{"date":"2025-03-01","activity":"yoga","status":"done","minutes":1.5,"effort":"easy"}"#
            ),
            Err("minutes: expected a whole number from 0 to 65535".to_owned())
        );
    }

    #[test]
    fn weekdays_accept_full_names_and_write_short_ones() {
        assert_eq!(read::<Weekday>(r#""Mon""#), Ok(Weekday::Mon));
        assert_eq!(read::<Weekday>(r#""sunday""#), Ok(Weekday::Sun));
        assert_eq!(read::<Weekday>(r#""WED""#), Ok(Weekday::Wed));
        assert!(read::<Weekday>(r#""Mo""#).is_err());
        let mut out = JsonWriter::compact();
        vec![Weekday::Tue, Weekday::Sun].write_json(&mut out);
        assert_eq!(out.finish(), r#"["Tue","Sun"]"#);
    }

    #[test]
    fn missing_and_null_optional_members_take_their_defaults() {
        let profile: Profile =
            read(r#"{"activities":["yoga"],"start_date":null,"readiness":null}"#).unwrap();
        assert_eq!(profile.minutes_today, DEFAULT_SESSION_MINUTES);
        assert_eq!(profile.start_date, None);
        assert!(profile.weekdays.is_empty() && !profile.gentle);
    }

    #[test]
    fn activities_and_efforts_are_stored_as_the_plan_preview_names_them() {
        for activity in Activity::ALL {
            let mut out = JsonWriter::compact();
            activity.write_json(&mut out);
            assert_eq!(out.finish(), serde_json::to_string(&activity).unwrap());
        }
        for (effort, name) in EFFORTS {
            assert_eq!(read::<Effort>(&format!("\"{name}\"")), Ok(effort));
        }
    }
}
