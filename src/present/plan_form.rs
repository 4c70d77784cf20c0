//! The plan form's saving and the plan's other changes: building the first plan, new choices from today
//! on, moves, swaps, putting back, the next twelve weeks, and which plan the Plan screen shows.

use crate::present::action::Action;
use crate::present::state::{Focus, Message, Place, Screen, WidgetState};

/// The plan's actions (see [`crate::present::reduce`]).
pub(crate) fn apply(state: &WidgetState, next: &mut WidgetState, action: Action) {
    let today = state.today;
    match action {
        Action::EditPlanDraft(edit) => next.plan_draft.edit(edit),
        Action::SavePlanChoices => {
            let choices = state.plan_draft.choices(state.record.choices.gentle);
            let first_plan = state.record.plans.is_empty();
            let start = state.plan_draft.start;
            let record = next.record_mut();
            let saved = if first_plan {
                record.start_first_plan(choices, start, today)
            } else {
                record.change_choices(choices, today)
            };
            match saved {
                Ok(()) => {
                    next.screen = Screen::Today;
                    next.focus = Focus::Heading;
                    let message = if first_plan {
                        Message::PlanReady
                    } else {
                        Message::PlanUpdated
                    };
                    next.say(message, Place::Screen);
                    if next.notice == Some(crate::present::state::Notice::ChoicesNeeded) {
                        next.notice = None;
                    }
                }
                Err(problem) => {
                    next.say(Message::PlanProblem(problem), Place::PlanForm);
                    next.focus = Focus::Status;
                }
            }
        }
        Action::Adjust(change) => match next.record_mut().adjust(&change, today) {
            Ok(()) => {
                let at = Place::Session((change.to_date, change.to_activity));
                let message = if change.to_date == change.date {
                    Message::Swapped {
                        from: change.activity,
                        to: change.to_activity,
                        on: change.date,
                    }
                } else {
                    Message::Moved(change.activity, change.to_date)
                };
                next.say(message, at);
                next.focus = Focus::Status;
            }
            Err(problem) => {
                next.say(
                    Message::AdjustProblem(problem),
                    Place::Session((change.date, change.activity)),
                );
                next.focus = Focus::Status;
            }
        },
        Action::PutBack(key) => match next.record_mut().put_back(key, today) {
            Ok(()) => {
                next.say(Message::PutBack, Place::Screen);
                next.focus = Focus::Status;
            }
            Err(problem) => next.say(Message::AdjustProblem(problem), Place::Session(key)),
        },
        Action::StartNextPlan => start_next_plan(next, today),
        Action::ViewPlan(plan) => {
            next.viewing_plan = plan.filter(|p| *p + 1 < state.record.plans.len());
            next.focus = Focus::Heading;
        }
        _ => {}
    }
}

/// The next twelve weeks, once the last ones are over.
fn start_next_plan(next: &mut WidgetState, today: chrono::NaiveDate) {
    if next.record_mut().start_next_plan(today) {
        next.viewing_plan = None;
        next.screen = Screen::Today;
        next.focus = Focus::Heading;
        next.say(Message::NextPlanStarted, Place::Screen);
    }
}
