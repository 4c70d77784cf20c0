//! English. Kind, plain, never shaming; claiming nothing beyond the clinic's article and
//! REFERENCES.md.

use super::*;

/// The English catalogue.
pub static EN: Text = Text {
    lang: Lang::En,
    dates: Dates {
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ],
        months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        short: |weekday, day, month| format!("{weekday}, {month} {day}"),
        long: |weekday, day, month| format!("{weekday}, {month} {day}"),
        day_month: |day, month| format!("{month} {day}"),
    },
    plan_words: PlanWords {
        activities: [
            ActivityWords {
                name: "Walking",
                lower: "walking",
                blurb: "Easy to start anywhere, at your own pace.",
                good_for: "Can help lift your mood",
                impact: "Low impact",
            },
            ActivityWords {
                name: "Yoga",
                lower: "yoga",
                blurb: "Slow, mindful moves and stretches.",
                good_for: "Good for flexibility and calm",
                impact: "Low impact",
            },
            ActivityWords {
                name: "Swimming",
                lower: "swimming",
                blurb: "Kind to the joints; the water carries you.",
                good_for: "Can help lift your mood",
                impact: "Low impact",
            },
            ActivityWords {
                name: "Strength",
                lower: "strength",
                blurb: "Simple moves at home, like sit-to-stands.",
                good_for: "Good for feeling stronger, in body and mind",
                impact: "Low to moderate impact",
            },
            ActivityWords {
                name: "Something else",
                lower: "something else",
                blurb: "Dancing, cycling, gardening: whatever got you moving.",
                good_for: "It all counts",
                impact: "As you like it",
            },
        ],
        efforts: ["Easy", "Just right", "Too hard"],
        efforts_lower: ["easy", "just right", "too hard"],
        intensities: ["easy", "moderate"],
        recovery_note: "A short, easy recovery day: move gently and enjoy it.",
        short_set_easy: "A short set to add on: a few easy moves, like sit-to-stands. Stop any time.",
        short_set_moderate: "A short set to add on: the last few moves should feel like work, never pain.",
        main_notes: [
            [
                "An easy pace: you should be able to chat the whole time.",
                "A brisk pace: you can still talk, but not sing. Slow down whenever you need to.",
            ],
            [
                "Move slowly with your breath; skip any pose that doesn't feel right.",
                "Move slowly with your breath; skip any pose that doesn't feel right.",
            ],
            [
                "A relaxed pace: rest at the wall whenever you like.",
                "A steady pace: breathing harder, but you could still talk at the wall, not sing.",
            ],
            [
                "A few simple moves, like sit-to-stands or wall push-ups. Rest between them.",
                "Simple moves at home; the last few of each set should feel like work, never pain.",
            ],
            [
                "Whatever you enjoy, at a pace that feels kind.",
                "Whatever you enjoy, at a pace that feels kind.",
            ],
        ],
        gentle_notice: "This plan is extra gentle: short, easy sessions that grow slowly.",
        minutes: |m| format!("{m} min"),
    },
    chrome: Chrome {
        title: "Momentum",
        lede: "A gentle plan to get moving again, one small step at a time.",
        tabs_label: "Momentum sections",
        tabs: ["Today", "Plan", "Progress", "Settings"],
        disclaimer: "Momentum offers general encouragement, not medical advice. If you have a health condition,",
        care_team: "your care team",
        talk_with: |clinic| format!("talk with {clinic}"),
        disclaimer_end: "before becoming much more active.",
        disclaimer_gentle: "Momentum offers general encouragement, not medical advice. Because of your answers before you started, please",
        status_label: "Update",
    },
    notices: Notices {
        unavailable: "Your browser isn't letting this page save anything, so your progress will only last until you close it. Everything still works in the meantime, and you can download your data to keep it.",
        full: "Your browser's storage for this site is full, so your latest changes are kept only until you close this page. You can download your data to keep it.",
        save_failed: "Your latest changes couldn't be saved, so they are kept only until you close this page. You can download your data to keep it.",
        corrupt_backed_up: "We couldn't read what was saved before, so we set it aside untouched and started fresh. Nothing was deleted, and you can download the old copy, here or in Settings.",
        corrupt_not_backed_up: "We couldn't read what was saved before. We've left it exactly as it was and won't save over it; you can download it.",
        newer: "Your progress was saved by a newer version of this widget. You can look at it here, but we won't change it, so nothing gets lost. Reloading the page later should bring the newer version.",
        choices_needed: "Your plan's choices need another look before we can lay out the weeks ahead. Everything you've logged is still here.",
        download_old_copy: "Download the old copy",
        download_saved: "Download the saved data",
        download_mine: "Download my data",
    },
    onboarding: Onboarding {
        welcome_title: "Welcome",
        welcome: [
            "Moving your body can help your mood, and it doesn't have to be big. Start with 5 or 10 minutes of something you enjoy, build up slowly, and be gentle with yourself: a skipped day is fine, and you always have tomorrow.",
            "Momentum makes you a small plan for the next twelve weeks. It stays in this browser; nothing you enter is sent anywhere.",
        ],
        begin: "Let's begin",
        been_here: "Been here before on another browser?",
        restore_link: "Restore from a backup",
        readiness_title: "Before you start",
        readiness_hint: "A few yes-or-no questions, so your plan starts at the right pace. If you answer yes to any, your plan stays extra gentle.",
        questions: [
            "Has a doctor ever told you that you have a heart problem or high blood pressure?",
            "Do you ever feel pain in your chest, whether resting, going about your day, or being active?",
            "In the past year, have you lost your balance because you felt dizzy, or have you fainted?",
            "Has a doctor diagnosed you with another long-term health condition?",
            "Do you take prescribed medicine for a long-term health condition?",
            "Do you have (or have you had in the past year) a problem with your bones, joints or muscles that being more active could make worse?",
            "Has a doctor ever said you should only be active with medical supervision?",
        ],
        yes: "Yes",
        no: "No",
        continue_: "Continue",
        back: "Back",
    },
    setup: Setup {
        title_new: "Build your plan",
        title_change: "Change your plan",
        change_hint: "Your changes apply from today: today's sessions you haven't logged and the weeks ahead. What you've done so far stays as it is.",
        activities_legend: "Which activities do you enjoy, or would like to try?",
        activities_hint: "Pick as many as you like. Any movement counts.",
        minutes_legend: "How many minutes feel comfortable today?",
        minutes_hint: "Starting small is how this works. You can always do a little more.",
        days_legend: "Which days could work for you?",
        days_hint: "Three or four days is a lovely goal; one is a fine start.",
        start: "Start date",
        starts_on: |date| format!("Today, {date}"),
        make: "Make my plan",
        save: "Save changes",
        back: "Back",
    },
    today: Today {
        title: |date| format!("Today, {date}"),
        rest_day: "Nothing planned today. Rest counts too.",
        not_started: "Your plan hasn't started yet.",
        stretch_hint: "If you feel like moving, a few minutes of gentle stretching is a lovely way to check in with your body.",
        next_up: |activity, date, minutes| format!("Next up: {activity} on {date}, {minutes} min."),
        welcome_back: "Welcome back. This week is a little lighter, to ease you in; it grows again from here.",
        finished: "You've come to the end of your twelve weeks. Whatever they looked like, showing up for yourself counts. Ready for the next twelve?",
        start_next: "Start my next twelve weeks",
        see_plan: "See the whole plan",
        backup_hint: "You've ticked off a few sessions since your last backup. Browsers sometimes clear saved data, so keeping a copy of your progress is a good idea.",
        backup_download: "Download a backup",
        backup_not_now: "Not now",
        session_title: |activity, minutes| format!("{activity}, {minutes} min"),
        done_title: |activity, done, planned| {
            if done == planned {
                format!("{activity}: done, {done} min")
            } else {
                format!("{activity}: done, {done} of {planned} min")
            }
        },
        skipped_title: |activity| format!("{activity}: not today"),
        felt: |effort| format!("Felt {effort}."),
        skipped_status: "Not today. That's okay.",
        planned_for: |date| format!("Planned for {date}"),
        done: "Done",
        not_today: "Not today",
        undo: "Undo",
        form_label: |activity| format!("Log {activity}"),
        minutes_field: "Minutes you did",
        effort_legend: "How did it feel?",
        optional: "Add mood or a note (optional)",
        mood_before: "Mood before (1 low, 5 good)",
        mood_after: "Mood after (1 low, 5 good)",
        note: "Note",
        save: "Save",
        cancel: "Cancel",
        extra_open: "Log something else I did",
        extra_title: "Something else I did",
        extra_activity: "What did you do?",
        extra_day: "When?",
        extra_effort: "How did it feel? (optional)",
        today_word: "Today",
    },
    plan: PlanScreen {
        title: "Your twelve weeks",
        plan_title: |n| format!("Plan {n}"),
        week: |n| format!("Week {n}"),
        week_total: |m| format!(" · {m} min in all"),
        this_week: "this week",
        welcome_back_badge: "welcome back",
        calendar_button: |weeks| format!("Add the next {weeks} weeks to my calendar"),
        print: "Print my plan",
        calendar_hint: "Downloads a calendar file with a reminder before each session. Open it with your calendar app. Most calendar apps update the sessions you already added when you open a newer file; sessions you no longer have (after changing your days) stay until you delete them.",
        row_done: |minutes, effort| format!("done, {minutes} min, {effort}"),
        row_done_plain: |minutes| format!("done, {minutes} min"),
        row_skipped: "not this time",
        row_not_logged: "not logged",
        row_ahead: "ahead",
        change: "Move or swap",
        change_detail: |activity, date| format!(": {activity} on {date}"),
        move_to: "Move to",
        swap_to: "Do this instead",
        put_back: "Put back as planned",
        moved_from: |date| format!("moved from {date}"),
        plans_label: "Show a plan",
        plan_option: |n, from, to| format!("Plan {n}: {from} to {to}"),
        current_plan: |n| format!("Plan {n} (now)"),
        also: |activity, minutes| format!("Also: {activity}, {minutes} min"),
    },
    progress: Progress {
        title: "Your progress",
        sessions_done: "Sessions done",
        minutes_moved: "Minutes active",
        active_days: "Active days",
        plan_began: |n, date| format!("Plan {n} began on {date}."),
        mood_better: |better, days| {
            if days == 1 {
                format!("On the day you noted your mood before and after, you felt {} after moving.", if better == 1 { "better" } else { "no better" })
            } else {
                format!("On {better} of the {days} days you noted your mood before and after, you felt better after moving than before.")
            }
        },
        mood_kind: "Some days moving doesn't lift a mood, and that's okay. Showing up still counts, and your clinician can help you make sense of it.",
    },
    charts: ChartWords {
        minutes_title: "Minutes each week",
        consistency_title: "Consistency score",
        mood_title: "Mood before and after sessions",
        calendar_title: "Active days",
        show_table: "Show as a table",
        week_short: |n| format!("Wk {n}"),
        plan_week_short: |plan, n| format!("Plan {plan}, wk {n}"),
        week_axis: "Week",
        so_far: |label| format!("{label} (so far)"),
        today_mark: |label| format!("{label} (today)"),
        plan_line: |plan, date| format!("A line marks where plan {plan} began, on {date}."),
        week_column: "Week",
        plan_column: "Plan",
        outside_plans: "No plan",
        minutes_empty: "Your first week's bar appears after your first session.",
        minutes_now: |week, plan, so_far, done, target| {
            let mut week = week_of(week, plan);
            week[..1].make_ascii_uppercase();
            let so_far = if so_far { " so far" } else { "" };
            format!("{week}{so_far}: {}.", minutes_of(done, target))
        },
        minutes_no_bars: "Your bars appear after your first session.",
        minutes_best_now: "This is your most active week yet.",
        minutes_best: |week, plan, done| {
            format!("Your best week so far was {} with {}.", week_of(week, plan), minutes(done))
        },
        showing_weeks: |n| format!("Showing your last {n} weeks."),
        bar_tooltip: |week, done, target| format!("{week}: {}", minutes_of(done, target)),
        minutes_done: "Minutes done",
        target: "Your plan's target",
        minutes_caption: "Minutes per week",
        target_column: "Plan's target",
        no_target: "No target",
        score_empty: "Your score line begins on the day your plan starts.",
        score_zero: "Your consistency score is 0% for now. It starts to rise the first day you move.",
        score_now: |score, since| {
            format!("Today your consistency score is {score}%. The line shows it since {since}.")
        },
        score_explanation: "Each day, your score moves a little toward how much of your plan the last 14 days met: the days you moved (any activity, planned or not) out of the days your plan asked for. On a plan with all seven days, each day counts on its own. So it rises a little each day you move, and fades slowly when planned days pass with nothing logged: with nothing at all, it halves in about 13 days on a daily plan, or about 20 on three days a week. A \"Not today\" takes that day out of the count, so it never costs you. It never resets to zero, and it carries on from one plan to the next.",
        score_caption: "Consistency score each week, and today",
        date_column: "Date",
        score_column: "Score",
        mood_empty: "Your mood dots appear after you note how you feel before or after a session.",
        mood_latest: |week, plan, before, after| {
            let mut week = week_of(week, plan);
            week[..1].make_ascii_uppercase();
            let moods = match (before, after) {
                (Some(b), Some(a)) => format!("mood {b} before and {a} after sessions"),
                (Some(b), None) => format!("mood {b} before sessions"),
                (None, Some(a)) => format!("mood {a} after sessions"),
                (None, None) => "no mood noted".to_owned(),
            };
            format!("{week}: {moods}, on a scale from 1 (low) to 5 (good).")
        },
        mood_average: |weeks, before, after| {
            let averages = match (before, after) {
                (Some(b), Some(a)) => format!("{b} before and {a} after"),
                (Some(b), None) => format!("{b} before sessions"),
                (None, Some(a)) => format!("{a} after sessions"),
                (None, None) => return String::new(),
            };
            let weeks = if weeks == 1 { "the 1 week".to_owned() } else { format!("the {weeks} weeks") };
            format!("Across {weeks} with moods noted, it averaged {averages}.")
        },
        before_sessions: "Before sessions",
        after_sessions: "After sessions",
        mood_tooltip: |week, after, mood| {
            let series = if after { "after sessions" } else { "before sessions" };
            format!("{week}, {series}: {mood}")
        },
        before_column: "Before",
        after_column: "After",
        mood_scale: "1 is low and 5 is good.",
        mood_caption: "Average mood before and after sessions, week by week, from 1 (low) to 5 (good)",
        not_noted: "Not noted",
        calendar_starts: |date| format!("Your calendar starts on {date}, when your plan begins."),
        calendar_none: "The days you're active will be marked here as you log sessions.",
        calendar_active: |days, weeks| {
            let span = if weeks == 1 { "this week".to_owned() } else { format!("in the {weeks} weeks shown") };
            format!("You were active on {} {span}.", count(days, "day", "days"))
        },
        calendar_skipped: |days| format!("You marked {} as skipped.", count(days, "day", "days")),
        day_done: |done, skipped| {
            let done = count(done, "session", "sessions");
            if skipped > 0 {
                format!("{done} done, {skipped} skipped")
            } else {
                format!("{done} done")
            }
        },
        day_skipped: |skipped| format!("{} skipped", count(skipped, "session", "sessions")),
        day_nothing_yet: "nothing logged yet",
        day_nothing: "nothing logged",
        day_before_plan: "before your plan began",
        day_no_plan: "no plan that day",
        day_to_come: "still to come",
        active: "Active",
        skipped: "Skipped",
        nothing_logged: "Nothing logged",
        today: "Today",
        calendar_caption: "Active days, week by week",
        week_starting: "Week starting",
        none: "None",
    },
    settings: Settings {
        title: "Settings",
        choices_title: "Your choices",
        choices_hint: "Change activities, days or minutes. Your plan adjusts from today on; what you've already done stays.",
        change: "Change my plan",
        backup_title: "Backup",
        backup_hint: "Everything is kept only in this browser. A backup file lets you keep it safe or move it to another browser.",
        last_backup: |date| format!("Your last backup was on {date}."),
        download: "Download a backup",
        restore: "Restore from a backup file",
        refused: |why| format!("That file wasn't restored: {why}. Nothing here has changed."),
        unreadable_file: "that file couldn't be read; please try choosing it again",
        ready: |n| {
            if n == 1 {
                "This backup holds 1 logged session. Restoring it replaces what is in this browser now.".to_owned()
            } else {
                format!("This backup holds {n} logged sessions. Restoring it replaces what is in this browser now.")
            }
        },
        restore_it: "Restore it",
        cancel: "Cancel",
        restore_group: "Restore backup",
        start_over_title: "Start over",
        start_over_hint: "Clear everything and begin again. You can come back any time.",
        start_over: "Start over",
        start_over_confirm: "This deletes your plan and progress from this browser. Would you like a backup first?",
        start_over_group: "Confirm start over",
        delete_all: "Delete everything",
        keep: "Keep my plan",
        set_aside_title: "Copies we couldn't read",
        set_aside_hint: "Saved data this browser couldn't read was set aside, exactly as it was. You can download it to keep it or to send it to us.",
        set_aside_download: |n| format!("Download copy {n}"),
        privacy_title: "Your privacy",
        privacy: "Momentum keeps your plan and progress in this browser's storage on this device. Nothing is sent anywhere. Clearing this site's data in your browser, or \"Start over\" above, deletes it.",
    },
    messages: Messages {
        plan_ready: "Your plan is ready. Here is today.",
        plan_updated: "Your plan is updated from today on. What you've done so far stays as it is.",
        next_plan: "Your next twelve weeks start today, carrying on from where you are.",
        logged: [
            "Well done! Felt easy? Your plan may step up a little sooner.",
            "Well done. Every session counts.",
            "Thank you for telling us. The next week of your plan to begin stays at this level, so it can feel easier.",
            "Logged. Every bit of moving counts.",
        ],
        extra_logged: "Logged. Every bit of moving counts, planned or not.",
        skipped: "That's okay. Rest is part of this too, and you always have tomorrow.",
        undone: |activity| format!("{activity} isn't marked any more; you can log it again."),
        moved: |activity, date| format!("{activity} moved to {date}."),
        swapped: |to, from, date| format!("{to} instead of {from} on {date}."),
        put_back: "Put back as planned.",
        backed_up: "Backup downloaded. Keep the file somewhere safe.",
        restored: "Your backup is restored.",
        cleared: "Everything is cleared. You can begin again whenever you like.",
        answer_every_question: "Please answer each question with yes or no. There are no wrong answers.",
        readiness_gentle: "Thank you for telling us. Your plan stays extra gentle: short, easy sessions that grow slowly.",
        readiness_ready: "Thank you. You can start small and build from there.",
        no_activity: "Pick at least one activity you'd like to try.",
        no_minutes: "Pick how many minutes feel comfortable today.",
        no_day: "Pick at least one day of the week that could work for you.",
        adjust: [
            "That session isn't in your plan any more.",
            "That session is already logged; undo it first.",
            "Sessions can move to another day of the same week.",
            "Pick today or a day still ahead.",
            "That day already has a session.",
            "Pick one of the activities you chose.",
            "Strength needs a day off in between; pick another day.",
            "Nothing to change.",
            "That session is as planned already.",
        ],
        minutes_error: "Please enter the minutes you did, as a number from 1 to 600.",
        activity_error: "Please pick what you did.",
        entry_error: "That can't be saved as it is; please check the note and moods.",
        import: ImportWords {
            too_large: "it is too large to be a Momentum backup",
            malformed: "it is damaged or not a backup file",
            not_ours: "it is not a Momentum backup",
            newer: "it comes from a newer version of Momentum; please open it there",
            unknown_activity: |name| format!("it mentions an activity Momentum does not know: \"{name}\""),
            damaged: |why| format!("it is incomplete or damaged (technical detail: {why})"),
            implausible: |why| format!("it holds a value that cannot be right ({why})"),
        },
    },
    calendar: CalendarWords {
        calendar_name: "Momentum plan",
        kind_line: "Any movement counts. If today isn't the day, that's okay: you always have tomorrow.",
        from_clinic: |clinic| format!("From your Momentum plan at {clinic}."),
        description: |clinic| {
            if clinic.trim().is_empty() {
                "Gentle exercise sessions from your Momentum plan.".to_owned()
            } else {
                format!("Gentle exercise sessions from your Momentum plan at {clinic}.")
            }
        },
        summary: |activity, minutes, intensity| format!("{activity}, {minutes} min ({intensity})"),
        coming_up: |summary| format!("Coming up: {summary}. Any movement counts."),
    },
    summary: SummaryWords {
        open: "Prepare a summary for my clinician",
        title: "My Momentum summary",
        made_here: |date| format!("Made on this device on {date}. Nothing was sent anywhere: you choose whether to print it, save it or show it."),
        print: "Print or save as PDF",
        back: "Back to my progress",
        plans_title: "Plans",
        plan_line: |n, from, to| format!("Plan {n}: {from} to {to}"),
        since_start: |weeks, date, sessions, minutes, days| {
            format!("The last {weeks} weeks are shown. Since {date}: {sessions} sessions, {minutes} minutes, {days} active days.")
        },
        weeks_caption: "Week by week",
        weeks_headers: ["Week", "Sessions done", "Minutes done", "Mood before", "Mood after", "Too hard", "Something else"],
        week_label: |plan, week| format!("Plan {plan}, week {week}"),
        of: |done, planned| format!("{done} of {planned}"),
        mood_title: "Mood before and after",
        mood_change: |change, sessions| {
            format!("Average change after a session: {change} on a scale from 1 (low) to 5 (good), over {sessions} sessions with both noted.")
        },
        no_moods: "No moods noted before and after a session yet.",
        too_hard_title: "Sessions that felt too hard",
        none: "None.",
        extra_title: "Something else I did",
        notes_title: "My notes",
        notes_hint: "Tick the notes you'd like to include. None are included unless you tick them.",
        include_note: "Include this note",
        session_line: |date, activity, minutes| format!("{date} · {activity}, {minutes} min"),
    },
    care: CareWords {
        support_lead: "If things feel hard right now, you don't have to wait:",
        support_title: "Support when you need it",
        keep_title: "Keeping your progress",
        kept: "This browser has agreed to keep your progress unless you delete it.",
        not_kept: "This browser may clear saved data when it needs space, or (on an iPhone or iPad) after seven days without a visit. A backup keeps your progress safe.",
        apple_hint: "On an iPhone or iPad, Safari clears a site's saved data after seven days without a visit. To keep your progress, open Momentum as an app (in Safari: Share, then Add to Home Screen), or download a backup now and then.",
        open_app: "Open Momentum as an app",
        move_hint: "An app on your Home Screen keeps its own copy. To move your progress there, download a backup here, then choose \"Restore from a backup file\" in the app.",
        not_now: "Not now",
    },
};

/// "1 day", "3 days".
fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "1 minute", "45 minutes".
fn minutes(n: u32) -> String {
    count(n, "minute", "minutes")
}

/// "45 of 60 minutes", or "45 minutes" without a target.
fn minutes_of(done: u32, target: Option<u32>) -> String {
    match target {
        Some(target) => format!("{done} of {target} minutes"),
        None => minutes(done),
    }
}

/// "week 3", or "week 3 of plan 2" when the visitor has had more than one plan.
fn week_of(week: u8, plan: Option<usize>) -> String {
    match plan {
        Some(plan) => format!("week {week} of plan {plan}"),
        None => format!("week {week}"),
    }
}
