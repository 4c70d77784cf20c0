//! Momentum's stored record (version 4, as src/core/record.rs and src/core/schema.rs describe it
//! at 320ce06), described once with serde derive. The same types would serve the backup file.
//!
//! Tolerant where schema.rs is: unknown members are ignored, optional members may be missing or
//! `null`, weekdays may be spelled out ("monday"); a log entry is a list
//! `["2025-03-01", "yoga", "done", 20, "easy", 2, 4, "note"]` whose trailing `null`s are left out
//! when written and may be missing when read, and anything after the note is ignored.

#[cfg(feature = "iso-dates")]
use chrono::Datelike;
use chrono::{NaiveDate, Weekday};
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

/// Everything stored for one widget instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    pub profile: Profile,
    #[serde(default, deserialize_with = "null_as_default")]
    pub log: Vec<LogEntry>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub settings: Settings,
    #[serde(default, deserialize_with = "null_as_default")]
    pub adjustments: Vec<Adjustment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub activities: Vec<Activity>,
    #[serde(
        default = "default_minutes",
        deserialize_with = "null_as_default_minutes"
    )]
    pub minutes_today: u16,
    #[serde(default, deserialize_with = "null_as_default")]
    pub weekdays: Vec<Weekday>,
    #[serde(default)]
    pub start_date: Option<Date>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub gentle: bool,
    #[serde(default)]
    pub readiness: Option<Vec<bool>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default, deserialize_with = "null_as_default")]
    pub ticks_since_backup: u32,
    #[serde(default)]
    pub last_backup: Option<Date>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    pub date: Date,
    pub activity: Activity,
    pub to_date: Date,
    pub to_activity: Activity,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    Walking,
    Yoga,
    Swimming,
    Strength,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Easy,
    JustRight,
    TooHard,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Status {
    Done,
    Skipped,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done { minutes: u16, effort: Effort },
    Skipped,
}

/// One logged session, stored as a list (see the module comment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    pub date: Date,
    pub activity: Activity,
    pub outcome: Outcome,
    pub mood_before: Option<u8>,
    pub mood_after: Option<u8>,
    pub note: Option<String>,
}

pub const DEFAULT_SESSION_MINUTES: u16 = 10;

/// A calendar date, stored as `"YYYY-MM-DD"`. Two ways to read and write it, to see what each
/// costs: chrono's own serde support (its general date parser and `Display`), or, with the
/// `iso-dates` feature, the few lines src/core/schema.rs uses (`parse_iso_date`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(pub NaiveDate);

#[cfg(not(feature = "iso-dates"))]
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

#[cfg(not(feature = "iso-dates"))]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        NaiveDate::deserialize(d).map(Date)
    }
}

#[cfg(feature = "iso-dates")]
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut text = *b"0000-00-00";
        let year = self.0.year().clamp(0, 9999) as u32;
        for (mut value, digits, end) in
            [(year, 4, 4), (self.0.month(), 2, 7), (self.0.day(), 2, 10)]
        {
            for place in (end - digits..end).rev() {
                text[place] = b'0' + (value % 10) as u8;
                value /= 10;
            }
        }
        s.serialize_str(std::str::from_utf8(&text).unwrap_or_default())
    }
}

#[cfg(feature = "iso-dates")]
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct IsoDate;
        impl Visitor<'_> for IsoDate {
            type Value = Date;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date like \"2025-03-31\"")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                parse_iso_date(text)
                    .map(Date)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        d.deserialize_str(IsoDate)
    }
}

