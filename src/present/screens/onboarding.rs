//! The intro and the readiness questions.

use crate::core::readiness::QUESTIONS;
use crate::present::embed::EmbedConfig;
use crate::present::screens::{status_at, Support};
use crate::present::state::{Place, WidgetState};
use crate::present::text::Text;

/// The intro.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WelcomeView {
    /// Heading.
    pub title: &'static str,
    /// Paragraphs.
    pub paragraphs: [&'static str; 2],
    /// "Let's begin".
    pub begin: &'static str,
    /// Before the restore link.
    pub been_here: &'static str,
    /// The restore link.
    pub restore: &'static str,
}

/// The intro's view.
pub fn welcome(t: &'static Text) -> WelcomeView {
    let o = &t.onboarding;
    WelcomeView {
        title: o.welcome_title,
        paragraphs: o.welcome,
        begin: o.begin,
        been_here: o.been_here,
        restore: o.restore_link,
    }
}

/// The readiness questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadinessView {
    /// Heading.
    pub title: &'static str,
    /// Under it.
    pub hint: &'static str,
    /// Each question: its stable id, its words, and the answer so far.
    pub questions: Vec<(&'static str, &'static str, Option<bool>)>,
    /// "Yes" and "No".
    pub answers: [(bool, &'static str); 2],
    /// Why "Continue" did not continue.
    pub error: Option<String>,
    /// The clinic's support line, after any "yes".
    pub support: Option<Support>,
    /// "Continue".
    pub continue_: &'static str,
    /// "Back".
    pub back: &'static str,
}

/// The readiness screen's view.
pub fn readiness(state: &WidgetState, config: &EmbedConfig, t: &'static Text) -> ReadinessView {
    let o = &t.onboarding;
    ReadinessView {
        title: o.readiness_title,
        hint: o.readiness_hint,
        questions: QUESTIONS
            .iter()
            .zip(o.questions)
            .zip(state.draft_answers)
            .map(|((q, text), answer)| (q.id, text, answer))
            .collect(),
        answers: [(true, o.yes), (false, o.no)],
        error: status_at(&state.status, Place::Readiness, t),
        support: state
            .draft_answers
            .contains(&Some(true))
            .then(|| Support::from_config(config, t))
            .flatten(),
        continue_: o.continue_,
        back: o.back,
    }
}
