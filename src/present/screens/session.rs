//! A session as Today and the Plan show it: what to do, what was done, how to tick it off, skip
//! it, take that back, or move or swap it; and the two logging forms.

use chrono::{Days, NaiveDate};

use crate::core::activity::Activity;
use crate::core::log::{
    Effort, EntryKey, Outcome, MAX_NOTE_CHARS, MAX_SESSION_MINUTES, MOOD_RANGE,
};
use crate::core::plan::adjust::{self, Context};
use crate::core::plan::schedule::Schedule;
use crate::core::plan::Session;
use crate::present::embed::EmbedConfig;
use crate::present::log_form::{DraftError, ExtraForm, LogDraft, EXTRA_DAYS_BACK};
use crate::present::screens::{status_at, Support};
use crate::present::state::{Place, WidgetState};
use crate::present::text::Text;

/// One session card.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionCard {
    /// The session's log key.
    pub key: EntryKey,
    /// A stable id for the card's elements: `2026-01-05-walking`.
    pub id: String,
    /// "Walking, 10 min", or what was done: "Walking: done, 12 of 10 min".
    pub title: String,
    /// The day, as everywhere in the widget: "Mon, Jan 5".
    pub when: String,
    /// "easy" or "moderate".
    pub intensity: &'static str,
    /// The how-to line.
    pub note: &'static str,
    /// `done` or `skipped` once logged (styles use it).
    pub outcome: Option<&'static str>,
    /// "Felt just right." or "Not today. That's okay."
    pub detail: Option<String>,
    /// "moved from Mon, Jan 5", when the visitor moved it.
    pub moved_from: Option<String>,
    /// What can be done with it.
    pub actions: CardActions,
    /// A status line about this session.
    pub status: Option<String>,
    /// Move or swap, for a session today or ahead not yet logged.
    pub change: Option<ChangeOptions>,
}

