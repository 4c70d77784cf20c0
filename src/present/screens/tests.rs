//! What each screen shows, decided here and tested natively (the yew views only lay it out).

use chrono::{Days, NaiveDate, Weekday};

use super::plan::PlanItem;
use super::session::CardActions;
use super::today::Extra;
use super::*;
use crate::core::activity::Activity;
use crate::core::log::{Effort, LogEntry, Outcome};
use crate::core::plan::Choices;
use crate::core::record::Record;
use crate::present::embed::EmbedConfig;
use crate::present::state::{Notice, SaveMode, Screen};
use crate::present::text::{EN, ES};
use crate::present::{reduce, Action};

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(n) // Monday 5 January 2026
}

/// Walking on Mon/Wed/Fri at 10 minutes from day 0, seen on `today`.
fn walker(today: u64) -> WidgetState {
    let mut record = Record::default();
    let choices = Choices {
        activities: vec![Activity::Walking],
        minutes_today: 10,
        weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
        gentle: false,
    };
    record.start_first_plan(choices, day(0), day(0)).unwrap();
    record.catch_up(day(today));
    WidgetState::new(record, SaveMode::Save, None, day(today))
}

fn on(state: &WidgetState, screen: Screen) -> View {
    let state = reduce(state, Action::Tab(screen));
    view(&state, &EmbedConfig::default(), &EN)
}

fn today_view(state: &WidgetState) -> today::TodayView {
    match on(state, Screen::Today).screen {
        ScreenView::Today(v) => v,
        other => panic!("not Today: {other:?}"),
    }
}

fn plan_view(state: &WidgetState) -> plan::PlanView {
    match on(state, Screen::Plan).screen {
        ScreenView::Plan(v) => v,
        other => panic!("not Plan: {other:?}"),
    }
}

#[test]
fn today_shows_the_days_sessions_with_their_date_and_buttons() {
    let v = today_view(&walker(0));
    assert_eq!(v.title, "Today, Monday, January 5");
    assert_eq!(v.sessions.len(), 1);
    let card = &v.sessions[0];
    assert_eq!(card.title, "Walking, 10 min");
    assert_eq!(card.when, "Mon, Jan 5");
    assert!(matches!(
        card.actions,
        CardActions::Log {
            planned_minutes: 10,
            ..
        }
    ));
    assert!(
        card.change.is_some(),
        "today's unlogged session can move or swap"
    );
    assert_eq!(v.extra, Extra::Button(EN.today.extra_open));
    assert!(v.rest_day.is_none());
}

#[test]
fn a_rest_day_says_so_kindly_and_what_comes_next() {
    let v = today_view(&walker(1));
    let rest = v.rest_day.expect("Tuesday has nothing planned");
    assert_eq!(rest.text, EN.today.rest_day);
    assert_eq!(
        rest.next.as_deref(),
        Some("Next up: Walking on Wed, Jan 7, 10 min.")
    );
}

#[test]
fn a_logged_card_reads_as_one_story_and_offers_undo_only() {
    let mut state = walker(0);
    let mut entry = LogEntry::new(
        day(0),
        Activity::Walking,
        Outcome::Done {
            minutes: 12,
            effort: Some(Effort::Easy),
        },
    );
    entry.note = Some("Sunny".into());
    state.record_mut().log_session(entry);
    let card = today_view(&state).sessions.remove(0);
    assert_eq!(card.title, "Walking: done, 12 of 10 min");
    assert_eq!(card.detail.as_deref(), Some("Felt easy."));
    assert_eq!(card.outcome, Some("done"));
    assert_eq!(card.actions, CardActions::Undo(EN.today.undo));
    assert!(card.change.is_none(), "a logged session stays put");
}

