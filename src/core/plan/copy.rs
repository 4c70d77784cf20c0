//! Every sentence the plan shows, in one place so the tone can be reviewed at a glance: kind,
//! practical, never shaming, and claiming nothing beyond REFERENCES.md.

use crate::core::activity::Activity;
use crate::core::plan::Intensity;

/// Shown on gentle plans: the readiness check found something worth a word with a clinician.
pub const GENTLE_NOTICE: &str = "This plan is extra gentle: short, easy sessions that grow \
slowly. Please check with your clinician first, before becoming much more active.";

/// The short how-to line for one session.
pub fn session_note(activity: Activity, intensity: Intensity, recovery: bool) -> &'static str {
    if recovery {
        return "A short, easy recovery day: move gently and enjoy it.";
    }
    match (activity, intensity) {
        (Activity::Walking, Intensity::Easy) => {
            "An easy pace: you should be able to chat the whole time."
        }
        (Activity::Walking, Intensity::Moderate) => {
            "A brisk pace: you can still talk, but not sing. Slow down whenever you need to."
        }
        (Activity::Swimming, Intensity::Easy) => {
            "A relaxed pace: rest at the wall whenever you like."
        }
        (Activity::Swimming, Intensity::Moderate) => {
            "A steady pace: breathing harder, but you could still talk at the wall, not sing."
        }
        (Activity::Yoga, _) => {
            "Move slowly with your breath; skip any pose that doesn't feel right."
        }
        (Activity::Strength, Intensity::Easy) => {
            "A few simple moves, like sit-to-stands or wall push-ups. Rest between them."
        }
        (Activity::Strength, Intensity::Moderate) => {
            "Simple moves at home; the last few of each set should feel like work, never pain."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moderate_aerobic_notes_describe_the_talk_test() {
        for a in [Activity::Walking, Activity::Swimming] {
            let note = session_note(a, Intensity::Moderate, false);
            assert!(note.contains("talk") && note.contains("not sing"), "{note}");
        }
    }

    #[test]
    fn notes_are_short_and_never_shaming() {
        for a in Activity::ALL {
            for i in [Intensity::Easy, Intensity::Moderate] {
                for recovery in [false, true] {
                    let note = session_note(a, i, recovery).to_lowercase();
                    assert!(note.len() <= 100, "{note}");
                    for harsh in ["must", "failed", "lazy", "no excuses", "should have"] {
                        assert!(!note.contains(harsh), "{note}");
                    }
                }
            }
        }
        assert!(GENTLE_NOTICE.contains("clinician"));
    }
}
