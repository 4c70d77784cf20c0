//! A short readiness check before the plan: seven yes/no questions covering the topics of the
//! PAR-Q+ (2020) screening questionnaire (the words are in each language's catalogue).
//!
//! It decides nothing medical. Any "yes" makes the plan gentle and kindly suggests a word with a
//! clinician before becoming much more active, which is all the questionnaire itself asks.

/// One yes/no question, with a stable id for storage and forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, safe to store with an answer.
    pub id: &'static str,
}

/// The seven questions, in the order the widget asks them: heart, chest pain, dizziness,
/// another long-term condition, medication, bones and joints, supervised activity only.
pub const QUESTIONS: [Question; 7] = [
    Question { id: "heart" },
    Question { id: "chest_pain" },
    Question { id: "dizziness" },
    Question {
        id: "other_condition",
    },
    Question { id: "medication" },
    Question { id: "bones_joints" },
    Question {
        id: "supervised_only",
    },
];

/// The visitor's answers, one per question in [`QUESTIONS`] order (`true` = yes).
pub type Answers = [bool; QUESTIONS.len()];

/// What the check means for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Readiness {
    /// Pass this as the plan's gentle mode; the widget then suggests a word with a clinician.
    pub gentle: bool,
}

/// Any "yes" turns gentle mode on, because the questionnaire asks anyone answering yes to talk
/// with a clinician first; Momentum does not try to judge which "yes" matters more.
pub fn assess(answers: &Answers) -> Readiness {
    Readiness {
        gentle: answers.iter().any(|&yes| yes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_single_yes_is_gentle_and_all_no_is_not() {
        assert!(!assess(&[false; 7]).gentle);
        for i in 0..QUESTIONS.len() {
            let mut answers = [false; 7];
            answers[i] = true;
            assert!(assess(&answers).gentle, "question {}", QUESTIONS[i].id);
        }
    }

    #[test]
    fn questions_have_unique_ids() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert!(QUESTIONS[i + 1..].iter().all(|other| other.id != q.id));
        }
    }
}