#[test]
fn the_plan_lets_this_week_and_last_week_be_ticked_up_to_today_only() {
    // Wednesday of week 2: week 2's Monday and Wednesday, and all of week 1, can be ticked;
    // Friday is ahead; week 3 is rows.
    let v = plan_view(&walker(9));
    assert_eq!(v.weeks.len(), 12);
    let cards = |week: usize| {
        v.weeks[week]
            .items
            .iter()
            .filter(|i| matches!(i, PlanItem::Card(_)))
            .count()
    };
    assert_eq!(cards(0), 3);
    assert_eq!(cards(1), 2);
    assert_eq!(cards(2), 0);
    assert!(v.weeks[1].current && !v.weeks[0].current);
    assert_eq!(v.weeks[1].badges, vec![EN.plan.this_week]);
    // Rows of days gone by say so, and offer no move or swap.
    let PlanItem::Card(past) = &v.weeks[0].items[0] else {
        panic!()
    };
    assert!(past.change.is_none());
    let PlanItem::Row(ahead) = &v.weeks[2].items[0] else {
        panic!()
    };
    assert_eq!(ahead.state, EN.plan.row_ahead);
    assert!(ahead.change.is_some());
    assert!(v.export.is_some());
}

#[test]
fn earlier_plans_stay_viewable_read_as_they_were() {
    let mut state = walker(84);
    assert!(state.record_mut().start_next_plan(day(84)));
    let v = plan_view(&state);
    let picker = v.picker.expect("two plans");
    assert_eq!(picker.options.len(), 2);
    assert!(picker.options[1].2, "the current plan is on show");
    let earlier = reduce(
        &reduce(&state, Action::Tab(Screen::Plan)),
        Action::ViewPlan(Some(0)),
    );
    let ScreenView::Plan(v) = view(&earlier, &EmbedConfig::default(), &EN).screen else {
        panic!()
    };
    assert_eq!(v.title, "Plan 1");
    assert!(v.export.is_none(), "no calendar file for a plan gone by");
    assert_eq!(v.weeks[0].items.len(), 3);
}

#[test]
fn status_lines_show_where_the_change_happened_and_go_at_the_next_action() {
    let state = walker(0);
    let key = (day(0), Activity::Walking);
    let skipped = reduce(
        &reduce(&state, Action::Tab(Screen::Today)),
        Action::LogSkipped(key),
    );
    let v = today_view_with(&skipped, &EmbedConfig::default());
    assert_eq!(v.sessions[0].status.as_deref(), Some(EN.messages.skipped));
    assert!(v.status.is_none(), "not at the top of the screen");
    let live = view(&skipped, &EmbedConfig::default(), &EN).live;
    assert_eq!(live, EN.messages.skipped, "and read out once");
    let opened = reduce(&skipped, Action::OpenExtraForm);
    assert!(
        today_view_with(&opened, &EmbedConfig::default()).sessions[0]
            .status
            .is_none()
    );
}

#[test]
fn a_session_moved_on_the_plan_says_so_on_its_row() {
    use crate::core::plan::adjust::Adjustment;
    // Monday of week 1: Friday moves to Saturday; both are ahead, so both are rows.
    let state = reduce(&walker(0), Action::Tab(Screen::Plan));
    let moved = reduce(
        &state,
        Action::Adjust(Adjustment {
            date: day(4),
            activity: Activity::Walking,
            to_date: day(5),
            to_activity: Activity::Walking,
        }),
    );
    let v = plan_view_here(&moved);
    let rows: Vec<_> = v.weeks[0]
        .items
        .iter()
        .filter_map(|i| match i {
            PlanItem::Row(r) => Some(r),
            PlanItem::Card(_) => None,
        })
        .collect();
    let with_status: Vec<_> = rows.iter().filter(|r| r.status.is_some()).collect();
    assert_eq!(with_status.len(), 1, "one line, where the change happened");
    assert_eq!(with_status[0].key, (day(5), Activity::Walking));
    assert!(with_status[0]
        .status
        .as_deref()
        .unwrap()
        .contains("Walking"));
}

/// The Plan screen as the state has it, without a tab click (which would clear its status).
fn plan_view_here(state: &WidgetState) -> plan::PlanView {
    match view(state, &EmbedConfig::default(), &EN).screen {
        ScreenView::Plan(v) => v,
        other => panic!("not Plan: {other:?}"),
    }
}

