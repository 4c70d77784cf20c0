//! Runs the `plan_preview` example as a visitor's clinic would: JSON that parses into a plan,
//! a printable table, and exit code 2 with a message for bad arguments.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use momentum::core::activity::Activity;
use momentum::core::plan::Plan;

/// The example binary. `cargo test` builds examples next to the test binaries
/// (`target/<profile>/examples/`); when a narrower command skipped that, build it once here.
fn preview_binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(find_or_build_preview)
}

fn find_or_build_preview() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps");
    let binary = profile_dir
        .join("examples")
        .join(format!("plan_preview{}", std::env::consts::EXE_SUFFIX));
    if !binary.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "plan_preview"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building the example failed");
    }
    binary
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

#[test]
fn prints_a_plan_as_json_by_default() {
    let out = preview(&GOOD);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan: Plan = serde_json::from_slice(&out.stdout).expect("valid plan JSON");
    assert_eq!(plan.weeks.len(), 12);
    assert!(!plan.gentle);
    assert_eq!(plan.weeks[0].sessions[0].date.to_string(), "2026-01-05");
}

#[test]
fn gentle_text_output_is_a_printable_table_with_the_notice() {
    let mut args = GOOD.to_vec();
    args.extend(["--gentle", "--format", "text"]);
    let out = preview(&args);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Week 12"));
    assert!(text.contains("clinician"));
    assert!(text.contains("Mon 05 Jan 2026"));
}

#[test]
fn a_walk_and_strength_day_gets_a_short_set_and_week_one_never_doubles_up() {
    let mut args = GOOD.to_vec();
    args[1] = "walking,yoga,strength";
    let out = preview(&args);
    assert!(out.status.success());
    let plan: Plan = serde_json::from_slice(&out.stdout).expect("valid plan JSON");
    let total_on = |week: usize, date: chrono::NaiveDate| -> u16 {
        plan.weeks[week]
            .sessions
            .iter()
            .filter(|s| s.date == date)
            .map(|s| s.minutes)
            .sum()
    };
    for s in &plan.weeks[0].sessions {
        assert!(total_on(0, s.date) <= 10, "{s:?}");
    }
    let strength: Vec<_> = plan.weeks[2]
        .sessions
        .iter()
        .filter(|s| s.activity == Activity::Strength)
        .collect();
    assert_eq!(strength.len(), 2);
    assert!(strength.iter().all(|s| s.minutes == 10));

    args.extend(["--format", "text"]);
    let text = String::from_utf8(preview(&args).stdout).unwrap();
    assert!(text.contains("Week 1 (40 minutes in all)"), "{text}");
    assert!(text.contains("A short set to add on"));
}

#[test]
fn bad_arguments_exit_with_code_2_and_say_why() {
    let cases: [(&[&str], &str); 5] = [
        (&["--minutes", "7"], "7 minutes"),
        (&["--activities", "running"], "running"),
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
