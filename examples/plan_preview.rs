//! Prints a plan for given answers, so clinicians and developers can see what the engine makes.
//!
//! ```text
//! cargo run --example plan_preview -- --activities walking,yoga --minutes 10 \
//!     --days mon,wed,fri,sat --start 2026-01-05 [--gentle] [--format text|json]
//! ```
//!
//! The plan is the one a visitor who saves these answers on the start date is shown that day:
//! a [`Record`] with its first week stored and the other eleven derived ([`Schedule`]), as a
//! visitor who never logs anything would keep seeing it. JSON by default (every week with its
//! level, total and sessions); `--format text` gives a table a clinic can print. Bad arguments
//! print a clear message on stderr and exit with code 2.

#[path = "support/plan_args.rs"]
mod plan_args;

use plan_args::PlanArgs;
use std::process::ExitCode;

use momentum::core::activity::Activity;
use momentum::core::plan::schedule::Schedule;
use momentum::core::plan::{Intensity, Role};
use momentum::core::record::Record;
use momentum::present::text::EN;
use serde::Serialize;

const USAGE: &str = "usage: plan_preview --activities walking,yoga,swimming,strength \
--minutes 5|10|15|20|30 --days mon,tue,wed,thu,fri,sat,sun --start YYYY-MM-DD \
[--gentle] [--format json|text]";

/// How to print the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match parse_args(&args) {
        Ok((record, format)) => {
            let start = record.plans[0].start;
            let schedule = record.schedule(start);
            match format {
                Format::Json => println!("{}", render_json(&record, &schedule)),
                Format::Text => print!("{}", render_text(&record, &schedule)),
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("plan_preview: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Reads the plan flags (shared with `ics_preview`) and `--format`.
fn parse_args(args: &[String]) -> Result<(Record, Format), String> {
    let mut plan = PlanArgs::default();
    let mut format = Format::Json;
    for (flag, value) in plan_args::flags(args) {
        if plan.take(flag, value)? {
            continue;
        }
        match flag {
            "--format" => {
                format = match value.ok_or("--format needs a value")? {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(format!("--format: '{other}' is not json or text")),
                }
            }
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok((plan.finish()?, format))
}

/// The plan as JSON for tools and tests.
#[derive(Serialize)]
struct PlanJson<'a> {
    gentle: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    notice: Option<&'static str>,
    weeks: Vec<WeekJson<'a>>,
}

#[derive(Serialize)]
struct WeekJson<'a> {
    /// The week's number within the plan, 1 to 12.
    week: u8,
    start: String,
    level: u16,
    total_minutes: u16,
    welcome_back: bool,
    sessions: Vec<SessionJson<'a>>,
}

#[derive(Serialize)]
struct SessionJson<'a> {
    date: String,
    activity: Activity,
    minutes: u16,
    intensity: Intensity,
    role: Role,
    note: &'a str,
}

fn render_json(record: &Record, schedule: &Schedule) -> String {
    let gentle = record.choices.gentle;
    let plan = PlanJson {
        gentle,
        notice: gentle.then_some(EN.plan_words.gentle_notice),
        weeks: schedule
            .weeks
            .iter()
            .map(|w| WeekJson {
                week: w.number,
                start: w.week.start.to_string(),
                level: w.week.level,
                total_minutes: w.week.total_minutes(),
                welcome_back: w.week.welcome_back,
                sessions: w
                    .week
                    .sessions
                    .iter()
                    .map(|s| SessionJson {
                        date: s.date.to_string(),
                        activity: s.activity,
                        minutes: s.minutes,
                        intensity: s.intensity,
                        role: s.role,
                        note: EN.plan_words.note(s),
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&plan).expect("a plan always serializes")
}

/// A plain table: one line per session, weeks separated by a heading and their totals.
fn render_text(record: &Record, schedule: &Schedule) -> String {
    let mut out = String::from("Your 12-week Momentum plan\n");
    if record.choices.gentle {
        out.push_str(&format!("\nPlease note: {}\n", EN.plan_words.gentle_notice));
    }
    for w in &schedule.weeks {
        out.push_str(&format!(
            "\nWeek {} ({} minutes in all)\n",
            w.number,
            w.week.total_minutes()
        ));
        for s in &w.week.sessions {
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
                EN.plan_words.note(s)
            ));
        }
    }
    out.push_str("\nA skipped day is fine: you always have tomorrow.\n");
    out
}
