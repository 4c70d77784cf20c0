//! What a clinic can set on the embed element, read and checked without touching the DOM.
//! Bad values are ignored (with a warning for the console), never fatal.
//!
//! The WordPress plugin checks the same attributes in PHP before it writes them; keep the two
//! sets of rules (and docs/EMBEDDING.md's attribute table) saying the same thing.

use chrono::Weekday;

use crate::present::accent::{Rgb, ThemedAccent};

/// A language the widget can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English, the default.
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, for tests and pickers.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Reads a language tag: `en` or `es` in any case, optionally with subtags (`es-MX`,
    /// `en-US`, `es-419`). Anything else, including other languages, is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().as_bytes();
        let lang = match tag.get(..2)? {
            [b'e' | b'E', b'n' | b'N'] => Lang::En,
            [b'e' | b'E', b's' | b'S'] => Lang::Es,
            _ => return None,
        };
        // Then nothing, or subtags of 1-8 letters or digits, each after a '-'. `len` is the
        // current subtag's length so far; `usize::MAX` before the first one.
        let mut len = usize::MAX;
        for &b in &tag[2..] {
            len = match b {
                b'-' if len != 0 => 0,
                b if b.is_ascii_alphanumeric() && len < 8 => len + 1,
                _ => return None,
            };
        }
        (len != 0).then_some(lang)
    }

    /// The tag for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// The language the widget speaks: the embed's `data-lang` if set, else the page's
/// `<html lang>` when it is one we speak, else English.
pub fn choose_lang(data_lang: Option<Lang>, html_lang: Option<&str>) -> Lang {
    data_lang
        .or_else(|| html_lang.and_then(Lang::from_tag))
        .unwrap_or(Lang::En)
}

/// The widget's settings from the embed element's `data-*` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedConfig {
    /// `data-storage-key`: namespace of this widget's record, so several can share a site.
    pub namespace: String,
    /// `data-clinic-name`: who is speaking in the widget's copy.
    pub clinic_name: Option<String>,
    /// `data-consult-url`: where "talk to us" links go; `None` hides the link.
    pub consult_url: Option<String>,
    /// `data-accent`: the clinic's colour (`#rgb` or `#rrggbb`), as a readable shade for each
    /// colour scheme; `None` keeps the default teal.
    pub accent: Option<ThemedAccent>,
    /// `data-week-start`: `monday` (default) or `sunday`.
    pub week_start: Weekday,
    /// `data-lang`: the language asked for; `None` lets [`choose_lang`] use the page's.
    pub lang: Option<Lang>,
    /// `data-support-text`: the clinic's support line, e.g. "Call or text 988".
    pub support_text: Option<String>,
    /// `data-support-url`: a `tel:`, `sms:` or `https://` link for the support line.
    pub support_url: Option<String>,
    /// The standalone page next to the loader (`app.html`), to open Momentum as an app. Not an
    /// attribute: the shell knows where the loader came from.
    pub app_url: Option<String>,
}

/// Defaults for a widget embedded with no attributes at all.
pub const DEFAULT_NAMESPACE: &str = "default";

