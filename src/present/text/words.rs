//! Words that more than one screen or file uses: dates, activities and the plan's vocabulary,
//! status lines, and the words of the summary, the support line and the calendar file.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::core::activity::Activity;
use crate::core::log::Effort;
use crate::core::plan::Intensity;

/// Names of days and months, and how a date is written.
pub struct Dates {
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// Monday first, short.
    pub weekdays_short: [&'static str; 7],
    /// January first.
    pub months: [&'static str; 12],
    /// January first, short.
    pub months_short: [&'static str; 12],
    /// "Mon, Jan 5" from (weekday, day, month), short names.
    pub short: fn(&'static str, u32, &'static str) -> String,
    /// "Monday, January 5" from (weekday, day, month), full names.
    pub long: fn(&'static str, u32, &'static str) -> String,
    /// "Jan 5" from (day, short month).
    pub day_month: fn(u32, &'static str) -> String,
}

impl Dates {
    /// "Mon, Jan 5".
    pub fn short(&self, date: NaiveDate) -> String {
        (self.short)(
            self.weekday_short(date.weekday()),
            date.day(),
            self.months_short[month(date)],
        )
    }

    /// "Monday, January 5".
    pub fn long(&self, date: NaiveDate) -> String {
        (self.long)(
            self.weekday(date.weekday()),
            date.day(),
            self.months[month(date)],
        )
    }

    /// "Jan 5".
    pub fn day_month(&self, date: NaiveDate) -> String {
        (self.day_month)(date.day(), self.months_short[month(date)])
    }

    /// "Monday".
    pub fn weekday(&self, day: Weekday) -> &'static str {
        self.weekdays[day.num_days_from_monday() as usize]
    }

    /// "Mon".
    pub fn weekday_short(&self, day: Weekday) -> &'static str {
        self.weekdays_short[day.num_days_from_monday() as usize]
    }
}

fn month(date: NaiveDate) -> usize {
    date.month0() as usize
}

/// What an activity is, as the chooser and the cards say it.
pub struct ActivityWords {
    /// Its name.
    pub name: &'static str,
    /// Its name mid-sentence ("instead of walking").
    pub lower: &'static str,
    /// What it is like.
    pub blurb: &'static str,
    /// What the article says it is good for.
    pub good_for: &'static str,
    /// How hard it is on the joints.
    pub impact: &'static str,
}

/// The plan's own vocabulary.
pub struct PlanWords {
    /// In `Activity::ALL` order.
    pub activities: [ActivityWords; 5],
    /// In `Effort::ALL` order, as the form offers them ("Just right").
    pub efforts: [&'static str; 3],
    /// In `Effort::ALL` order, mid-sentence ("just right").
    pub efforts_lower: [&'static str; 3],
    /// Easy, moderate.
    pub intensities: [&'static str; 2],
    /// How-to lines by role: recovery day; short set easy, moderate.
    pub recovery_note: &'static str,
    /// A short strength set added on, easy.
    pub short_set_easy: &'static str,
    /// A short strength set added on, moderate.
    pub short_set_moderate: &'static str,
    /// Main sessions in `Activity::ALL` order: easy, then moderate.
    pub main_notes: [[&'static str; 2]; 5],
    /// Shown on gentle plans.
    pub gentle_notice: &'static str,
    /// "10 min".
    pub minutes: fn(u16) -> String,
}

impl PlanWords {
    /// The words for an activity.
    pub fn activity(&self, activity: Activity) -> &ActivityWords {
        let i = Activity::ALL
            .iter()
            .position(|a| *a == activity)
            .unwrap_or(0);
        &self.activities[i]
    }

    /// "Just right".
    pub fn effort(&self, effort: Effort) -> &'static str {
        self.efforts[effort_index(effort)]
    }

    /// "just right".
    pub fn effort_lower(&self, effort: Effort) -> &'static str {
        self.efforts_lower[effort_index(effort)]
    }

    /// "easy".
    pub fn intensity(&self, intensity: Intensity) -> &'static str {
        self.intensities[match intensity {
            Intensity::Easy => 0,
            Intensity::Moderate => 1,
        }]
    }

    /// The how-to line for a session.
    pub fn note(&self, session: &crate::core::plan::Session) -> &'static str {
        use crate::core::plan::Role;
        let moderate = session.intensity == Intensity::Moderate;
        match session.role {
            Role::Recovery => self.recovery_note,
            Role::ShortSet if moderate => self.short_set_moderate,
            Role::ShortSet => self.short_set_easy,
            Role::Main => {
                let i = Activity::ALL
                    .iter()
                    .position(|a| *a == session.activity)
                    .unwrap_or(0);
                self.main_notes[i][usize::from(moderate)]
            }
        }
    }
}

fn effort_index(effort: Effort) -> usize {
    Effort::ALL.iter().position(|e| *e == effort).unwrap_or(1)
}

/// Status lines and form errors.
pub struct Messages {
    /// First plan made.
    pub plan_ready: &'static str,
    /// Choices changed.
    pub plan_updated: &'static str,
    /// Next plan.
    pub next_plan: &'static str,
    /// After a tick, by effort: easy, just right, too hard, not said.
    pub logged: [&'static str; 4],
    /// Something unplanned.
    pub extra_logged: &'static str,
    /// After "Not today".
    pub skipped: &'static str,
    /// "Undone: Walking is open again."
    pub undone: fn(&str) -> String,
    /// "Walking moved to Tue 6 Jan."
    pub moved: fn(&str, &str) -> String,
    /// "Yoga instead of walking on Mon, Jan 5."
    pub swapped: fn(&str, &str, &str) -> String,
    /// Put back.
    pub put_back: &'static str,
    /// Backup downloaded.
    pub backed_up: &'static str,
    /// Restored.
    pub restored: &'static str,
    /// Cleared.
    pub cleared: &'static str,
    /// A question still open.
    pub answer_every_question: &'static str,
    /// Readiness: any yes.
    pub readiness_gentle: &'static str,
    /// Readiness: all no.
    pub readiness_ready: &'static str,
    /// Plan form: no activity.
    pub no_activity: &'static str,
    /// Plan form: minutes.
    pub no_minutes: &'static str,
    /// Plan form: no day.
    pub no_day: &'static str,
    /// Move or swap refused, in `AdjustError` order.
    pub adjust: [&'static str; 9],
    /// Minutes not a number from 1 to 600.
    pub minutes_error: &'static str,
    /// No activity picked.
    pub activity_error: &'static str,
    /// A value the log does not accept (a note too long, say).
    pub entry_error: &'static str,
    /// Why a backup was refused.
    pub import: ImportWords,
}

/// Why a backup file was refused, as the visitor reads it.
pub struct ImportWords {
    /// Too large.
    pub too_large: &'static str,
    /// Not JSON.
    pub malformed: &'static str,
    /// Not ours.
    pub not_ours: &'static str,
    /// From a newer version.
    pub newer: &'static str,
    /// An activity we do not know: "…mentions an activity Momentum does not know: "running"".
    pub unknown_activity: fn(&str) -> String,
    /// Damaged: with the technical detail.
    pub damaged: fn(&str) -> String,
    /// A value that cannot be right.
    pub implausible: fn(&str) -> String,
}

/// The one-page summary a visitor can print for their clinician.
pub struct SummaryWords {
    /// The button on Progress that opens it.
    pub open: &'static str,
    /// Its heading.
    pub title: &'static str,
    /// "Made on this device on Mon, Jan 5. Nothing was sent anywhere."
    pub made_here: fn(&str) -> String,
    /// Print or save as PDF.
    pub print: &'static str,
    /// Back to Progress.
    pub back: &'static str,
    /// The plans section's heading.
    pub plans_title: &'static str,
    /// One plan: "Plan 1: Mon, Jan 5 to Sun, Mar 29".
    pub plan_line: fn(usize, &str, &str) -> String,
    /// When the history is longer than the weeks shown: "The last 12 weeks; since Mon, Jan 5: 40
    /// sessions, 620 minutes, 38 active days."
    pub since_start: fn(u8, &str, u32, u32, u32) -> String,
    /// The weeks table's caption.
    pub weeks_caption: &'static str,
    /// Its column headings: week, sessions done of planned, minutes done of planned, mood before,
    /// mood after, too hard, something else.
    pub weeks_headers: [&'static str; 7],
    /// "Plan 2, week 3" in a row heading.
    pub week_label: fn(usize, u8) -> String,
    /// "3 of 4".
    pub of: fn(u32, u32) -> String,
    /// The mood section's heading.
    pub mood_title: &'static str,
    /// "Average change after a session: +0.8 on a 1 (low) to 5 (good) scale, over 12 sessions."
    pub mood_change: fn(&str, u32) -> String,
    /// No moods noted.
    pub no_moods: &'static str,
    /// Sessions marked too hard: heading.
    pub too_hard_title: &'static str,
    /// None were.
    pub none: &'static str,
    /// Unplanned activity: heading.
    pub extra_title: &'static str,
    /// Notes: heading.
    pub notes_title: &'static str,
    /// Notes: how choosing works.
    pub notes_hint: &'static str,
    /// "Include this note".
    pub include_note: &'static str,
    /// A line for one session: "Mon, Jan 5 · Walking, 20 min".
    pub session_line: fn(&str, &str, u16) -> String,
}

/// A clinic's support line, and keeping progress in this browser.
pub struct CareWords {
    /// Before the clinic's support line: "If things feel hard right now, you don't have to wait:".
    pub support_lead: &'static str,
    /// Settings: the support section's heading.
    pub support_title: &'static str,
    /// Settings: the section on keeping progress safe.
    pub keep_title: &'static str,
    /// The browser promised to keep this site's storage.
    pub kept: &'static str,
    /// The browser may clear it.
    pub not_kept: &'static str,
    /// On an iPhone or iPad, in Safari: the seven-day rule and what helps.
    pub apple_hint: &'static str,
    /// The link to the standalone page.
    pub open_app: &'static str,
    /// How moving progress into the installed app works.
    pub move_hint: &'static str,
    /// "Not now" for the hint on Today.
    pub not_now: &'static str,
}

/// The calendar file.
pub struct CalendarWords {
    /// The calendar's name.
    pub calendar_name: &'static str,
    /// One kind line in every event.
    pub kind_line: &'static str,
    /// "From your Momentum plan at {clinic}."
    pub from_clinic: fn(&str) -> String,
    /// The calendar's description.
    pub description: fn(&str) -> String,
    /// "Walking, 10 min (easy)".
    pub summary: fn(&str, u16, &str) -> String,
    /// The reminder: "Coming up: Walking, 10 min (easy). Any movement counts."
    pub coming_up: fn(&str) -> String,
}