/// A card's buttons.
#[derive(Clone, Debug, PartialEq)]
pub enum CardActions {
    /// Nothing (a read-only record, or a day not here yet).
    None,
    /// "Done" (which opens the form, starting at the planned minutes) and "Not today".
    Log {
        /// "Done".
        done: &'static str,
        /// "Not today".
        not_today: &'static str,
        /// The form starts with these minutes.
        planned_minutes: u16,
    },
    /// "Undo".
    Undo(&'static str),
    /// The open "Done" form.
    Form(Box<LogFormView>),
}

/// A logging form, "Done" or "something else".
#[derive(Clone, Debug, PartialEq)]
pub struct LogFormView {
    /// The form's accessible name.
    pub label: String,
    /// For "something else": its heading, and the activity and day pickers.
    pub extra: Option<ExtraFields>,
    /// The minutes field's label and text.
    pub minutes: (&'static str, String),
    /// The largest number of minutes accepted.
    pub max_minutes: u16,
    /// The effort question and each answer, with whether it is picked.
    pub effort: (&'static str, Vec<(Effort, &'static str, bool)>),
    /// The optional part's summary.
    pub optional: &'static str,
    /// Mood before, then after: the question, and the picked value.
    pub moods: [(&'static str, Option<u8>); 2],
    /// The mood values offered.
    pub mood_values: Vec<u8>,
    /// The note's label and text.
    pub note: (&'static str, String),
    /// Notes' length limit.
    pub note_max: usize,
    /// Why "Save" did not save.
    pub error: Option<String>,
    /// The clinic's support line, beside the mood questions once a very low mood is picked.
    pub support: Option<Support>,
    /// "Save".
    pub save: &'static str,
    /// "Cancel".
    pub cancel: &'static str,
}

/// The "something else" form's own fields.
#[derive(Clone, Debug, PartialEq)]
pub struct ExtraFields {
    /// Its heading.
    pub title: &'static str,
    /// The activity question and each activity, with whether it is picked.
    pub activity: (&'static str, Vec<(Activity, &'static str, bool)>),
    /// The day question and each day offered, with whether it is picked.
    pub day: (&'static str, Vec<(NaiveDate, String, bool)>),
}

/// Move or swap for one session.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeOptions {
    /// "Move or swap".
    pub summary: &'static str,
    /// For screen readers: which session.
    pub detail: String,
    /// "Move to" and the days it can move to.
    pub moves: (&'static str, Vec<(NaiveDate, String)>),
    /// "Do this instead" and what it can become.
    pub swaps: (&'static str, Vec<(Activity, &'static str)>),
    /// "Put back as planned", when it was moved or swapped.
    pub put_back: Option<&'static str>,
}

/// The card for `session` of the week at `index` in `schedule`; `tickable` says whether it can
/// be ticked off here (today, or this week and last week on the Plan screen, up to today).
pub fn card(
    state: &WidgetState,
    config: &EmbedConfig,
    schedule: &Schedule,
    index: usize,
    session: &Session,
    tickable: bool,
    t: &'static Text,
) -> SessionCard {
    let key = session.key();
    let words = &t.plan_words;
    let name = words.activity(session.activity).name;
    let entry = state.entry(key);
    let title = match entry.map(|e| e.outcome) {
        Some(Outcome::Done { minutes, .. }) => (t.today.done_title)(name, minutes, session.minutes),
        Some(Outcome::Skipped) => (t.today.skipped_title)(name),
        None => (t.today.session_title)(name, session.minutes),
    };
    let detail = entry.map(|e| match e.effort() {
        Some(effort) if e.is_done() => (t.today.felt)(words.effort_lower(effort)),
        None if e.is_done() => String::new(),
        _ => t.today.skipped_status.to_owned(),
    });
    let editable = state.editable();
    let actions = if !editable || !tickable || session.date > state.today {
        CardActions::None
    } else if entry.is_some() {
        CardActions::Undo(t.today.undo)
    } else if let Some(form) = state.done_form.as_ref().filter(|f| f.key == key) {
        CardActions::Form(Box::new(log_form(
            &form.draft,
            (t.today.form_label)(name),
            None,
            config,
            t,
        )))
    } else {
        CardActions::Log {
            done: t.today.done,
            not_today: t.today.not_today,
            planned_minutes: session.minutes,
        }
    };
    SessionCard {
        key,
        id: format!("{}-{}", session.date, session.activity.id()),
        title,
        when: t.dates.short(session.date),
        intensity: words.intensity(session.intensity),
        note: words.note(session),
        outcome: entry.map(|e| if e.is_done() { "done" } else { "skipped" }),
        detail: detail.filter(|d| !d.is_empty()),
        moved_from: session
            .planned
            .as_ref()
            .filter(|p| p.date != session.date)
            .map(|p| (t.plan.moved_from)(&t.dates.short(p.date))),
        actions,
        status: status_at(&state.status, Place::Session(key), t),
        change: change_options(state, schedule, index, session, t),
    }
}

/// Move or swap, offered only for a session today or ahead that is not logged.
fn change_options(
    state: &WidgetState,
    schedule: &Schedule,
    index: usize,
    session: &Session,
    t: &'static Text,
) -> Option<ChangeOptions> {
    if !state.editable() || session.date < state.today || state.entry(session.key()).is_some() {
        return None;
    }
    let week = &schedule.weeks.get(index)?.week;
    let neighbours = schedule.neighbours(index);
    let context = Context {
        neighbours: &neighbours,
        chosen: &state.record.choices.activities,
        log: &state.record.log,
        today: state.today,
    };
    let moves: Vec<(NaiveDate, String)> = adjust::move_options(week, context, session)
        .into_iter()
        .map(|d| (d, t.dates.short(d)))
        .collect();
    let swaps: Vec<(Activity, &'static str)> = adjust::swap_options(week, context, session)
        .into_iter()
        .map(|a| (a, t.plan_words.activity(a).name))
        .collect();
    let moved = session.planned.is_some();
    if moves.is_empty() && swaps.is_empty() && !moved {
        return None;
    }
    let name = t.plan_words.activity(session.activity).name;
    Some(ChangeOptions {
        summary: t.plan.change,
        detail: (t.plan.change_detail)(name, &t.dates.short(session.date)),
        moves: (t.plan.move_to, moves),
        swaps: (t.plan.swap_to, swaps),
        put_back: moved.then_some(t.plan.put_back),
    })
}

/// A form's view from its draft.
fn log_form(
    draft: &LogDraft,
    label: String,
    extra: Option<ExtraFields>,
    config: &EmbedConfig,
    t: &'static Text,
) -> LogFormView {
    let very_low = draft.mood_before == Some(1) || draft.mood_after == Some(1);
    let today = &t.today;
    let effort_legend = if extra.is_some() {
        today.extra_effort
    } else {
        today.effort_legend
    };
    LogFormView {
        label,
        extra,
        minutes: (today.minutes_field, draft.minutes.clone()),
        max_minutes: MAX_SESSION_MINUTES,
        effort: (
            effort_legend,
            Effort::ALL
                .iter()
                .map(|&e| (e, t.plan_words.effort(e), draft.effort == Some(e)))
                .collect(),
        ),
        optional: today.optional,
        moods: [
            (today.mood_before, draft.mood_before),
            (today.mood_after, draft.mood_after),
        ],
        mood_values: MOOD_RANGE.collect(),
        note: (today.note, draft.note.clone()),
        note_max: MAX_NOTE_CHARS,
        error: draft.error.as_ref().map(|e| draft_error(e, t)),
        support: very_low.then(|| Support::from_config(config, t)).flatten(),
        save: today.save,
        cancel: today.cancel,
    }
}

fn draft_error(error: &DraftError, t: &'static Text) -> String {
    match error {
        DraftError::Minutes => t.messages.minutes_error.into(),
        DraftError::NoActivity => t.messages.activity_error.into(),
        DraftError::Implausible(_) => t.messages.entry_error.into(),
    }
}

/// The "something else" form's view.
pub fn extra_form(
    state: &WidgetState,
    config: &EmbedConfig,
    form: &ExtraForm,
    t: &'static Text,
) -> LogFormView {
    let today = &t.today;
    let days = (0..=EXTRA_DAYS_BACK)
        .filter_map(|back| state.today.checked_sub_days(Days::new(back)))
        .map(|d| {
            let words = t.dates.short(d);
            let label = if d == state.today {
                format!("{}, {words}", today.today_word)
            } else {
                words
            };
            (d, label, d == form.date)
        })
        .collect();
    let extra = ExtraFields {
        title: today.extra_title,
        activity: (
            today.extra_activity,
            Activity::ALL
                .iter()
                .map(|&a| (a, t.plan_words.activity(a).name, form.activity == Some(a)))
                .collect(),
        ),
        day: (today.extra_day, days),
    };
    log_form(
        &form.draft,
        today.extra_title.to_owned(),
        Some(extra),
        config,
        t,
    )
}
