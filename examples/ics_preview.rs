//! Prints the "Add to calendar" file for given answers, so developers and the iCalendar
//! validation test (e2e/ics-format.spec.mjs) can see exactly what a visitor would download.
//!
//! ```text
//! cargo run --example ics_preview -- --activities walking,yoga --minutes 10 \
//!     --days mon,wed,fri --start 2026-01-05 [--gentle] [--today 2026-01-05] [--weeks 4] \
//!     [--time 09:00] [--reminder 15] [--stamp 2026-01-05T08:00:00Z] \
//!     [--namespace momentum/default] [--clinic "Riverside Clinic"]
//! ```
//!
//! The plan arguments are those of `plan_preview`: the record of a visitor who saved them on
//! the start date and opens the widget on `--today` without having logged anything (the weeks
//! begun by then are stored, the rest derived). `--today` defaults to the start date and
//! `--stamp` to midnight UTC of `--today`, so the output is reproducible. The .ics text goes to
//! stdout unchanged (CRLF line endings); bad arguments print a message and exit with code 2.

#[path = "support/plan_args.rs"]
mod plan_args;

use plan_args::PlanArgs;
use std::io::Write as _;
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use momentum::core::calendar::{sessions_ics, upcoming, CalendarOptions};
use momentum::present::text::EN;

const USAGE: &str = "usage: ics_preview --activities walking,yoga,swimming,strength \
--minutes 5|10|15|20|30 --days mon,tue,... --start YYYY-MM-DD [--gentle] [--today YYYY-MM-DD] \
[--weeks N] [--time HH:MM] [--reminder MINUTES] [--stamp YYYY-MM-DDTHH:MM:SSZ] \
[--namespace KEY] [--clinic NAME]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(ics) => {
            // `print!` would be fine too; writing the bytes makes "unchanged" explicit.
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(ics.as_bytes()).is_err() {
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("ics_preview: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Parses the arguments, opens the record on `--today` and writes the calendar text.
fn run(args: &[String]) -> Result<String, String> {
    let mut plan_args = PlanArgs::default();
    let mut today: Option<NaiveDate> = None;
    let mut weeks = 4u32;
    let mut time = momentum::core::calendar::DEFAULT_START_TIME;
    let mut reminder = momentum::core::calendar::DEFAULT_REMINDER_MINUTES;
    let mut stamp: Option<NaiveDateTime> = None;
    let mut namespace = String::from("momentum/default");
    let mut clinic = String::new();

    for (flag, value) in plan_args::flags(args) {
        if plan_args.take(flag, value)? {
            continue;
        }
        let value = value.ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = |what: &str| format!("{flag}: '{value}' is not {what}");
        match flag {
            "--today" => today = Some(plan_args::date(flag, value)?),
            "--weeks" => weeks = value.parse().map_err(|_| bad("a number of weeks"))?,
            "--time" => {
                time = NaiveTime::parse_from_str(value, "%H:%M")
                    .map_err(|_| bad("a time like 09:00"))?
            }
            "--reminder" => reminder = value.parse().map_err(|_| bad("a number of minutes"))?,
            "--stamp" => {
                stamp = Some(
                    NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%SZ")
                        .map_err(|_| bad("a UTC time like 2026-01-05T08:00:00Z"))?,
                )
            }
            "--namespace" => namespace = value.to_string(),
            "--clinic" => clinic = value.to_string(),
            other => return Err(format!("unknown argument '{other}'")),
        }
    }

    let mut record = plan_args.finish()?;
    let today = today.unwrap_or(record.plans[0].start);
    record.catch_up(today);
    let schedule = record.schedule(today);
    let options = CalendarOptions {
        uid_namespace: namespace,
        clinic_name: clinic,
        start_time: time,
        reminder_minutes_before: reminder,
        stamp: stamp.unwrap_or(today.and_time(NaiveTime::MIN)),
    };
    Ok(sessions_ics(
        upcoming(&schedule, today, weeks),
        &options,
        &EN,
    ))
}
