//! The words of each screen, one group per screen: the frame, notices, onboarding, the plan
//! form, Today, Plan, Progress and its charts, and Settings.

/// The frame around every screen.
pub struct Chrome {
    /// The widget's name, its heading.
    pub title: &'static str,
    /// One line under it.
    pub lede: &'static str,
    /// The tab bar's accessible name.
    pub tabs_label: &'static str,
    /// Tab labels: Today, Plan, Progress, Settings.
    pub tabs: [&'static str; 4],
    /// The note at the foot of every screen, before the clinic's name.
    pub disclaimer: &'static str,
    /// Whom to talk with when the embed names no clinic: "your care team".
    pub care_team: &'static str,
    /// "Talk with {clinic}" (the link's text, when the clinic gave a link).
    pub talk_with: fn(&str) -> String,
    /// "… before becoming much more active." after the link or name.
    pub disclaimer_end: &'static str,
    /// The note's start after any "yes" in the readiness check: the advice to talk with the
    /// clinic is for this visitor, not only for "if you have a health condition".
    pub disclaimer_gentle: &'static str,
    /// Said to screen readers when a status line appears.
    pub status_label: &'static str,
}

/// Storage problems, each with its button.
pub struct Notices {
    /// Storage blocked.
    pub unavailable: &'static str,
    /// Storage full.
    pub full: &'static str,
    /// A save failed.
    pub save_failed: &'static str,
    /// Unreadable, set aside.
    pub corrupt_backed_up: &'static str,
    /// Unreadable, left as it is.
    pub corrupt_not_backed_up: &'static str,
    /// From a newer widget.
    pub newer: &'static str,
    /// Choices that cannot make a plan.
    pub choices_needed: &'static str,
    /// Download the set-aside copy.
    pub download_old_copy: &'static str,
    /// Download the stored text.
    pub download_saved: &'static str,
    /// Download what is in memory.
    pub download_mine: &'static str,
}

/// The intro and the readiness questions.
pub struct Onboarding {
    /// The intro's heading.
    pub welcome_title: &'static str,
    /// The intro.
    pub welcome: [&'static str; 2],
    /// Its button.
    pub begin: &'static str,
    /// Before the restore link.
    pub been_here: &'static str,
    /// The restore link.
    pub restore_link: &'static str,
    /// The readiness heading.
    pub readiness_title: &'static str,
    /// Under it.
    pub readiness_hint: &'static str,
    /// The seven questions, in `readiness::QUESTIONS` order.
    pub questions: [&'static str; 7],
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Continue.
    pub continue_: &'static str,
    /// Back.
    pub back: &'static str,
}

/// The plan form.
pub struct Setup {
    /// Heading for a first plan.
    pub title_new: &'static str,
    /// Heading when changing choices.
    pub title_change: &'static str,
    /// Under the heading when changing: what changes.
    pub change_hint: &'static str,
    /// The activity question.
    pub activities_legend: &'static str,
    /// Under it.
    pub activities_hint: &'static str,
    /// The minutes question.
    pub minutes_legend: &'static str,
    /// Under it.
    pub minutes_hint: &'static str,
    /// The days question.
    pub days_legend: &'static str,
    /// Under it.
    pub days_hint: &'static str,
    /// The start date field.
    pub start: &'static str,
    /// Today in the start day list: "Today, Mon, Jan 5".
    pub starts_on: fn(&str) -> String,
    /// Button for a first plan.
    pub make: &'static str,
    /// Button when changing.
    pub save: &'static str,
    /// Back to settings.
    pub back: &'static str,
}

/// Today, the session cards and the logging forms.
pub struct Today {
    /// "Today, Monday, January 5".
    pub title: fn(&str) -> String,
    /// Nothing planned today.
    pub rest_day: &'static str,
    /// The plan starts later.
    pub not_started: &'static str,
    /// A kind idea for a day off.
    pub stretch_hint: &'static str,
    /// "Next up: Walking on Wed 7 Jan, 10 min."
    pub next_up: fn(&str, &str, u16) -> String,
    /// A welcome-back week's word.
    pub welcome_back: &'static str,
    /// End of the twelve weeks.
    pub finished: &'static str,
    /// Its button.
    pub start_next: &'static str,
    /// The link to the plan.
    pub see_plan: &'static str,
    /// The backup hint.
    pub backup_hint: &'static str,
    /// Its download button.
    pub backup_download: &'static str,
    /// Its dismiss button.
    pub backup_not_now: &'static str,
    /// A session's heading, "Walking, 10 min".
    pub session_title: fn(&str, u16) -> String,
    /// A logged session's heading, "Walking: done, 12 of 10 min".
    pub done_title: fn(&str, u16, u16) -> String,
    /// A skipped session's heading.
    pub skipped_title: fn(&str) -> String,
    /// How a done session felt, "Felt just right."
    pub felt: fn(&str) -> String,
    /// "Not today. That's okay."
    pub skipped_status: &'static str,
    /// Planned for this day, shown on a card: "Planned for Mon, Jan 5".
    pub planned_for: fn(&str) -> String,
    /// Buttons.
    pub done: &'static str,
    /// "Not today".
    pub not_today: &'static str,
    /// "Undo".
    pub undo: &'static str,
    /// The "Done" form's accessible name: "Log Walking".
    pub form_label: fn(&str) -> String,
    /// Minutes field.
    pub minutes_field: &'static str,
    /// The effort question.
    pub effort_legend: &'static str,
    /// The optional part.
    pub optional: &'static str,
    /// Mood before.
    pub mood_before: &'static str,
    /// Mood after.
    pub mood_after: &'static str,
    /// Note.
    pub note: &'static str,
    /// Save.
    pub save: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// "Something else I did" button.
    pub extra_open: &'static str,
    /// Its form's heading.
    pub extra_title: &'static str,
    /// Which activity.
    pub extra_activity: &'static str,
    /// Which day.
    pub extra_day: &'static str,
    /// The effort question when it is optional.
    pub extra_effort: &'static str,
    /// "Today" in the day picker.
    pub today_word: &'static str,
}

/// The plan screen.
pub struct PlanScreen {
    /// "Your twelve weeks".
    pub title: &'static str,
    /// "Plan 2" for an earlier plan's heading.
    pub plan_title: fn(usize) -> String,
    /// "Week 3".
    pub week: fn(u8) -> String,
    /// " · 45 min in all".
    pub week_total: fn(u16) -> String,
    /// The current week's badge.
    pub this_week: &'static str,
    /// A welcome-back week's badge.
    pub welcome_back_badge: &'static str,
    /// Calendar button.
    pub calendar_button: fn(u32) -> String,
    /// Print button.
    pub print: &'static str,
    /// Under the calendar button.
    pub calendar_hint: &'static str,
    /// A row's status: done, with minutes and effort.
    pub row_done: fn(u16, &str) -> String,
    /// Done without a word on effort.
    pub row_done_plain: fn(u16) -> String,
    /// Skipped.
    pub row_skipped: &'static str,
    /// Gone by, not logged.
    pub row_not_logged: &'static str,
    /// Still ahead.
    pub row_ahead: &'static str,
    /// The move-or-swap disclosure.
    pub change: &'static str,
    /// Its hidden detail: ": Walking on Mon, Jan 5".
    pub change_detail: fn(&str, &str) -> String,
    /// "Move to".
    pub move_to: &'static str,
    /// "Do this instead".
    pub swap_to: &'static str,
    /// "Put back as planned".
    pub put_back: &'static str,
    /// "Moved from Mon, Jan 5" on a moved session.
    pub moved_from: fn(&str) -> String,
    /// The picker of plans: its label.
    pub plans_label: &'static str,
    /// One plan in it: "Plan 1: 5 Jan to 29 Mar".
    pub plan_option: fn(usize, &str, &str) -> String,
    /// The current plan in it.
    pub current_plan: fn(usize) -> String,
    /// Something unplanned logged in a week: "Also: Something else, 20 min".
    pub also: fn(&str, u16) -> String,
}

/// The progress screen.
pub struct Progress {
    /// "Your progress".
    pub title: &'static str,
    /// Totals.
    pub sessions_done: &'static str,
    /// Totals.
    pub minutes_moved: &'static str,
    /// Totals.
    pub active_days: &'static str,
    /// "Plan 2 began on Mon 6 Apr."
    pub plan_began: fn(usize, &str) -> String,
    /// What the visitor's mood notes show: (days better, days noted).
    pub mood_better: fn(u32, u32) -> String,
    /// Added when few or no days were better: kind and true.
    pub mood_kind: &'static str,
}

/// The Progress charts' words: headings, summaries, legends, notes, tables and the labels in
/// the drawings. Sentences that name a week get its number and, when the visitor has had more
/// than one plan, the plan's number (from 1); each language says "week 3 of plan 2" its own way.
pub struct ChartWords {
    /// The minutes chart's heading.
    pub minutes_title: &'static str,
    /// The consistency chart's heading.
    pub consistency_title: &'static str,
    /// The mood chart's heading.
    pub mood_title: &'static str,
    /// The calendar's heading.
    pub calendar_title: &'static str,
    /// The disclosure that opens each chart's table.
    pub show_table: &'static str,
    /// A week under its bar and in tables: "Wk 3".
    pub week_short: fn(u8) -> String,
    /// A week of a named plan, in hover text: "Plan 2, wk 3".
    pub plan_week_short: fn(usize, u8) -> String,
    /// Under bare week numbers when "Wk 3" does not fit: "Week".
    pub week_axis: &'static str,
    /// A row still in progress: "Wk 3 (so far)".
    pub so_far: fn(&str) -> String,
    /// Today's row or day: "Mon, Jan 5 (today)".
    pub today_mark: fn(&str) -> String,
    /// Where a later plan began, said in the summary: "A line marks where plan 2 began, on
    /// Mon, Apr 13."
    pub plan_line: fn(usize, &str) -> String,
    /// Table header.
    pub week_column: &'static str,
    /// Table header.
    pub plan_column: &'static str,
    /// The plan column for a day outside every plan (between plans, or after the last).
    pub outside_plans: &'static str,

    /// Minutes chart: before any week.
    pub minutes_empty: &'static str,
    /// (week, plan, in progress, minutes, target): "Week 3 so far: 45 of 60 minutes."
    pub minutes_now: fn(u8, Option<usize>, bool, u32, Option<u32>) -> String,
    /// No minutes yet.
    pub minutes_no_bars: &'static str,
    /// The latest week is the best.
    pub minutes_best_now: &'static str,
    /// (week, plan, minutes): "Your best week so far was week 2 with 70 minutes."
    pub minutes_best: fn(u8, Option<usize>, u32) -> String,
    /// "Showing your last 12 weeks."
    pub showing_weeks: fn(usize) -> String,
    /// A bar's hover text: "Wk 3: 45 of 60 minutes".
    pub bar_tooltip: fn(&str, u32, Option<u32>) -> String,
    /// Legend and table header.
    pub minutes_done: &'static str,
    /// Legend.
    pub target: &'static str,
    /// Table caption.
    pub minutes_caption: &'static str,
    /// Table header.
    pub target_column: &'static str,
    /// A week without a target.
    pub no_target: &'static str,

    /// Consistency chart: before the plan starts.
    pub score_empty: &'static str,
    /// A score of 0%.
    pub score_zero: &'static str,
    /// (percent, first day shown): "Today your consistency score is 62%. The line shows it
    /// since Mon, Feb 23."
    pub score_now: fn(u32, &str) -> String,
    /// How the score works, under the chart: what `core::consistency` computes, in plain words.
    pub score_explanation: &'static str,
    /// Table caption.
    pub score_caption: &'static str,
    /// Table header.
    pub date_column: &'static str,
    /// Table header.
    pub score_column: &'static str,

    /// Mood chart: before any mood is noted.
    pub mood_empty: &'static str,
    /// (week, plan, before, after), at least one mood given: "Week 3: mood 3.0 before and 4.0
    /// after sessions, on a scale from 1 (low) to 5 (good)."
    pub mood_latest: fn(u8, Option<usize>, Option<&str>, Option<&str>) -> String,
    /// (weeks, before, after): "Across the 2 weeks with moods noted, it averaged 2.5 before and
    /// 3.5 after."
    pub mood_average: fn(usize, Option<&str>, Option<&str>) -> String,
    /// Legend and table header.
    pub before_sessions: &'static str,
    /// Legend and table header.
    pub after_sessions: &'static str,
    /// (week, after rather than before, mood): "Wk 2, before sessions: 2.5".
    pub mood_tooltip: fn(&str, bool, &str) -> String,
    /// Table header, short: the caption says "sessions".
    pub before_column: &'static str,
    /// Table header, short.
    pub after_column: &'static str,
    /// Under the chart: what the scale's ends mean.
    pub mood_scale: &'static str,
    /// Table caption.
    pub mood_caption: &'static str,
    /// A week without a mood.
    pub not_noted: &'static str,

    /// Calendar, before the plan starts: "Your calendar starts on Mon, Feb 2, when your plan
    /// begins."
    pub calendar_starts: fn(&str) -> String,
    /// No active day yet.
    pub calendar_none: &'static str,
    /// (days, weeks shown): "You were active on 3 days in the 12 weeks shown."
    pub calendar_active: fn(u32, usize) -> String,
    /// "You marked 1 day as skipped."
    pub calendar_skipped: fn(u32) -> String,
    /// A day's sessions (done, skipped; done at least 1): "2 sessions done, 1 skipped".
    pub day_done: fn(u32, u32) -> String,
    /// A day with only skipped sessions: "1 session skipped".
    pub day_skipped: fn(u32) -> String,
    /// Today, nothing yet.
    pub day_nothing_yet: &'static str,
    /// A plan day with nothing logged.
    pub day_nothing: &'static str,
    /// Before the first plan.
    pub day_before_plan: &'static str,
    /// Between plans, or after the last one.
    pub day_no_plan: &'static str,
    /// After today.
    pub day_to_come: &'static str,
    /// Legend, and the table's column of active days.
    pub active: &'static str,
    /// Legend, and the table's column of skipped days.
    pub skipped: &'static str,
    /// Legend.
    pub nothing_logged: &'static str,
    /// Legend.
    pub today: &'static str,
    /// Table caption.
    pub calendar_caption: &'static str,
    /// Table header.
    pub week_starting: &'static str,
    /// A week with no such day.
    pub none: &'static str,
}

/// Like catalogues, a group of chart words is a static: the same exactly when it is the same one.
impl PartialEq for ChartWords {
    fn eq(&self, other: &ChartWords) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for ChartWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.minutes_title)
    }
}

/// The settings screen.
pub struct Settings {
    /// "Settings".
    pub title: &'static str,
    /// Choices section.
    pub choices_title: &'static str,
    /// Under it.
    pub choices_hint: &'static str,
    /// Its button.
    pub change: &'static str,
    /// Backup section.
    pub backup_title: &'static str,
    /// Under it.
    pub backup_hint: &'static str,
    /// "Your last backup was on Mon, Jan 5."
    pub last_backup: fn(&str) -> String,
    /// Download.
    pub download: &'static str,
    /// The restore control.
    pub restore: &'static str,
    /// A refused file: "That file wasn't restored: {why}. Nothing here has changed."
    pub refused: fn(&str) -> String,
    /// The file could not be read.
    pub unreadable_file: &'static str,
    /// A file ready to restore: how many sessions.
    pub ready: fn(usize) -> String,
    /// Restore it.
    pub restore_it: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// The confirm group's name.
    pub restore_group: &'static str,
    /// Start-over section.
    pub start_over_title: &'static str,
    /// Under it.
    pub start_over_hint: &'static str,
    /// Its button.
    pub start_over: &'static str,
    /// The question.
    pub start_over_confirm: &'static str,
    /// The confirm group's name.
    pub start_over_group: &'static str,
    /// Delete.
    pub delete_all: &'static str,
    /// Keep.
    pub keep: &'static str,
    /// Set-aside copies section.
    pub set_aside_title: &'static str,
    /// Under it.
    pub set_aside_hint: &'static str,
    /// One copy's button: "Download copy 1".
    pub set_aside_download: fn(usize) -> String,
    /// Privacy section.
    pub privacy_title: &'static str,
    /// Its text.
    pub privacy: &'static str,
}
