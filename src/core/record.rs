//! The one record Momentum keeps per widget: the visitor's choices, versioned for migrations.
//!
//! The web shell stores [`Record::to_json`] under a namespaced key and reads it back with
//! [`Record::parse`]; this module decides what is valid, the shell only moves text.

use serde::{Deserialize, Serialize};

use crate::core::activity::Activity;

/// The schema version this build writes; records with a higher number come from a newer widget.
pub const CURRENT_VERSION: u32 = 1;

/// Everything stored for one widget instance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    pub profile: Profile,
}

/// The visitor's own choices, from which the plan is derived.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Chosen activities, kept sorted and without repeats.
    pub activities: Vec<Activity>,
}

impl Default for Record {
    fn default() -> Self {
        Record {
            version: CURRENT_VERSION,
            profile: Profile::default(),
        }
    }
}

/// Why stored text could not become a [`Record`]; each case gets its own message in the widget.
#[derive(Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Not JSON, or not the shape of any known version.
    Corrupt(String),
    /// Written by a newer widget than this one: never overwrite it.
    NewerVersion(u32),
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::Corrupt(why) => write!(f, "the saved data could not be read ({why})"),
            RecordError::NewerVersion(v) => write!(
                f,
                "the saved data comes from a newer version of this widget (version {v})"
            ),
        }
    }
}

impl Record {
    /// Reads stored text, refusing anything it does not fully understand.
    pub fn parse(text: &str) -> Result<Record, RecordError> {
        #[derive(Deserialize)]
        struct VersionOnly {
            version: u32,
        }
        let probe: VersionOnly =
            serde_json::from_str(text).map_err(|e| RecordError::Corrupt(e.to_string()))?;
        if probe.version > CURRENT_VERSION {
            return Err(RecordError::NewerVersion(probe.version));
        }
        let mut record: Record =
            serde_json::from_str(text).map_err(|e| RecordError::Corrupt(e.to_string()))?;
        record.profile.activities.sort();
        record.profile.activities.dedup();
        Ok(record)
    }

    /// The text to store; [`Record::parse`] reads it back unchanged.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record always serializes")
    }

    /// Adds or removes one activity from the visitor's choice.
    pub fn toggle_activity(&mut self, activity: Activity) {
        let chosen = &mut self.profile.activities;
        match chosen.binary_search(&activity) {
            Ok(i) => {
                chosen.remove(i);
            }
            Err(i) => chosen.insert(i, activity),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_json() {
        let mut record = Record::default();
        record.toggle_activity(Activity::Yoga);
        record.toggle_activity(Activity::Walking);
        assert_eq!(Record::parse(&record.to_json()), Ok(record));
    }

    #[test]
    fn toggling_twice_removes_the_choice() {
        let mut record = Record::default();
        record.toggle_activity(Activity::Swimming);
        record.toggle_activity(Activity::Swimming);
        assert!(record.profile.activities.is_empty());
    }

    #[test]
    fn refuses_newer_versions_and_garbage() {
        assert_eq!(
            Record::parse(r#"{"version":99,"profile":{"activities":[]}}"#),
            Err(RecordError::NewerVersion(99))
        );
        assert!(matches!(
            Record::parse("{not json"),
            Err(RecordError::Corrupt(_))
        ));
    }
}
