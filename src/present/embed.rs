//! What a clinic can set on the embed element, read and checked without touching the DOM.
//! Bad values are ignored (with a warning for the console), never fatal.

use chrono::Weekday;

/// The widget's settings from the embed element's `data-*` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    /// `data-storage-key`: namespace of this widget's record, so several can share a site.
    pub namespace: String,
    /// `data-clinic-name`: who is speaking in the widget's copy.
    pub clinic_name: String,
    /// `data-consult-url`: where "talk to us" links go; `None` hides the link.
    pub consult_url: Option<String>,
    /// `data-accent`: the clinic's colour as `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// `data-week-start`: `monday` (default) or `sunday`.
    pub week_start: Weekday,
}

/// Defaults for a widget embedded with no attributes at all.
pub const DEFAULT_NAMESPACE: &str = "default";
/// Used when the embed names no clinic.
pub const DEFAULT_CLINIC_NAME: &str = "your care team";

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            namespace: DEFAULT_NAMESPACE.into(),
            clinic_name: DEFAULT_CLINIC_NAME.into(),
            consult_url: None,
            accent: None,
            week_start: Weekday::Mon,
        }
    }
}

impl EmbedConfig {
    /// Reads the settings through `attribute(name)`; returns them with one warning per value
    /// that was present but unusable.
    pub fn from_attributes(
        attribute: impl Fn(&str) -> Option<String>,
    ) -> (EmbedConfig, Vec<String>) {
        let mut config = EmbedConfig::default();
        let mut warnings = Vec::new();
        let read = |name: &str| attribute(name).map(|v| v.trim().to_owned());

        if let Some(ns) = read("data-storage-key") {
            if is_safe_namespace(&ns) {
                config.namespace = ns;
            } else {
                warnings.push(format!(
                    "data-storage-key=\"{ns}\" ignored: use 1-64 letters, digits, '-' or '_'"
                ));
            }
        }
        if let Some(name) = read("data-clinic-name") {
            if !name.is_empty() && name.chars().count() <= 80 {
                config.clinic_name = name;
            } else {
                warnings.push("data-clinic-name ignored: use 1-80 characters".into());
            }
        }
        if let Some(url) = read("data-consult-url") {
            if is_safe_link(&url) {
                config.consult_url = Some(url);
            } else {
                warnings.push(format!(
                    "data-consult-url=\"{url}\" ignored: use an https:// or http:// address or a path"
                ));
            }
        }
        if let Some(colour) = read("data-accent") {
            if is_hex_colour(&colour) {
                config.accent = Some(colour);
            } else {
                warnings.push(format!(
                    "data-accent=\"{colour}\" ignored: use a colour like #1d6b64"
                ));
            }
        }
        if let Some(day) = read("data-week-start") {
            match day.to_ascii_lowercase().as_str() {
                "monday" => config.week_start = Weekday::Mon,
                "sunday" => config.week_start = Weekday::Sun,
                _ => warnings.push(format!(
                    "data-week-start=\"{day}\" ignored: use monday or sunday"
                )),
            }
        }
        (config, warnings)
    }
}

fn is_safe_namespace(ns: &str) -> bool {
    (1..=64).contains(&ns.len())
        && ns
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Only web links: never `javascript:` or `data:` URLs from a mistyped attribute.
fn is_safe_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with('/'))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
}

fn is_hex_colour(colour: &str) -> bool {
    let Some(hex) = colour.strip_prefix('#') else {
        return false;
    };
    matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)]) -> (EmbedConfig, Vec<String>) {
        EmbedConfig::from_attributes(|name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn no_attributes_means_defaults_and_no_warnings() {
        assert_eq!(config(&[]), (EmbedConfig::default(), vec![]));
    }

    #[test]
    fn good_values_are_used() {
        let (c, warnings) = config(&[
            ("data-storage-key", "clinic-a"),
            ("data-clinic-name", "Avesta Ketamine and Wellness"),
            ("data-consult-url", "https://example.org/consult"),
            ("data-accent", "#5a3e85"),
            ("data-week-start", "Sunday"),
        ]);
        assert!(warnings.is_empty());
        assert_eq!(c.namespace, "clinic-a");
        assert_eq!(c.clinic_name, "Avesta Ketamine and Wellness");
        assert_eq!(
            c.consult_url.as_deref(),
            Some("https://example.org/consult")
        );
        assert_eq!(c.accent.as_deref(), Some("#5a3e85"));
        assert_eq!(c.week_start, Weekday::Sun);
    }

    #[test]
    fn bad_values_are_ignored_with_a_warning_each() {
        let (c, warnings) = config(&[
            ("data-storage-key", "../../etc"),
            ("data-consult-url", "javascript:alert(1)"),
            ("data-accent", "red; background: url(x)"),
            ("data-week-start", "wednesday"),
        ]);
        assert_eq!(c, EmbedConfig::default());
        assert_eq!(warnings.len(), 4);
    }
}
