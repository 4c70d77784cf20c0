//! The readiness questions between the intro and the plan form.

use crate::core::readiness::{self, Answers, QUESTIONS};
use crate::present::action::Action;
use crate::present::state::{DraftAnswers, Focus, Message, Place, Screen, WidgetState};

/// The onboarding actions (see [`crate::present::reduce`]).
pub(crate) fn apply(next: &mut WidgetState, action: Action) {
    match action {
        Action::AnswerReadiness { index, yes } => {
            if let Some(slot) = next.draft_answers.get_mut(index) {
                *slot = Some(yes);
            }
        }
        Action::FinishReadiness => match complete(&next.draft_answers) {
            Some(answers) => {
                let gentle = readiness::assess(&answers).gentle;
                let record = next.record_mut();
                record.readiness = Some(answers);
                record.choices.gentle = gentle;
                next.screen = Screen::Setup;
                next.focus = Focus::Heading;
                next.say(Message::ReadinessDone { gentle }, Place::PlanForm);
            }
            None => {
                next.say(Message::AnswerEveryQuestion, Place::Readiness);
                next.focus = Focus::Status;
            }
        },
        _ => {}
    }
}

/// All answers, or `None` while any is still open.
fn complete(draft: &DraftAnswers) -> Option<Answers> {
    let mut answers: Answers = [false; QUESTIONS.len()];
    for (answer, slot) in answers.iter_mut().zip(draft) {
        *answer = (*slot)?;
    }
    Some(answers)
}
