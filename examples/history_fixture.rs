//! Prints a stored record (the widget's `localStorage` text, format 5) with years of daily
//! history and every begun week stored, for the browser benchmark (`bench/run.mjs`) and for
//! trying the widget with a long history.
//!
//! ```text
//! cargo run --release --example history_fixture -- --years 5 [--today 2026-11-26]
//! ```
//!
//! The same `--years` always gives the same entries; `--today` (default: the local date) only
//! moves their dates. The plan has a session open on `today`. See `benches/support/history.rs`.

use std::process::ExitCode;

use chrono::NaiveDate;

#[path = "../benches/support/history.rs"]
mod history;

const USAGE: &str = "usage: history_fixture --years N [--today YYYY-MM-DD]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut years = None;
    let mut today = chrono::Local::now().date_naive();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next();
        match (flag.as_str(), value) {
            ("--years", Some(v)) => years = v.parse::<u32>().ok().filter(|y| *y <= 50),
            ("--today", Some(v)) => match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                Ok(d) => today = d,
                Err(_) => {
                    eprintln!("bad --today {v:?}\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(years) = years else {
        eprintln!("--years must be a whole number from 0 to 50\n{USAGE}");
        return ExitCode::from(2);
    };
    // 50 years of days from today must stay within the dates the widget accepts.
    if momentum::core::dates::parse(&today.to_string()).is_none()
        || history::first_start(years, today) < momentum::core::dates::EARLIEST_DATE
    {
        eprintln!("--today and --years must keep every date between 2000 and 2100\n{USAGE}");
        return ExitCode::from(2);
    }
    println!("{}", history::record(years, today).to_json());
    ExitCode::SUCCESS
}
