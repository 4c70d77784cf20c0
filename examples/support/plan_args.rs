//! The plan arguments both preview programs take (`--activities`, `--minutes`, `--days`,
//! `--start`, `--gentle`), parsed in one place so their flags and messages never drift apart.
//! Hand-rolled to keep the dependency list short; every problem is one readable line.

use chrono::{NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::plan::Choices;
use momentum::core::record::Record;

/// The plan flags seen so far.
#[derive(Default)]
pub struct PlanArgs {
    activities: Option<Vec<Activity>>,
    minutes: Option<u16>,
    days: Option<Vec<Weekday>>,
    start: Option<NaiveDate>,
    gentle: bool,
}

impl PlanArgs {
    /// Takes `flag` (with `value` unless it is a switch); `Ok(false)` if it is not a plan flag.
    pub fn take(&mut self, flag: &str, value: Option<&str>) -> Result<bool, String> {
        if flag == "--gentle" {
            self.gentle = true;
            return Ok(true);
        }
        if !matches!(flag, "--activities" | "--minutes" | "--days" | "--start") {
            return Ok(false);
        }
        let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
        match flag {
            "--activities" => self.activities = Some(list(value, activity)?),
            "--minutes" => {
                self.minutes = Some(
                    value
                        .parse()
                        .map_err(|_| format!("--minutes: '{value}' is not a number"))?,
                )
            }
            "--days" => self.days = Some(list(value, weekday)?),
            _ => self.start = Some(date(flag, value)?),
        }
        Ok(true)
    }

    /// A record with the plan started on `--start`, as the plan form saves it that day: the
    /// same record the widget would hold. Says which flag is missing or wrong otherwise.
    pub fn finish(self) -> Result<Record, String> {
        let mut weekdays = self.days.ok_or("--days is required")?;
        momentum::core::sort_weekdays(&mut weekdays);
        let mut activities = self.activities.ok_or("--activities is required")?;
        activities.sort_unstable();
        activities.dedup();
        let choices = Choices {
            activities,
            minutes_today: self.minutes.ok_or("--minutes is required")?,
            weekdays,
            gentle: self.gentle,
        };
        let start = self.start.ok_or("--start is required")?;
        let mut record = Record::default();
        record
            .start_first_plan(choices, start, start)
            .map_err(|e| e.to_string())?;
        Ok(record)
    }
}

/// The command line as `(flag, value)` pairs; `--gentle` is the one flag without a value.
pub fn flags(args: &[String]) -> Vec<(&str, Option<&str>)> {
    let mut pairs = Vec::new();
    let mut rest = args.iter().map(String::as_str);
    while let Some(flag) = rest.next() {
        let value = if flag == "--gentle" {
            None
        } else {
            rest.next()
        };
        pairs.push((flag, value));
    }
    pairs
}

/// A date like 2026-01-05 given to `flag`.
pub fn date(flag: &str, value: &str) -> Result<NaiveDate, String> {
    momentum::core::dates::parse(value).ok_or_else(|| {
        format!("{flag}: '{value}' is not a date like 2026-01-05 between 2000 and 2100")
    })
}

fn list<T>(text: &str, item: fn(&str) -> Result<T, String>) -> Result<Vec<T>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(item)
        .collect()
}

/// One of the activities a plan can hold ("something else" is for the log only).
fn activity(text: &str) -> Result<Activity, String> {
    Activity::from_id(&text.to_ascii_lowercase())
        .filter(|a| a.is_plannable())
        .ok_or_else(|| format!("'{text}' is not an activity (walking, yoga, swimming or strength)"))
}

fn weekday(text: &str) -> Result<Weekday, String> {
    text.parse::<Weekday>()
        .map_err(|_| format!("'{text}' is not a weekday (mon, tue, wed, thu, fri, sat or sun)"))
}
