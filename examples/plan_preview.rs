//! Prints a plan for given answers, so clinicians and developers can see what the engine makes.
//!
//! ```text
//! cargo run --example plan_preview -- --activities walking,yoga --minutes 10 \
//!     --days mon,wed,fri,sat --start 2026-01-05 [--gentle] [--format text|json]
//! ```
//!
//! JSON (the widget's shape) by default; `--format text` gives a table a clinic can print.
//! Bad arguments print a clear message on stderr and exit with code 2.

#[path = "support/plan_args.rs"]
mod plan_args;

use plan_args::PlanArgs;
use std::process::ExitCode;

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

/// Reads the plan flags (shared with `ics_preview`) and `--format`.
fn parse_args(args: &[String]) -> Result<Args, String> {
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
    Ok(Args {
        inputs: plan.finish()?,
        format,
    })
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