#[test]
fn a_read_only_record_shows_no_buttons_that_would_change_it() {
    let mut state = walker(0);
    state.save_mode = SaveMode::ReadOnly;
    state.notice = Some(Notice::NewerVersion);
    let v = on(&state, Screen::Today);
    let notice = v.notice.expect("the notice");
    assert_eq!(
        notice.download,
        Some((EN.notices.download_saved, Keep::Stored))
    );
    let ScreenView::Today(today) = v.screen else {
        panic!()
    };
    assert_eq!(today.sessions[0].actions, CardActions::None);
    assert!(today.sessions[0].change.is_none());
    assert_eq!(today.extra, Extra::Hidden);
}

#[test]
fn the_disclaimer_is_at_the_foot_of_every_screen_with_the_clinics_link() {
    let config = EmbedConfig {
        consult_url: Some("/contact/".into()),
        clinic_name: Some("Avesta".into()),
        ..EmbedConfig::default()
    };
    for screen in [
        Screen::Welcome,
        Screen::Readiness,
        Screen::Today,
        Screen::Plan,
        Screen::Settings,
    ] {
        let state = reduce(&walker(0), Action::Tab(screen));
        let d = view(&state, &config, &EN).disclaimer;
        assert_eq!(d.link.as_deref(), Some("/contact/"));
        assert_eq!(d.talk_with, "talk with Avesta");
    }
}

#[test]
fn progress_covers_every_plan_and_marks_where_one_began() {
    let mut state = walker(84);
    state.record_mut().start_next_plan(day(84));
    state.today = day(90);
    let ScreenView::Progress(v) = on(&state, Screen::Progress).screen else {
        panic!()
    };
    assert_eq!(
        v.plan_marks,
        vec!["Plan 2 began on Mon, Mar 30.".to_owned()]
    );
    assert_eq!(v.summary, EN.summary.open);
    assert!(v.mood.is_none(), "no mood notes yet");
}

#[test]
fn what_the_mood_notes_show_appears_after_five_sessions_and_stays_kind() {
    let mut state = walker(20);
    for (n, (before, after)) in [(2, 4), (3, 3), (2, 3), (4, 3), (1, 2)]
        .into_iter()
        .enumerate()
    {
        let mut entry = LogEntry::new(
            day(n as u64 * 2),
            Activity::Walking,
            Outcome::Done {
                minutes: 10,
                effort: None,
            },
        );
        entry.mood_before = Some(before);
        entry.mood_after = Some(after);
        state.record_mut().log_session(entry);
    }
    let ScreenView::Progress(v) = on(&state, Screen::Progress).screen else {
        panic!()
    };
    let mood = v.mood.expect("five sessions with both moods");
    assert!(mood.starts_with("On 3 of the 5 days"), "{mood}");
    assert!(
        !mood.contains(EN.progress.mood_kind),
        "most days were better"
    );
}

#[test]
fn the_support_line_shows_after_a_yes_and_beside_a_very_low_mood() {
    let config = EmbedConfig {
        support_text: Some("Call or text 988".into()),
        support_url: Some("tel:988".into()),
        ..EmbedConfig::default()
    };
    let readiness = reduce(
        &reduce(
            &WidgetState::new(Record::default(), SaveMode::Save, None, day(0)),
            Action::Show(Screen::Readiness),
        ),
        Action::AnswerReadiness {
            index: 0,
            yes: false,
        },
    );
    let ScreenView::Readiness(v) = view(&readiness, &config, &EN).screen else {
        panic!()
    };
    assert!(v.support.is_none(), "no yes yet");
    let yes = reduce(
        &readiness,
        Action::AnswerReadiness {
            index: 2,
            yes: true,
        },
    );
    let ScreenView::Readiness(v) = view(&yes, &config, &EN).screen else {
        panic!()
    };
    assert_eq!(v.support.map(|s| s.url), Some(Some("tel:988".into())));
    // Without a clinic's line, nothing is invented.
    let ScreenView::Readiness(v) = view(&yes, &EmbedConfig::default(), &EN).screen else {
        panic!()
    };
    assert!(v.support.is_none());

    let open = reduce(
        &walker(0),
        Action::OpenDoneForm {
            key: (day(0), Activity::Walking),
            planned_minutes: 10,
        },
    );
    let low = reduce(
        &open,
        Action::EditDoneForm(crate::present::log_form::LogEdit::MoodBefore(1)),
    );
    let form_support = |s: &WidgetState| match &today_view_with(s, &config).sessions[0].actions {
        CardActions::Form(f) => f.support.clone(),
        other => panic!("{other:?}"),
    };
    assert!(form_support(&open).is_none());
    assert!(form_support(&low).is_some());
}