impl Default for EmbedConfig {
    fn default() -> Self {
        EmbedConfig {
            namespace: DEFAULT_NAMESPACE.into(),
            clinic_name: None,
            consult_url: None,
            accent: None,
            week_start: Weekday::Mon,
            lang: None,
            support_text: None,
            support_url: None,
            app_url: None,
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
                warnings.push(ignored(
                    "data-storage-key",
                    &ns,
                    "use 1-64 letters, digits, '-' or '_'",
                ));
            }
        }
        if let Some(name) = read("data-clinic-name") {
            if !name.is_empty() && name.chars().count() <= 80 {
                config.clinic_name = Some(name);
            } else {
                warnings.push(ignored("data-clinic-name", &name, "use 1-80 characters"));
            }
        }
        if let Some(url) = read("data-consult-url") {
            if is_site_path(&url) || is_https_url(&url) {
                config.consult_url = Some(url);
            } else {
                warnings.push(ignored(
                    "data-consult-url",
                    &url,
                    "use an https:// address or a path on this site starting with /",
                ));
            }
        }
        if let Some(colour) = read("data-accent") {
            match Rgb::parse_hex(&colour).map(ThemedAccent::from_colour) {
                Some(Some(accent)) => config.accent = Some(accent),
                Some(None) => warnings.push(ignored(
                    "data-accent",
                    &colour,
                    "no shade of it keeps text readable in both light and dark mode",
                )),
                None => warnings.push(ignored("data-accent", &colour, "use a colour like #1d6b64")),
            }
        }
        if let Some(day) = read("data-week-start") {
            match day.to_ascii_lowercase().as_str() {
                "monday" => config.week_start = Weekday::Mon,
                "sunday" => config.week_start = Weekday::Sun,
                _ => warnings.push(ignored("data-week-start", &day, "use monday or sunday")),
            }
        }
        if let Some(tag) = read("data-lang") {
            match Lang::from_tag(&tag) {
                Some(lang) => config.lang = Some(lang),
                None => warnings.push(ignored(
                    "data-lang",
                    &tag,
                    "use en or es (a region such as es-MX is fine)",
                )),
            }
        }
        if let Some(text) = read("data-support-text") {
            if !text.is_empty() && text.chars().count() <= 80 {
                config.support_text = Some(text);
            } else {
                warnings.push(ignored("data-support-text", &text, "use 1-80 characters"));
            }
        }
        if let Some(url) = read("data-support-url") {
            if is_phone_link(&url) || is_https_url(&url) {
                config.support_url = Some(url);
            } else {
                warnings.push(ignored(
                    "data-support-url",
                    &url,
                    "use tel: or sms: and a number, or an https:// address",
                ));
            }
        }
        (config, warnings)
    }
}

/// The console warning for an unusable value: what was given, and what would do.
fn ignored(name: &str, value: &str, hint: &str) -> String {
    format!("{name}=\"{value}\" ignored: {hint}")
}

fn is_safe_namespace(ns: &str) -> bool {
    (1..=64).contains(&ns.len())
        && ns
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// No character that could end an attribute, start markup, or (a backslash) be read as a slash
/// by a browser's URL parser.
fn has_plain_characters(url: &str) -> bool {
    !url.chars()
        .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\'))
}

/// A path on the clinic's own site: `/contact/`. Not `//host/...` or `/\\host/...`, which
/// browsers read as another site.
fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && has_plain_characters(url)
}

/// An `https://` address (any case): never `http:`, `javascript:` or `data:`.
fn is_https_url(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
        && has_plain_characters(url)
}

