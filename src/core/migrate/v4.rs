//! Format 4: a profile with the plan's inputs and start date, a log of rows, and the visitor's
//! moves. Format 4 stored no plan: it derived all twelve weeks from the inputs and the log each
//! time. Upgrading stores the weeks that had begun as format 4 showed them on the day of the
//! upgrade (its ladder, its adaptation, its moves), and keeps the moves of weeks still ahead.

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;

use crate::core::activity::Activity;
use crate::core::log::Log;
use crate::core::plan::adapt::{self, Evidence, Step};
use crate::core::plan::adjust::{self, Adjustment, Context};
use crate::core::plan::ladder::Ladder;
use crate::core::plan::{
    Choices, Layout, PlanInputs, PlanStart, Week, DEFAULT_SESSION_MINUTES, WEEKS,
};
use crate::core::readiness::Answers;
use crate::core::record::read::{self, ReadError};
use crate::core::record::{Record, Settings, CURRENT_VERSION};

/// A format-4 record (formats 1 to 3 are read into this shape too).
#[derive(Deserialize)]
pub(crate) struct Format4 {
    pub(super) profile: Profile4,
    #[serde(default)]
    pub(super) log: Log,
    #[serde(default)]
    pub(super) settings: Settings,
    #[serde(default)]
    pub(super) adjustments: Vec<Adjustment>,
}

/// The profile of formats 2 to 4: the plan's inputs, with the plan's start date.
#[derive(Deserialize)]
pub(super) struct Profile4 {
    pub(super) activities: Vec<Activity>,
    #[serde(default = "default_minutes")]
    pub(super) minutes_today: u16,
    #[serde(default)]
    pub(super) weekdays: Vec<Weekday>,
    #[serde(default, with = "crate::core::dates::optional")]
    pub(super) start_date: Option<NaiveDate>,
    #[serde(default)]
    pub(super) gentle: bool,
    #[serde(default)]
    pub(super) readiness: Option<Vec<bool>>,
}

fn default_minutes() -> u16 {
    DEFAULT_SESSION_MINUTES
}

/// Reads a format-4 record.
pub(super) fn read(text: &str) -> Result<Format4, ReadError> {
    read::json(text)
}

impl Format4 {
    /// The current record: the same choices, log and settings; the plan's begun weeks stored
    /// as format 4 showed them on `today`, and the moves of the weeks still ahead.
    pub(crate) fn into_current(self, today: NaiveDate) -> Record {
        let p = self.profile;
        let mut weekdays = p.weekdays;
        crate::core::sort_weekdays(&mut weekdays);
        let choices = Choices {
            activities: p.activities,
            minutes_today: p.minutes_today,
            weekdays,
            gentle: p.gentle,
        };
        // A wrong number of answers was never written by the widget: ask again.
        let readiness = p
            .readiness
            .and_then(|answers| Answers::try_from(answers).ok());
        let mut record = Record {
            version: CURRENT_VERSION,
            choices,
            readiness,
            log: self.log,
            settings: self.settings,
            ..Record::default()
        };
        let Some(start) = p.start_date else {
            return record;
        };
        record.plans = vec![PlanStart { start }];
        let Ok(inputs) = record.choices.inputs(start) else {
            // Choices that cannot make a plan: the widget asks for them again, log kept.
            return record;
        };
        let mut weeks = plan_as_shown(&inputs, &record.log, today);
        let moves = self.adjustments;
        apply_moves(
            &mut weeks,
            &moves,
            &record.choices.activities,
            &record.log,
            today,
        );
        record.moves = moves
            .into_iter()
            .filter(|m| !weeks.iter().any(|w| w.start <= today && w.contains(m.date)))
            .collect();
        record.weeks = weeks.into_iter().filter(|w| w.start <= today).collect();
        record
    }
}

/// Format 4's twelve weeks on `today`: each week climbs one rung of the plan's ladder, holds,
/// or skips a hold rung, from the log of the week before (entries after `today` ignored).
fn plan_as_shown(inputs: &PlanInputs, log: &Log, today: NaiveDate) -> Vec<Week> {
    let ladder = Ladder::new(inputs.start_minutes(), inputs.gentle());
    let layout = Layout::new(inputs);
    let plan = PlanStart {
        start: inputs.start(),
    };
    let mut weeks: Vec<Week> = Vec::with_capacity(usize::from(WEEKS));
    let mut rung = 0usize;
    for number in 1..=WEEKS {
        let start = plan.week_start(number);
        if let Some(previous) = weeks.last() {
            let evidence = Evidence::of_week(
                log.between(previous.start, start),
                previous.start,
                start,
                today,
                previous.longest_minutes(),
            );
            let uses_log = log
                .entries()
                .iter()
                .any(|e| e.date >= plan.start && e.date < start && e.date <= today);
            rung = match adapt::next_step(evidence, start <= today, uses_log) {
                Step::Hold => rung,
                Step::Climb => rung + 1,
                Step::ClimbSooner => ladder.next_real_step(rung),
            };
        }
        let level = ladder.level(rung);
        weeks.push(Week {
            start,
            level,
            welcome_back: false,
            sessions: layout.sessions(start, number, level),
        });
    }
    weeks
}

/// Format 4's moves: applied in order to the derived plan, each skipped if it no longer fit.
fn apply_moves(
    weeks: &mut [Week],
    moves: &[Adjustment],
    chosen: &[Activity],
    log: &Log,
    today: NaiveDate,
) {
    for change in moves {
        let Some(index) = weeks.iter().position(|w| w.contains(change.date)) else {
            continue;
        };
        let neighbours: Vec<Week> = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter_map(|i| weeks.get(i).cloned())
            .collect();
        let neighbours: Vec<&Week> = neighbours.iter().collect();
        let context = Context {
            neighbours: &neighbours,
            chosen,
            log,
            // Format 4 re-checked a stored move for its shape, not for "today".
            today: today.min(change.date).min(change.to_date),
        };
        if adjust::check(&weeks[index], context, change).is_ok() {
            adjust::apply(&mut weeks[index], change);
        }
    }
}