/// `YYYY-MM-DD` without chrono's general-purpose parser (as src/core/schema.rs).
#[cfg(feature = "iso-dates")]
fn parse_iso_date(text: &str) -> Option<NaiveDate> {
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

fn default_minutes() -> u16 {
    DEFAULT_SESSION_MINUTES
}

/// A member that may be `null` as well as missing: both mean the default (schema.rs reads them so).
fn null_as_default<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(
    d: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

fn null_as_default_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    Ok(Option::<u16>::deserialize(d)?.unwrap_or(DEFAULT_SESSION_MINUTES))
}

impl Serialize for LogEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (status, minutes, effort) = match self.outcome {
            Outcome::Done { minutes, effort } => (Status::Done, Some(minutes), Some(effort)),
            Outcome::Skipped => (Status::Skipped, None, None),
        };
        // Trailing nulls are left out: count the elements up to the last one present.
        let len = if self.note.is_some() {
            8
        } else if self.mood_after.is_some() {
            7
        } else if self.mood_before.is_some() {
            6
        } else if effort.is_some() {
            5
        } else if minutes.is_some() {
            4
        } else {
            3
        };
        let mut seq = s.serialize_seq(Some(len))?;
        seq.serialize_element(&self.date)?;
        seq.serialize_element(&self.activity)?;
        seq.serialize_element(&status)?;
        if len > 3 {
            seq.serialize_element(&minutes)?;
        }
        if len > 4 {
            seq.serialize_element(&effort)?;
        }
        if len > 5 {
            seq.serialize_element(&self.mood_before)?;
        }
        if len > 6 {
            seq.serialize_element(&self.mood_after)?;
        }
        if len > 7 {
            seq.serialize_element(&self.note)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for LogEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<LogEntry, D::Error> {
        d.deserialize_seq(EntryVisitor)
    }
}

struct EntryVisitor;

impl<'de> Visitor<'de> for EntryVisitor {
    type Value = LogEntry;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list like [\"2025-03-01\", \"yoga\", \"done\", 20, \"easy\"]")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<LogEntry, A::Error> {
        // Each element may be null or missing; which ones must be there depends on the status.
        let date: Option<Date> = seq.next_element()?.flatten();
        let activity: Option<Activity> = seq.next_element()?.flatten();
        let status: Option<Status> = seq.next_element()?.flatten();
        let minutes: Option<u16> = seq.next_element()?.flatten();
        let effort: Option<Effort> = seq.next_element()?.flatten();
        let mood_before: Option<u8> = seq.next_element()?.flatten();
        let mood_after: Option<u8> = seq.next_element()?.flatten();
        let note: Option<String> = seq.next_element()?.flatten();
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        let missing = |what: &'static str| {
            de::Error::custom(format_args!("{what}: expected a value (it is missing)"))
        };
        let outcome = match status.ok_or_else(|| missing("status"))? {
            Status::Done => Outcome::Done {
                minutes: minutes.ok_or_else(|| missing("minutes"))?,
                effort: effort.ok_or_else(|| missing("effort"))?,
            },
            Status::Skipped => Outcome::Skipped,
        };
        Ok(LogEntry {
            date: date.ok_or_else(|| missing("date"))?,
            activity: activity.ok_or_else(|| missing("activity"))?,
            outcome,
            mood_before,
            mood_after,
            note,
        })
    }
}

impl Record {
    /// What Record::read does after reading: choices sorted and unique, the log in key order
    /// (what the widget stored is already; anything else is sorted, the last of a key winning).
    pub fn normalize(&mut self) {
        self.profile.activities.sort();
        self.profile.activities.dedup();
        self.profile
            .weekdays
            .sort_by_key(|d| d.num_days_from_monday());
        self.profile.weekdays.dedup();
        let key = |e: &LogEntry| (e.date, e.activity);
        if !self.log.windows(2).all(|p| key(&p[0]) < key(&p[1])) {
            // Stable: among equal keys the last written stays last, and dedup keeps the first,
            // so reverse first to keep the last.
            self.log.reverse();
            self.log.sort_by_key(key);
            self.log.dedup_by_key(|e| key(e));
        }
    }
}