/// `tel:` or `sms:` (any case) and a number: digits, `+ - . ( ) * #` and spaces, at least one
/// digit.
fn is_phone_link(url: &str) -> bool {
    let number = match url.get(..4) {
        Some(scheme)
            if scheme.eq_ignore_ascii_case("tel:") || scheme.eq_ignore_ascii_case("sms:") =>
        {
            &url[4..]
        }
        _ => return false,
    };
    number.bytes().any(|b| b.is_ascii_digit())
        && number.bytes().all(|b| {
            b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'(' | b')' | b'*' | b'#' | b' ')
        })
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
        assert_eq!(
            c.clinic_name.as_deref(),
            Some("Avesta Ketamine and Wellness")
        );
        assert_eq!(
            c.consult_url.as_deref(),
            Some("https://example.org/consult")
        );
        let accent = c.accent.expect("a readable accent");
        assert_eq!(accent.light.accent.hex(), "#5a3e85");
        assert_eq!(c.week_start, Weekday::Sun);
    }

    #[test]
    fn bad_values_are_ignored_with_a_warning_each() {
        let (c, warnings) = config(&[
            ("data-storage-key", "../../etc"),
            ("data-consult-url", "javascript:alert(1)"),
            ("data-accent", "red; background: url(x)"),
            ("data-week-start", "wednesday"),
            ("data-lang", "fr"),
            ("data-support-text", "   "),
            ("data-support-url", "javascript:alert(1)"),
        ]);
        assert_eq!(c, EmbedConfig::default());
        assert_eq!(warnings.len(), 7, "{warnings:?}");
    }

    fn consult(url: &str) -> Option<String> {
        config(&[("data-consult-url", url)]).0.consult_url
    }

    #[test]
    fn consult_links_are_same_site_paths_or_https() {
        for good in [
            "/contact/",
            "/book?type=first",
            "https://clinic.example/consult",
            "HTTPS://clinic.example/",
            " https://clinic.example/consult#form ",
        ] {
            assert_eq!(consult(good).as_deref(), Some(good.trim()), "{good}");
        }
        for bad in [
            "//evil.example/phish",
            "/\\evil.example/phish",
            "/ok\\..\\..",
            "http://clinic.example/consult",
            "javascript:alert(1)",
            "data:text/html,hi",
            "contact.html",
            "https://clinic.example/a b",
            "https://clinic.example/\"onmouseover=",
            "/<script>",
            "https://clinic.example/>",
            "/tab\there",
            "",
        ] {
            assert_eq!(consult(bad), None, "{bad}");
        }
    }

    #[test]
    fn an_accent_gets_a_shade_for_each_scheme() {
        let (c, warnings) = config(&[("data-accent", "#FF0")]);
        assert!(warnings.is_empty());
        let accent = c.accent.unwrap();
        assert_eq!(accent.dark.accent.hex(), "#ffff00");
        assert_ne!(
            accent.light.accent.hex(),
            "#ffff00",
            "yellow is unreadable on white"
        );
        for bad in ["#ff00", "ff0000", "#gg0000", "rgb(1,2,3)", "#ff0000ff"] {
            let (c, warnings) = config(&[("data-accent", bad)]);
            assert_eq!((c.accent, warnings.len()), (None, 1), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for (tag, lang) in [
            ("en", Lang::En),
            ("ES", Lang::Es),
            ("es-MX", Lang::Es),
            ("es-419", Lang::Es),
            ("en-abcdefgh", Lang::En),
            ("en-us", Lang::En),
            (" es ", Lang::Es),
        ] {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
            assert_eq!(
                config(&[("data-lang", tag)]),
                (
                    EmbedConfig {
                        lang: Some(lang),
                        ..EmbedConfig::default()
                    },
                    vec![]
                )
            );
        }
        for tag in [
            "",
            "fr",
            "english",
            "es-",
            "es_MX",
            "e",
            "es-MX-",
            "esp",
            "-es",
            "es--MX",
            "en-abcdefghi",
            "esñ",
            "en-U S",
        ] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
        assert_eq!(config(&[("data-lang", "de")]).1.len(), 1);
        assert_eq!(Lang::Es.tag(), "es");
    }

    #[test]
    fn the_language_comes_from_data_lang_then_the_page_then_english() {
        assert_eq!(choose_lang(Some(Lang::Es), Some("en")), Lang::Es);
        assert_eq!(choose_lang(Some(Lang::En), Some("es")), Lang::En);
        assert_eq!(choose_lang(None, Some("es-MX")), Lang::Es);
        assert_eq!(choose_lang(None, Some("fr")), Lang::En);
        assert_eq!(choose_lang(None, Some("")), Lang::En);
        assert_eq!(choose_lang(None, None), Lang::En);
    }

    #[test]
    fn support_text_is_one_to_eighty_characters() {
        let (c, warnings) = config(&[("data-support-text", "  Call or text 988  ")]);
        assert_eq!(
            (c.support_text.as_deref(), warnings.len()),
            (Some("Call or text 988"), 0)
        );
        let eighty = "ñ".repeat(80);
        assert_eq!(
            config(&[("data-support-text", &eighty)]).0.support_text,
            Some(eighty.clone())
        );
        for bad in ["", "  ", &"a".repeat(81)] {
            let (c, warnings) = config(&[("data-support-text", bad)]);
            assert_eq!((c.support_text, warnings.len()), (None, 1));
        }
    }

    #[test]
    fn support_links_are_phone_numbers_or_https() {
        let support = |url: &str| config(&[("data-support-url", url)]);
        for good in [
            "tel:988",
            "sms:988",
            "TEL:+1 (555) 010-0199",
            "tel:+44.20.7946.0958",
            "tel:*123#",
            "https://988lifeline.org/chat/",
        ] {
            assert_eq!(
                support(good),
                (
                    EmbedConfig {
                        support_url: Some(good.into()),
                        ..EmbedConfig::default()
                    },
                    vec![]
                ),
                "{good}"
            );
        }
        for bad in [
            "tel:",
            "tel:+-()",
            "tel:988;ext=1",
            "tel:988\t1",
            "sms:988?body=hi",
            "988",
            "callto:988",
            "http://988lifeline.org/",
            "https://988lifeline.org/a b",
            "javascript:alert(1)",
            "/contact/",
        ] {
            let (c, warnings) = support(bad);
            assert_eq!((c.support_url, warnings.len()), (None, 1), "{bad}");
        }
    }
}
