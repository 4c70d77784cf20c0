//! A short readiness check before the plan: seven yes/no questions, in our own plain words,
//! covering the topics of the PAR-Q+ (2020) screening questionnaire.
//!
//! It decides nothing medical. Any "yes" makes the plan gentle and kindly suggests a word with a
//! clinician before becoming much more active, which is all the questionnaire itself asks.

use serde::Serialize;

/// One yes/no question, with a stable id for storage and forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, safe to store with an answer.
    pub id: &'static str,
    /// The question as the visitor reads it.
    pub text: &'static str,
}

/// The seven questions, in the order the widget asks them.
pub const QUESTIONS: [Question; 7] = [
    Question {
        id: "heart",
        text: "Has a doctor ever told you that you have a heart problem or high blood pressure?",
    },
    Question {
        id: "chest_pain",
        text: "Do you ever feel pain in your chest, whether resting, going about your day, or being active?",
    },
    Question {
        id: "dizziness",
        text: "In the past year, have you lost your balance because you felt dizzy, or have you fainted?",
    },
    Question {
        id: "other_condition",
        text: "Has a doctor diagnosed you with another long-term health condition?",
    },
    Question {
        id: "medication",
        text: "Do you take prescribed medicine for a long-term health condition?",
    },
    Question {
        id: "bones_joints",
        text: "Do you have (or have you had in the past year) a problem with your bones, joints or muscles that being more active could make worse?",
    },
    Question {
        id: "supervised_only",
        text: "Has a doctor ever said you should only be active with medical supervision?",
    },
];

/// The visitor's answers, one per question in [`QUESTIONS`] order (`true` = yes).
pub type Answers = [bool; QUESTIONS.len()];

/// Shown when any answer is "yes".
pub const CHECK_WITH_CLINICIAN: &str = "Thank you for telling us. Please talk with your \
clinician before becoming much more active. Until then, your plan stays extra gentle: short, \
easy sessions that grow slowly.";

/// Shown when every answer is "no".
pub const READY_TO_START: &str = "Thank you. You're ready to start small and build from there.";

/// What the check means for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// Pass this as the plan's gentle mode.
    pub gentle: bool,
    /// A kind note to show the visitor.
    pub note: &'static str,
}

/// Any "yes" turns gentle mode on, because the questionnaire asks anyone answering yes to talk
/// with a clinician first; Momentum does not try to judge which "yes" matters more.
pub fn assess(answers: &Answers) -> Readiness {
    if answers.iter().any(|&yes| yes) {
        Readiness {
            gentle: true,
            note: CHECK_WITH_CLINICIAN,
        }
    } else {
        Readiness {
            gentle: false,
            note: READY_TO_START,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_no_is_not_gentle() {
        let r = assess(&[false; 7]);
        assert!(!r.gentle);
        assert_eq!(r.note, READY_TO_START);
    }

    #[test]
    fn any_single_yes_is_gentle_and_suggests_a_clinician() {
        for i in 0..QUESTIONS.len() {
            let mut answers = [false; 7];
            answers[i] = true;
            let r = assess(&answers);
            assert!(r.gentle, "question {}", QUESTIONS[i].id);
            assert!(r.note.contains("clinician"));
        }
    }

    #[test]
    fn questions_have_unique_ids_and_are_questions() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert!(q.text.ends_with('?'), "{}", q.id);
            assert!(QUESTIONS[i + 1..].iter().all(|other| other.id != q.id));
        }
    }
}
