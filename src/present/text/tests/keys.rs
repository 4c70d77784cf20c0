//! Every string of a catalogue listed key by key, fixed and filled in, for the tests to read.

use crate::present::text::Text;

/// Every fixed string of a catalogue, with where it is, in the same order for every language
/// (so two catalogues' lists line up key by key).
pub(super) fn fixed(t: &Text) -> Vec<(&'static str, &'static str)> {
    let mut all: Vec<(&'static str, &'static str)> = Vec::new();
    let mut many = |key: &'static str, texts: &[&'static str]| {
        all.extend(texts.iter().map(|s| (key, *s)));
    };
    let d = &t.dates;
    many("dates.weekdays", &d.weekdays);
    many("dates.weekdays_short", &d.weekdays_short);
    many("dates.months", &d.months);
    many("dates.months_short", &d.months_short);

    let w = &t.plan_words;
    for a in &w.activities {
        many("activity.name", &[a.name]);
        many("activity.lower", &[a.lower]);
        many("activity.blurb", &[a.blurb]);
        many("activity.good_for", &[a.good_for]);
        many("activity.impact", &[a.impact]);
    }
    many("plan_words.efforts", &w.efforts);
    many("plan_words.efforts_lower", &w.efforts_lower);
    many("plan_words.intensities", &w.intensities);
    many(
        "plan_words.notes",
        &[
            w.recovery_note,
            w.short_set_easy,
            w.short_set_moderate,
            w.gentle_notice,
        ],
    );
    for notes in &w.main_notes {
        many("plan_words.main_notes", notes);
    }

    let c = &t.chrome;
    many("chrome.title", &[c.title]);
    many("chrome.tabs", &c.tabs);
    many(
        "chrome",
        &[
            c.lede,
            c.tabs_label,
            c.disclaimer,
            c.disclaimer_end,
            c.disclaimer_gentle,
            c.care_team,
            c.status_label,
        ],
    );

    let n = &t.notices;
    many(
        "notices",
        &[
            n.unavailable,
            n.full,
            n.save_failed,
            n.corrupt_backed_up,
            n.corrupt_not_backed_up,
            n.newer,
            n.choices_needed,
            n.download_old_copy,
            n.download_saved,
            n.download_mine,
        ],
    );

    let o = &t.onboarding;
    many("onboarding.welcome", &o.welcome);
    many("onboarding.questions", &o.questions);
    many("onboarding.no", &[o.no]);
    many(
        "onboarding",
        &[
            o.welcome_title,
            o.begin,
            o.been_here,
            o.restore_link,
            o.readiness_title,
            o.readiness_hint,
            o.yes,
            o.continue_,
            o.back,
        ],
    );

    let s = &t.setup;
    many(
        "setup",
        &[
            s.title_new,
            s.title_change,
            s.change_hint,
            s.activities_legend,
            s.activities_hint,
            s.minutes_legend,
            s.minutes_hint,
            s.days_legend,
            s.days_hint,
            s.start,
            s.make,
            s.save,
            s.back,
        ],
    );

    let d = &t.today;
    many(
        "today",
        &[
            d.rest_day,
            d.not_started,
            d.stretch_hint,
            d.welcome_back,
            d.finished,
            d.start_next,
            d.see_plan,
            d.backup_hint,
            d.backup_download,
            d.backup_not_now,
            d.skipped_status,
            d.done,
            d.not_today,
            d.undo,
            d.minutes_field,
            d.effort_legend,
            d.optional,
            d.mood_before,
            d.mood_after,
            d.note,
            d.save,
            d.cancel,
            d.extra_open,
            d.extra_title,
            d.extra_activity,
            d.extra_day,
            d.extra_effort,
            d.today_word,
        ],
    );

    let p = &t.plan;
    many(
        "plan",
        &[
            p.title,
            p.this_week,
            p.welcome_back_badge,
            p.print,
            p.calendar_hint,
            p.row_skipped,
            p.row_not_logged,
            p.row_ahead,
            p.change,
            p.move_to,
            p.swap_to,
            p.put_back,
            p.plans_label,
        ],
    );

    let g = &t.progress;
    many(
        "progress",
        &[g.title, g.sessions_done, g.minutes_moved, g.active_days],
    );

    let c = &t.charts;
    many(
        "charts",
        &[
            c.minutes_title,
            c.consistency_title,
            c.mood_title,
            c.calendar_title,
            c.show_table,
            c.week_axis,
            c.week_column,
            c.outside_plans,
            c.minutes_empty,
            c.minutes_no_bars,
            c.minutes_best_now,
            c.minutes_done,
            c.target,
            c.minutes_caption,
            c.target_column,
            c.no_target,
            c.score_empty,
            c.score_zero,
            c.score_explanation,
            c.score_caption,
            c.date_column,
            c.score_column,
            c.mood_empty,
            c.before_sessions,
            c.after_sessions,
            c.before_column,
            c.after_column,
            c.mood_scale,
            c.mood_caption,
            c.not_noted,
            c.calendar_none,
            c.day_nothing_yet,
            c.day_nothing,
            c.day_before_plan,
            c.day_no_plan,
            c.day_to_come,
            c.active,
            c.skipped,
            c.nothing_logged,
            c.today,
            c.calendar_caption,
            c.week_starting,
            c.none,
        ],
    );
    many("charts.plan_column", &[c.plan_column]);

    let s = &t.settings;
    many(
        "settings",
        &[
            s.title,
            s.choices_title,
            s.choices_hint,
            s.change,
            s.backup_title,
            s.backup_hint,
            s.download,
            s.restore,
            s.unreadable_file,
            s.restore_it,
            s.cancel,
            s.restore_group,
            s.start_over_title,
            s.start_over_hint,
            s.start_over,
            s.start_over_confirm,
            s.start_over_group,
            s.delete_all,
            s.keep,
            s.set_aside_title,
            s.set_aside_hint,
            s.privacy_title,
            s.privacy,
        ],
    );

    let m = &t.messages;
    many("messages.logged", &m.logged);
    many("messages.adjust", &m.adjust);
    many(
        "messages",
        &[
            m.plan_ready,
            m.plan_updated,
            m.next_plan,
            m.extra_logged,
            m.skipped,
            m.put_back,
            m.backed_up,
            m.restored,
            m.cleared,
            m.answer_every_question,
            m.readiness_gentle,
            m.readiness_ready,
            m.no_activity,
            m.no_minutes,
            m.no_day,
            m.minutes_error,
            m.activity_error,
            m.entry_error,
        ],
    );
    let i = &m.import;
    many(
        "messages.import",
        &[i.too_large, i.malformed, i.not_ours, i.newer],
    );

    let k = &t.calendar;
    many("calendar", &[k.calendar_name, k.kind_line]);
    all
}

