//! The activities a visitor can choose, as the clinic's article describes them.

use serde::{Deserialize, Serialize};

/// One kind of exercise a visitor can pick; the plan only ever schedules chosen ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activity {
    /// Walking, outdoors or in: the easiest start.
    Walking,
    /// Yoga: slow, mindful movement and stretching.
    Yoga,
    /// Swimming: low impact, kind to the joints.
    Swimming,
    /// Strength: simple moves at home.
    Strength,
    /// Anything else the visitor did (dancing, cycling, gardening): never planned, always
    /// welcome in the log, because the article says what counts is moving, not which activity.
    Other,
}

impl Activity {
    /// The activities a plan can hold, in the order the chooser shows them (gentlest and most
    /// familiar first).
    pub const PLANNABLE: [Activity; 4] = [
        Activity::Walking,
        Activity::Yoga,
        Activity::Swimming,
        Activity::Strength,
    ];

    /// Every activity the log can hold: the plannable ones, then "something else".
    pub const ALL: [Activity; 5] = [
        Activity::Walking,
        Activity::Yoga,
        Activity::Swimming,
        Activity::Strength,
        Activity::Other,
    ];

    /// Whether a plan may schedule it (everything but "something else").
    pub fn is_plannable(self) -> bool {
        self != Activity::Other
    }

    /// The stable identifier used in stored records, URLs and command-line arguments.
    pub fn id(self) -> &'static str {
        match self {
            Activity::Walking => "walking",
            Activity::Yoga => "yoga",
            Activity::Swimming => "swimming",
            Activity::Strength => "strength",
            Activity::Other => "other",
        }
    }

    /// Parses the identifier written by [`Activity::id`]; `None` for anything else.
    pub fn from_id(id: &str) -> Option<Activity> {
        Activity::ALL.into_iter().find(|a| a.id() == id)
    }

    /// The name a visitor reads.
    pub fn label(self) -> &'static str {
        match self {
            Activity::Walking => "Walking",
            Activity::Yoga => "Yoga",
            Activity::Swimming => "Swimming",
            Activity::Strength => "Strength",
            Activity::Other => "Something else",
        }
    }

    /// One line on what the activity is good for, in the spirit of the clinic's article.
    pub fn blurb(self) -> &'static str {
        match self {
            Activity::Walking => "Easy to start anywhere, at your own pace.",
            Activity::Yoga => "Slow, mindful moves and stretches.",
            Activity::Swimming => "Kind to the joints; the water carries you.",
            Activity::Strength => "Simple moves at home, like sit-to-stands.",
            Activity::Other => "Dancing, cycling, gardening: whatever got you moving.",
        }
    }

    /// How hard the activity is on the joints, as the article ranks them: yoga, swimming and
    /// walking are its low-impact starting points; strength work is done at your own pace.
    pub fn impact(self) -> &'static str {
        match self {
            Activity::Walking | Activity::Yoga | Activity::Swimming => "Low impact",
            Activity::Strength | Activity::Other => "Low to moderate impact",
        }
    }

    /// What the article says the activity is good for, in a few words.
    pub fn good_for(self) -> &'static str {
        match self {
            Activity::Walking | Activity::Swimming => "Good for lifting your mood",
            Activity::Yoga => "Good for flexibility and calm",
            Activity::Strength => "Good for feeling stronger, in body and mind",
            Activity::Other => "Good for your mood, whatever it is",
        }
    }

    /// Aerobic activities are the ones the article's "30 minutes, moderate" target is about.
    pub fn is_aerobic(self) -> bool {
        matches!(self, Activity::Walking | Activity::Swimming)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for a in Activity::ALL {
            assert_eq!(Activity::from_id(a.id()), Some(a));
        }
        assert_eq!(Activity::from_id("running"), None);
    }

    #[test]
    fn every_activity_says_what_it_is_good_for_and_how_hard_on_the_joints() {
        for a in Activity::ALL {
            assert!(a.good_for().starts_with("Good for"));
            assert!(a.impact().ends_with("impact"));
            assert!(!a.blurb().is_empty());
        }
        assert_eq!(Activity::Yoga.impact(), "Low impact");
    }

    #[test]
    fn serde_uses_the_stable_ids() {
        for a in Activity::ALL {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.id()));
        }
    }
}