/// Where a refusal was found and why, e.g. `log[3][3]: invalid type: string "ten", expected u16`.
pub fn describe<E: std::fmt::Display>(error: &serde_path_to_error::Error<E>) -> String {
    let path = error.path().to_string();
    if path == "." {
        error.inner().to_string()
    } else {
        format!("{path}: {}", error.inner())
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Record, String> {
        let mut d = serde_json::Deserializer::from_str(text);
        let mut record: Record =
            serde_path_to_error::deserialize(&mut d).map_err(|e| describe(&e))?;
        d.end().map_err(|e| e.to_string())?;
        record.normalize();
        Ok(record)
    }

    #[test]
    fn reads_the_v4_fixture() {
        let record = parse(include_str!("../../../tests/fixtures/record-v4.json")).unwrap();
        assert_eq!(record.log.len(), 4);
        assert_eq!(
            record.profile.weekdays,
            vec![Weekday::Mon, Weekday::Wed, Weekday::Fri]
        );
        assert_eq!(record.log[1].outcome, Outcome::Skipped);
        assert_eq!(
            record.log[1].note.as_deref(),
            Some("Rainy, rested instead.")
        );
        // Sorted by (date, activity) as the widget sorts: walking before strength.
        assert_eq!(record.log[2].mood_before, Some(3));
        assert_eq!(record.log[3].activity, Activity::Strength);
        assert_eq!(record.log[3].mood_before, None);
        assert_eq!(record.adjustments.len(), 2);
    }

    #[test]
    fn writes_what_the_widget_writes() {
        // Byte for byte what the widget's own writer makes of the same record (compact, members
        // in order, trailing nulls left out), so a switch would not even change stored text.
        let text = include_str!("../../../tests/fixtures/record-v4.json");
        let widget = momentum::core::record::Record::parse(text)
            .unwrap()
            .to_json();
        assert_eq!(
            serde_json::to_string(&parse(text).unwrap()).unwrap(),
            widget
        );
        assert_eq!(
            serde_json::to_string(&parse(&widget).unwrap()).unwrap(),
            widget
        );
    }

    #[test]
    fn tolerates_nulls_missing_members_and_long_names() {
        let record = parse(
            r#"{"version":4,"profile":{"activities":["yoga","walking","yoga"],"minutes_today":null,"weekdays":["monday"],"shiny":1},"log":null}"#,
        )
        .unwrap();
        assert_eq!(
            record.profile.activities,
            vec![Activity::Walking, Activity::Yoga]
        );
        assert_eq!(record.profile.minutes_today, DEFAULT_SESSION_MINUTES);
        assert_eq!(record.profile.weekdays, vec![Weekday::Mon]);
        assert!(record.log.is_empty());
    }

    #[test]
    fn errors_name_their_place() {
        let bad = r#"{"version":4,"profile":{"activities":[]},"log":[["2025-03-01","walking","done",10,"easy"],["2025-03-02","walking","done","ten","easy"]]}"#;
        let error = parse(bad).unwrap_err();
        assert!(
            error.starts_with("log[1][3]: invalid type: string \"ten\""),
            "{error}"
        );
        let error = parse(r#"{"version":4,"profile":{"activities":["running"]}}"#).unwrap_err();
        assert!(
            error.starts_with("profile.activities[0]: unknown variant `running`"),
            "{error}"
        );
        let error = parse(
            r#"{"version":4,"profile":{"activities":[]},"log":[["2025-03-01","walking","done"]]}"#,
        )
        .unwrap_err();
        assert!(
            error.starts_with("log[0]: minutes: expected a value"),
            "{error}"
        );
    }

    #[test]
    fn sorts_a_log_out_of_order_keeping_the_last_of_a_key() {
        let record = parse(
            r#"{"version":4,"profile":{"activities":[]},"log":[["2025-03-02","yoga","skipped"],["2025-03-01","walking","done",5,"easy"],["2025-03-02","yoga","done",20,"easy"]]}"#,
        )
        .unwrap();
        assert_eq!(record.log.len(), 2);
        assert_eq!(
            record.log[1].outcome,
            Outcome::Done {
                minutes: 20,
                effort: Effort::Easy
            }
        );
    }
}
