//! Prints a plan for given answers, so clinicians and developers can see what the engine makes.
//!
//! ```text
//! cargo run --example plan_preview -- --activities walking,yoga --minutes 10 \
//!     --days mon,wed,fri,sat --start 2026-01-05 [--gentle] [--format text|json]
//! ```
//!
//! JSON (the widget's shape) by default; `--format text` gives a table a clinic can print.
//! Bad arguments print a clear message on stderr and exit with code 2.

use std::process::ExitCode;

use chrono::{NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::plan::{generate, Intensity, Plan, PlanInputs};

const USAGE: &str = "usage: plan_preview --activities walking,yoga,swimming,strength \
--minutes 5|10|15|20|30 --days mon,tue,wed,thu,fri,sat,sun --start YYYY-MM-DD \
[--gentle] [--format json|text]";

/// How to print the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

/// Parsed command line.
#[derive(Debug)]
struct Args {
    inputs: PlanInputs,
    format: Format,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match parse_args(&args) {
        Ok(Args { inputs, format }) => {
            let plan = generate(&inputs, &[], inputs.start());
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&plan).expect("a plan always serializes")
                ),
                Format::Text => print!("{}", render_text(&plan)),
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("plan_preview: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Hand-rolled parsing keeps the dependency list short; every problem is one readable line.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut activities: Option<Vec<Activity>> = None;
    let mut minutes: Option<u16> = None;
    let mut days: Option<Vec<Weekday>> = None;
    let mut start: Option<NaiveDate> = None;
    let mut gentle = false;
    let mut format = Format::Json;

    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--gentle" {
            gentle = true;
            continue;
        }
        let mut value = || {
            rest.next()
                .ok_or_else(|| format!("{flag} needs a value"))
                .map(String::as_str)
        };
        match flag.as_str() {
            "--activities" => activities = Some(parse_list(value()?, parse_activity)?),
            "--minutes" => {
                let text = value()?;
                minutes = Some(
                    text.parse()
                        .map_err(|_| format!("--minutes: '{text}' is not a number"))?,
                )
            }
            "--days" => days = Some(parse_list(value()?, parse_weekday)?),
            "--start" => {
                let text = value()?;
                start = Some(
                    NaiveDate::parse_from_str(text, "%Y-%m-%d")
                        .map_err(|_| format!("--start: '{text}' is not a date like 2026-01-05"))?,
                )
            }
            "--format" => {
                format = match value()? {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("--format: '{other}' is not json or text")),
                }
            }
            other => return Err(format!("unknown argument '{other}'")),
        }
    }

    let inputs = PlanInputs::new(
        &activities.ok_or("--activities is required")?,
        minutes.ok_or("--minutes is required")?,
        &days.ok_or("--days is required")?,
        start.ok_or("--start is required")?,
        gentle,
    )
    .map_err(|e| e.to_string())?;
    Ok(Args { inputs, format })
}

fn parse_list<T>(text: &str, item: fn(&str) -> Result<T, String>) -> Result<Vec<T>, String> {
    text.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(item)
        .collect()
}

fn parse_activity(text: &str) -> Result<Activity, String> {
    Activity::from_id(&text.to_lowercase())
        .ok_or_else(|| format!("'{text}' is not an activity (walking, yoga, swimming or strength)"))
}

fn parse_weekday(text: &str) -> Result<Weekday, String> {
    text.parse::<Weekday>()
        .map_err(|_| format!("'{text}' is not a weekday (mon, tue, wed, thu, fri, sat or sun)"))
}

/// A plain table: one line per session, weeks separated by a heading and their totals.
fn render_text(plan: &Plan) -> String {
    let mut out = String::from("Your 12-week Momentum plan\n");
    if let Some(notice) = &plan.notice {
        out.push_str(&format!("\nPlease note: {notice}\n"));
    }
    for week in &plan.weeks {
        out.push_str(&format!(
            "\nWeek {} ({} minutes in all)\n",
            week.week,
            week.total_minutes()
        ));
        for s in &week.sessions {
            let intensity = match s.intensity {
                Intensity::Easy => "easy",
                Intensity::Moderate => "moderate",
            };
            out.push_str(&format!(
                "  {}  {:<9} {:>3} min  {:<8}  {}\n",
                s.date.format("%a %d %b %Y"),
                s.activity.label(),
                s.minutes,
                intensity,
                s.note
            ));
        }
    }
    out.push_str("\nA skipped day is fine: you always have tomorrow.\n");
    out
}