/// Every function of a catalogue filled in with recognisable arguments: where it is, what it
/// said, and the arguments it must have kept. Same order for every language.
pub(super) fn filled(t: &Text) -> Vec<(&'static str, String, &'static [&'static str])> {
    const A: &str = "‹A›";
    const B: &str = "‹B›";
    const C: &str = "‹C›";
    let (w, p, d, m) = (&t.today, &t.plan, &t.dates, &t.messages);
    vec![
        ("dates.short", (d.short)(A, 37, B), &[A, "37", B]),
        ("dates.long", (d.long)(A, 37, B), &[A, "37", B]),
        ("dates.day_month", (d.day_month)(37, B), &["37", B]),
        ("plan_words.minutes", (t.plan_words.minutes)(48), &["48"]),
        ("chrome.talk_with", (t.chrome.talk_with)(A), &[A]),
        ("setup.starts_on", (t.setup.starts_on)(A), &[A]),
        ("today.title", (w.title)(A), &[A]),
        ("today.next_up", (w.next_up)(A, B, 48), &[A, B, "48"]),
        ("today.session_title", (w.session_title)(A, 48), &[A, "48"]),
        (
            "today.done_title",
            (w.done_title)(A, 59, 48),
            &[A, "59", "48"],
        ),
        (
            "today.done_title as planned",
            (w.done_title)(A, 48, 48),
            &[A, "48"],
        ),
        ("today.skipped_title", (w.skipped_title)(A), &[A]),
        ("today.felt", (w.felt)(A), &[A]),
        ("today.planned_for", (w.planned_for)(A), &[A]),
        ("today.form_label", (w.form_label)(A), &[A]),
        ("plan.plan_title", (p.plan_title)(37), &["37"]),
        ("plan.week", (p.week)(37), &["37"]),
        ("plan.week_total", (p.week_total)(48), &["48"]),
        ("plan.calendar_button", (p.calendar_button)(37), &["37"]),
        ("plan.row_done", (p.row_done)(48, A), &["48", A]),
        ("plan.row_done_plain", (p.row_done_plain)(48), &["48"]),
        ("plan.change_detail", (p.change_detail)(A, B), &[A, B]),
        ("plan.moved_from", (p.moved_from)(A), &[A]),
        ("plan.plan_option", (p.plan_option)(37, A, B), &["37", A, B]),
        ("plan.current_plan", (p.current_plan)(37), &["37"]),
        ("plan.also", (p.also)(A, 48), &[A, "48"]),
        (
            "progress.plan_began",
            (t.progress.plan_began)(37, A),
            &["37", A],
        ),
        ("charts.week_short", (t.charts.week_short)(37), &["37"]),
        (
            "charts.plan_week_short",
            (t.charts.plan_week_short)(38, 37),
            &["38", "37"],
        ),
        ("charts.so_far", (t.charts.so_far)(A), &[A]),
        ("charts.today_mark", (t.charts.today_mark)(A), &[A]),
        ("charts.plan_line", (t.charts.plan_line)(38, A), &["38", A]),
        (
            "charts.minutes_now",
            (t.charts.minutes_now)(37, None, true, 48, Some(59)),
            &["37", "48", "59"],
        ),
        (
            "charts.minutes_now of a plan, done",
            (t.charts.minutes_now)(37, Some(38), false, 48, None),
            &["37", "38", "48"],
        ),
        (
            "charts.minutes_best",
            (t.charts.minutes_best)(37, Some(38), 48),
            &["37", "38", "48"],
        ),
        (
            "charts.showing_weeks",
            (t.charts.showing_weeks)(37),
            &["37"],
        ),
        (
            "charts.bar_tooltip",
            (t.charts.bar_tooltip)(A, 48, Some(59)),
            &[A, "48", "59"],
        ),
        ("charts.score_now", (t.charts.score_now)(37, A), &["37", A]),
        (
            "charts.mood_latest",
            (t.charts.mood_latest)(37, Some(38), Some(B), Some(C)),
            &["37", "38", B, C],
        ),
        (
            "charts.mood_latest after only",
            (t.charts.mood_latest)(37, None, None, Some(C)),
            &["37", C],
        ),
        (
            "charts.mood_average",
            (t.charts.mood_average)(37, Some(B), Some(C)),
            &["37", B, C],
        ),
        (
            "charts.mood_average before only",
            (t.charts.mood_average)(37, Some(B), None),
            &["37", B],
        ),
        (
            "charts.mood_tooltip",
            (t.charts.mood_tooltip)(A, true, B),
            &[A, B],
        ),
        (
            "charts.calendar_starts",
            (t.charts.calendar_starts)(A),
            &[A],
        ),
        (
            "charts.calendar_active",
            (t.charts.calendar_active)(37, 38),
            &["37", "38"],
        ),
        (
            "charts.calendar_active this week",
            (t.charts.calendar_active)(1, 1),
            &["1"],
        ),
        (
            "charts.calendar_skipped",
            (t.charts.calendar_skipped)(37),
            &["37"],
        ),
        (
            "charts.day_done",
            (t.charts.day_done)(37, 38),
            &["37", "38"],
        ),
        ("charts.day_done only", (t.charts.day_done)(1, 0), &["1"]),
        ("charts.day_skipped", (t.charts.day_skipped)(37), &["37"]),
        ("settings.last_backup", (t.settings.last_backup)(A), &[A]),
        ("settings.refused", (t.settings.refused)(A), &[A]),
        ("settings.ready", (t.settings.ready)(37), &["37"]),
        (
            "settings.set_aside_download",
            (t.settings.set_aside_download)(37),
            &["37"],
        ),
        ("messages.undone", (m.undone)(A), &[A]),
        ("messages.moved", (m.moved)(A, B), &[A, B]),
        ("messages.swapped", (m.swapped)(A, B, C), &[A, B, C]),
        (
            "import.unknown_activity",
            (m.import.unknown_activity)(A),
            &[A],
        ),
        ("import.damaged", (m.import.damaged)(A), &[A]),
        ("import.implausible", (m.import.implausible)(A), &[A]),
        ("calendar.from_clinic", (t.calendar.from_clinic)(A), &[A]),
        ("calendar.description", (t.calendar.description)(A), &[A]),
        (
            "calendar.description without a clinic",
            (t.calendar.description)(" "),
            &[],
        ),
        (
            "calendar.summary",
            (t.calendar.summary)(A, 48, B),
            &[A, "48", B],
        ),
    ]
}

/// Every string a catalogue can show: the fixed ones and the filled-in ones.
pub(super) fn everything(t: &Text) -> Vec<(&'static str, String)> {
    let filled_in = filled(t).into_iter().map(|(key, text, _)| (key, text));
    fixed(t)
        .into_iter()
        .map(|(key, text)| (key, text.to_owned()))
        .chain(filled_in)
        .collect()
}
