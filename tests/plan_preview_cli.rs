//! Runs the `plan_preview` example as a visitor's clinic would: JSON with every week's level,
//! total and sessions, the same plan a record shows on its first day; a printable table; and
//! exit code 2 with a message for bad arguments.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use chrono::{NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::plan::{Choices, SHARED_DAY_STRENGTH_MAX_MINUTES};
use momentum::core::record::Record;
use momentum::present::text::EN;
use serde_json::Value;

/// The example binary, built once per run: `cargo test` builds examples next to the test
/// binaries (`target/<profile>/examples/`), but a narrower command (`--test plan_preview_cli`)
/// would otherwise run a stale one. When it is up to date the build is a no-op.
fn preview_binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(build_preview)
}

fn build_preview() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps");
    let release = profile_dir.ends_with("release");
    let mut build = Command::new(env!("CARGO"));
    build
        .args(["build", "--quiet", "--example", "plan_preview"])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    if release {
        build.arg("--release");
    }
    assert!(
        build.status().expect("cargo runs").success(),
        "building the example failed"
    );
    profile_dir
        .join("examples")
        .join(format!("plan_preview{}", std::env::consts::EXE_SUFFIX))
}

fn preview(args: &[&str]) -> Output {
    Command::new(preview_binary())
        .args(args)
        .output()
        .expect("the example runs")
}

const GOOD: [&str; 8] = [
    "--activities",
    "walking,yoga",
    "--minutes",
    "10",
    "--days",
    "mon,wed,fri,sat",
    "--start",
    "2026-01-05",
];

fn json(args: &[&str]) -> Value {
    let out = preview(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn prints_the_plan_a_record_shows_as_json_by_default() {
    let plan = json(&GOOD);
    let weeks = plan["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 12);
    assert_eq!(plan["gentle"], false);
    assert!(plan.get("notice").is_none());
    assert_eq!(weeks[0]["week"], 1);
    assert_eq!(weeks[0]["start"], "2026-01-05");
    let first = &weeks[0]["sessions"][0];
    assert_eq!(first["date"], "2026-01-05");
    assert_eq!(first["activity"], "walking");
    assert_eq!(first["minutes"], 10);
    assert_eq!(first["intensity"], "easy");
    assert_eq!(first["role"], "main");
    assert!(first["note"].as_str().unwrap().contains("chat"));

    // Exactly the schedule of a record started with these answers that day.
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let mut record = Record::default();
    let choices = Choices {
        activities: vec![Activity::Walking, Activity::Yoga],
        minutes_today: 10,
        weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat],
        gentle: false,
    };
    record.start_first_plan(choices, start, start).unwrap();
    let schedule = record.schedule(start);
    for (shown, w) in weeks.iter().zip(&schedule.weeks) {
        assert_eq!(shown["level"], w.week.level);
        assert_eq!(shown["total_minutes"], w.week.total_minutes());
        let minutes: Vec<u64> = shown["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["minutes"].as_u64().unwrap())
            .collect();
        let expected: Vec<u64> = w
            .week
            .sessions
            .iter()
            .map(|s| u64::from(s.minutes))
            .collect();
        assert_eq!(minutes, expected);
    }
}

#[test]
fn gentle_output_carries_the_gentle_notice() {
    let mut args = GOOD.to_vec();
    args.push("--gentle");
    let plan = json(&args);
    assert_eq!(plan["gentle"], true);
    assert_eq!(plan["notice"], EN.plan_words.gentle_notice);
    args.extend(["--format", "text"]);
    let out = preview(&args);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Week 12"));
    assert!(text.contains(EN.plan_words.gentle_notice));
    assert!(text.contains("Mon 05 Jan 2026"));
}

#[test]
fn a_walk_and_strength_day_gets_a_short_set_and_week_one_never_doubles_up() {
    let mut args = GOOD.to_vec();
    args[1] = "walking,yoga,strength";
    let plan = json(&args);
    let sessions = |week: usize| plan["weeks"][week]["sessions"].as_array().unwrap().clone();
    let total_on = |week: usize, date: &Value| -> u64 {
        sessions(week)
            .iter()
            .filter(|s| &s["date"] == date)
            .map(|s| s["minutes"].as_u64().unwrap())
            .sum()
    };
    for s in &sessions(0) {
        assert!(total_on(0, &s["date"]) <= 10, "{s}");
    }
    let strength: Vec<Value> = sessions(2)
        .into_iter()
        .filter(|s| s["activity"] == "strength")
        .collect();
    assert_eq!(strength.len(), 2);
    for set in &strength {
        assert_eq!(set["role"], "short_set");
        assert!(set["minutes"].as_u64().unwrap() <= u64::from(SHARED_DAY_STRENGTH_MAX_MINUTES));
    }
    // Week 3 adds the sets within the weekly cap: week 2's 52 minutes plus half.
    assert_eq!(plan["weeks"][1]["total_minutes"], 52);
    assert_eq!(plan["weeks"][2]["total_minutes"], 78);

    args.extend(["--format", "text"]);
    let text = String::from_utf8(preview(&args).stdout).unwrap();
    assert!(text.contains("Week 1 (40 minutes in all)"), "{text}");
    assert!(text.contains("A short set to add on"));
}

#[test]
fn bad_arguments_exit_with_code_2_and_say_why() {
    let cases: [(&[&str], &str); 7] = [
        (&["--minutes", "7"], "7 minutes"),
        (&["--activities", "running"], "running"),
        (&["--activities", "other"], "'other' is not an activity"),
        (&["--start", "2101-01-01"], "2101-01-01"),
        (&["--days", "funday"], "funday"),
        (&["--format", "pdf"], "pdf"),
        (&["--start", "yesterday"], "yesterday"),
    ];
    for (bad, mentions) in cases {
        let mut args = GOOD.to_vec();
        args.extend_from_slice(bad); // later flags override the good ones
        let out = preview(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(mentions), "{bad:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    let missing = preview(&["--minutes", "10"]);
    assert_eq!(missing.status.code(), Some(2));
    let unknown = preview(&["--colour", "blue"]);
    assert_eq!(unknown.status.code(), Some(2));
}
