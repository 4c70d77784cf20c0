//! The stored format of the current version, in one place: how each part of a [`Record`] is
//! read from and written to JSON.
//!
//! Reading is tolerant where a hand-edited file might differ harmlessly (unknown members are
//! ignored, optional members may be missing or `null`, weekdays may be spelled out) and strict
//! about everything else; each refusal names the place, e.g. `log[3].minutes: expected a whole
//! number from 0 to 65535`. Only the current version's shape is described here: a record that
//! claims an older version is upgraded by [`crate::core::migrate`] and read again (see
//! [`Record::parse`]). Writing produces exactly what reading accepts, in a fixed member order.
//!
//! Reading goes straight from the text into the structs with a [`Reader`], with no JSON tree in
//! between: the record is read on every page load, and with years of history this is most of
//! the widget's start-up work.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::json::{Json, JsonError, JsonWriter, Reader};
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

/// Why text could not be read as a part of a record: not JSON at all, or JSON of the wrong shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON; says where.
    Syntax(JsonError),
    /// JSON, but not what this part of the record holds.
    Shape(ShapeError),
}

impl ReadError {
    fn expected(expected: &'static str) -> ReadError {
        ReadError::Shape(ShapeError::expected(expected))
    }

    // Only on the way out of a refusal: one shared copy, not one inside every typed read.
    #[inline(never)]
    fn within(self, step: PathStep) -> ReadError {
        match self {
            ReadError::Shape(shape) => ReadError::Shape(shape.within(step)),
            syntax => syntax,
        }
    }
}

