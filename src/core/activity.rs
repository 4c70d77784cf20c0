//! The activities a visitor can choose, as the clinic's article describes them.

use serde::{Deserialize, Serialize};

/// One kind of exercise a visitor can pick; the plan only ever schedules chosen ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Activity {
    Walking,
    Yoga,
    Swimming,
    Strength,
}

impl Activity {
    /// Every activity, in the order the chooser shows them (gentlest and most familiar first).
    pub const ALL: [Activity; 4] = [
        Activity::Walking,
        Activity::Yoga,
        Activity::Swimming,
        Activity::Strength,
    ];

    /// The stable identifier used in stored records, URLs and command-line arguments.
    pub fn id(self) -> &'static str {
        match self {
            Activity::Walking => "walking",
            Activity::Yoga => "yoga",
            Activity::Swimming => "swimming",
            Activity::Strength => "strength",
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
        }
    }

    /// One line on what the activity is good for, in the spirit of the clinic's article.
    pub fn blurb(self) -> &'static str {
        match self {
            Activity::Walking => "Low impact and easy to start anywhere; gets your heart going.",
            Activity::Yoga => "Gentle on the joints; builds flexibility and a moment of calm.",
            Activity::Swimming => "Low impact and kind to the joints; gets your heart going.",
            Activity::Strength => "Simple moves at home that help you feel stronger.",
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
    fn serde_uses_the_stable_ids() {
        for a in Activity::ALL {
            let json = serde_json::to_string(&a).unwrap();
            assert_eq!(json, format!("\"{}\"", a.id()));
        }
    }
}