fn today_view_with(state: &WidgetState, config: &EmbedConfig) -> today::TodayView {
    match view(state, config, &EN).screen {
        ScreenView::Today(v) => v,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_summary_shows_the_last_twelve_weeks_and_only_ticked_notes_print() {
    let mut state = walker(100);
    let mut noted = LogEntry::new(
        day(98),
        Activity::Walking,
        Outcome::Done {
            minutes: 10,
            effort: Some(Effort::TooHard),
        },
    );
    noted.note = Some("Knee hurt a bit".into());
    state.record_mut().log_session(noted);
    state.record_mut().log_session(LogEntry::new(
        day(99),
        Activity::Other,
        Outcome::Done {
            minutes: 20,
            effort: None,
        },
    ));
    state.record_mut().start_next_plan(day(100));
    let summary = reduce(&state, Action::Show(Screen::Summary));
    let ScreenView::Summary(v) = view(&summary, &EmbedConfig::default(), &EN).screen else {
        panic!()
    };
    assert_eq!(v.plans.1.len(), 2);
    assert_eq!(v.weeks.rows.len(), 12, "the last twelve weeks");
    assert!(v.since_start.is_some(), "longer history is summed up");
    assert_eq!(
        v.too_hard.1,
        vec!["Mon, Apr 13 · Walking, 10 min".to_owned()]
    );
    // Between the two plans nothing was planned: both sessions count as something else.
    assert_eq!(
        v.extra.1,
        vec![
            "Mon, Apr 13 · Walking, 10 min".to_owned(),
            "Tue, Apr 14 · Something else, 20 min".to_owned()
        ]
    );
    assert_eq!(v.notes.2.len(), 1);
    assert!(!v.notes.2[0].included, "no note is included unless ticked");
    let ticked = reduce(&summary, Action::ToggleSummaryNote(v.notes.2[0].key));
    let ScreenView::Summary(v) = view(&ticked, &EmbedConfig::default(), &EN).screen else {
        panic!()
    };
    assert!(v.notes.2[0].included);
    assert!(v.made_here.contains("Nothing was sent"));
}

#[test]
fn every_screen_has_content_in_every_state_and_language() {
    // No state may ever render an empty screen: a fresh visitor, a plan, a finished plan, a
    // record whose choices cannot make a plan, read-only, in both languages.
    let mut broken = walker(3).record.as_ref().clone();
    broken.choices.activities.clear();
    let states = [
        WidgetState::new(Record::default(), SaveMode::Save, None, day(0)),
        walker(3),
        walker(90),
        WidgetState::new(broken, SaveMode::Save, None, day(3)),
        WidgetState::new(
            Record::default(),
            SaveMode::ReadOnly,
            Some(Notice::CorruptNotBackedUp),
            day(0),
        ),
    ];
    for state in &states {
        for screen in Screen::TABS.into_iter().chain([
            Screen::Welcome,
            Screen::Readiness,
            Screen::Setup,
            Screen::Summary,
        ]) {
            for t in [&EN, &ES] {
                let state = reduce(state, Action::Tab(screen));
                let v = view(&state, &EmbedConfig::default(), t);
                let shown = match &v.screen {
                    ScreenView::Welcome(w) => !w.title.is_empty(),
                    ScreenView::Readiness(r) => r.questions.len() == 7,
                    ScreenView::Setup(s) => !s.activities.is_empty() && !s.submit.is_empty(),
                    ScreenView::Today(d) => {
                        !d.title.is_empty()
                            && (!d.sessions.is_empty()
                                || d.rest_day.is_some()
                                || d.finished.is_some())
                    }
                    ScreenView::Plan(p) => !p.weeks.is_empty(),
                    ScreenView::Progress(p) => !p.title.is_empty(),
                    ScreenView::Settings(s) => !s.title.is_empty(),
                    ScreenView::Summary(s) => !s.title.is_empty(),
                };
                assert!(
                    shown,
                    "{screen:?} in {:?} shows nothing for {state:?}",
                    t.lang
                );
            }
        }
    }
}