impl From<JsonError> for ReadError {
    fn from(error: JsonError) -> ReadError {
        ReadError::Syntax(error)
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Syntax(error) => error.fmt(f),
            ReadError::Shape(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a whole text as one `T` (nothing but whitespace may follow).
pub fn read_text<T: ReadJson>(text: &str) -> Result<T, ReadError> {
    let mut reader = Reader::new(text);
    let value = T::read_json(&mut reader)?;
    reader.finish()?;
    Ok(value)
}

/// A part of the record that can be read from JSON text.
pub trait ReadJson: Sized {
    /// Reads the reader's next value, or says what it should have been.
    fn read_json(reader: &mut Reader) -> Result<Self, ReadError>;
}

/// A part of the record that can be written as JSON.
pub trait ToJson {
    /// Writes this value at the writer's current position.
    fn write_json(&self, out: &mut JsonWriter);
}

/// Reads one object member's value; `None` when it is `null`. Errors name the member.
fn member<T: ReadJson>(reader: &mut Reader, name: &'static str) -> Result<Option<T>, ReadError> {
    Option::<T>::read_json(reader).map_err(|e| e.within(PathStep::Member(name)))
}

/// Writes one element of a list.
fn write_item<T: ToJson + ?Sized>(out: &mut JsonWriter, value: &T) {
    out.item();
    value.write_json(out);
}

/// A member that must be there (and not `null`).
fn required<T>(value: Option<T>, name: &'static str) -> Result<T, ReadError> {
    value.ok_or_else(|| {
        ReadError::expected("a value (it is missing)").within(PathStep::Member(name))
    })
}

/// Reads an object, handing each member to `read`, which returns `false` for names it does not
/// know (they are skipped). Not an object: an error.
fn object(
    reader: &mut Reader,
    // `dyn`: one copy of this loop for all the record's structs, not one each.
    read: &mut dyn FnMut(&mut Reader, &str) -> Result<bool, ReadError>,
) -> Result<(), ReadError> {
    let found = reader.object(|reader, name| {
        if !read(reader, &name)? {
            reader.value()?;
        }
        Ok::<_, ReadError>(())
    })?;
    if found {
        Ok(())
    } else {
        Err(ReadError::expected("an object"))
    }
}

impl ReadJson for Record {
    fn read_json(reader: &mut Reader) -> Result<Record, ReadError> {
        let (mut version, mut profile, mut log, mut settings, mut adjustments) =
            (None, None, None, None, None);
        object(reader, &mut |reader, name| {
            match name {
                "version" => version = member(reader, "version")?,
                "profile" => profile = member(reader, "profile")?,
                "log" => log = member(reader, "log")?,
                "settings" => settings = member(reader, "settings")?,
                "adjustments" => adjustments = member(reader, "adjustments")?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(Record {
            version: required(version, "version")?,
            profile: required(profile, "profile")?,
            log: log.unwrap_or_default(),
            settings: settings.unwrap_or_default(),
            adjustments: adjustments.unwrap_or_default(),
        })
    }
}

impl Record {
    /// Writes the record's members into an object the caller has opened; backups put their
    /// marker in front of them.
    pub(crate) fn write_members(&self, out: &mut JsonWriter) {
        write_member(out, "version", &self.version);
        write_member(out, "profile", &self.profile);
        write_member(out, "log", self.log.entries());
        write_member(out, "settings", &self.settings);
        write_member(out, "adjustments", &self.adjustments);
    }
}

impl ToJson for Record {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        self.write_members(out);
        out.end_object();
    }
}

impl ReadJson for Profile {
    fn read_json(reader: &mut Reader) -> Result<Profile, ReadError> {
        let mut profile = Profile::default();
        let mut activities = None;
        object(reader, &mut |reader, name| {
            match name {
                "activities" => activities = member(reader, "activities")?,
                "minutes_today" => {
                    profile.minutes_today =
                        member(reader, "minutes_today")?.unwrap_or(DEFAULT_SESSION_MINUTES)
                }
                "weekdays" => profile.weekdays = member(reader, "weekdays")?.unwrap_or_default(),
                "start_date" => profile.start_date = member(reader, "start_date")?,
                "gentle" => profile.gentle = member(reader, "gentle")?.unwrap_or_default(),
                "readiness" => profile.readiness = member(reader, "readiness")?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        profile.activities = required(activities, "activities")?;
        Ok(profile)
    }
}

impl ToJson for Profile {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        write_member(out, "activities", &self.activities);
        write_member(out, "minutes_today", &self.minutes_today);
        write_member(out, "weekdays", &self.weekdays);
        write_member(out, "start_date", &self.start_date);
        write_member(out, "gentle", &self.gentle);
        write_member(out, "readiness", &self.readiness);
        out.end_object();
    }
}

impl ReadJson for Settings {
    fn read_json(reader: &mut Reader) -> Result<Settings, ReadError> {
        let mut settings = Settings::default();
        object(reader, &mut |reader, name| {
            match name {
                "ticks_since_backup" => {
                    settings.ticks_since_backup =
                        member(reader, "ticks_since_backup")?.unwrap_or_default()
                }
                "last_backup" => settings.last_backup = member(reader, "last_backup")?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(settings)
    }
}

impl ToJson for Settings {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        write_member(out, "ticks_since_backup", &self.ticks_since_backup);
        write_member(out, "last_backup", &self.last_backup);
        out.end_object();
    }
}

impl ReadJson for Log {
    /// Any order and repeated keys are accepted; [`Log`]'s `From<Vec<_>>` sorts and de-duplicates.
    fn read_json(reader: &mut Reader) -> Result<Log, ReadError> {
        Vec::<LogEntry>::read_json(reader).map(Log::from)
    }
}

/// Where each part of a log entry sits in its list, in the order written. Version 4 stores an
/// entry as a list rather than an object: with years of daily entries, the member names were
/// half of the stored text, and reading it natively takes half the time without them.
pub(crate) const ENTRY_FIELDS: [&str; 8] = [
    "date",
    "activity",
    "status",
    "minutes",
    "effort",
    "mood_before",
    "mood_after",
    "note",
];

impl ReadJson for LogEntry {
    /// `["2025-03-01", "yoga", "done", 20, "easy", 2, 4, "note"]`: a skipped session has
    /// `"skipped"` and `null` minutes and effort; trailing `null`s may be left out, and anything
    /// after the note is ignored.
    fn read_json(reader: &mut Reader) -> Result<LogEntry, ReadError> {
        let (mut date, mut activity, mut status, mut minutes, mut effort) =
            (None, None, None, None, None);
        let (mut mood_before, mut mood_after, mut note) = (None, None, None);
        let mut position = 0;
        let found = reader.array(|reader| {
            let Some(name) = ENTRY_FIELDS.get(position).copied() else {
                reader.value()?;
                return Ok(());
            };
            match position {
                0 => date = member(reader, name)?,
                1 => activity = member(reader, name)?,
                2 => status = member::<Status>(reader, name)?,
                3 => minutes = member(reader, name)?,
                4 => effort = member(reader, name)?,
                5 => mood_before = member(reader, name)?,
                6 => mood_after = member(reader, name)?,
                _ => note = member::<Text>(reader, name)?.map(|t| t.0),
            }
            position += 1;
            Ok::<_, ReadError>(())
        })?;
        if !found {
            return Err(ReadError::expected(
                "a list like [\"2025-03-01\", \"yoga\", \"done\", 20, \"easy\"]",
            ));
        }
        let outcome = match required(status, "status")? {
            Status::Done => Outcome::Done {
                minutes: required(minutes, "minutes")?,
                effort: required(effort, "effort")?,
            },
            Status::Skipped => Outcome::Skipped,
        };
        Ok(LogEntry {
            date: required(date, "date")?,
            activity: required(activity, "activity")?,
            outcome,
            mood_before,
            mood_after,
            note,
        })
    }
}

/// A log entry's `"status"`, before the rest of the entry is known.
enum Status {
    Done,
    Skipped,
}

impl ReadJson for Status {
    fn read_json(reader: &mut Reader) -> Result<Status, ReadError> {
        match reader.string()?.as_deref() {
            Some("done") => Ok(Status::Done),
            Some("skipped") => Ok(Status::Skipped),
            _ => Err(ReadError::expected("\"done\" or \"skipped\"")),
        }
    }
}

impl ToJson for LogEntry {
    /// One line per entry even in a pretty backup file, so a person can read the log.
    fn write_json(&self, out: &mut JsonWriter) {
        let (status, minutes, effort) = match self.outcome {
            Outcome::Done { minutes, effort } => ("done", Some(minutes), Some(effort)),
            Outcome::Skipped => ("skipped", None, None),
        };
        out.begin_row();
        write_item(out, &self.date);
        write_item(out, &self.activity);
        write_item(out, status);
        write_item(out, &minutes);
        write_item(out, &effort);
        write_item(out, &self.mood_before);
        write_item(out, &self.mood_after);
        write_item(out, &self.note.as_deref());
        out.end_row();
    }
}

impl ReadJson for Adjustment {
    fn read_json(reader: &mut Reader) -> Result<Adjustment, ReadError> {
        let (mut date, mut activity, mut to_date, mut to_activity) = (None, None, None, None);
        object(reader, &mut |reader, name| {
            match name {
                "date" => date = member(reader, "date")?,
                "activity" => activity = member(reader, "activity")?,
                "to_date" => to_date = member(reader, "to_date")?,
                "to_activity" => to_activity = member(reader, "to_activity")?,
                _ => return Ok(false),
            }
            Ok(true)
        })?;
        Ok(Adjustment {
            date: required(date, "date")?,
            activity: required(activity, "activity")?,
            to_date: required(to_date, "to_date")?,
            to_activity: required(to_activity, "to_activity")?,
        })
    }
}

impl ToJson for Adjustment {
    fn write_json(&self, out: &mut JsonWriter) {
        out.begin_object();
        write_member(out, "date", &self.date);
        write_member(out, "activity", &self.activity);
        write_member(out, "to_date", &self.to_date);
        write_member(out, "to_activity", &self.to_activity);
        out.end_object();
    }
}

/// Writes one object member: its name, then its value.
fn write_member<T: ToJson + ?Sized>(out: &mut JsonWriter, name: &str, value: &T) {
    out.key(name);
    value.write_json(out);
}

/// A string member, owned (a note).
struct Text(String);

impl ReadJson for Text {
    fn read_json(reader: &mut Reader) -> Result<Text, ReadError> {
        reader
            .string()?
            .map(|s| Text(s.into_owned()))
            .ok_or(ReadError::expected("text in quotes"))
    }
}

impl ReadJson for Activity {
    fn read_json(reader: &mut Reader) -> Result<Activity, ReadError> {
        reader
            .string()?
            .as_deref()
            .and_then(Activity::from_id)
            .ok_or(ReadError::expected(
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

impl ReadJson for Effort {
    fn read_json(reader: &mut Reader) -> Result<Effort, ReadError> {
        let name = reader.string()?;
        EFFORTS
            .iter()
            .find(|(_, id)| Some(*id) == name.as_deref())
            .map(|(effort, _)| *effort)
            .ok_or(ReadError::expected(
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

impl ReadJson for Weekday {
    /// Accepts "Mon" and, for hand-edited files, "monday" or "MONDAY".
    fn read_json(reader: &mut Reader) -> Result<Weekday, ReadError> {
        const FULL: [&str; 7] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let name = reader.string()?.unwrap_or_default();
        (0..7u8)
            .find(|&i| {
                let i = usize::from(i);
                name.eq_ignore_ascii_case(WEEKDAY_NAMES[i]) || name.eq_ignore_ascii_case(FULL[i])
            })
            .and_then(|i| Weekday::try_from(i).ok())
            .ok_or(ReadError::expected("a weekday like \"Mon\""))
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
    // Only ASCII digits and dashes: always valid UTF-8.
    std::str::from_utf8(&iso_date_bytes(date))
        .map(str::to_owned)
        .unwrap_or_default()
}

/// `YYYY-MM-DD` without allocating, for the writer (every log entry has a date).
fn iso_date_bytes(date: NaiveDate) -> [u8; 10] {
    let mut text = *b"0000-00-00";
    let year = date.year().clamp(0, 9999) as u32;
    // (value, digits, index just past its last digit)
    for (mut value, digits, end) in [(year, 4, 4), (date.month(), 2, 7), (date.day(), 2, 10)] {
        for place in (end - digits..end).rev() {
            text[place] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    }
    text
}

impl ReadJson for NaiveDate {
    fn read_json(reader: &mut Reader) -> Result<NaiveDate, ReadError> {
        reader
            .string()?
            .as_deref()
            .and_then(parse_iso_date)
            .ok_or(ReadError::expected("a date like \"2025-03-31\""))
    }
}

impl ToJson for NaiveDate {
    fn write_json(&self, out: &mut JsonWriter) {
        if let Ok(text) = std::str::from_utf8(&iso_date_bytes(*self)) {
            out.string(text);
        }
    }
}

impl ReadJson for bool {
    fn read_json(reader: &mut Reader) -> Result<bool, ReadError> {
        reader
            .boolean()?
            .ok_or(ReadError::expected("true or false"))
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
        impl ReadJson for $t {
            fn read_json(reader: &mut Reader) -> Result<$t, ReadError> {
                match reader.number()? {
                    Some(Json::Int(n)) => <$t>::try_from(n).ok(),
                    _ => None,
                }
                .ok_or(ReadError::expected($expected))
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

impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(reader: &mut Reader) -> Result<Vec<T>, ReadError> {
        let mut items = Vec::new();
        let found = reader.array(|reader| {
            let item = T::read_json(reader).map_err(|e| e.within(PathStep::Index(items.len())))?;
            items.push(item);
            Ok::<_, ReadError>(())
        })?;
        if found {
            Ok(items)
        } else {
            Err(ReadError::expected("a list"))
        }
    }
}

impl<T: ReadJson> ReadJson for Option<T> {
    /// `null` is `None`; anything else must be a `T`.
    fn read_json(reader: &mut Reader) -> Result<Option<T>, ReadError> {
        if reader.null()? {
            Ok(None)
        } else {
            T::read_json(reader).map(Some)
        }
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

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut JsonWriter) {
        (**self).write_json(out);
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

    fn read<T: ReadJson>(text: &str) -> Result<T, String> {
        read_text(text).map_err(|e: ReadError| e.to_string())
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
                r#"{"version":4,"profile":{"activities":[]},"log":[["2025-03-01","walking","done",-5,"easy"]]}"#
            ),
            Err("log[0].minutes: expected a whole number from 0 to 65535".to_owned())
        );
        assert_eq!(
            read::<Record>(r#"{"version":4,"profile":{"activities":["running"]}}"#),
            Err("profile.activities[0]: expected an activity: \"walking\", \"yoga\", \"swimming\" or \"strength\"".to_owned())
        );
        assert_eq!(
            read::<Record>(r#"{"version":4}"#),
            Err("profile: expected a value (it is missing)".to_owned())
        );
        assert_eq!(read::<Record>("[]"), Err("expected an object".to_owned()));
        assert_eq!(
            read::<LogEntry>(r#"["2025-03-01","yoga","maybe"]"#),
            Err("status: expected \"done\" or \"skipped\"".to_owned())
        );
        assert_eq!(
            read::<LogEntry>(r#"["2025-03-01","yoga","done",1.5,"easy"]"#),
            Err("minutes: expected a whole number from 0 to 65535".to_owned())
        );
        assert_eq!(
            read::<LogEntry>(r#"["2025-03-01","yoga","done",20]"#),
            Err("effort: expected a value (it is missing)".to_owned())
        );
        assert_eq!(
            read::<LogEntry>(r#"{"date":"2025-03-01","activity":"yoga","status":"skipped"}"#),
            Err(
                "expected a list like [\"2025-03-01\", \"yoga\", \"done\", 20, \"easy\"]"
                    .to_owned()
            )
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
