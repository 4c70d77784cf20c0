//! Every sentence the plan shows, in one place so the tone can be reviewed at a glance: kind,
//! practical, never shaming, and claiming nothing beyond REFERENCES.md.

use crate::core::activity::Activity;
use crate::core::plan::Intensity;

/// Shown on gentle plans: the readiness check found something worth a word with a clinician.
pub const GENTLE_NOTICE: &str = "This plan is extra gentle: short, easy sessions that grow \
slowly. Please check with your clinician first, before becoming much more active.";

/// What a session is for on its day; the how-to line depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The day's session (a strength day of its own included).
    Main,
    /// The short, easy session of the weekly recovery day.
    Recovery,
    /// A short strength set added on to a day that already has a walk, swim or yoga session.
    ShortSet,
}

/// The short how-to line for one session.
pub fn session_note(activity: Activity, intensity: Intensity, role: Role) -> &'static str {
    match (role, activity, intensity) {
        (Role::Recovery, _, _) => "A short, easy recovery day: move gently and enjoy it.",
        (Role::ShortSet, _, Intensity::Easy) => {
            "A short set to add on: a few easy moves, like sit-to-stands. Stop any time."
        }
        (Role::ShortSet, _, Intensity::Moderate) => {
            "A short set to add on: the last few moves should feel like work, never pain."
        }
        (Role::Main, Activity::Walking, Intensity::Easy) => {
            "An easy pace: you should be able to chat the whole time."
        }
        (Role::Main, Activity::Walking, Intensity::Moderate) => {
            "A brisk pace: you can still talk, but not sing. Slow down whenever you need to."
        }
        (Role::Main, Activity::Swimming, Intensity::Easy) => {
            "A relaxed pace: rest at the wall whenever you like."
        }
        (Role::Main, Activity::Swimming, Intensity::Moderate) => {
            "A steady pace: breathing harder, but you could still talk at the wall, not sing."
        }
        (Role::Main, Activity::Yoga, _) => {
            "Move slowly with your breath; skip any pose that doesn't feel right."
        }
        (Role::Main, Activity::Strength, Intensity::Easy) => {
            "A few simple moves, like sit-to-stands or wall push-ups. Rest between them."
        }
        (Role::Main, Activity::Strength, Intensity::Moderate) => {
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
            let note = session_note(a, Intensity::Moderate, Role::Main);
            assert!(note.contains("talk") && note.contains("not sing"), "{note}");
        }
    }

    #[test]
    fn notes_are_short_and_never_shaming() {
        for a in Activity::ALL {
            for i in [Intensity::Easy, Intensity::Moderate] {
                for role in [Role::Main, Role::Recovery, Role::ShortSet] {
                    let note = session_note(a, i, role).to_lowercase();
                    assert!(note.len() <= 100, "{note}");
                    for harsh in ["must", "failed", "lazy", "no excuses", "should have"] {
                        assert!(!note.contains(harsh), "{note}");
                    }
                }
            }
        }
        assert!(GENTLE_NOTICE.contains("clinician"));
    }

    #[test]
    fn a_short_set_says_it_is_short_and_has_its_own_line() {
        for i in [Intensity::Easy, Intensity::Moderate] {
            let short = session_note(Activity::Strength, i, Role::ShortSet);
            assert!(short.contains("short set"), "{short}");
            assert_ne!(short, session_note(Activity::Strength, i, Role::Main));
        }
    }
}
