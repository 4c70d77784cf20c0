mod keys;

use chrono::NaiveDate;

use super::*;
use keys::{everything, filled, fixed};

#[test]
fn every_catalogue_says_something_for_every_key() {
    for lang in Lang::ALL {
        let t = catalogue(lang);
        assert_eq!(t.lang, lang);
        for (key, text) in fixed(t) {
            assert!(!text.trim().is_empty(), "{lang:?}: {key} is empty");
        }
        // Filled-in sentences say something and keep what they are given.
        for (key, text, args) in filled(t) {
            assert!(!text.trim().is_empty(), "{lang:?}: {key} is empty");
            for arg in args {
                assert!(text.contains(arg), "{lang:?}: {key} lost {arg}: {text}");
            }
        }
    }
}

#[test]
fn copy_stays_kind() {
    for lang in Lang::ALL {
        for (key, text) in fixed(catalogue(lang)) {
            let lower = text.to_lowercase();
            for harsh in [
                "must",
                "failed",
                "lazy",
                "no excuses",
                "should have",
                "missed",
                "streak",
            ] {
                assert!(!lower.contains(harsh), "{lang:?} {key}: {text}");
            }
        }
    }
}

/// Spanish for "you must", "you failed", "lazy", "no excuses", "you should have", "you
/// missed", "streak", "compulsory".
#[test]
fn spanish_copy_stays_kind() {
    for (key, text) in everything(&ES) {
        let lower = text.to_lowercase();
        for harsh in [
            "debes",
            "deberías",
            "tienes que",
            "fallaste",
            "fracas",
            "perezos",
            "flojo",
            "sin excusas",
            "perdiste",
            "racha",
            "obligatori",
        ] {
            assert!(!lower.contains(harsh), "{key}: {text}");
        }
    }
}

#[test]
fn language_tags_pick_a_catalogue() {
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    let date = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    assert_eq!(EN.dates.short(date), "Mon, Jan 5");
    assert_eq!(EN.dates.long(date), "Monday, January 5");
}

#[test]
fn spanish_dates_read_the_spanish_way() {
    let monday = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    assert_eq!(ES.dates.short(monday), "lun 5 ene");
    assert_eq!(ES.dates.long(monday), "lunes 5 de enero");
    assert_eq!(ES.dates.day_month(monday), "5 ene");
    let saturday = NaiveDate::from_ymd_opt(2026, 9, 12).unwrap();
    assert_eq!(ES.dates.short(saturday), "sáb 12 sept");
    assert_eq!(ES.dates.long(saturday), "sábado 12 de septiembre");
    let wednesday = NaiveDate::from_ymd_opt(2026, 3, 11).unwrap();
    assert_eq!(ES.dates.long(wednesday), "miércoles 11 de marzo");
    // Spanish writes day and month names in lower case.
    let d = &ES.dates;
    for name in d
        .weekdays
        .iter()
        .chain(&d.weekdays_short)
        .chain(&d.months)
        .chain(&d.months_short)
    {
        assert_eq!(*name, name.to_lowercase());
    }
}

/// Where Spanish and English rightly use the same word.
const SAME_IN_SPANISH: [(&str, &str); 6] = [
    ("chrome.title", "Momentum"),
    ("chrome.tabs", "Plan"),
    ("activity.name", "Yoga"),
    ("activity.lower", "yoga"),
    ("onboarding.no", "No"),
    ("charts.plan_column", "Plan"),
];

/// Filled-in sentences that are rightly the same pattern in both ("Yoga, 10 min").
const SAME_PATTERN_IN_SPANISH: [&str; 6] = [
    "dates.short",
    "dates.day_month",
    "plan_words.minutes",
    "today.session_title",
    "plan.plan_title",
    "calendar.summary",
];

#[test]
fn no_english_is_left_in_spanish() {
    let (en, es) = (fixed(&EN), fixed(&ES));
    assert_eq!(en.len(), es.len());
    for ((key, english), (es_key, spanish)) in en.into_iter().zip(es) {
        assert_eq!(key, es_key);
        if english == spanish {
            assert!(
                SAME_IN_SPANISH.contains(&(key, spanish)),
                "{key} is still English: {spanish}"
            );
        }
    }
    for ((key, english, _), (_, spanish, _)) in filled(&EN).into_iter().zip(filled(&ES)) {
        if english == spanish {
            assert!(
                SAME_PATTERN_IN_SPANISH.contains(&key),
                "{key} is still English: {spanish}"
            );
        }
    }
    // Nor English words inside Spanish sentences.
    let english_words = [
        "the", "and", "you", "your", "is", "are", "to", "of", "with", "for", "this", "that", "it",
        "on", "in", "at", "session", "sessions", "week", "weeks", "today", "backup", "browser",
        "done", "please", "here", "can", "will", "day", "days", "walking", "swimming", "strength",
    ];
    for (key, text) in everything(&ES) {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let word = word.to_lowercase();
            assert!(
                !english_words.contains(&word.as_str()),
                "{key} has the English word {word:?}: {text}"
            );
        }
    }
}

/// ¿…? and ¡…!, curly quotes, no space before a question or exclamation mark.
#[test]
fn spanish_punctuation_is_spanish() {
    for (key, text) in everything(&ES) {
        let count = |c| text.matches(c).count();
        assert_eq!(count('¿'), count('?'), "{key}: {text}");
        assert_eq!(count('¡'), count('!'), "{key}: {text}");
        assert!(!text.contains('"'), "{key}: straight quotes in {text}");
        for spaced in [" ?", " !", " :", " ;", " ,", " ."] {
            assert!(
                !text.contains(spaced),
                "{key}: space before a mark in {text}"
            );
        }
    }
}

#[test]
fn spanish_counts_agree_with_one() {
    let one = (ES.settings.ready)(1);
    assert!(one.contains("1 sesión registrada."), "{one}");
    for n in [0, 2, 37] {
        let many = (ES.settings.ready)(n);
        assert!(
            many.contains(&format!("{n} sesiones registradas.")),
            "{many}"
        );
    }
    let one = (ES.plan.calendar_button)(1);
    assert_eq!(one, "Agregar la próxima semana a mi calendario");
    let four = (ES.plan.calendar_button)(4);
    assert_eq!(four, "Agregar las próximas 4 semanas a mi calendario");
}

/// Sentences that name a button or a tab use that button's or tab's own words.
#[test]
fn sentences_name_controls_as_they_are_labelled() {
    for lang in Lang::ALL {
        let t = catalogue(lang);
        let settings_tab = t.chrome.tabs[3];
        assert!(
            t.notices.corrupt_backed_up.contains(settings_tab),
            "{lang:?}: {}",
            t.notices.corrupt_backed_up
        );
        assert!(
            t.settings.privacy.contains(t.settings.start_over),
            "{lang:?}: {}",
            t.settings.privacy
        );
    }
}

#[test]
fn chart_counts_agree_with_their_number() {
    for (one, many) in [
        ((EN.charts.day_done)(1, 1), (EN.charts.day_done)(2, 3)),
        ((EN.charts.day_skipped)(1), (EN.charts.day_skipped)(2)),
        (
            (EN.charts.calendar_skipped)(1),
            (EN.charts.calendar_skipped)(2),
        ),
    ] {
        assert!(one.contains("1 session") || one.contains("1 day"), "{one}");
        assert!(
            !one.contains("1 sessions") && !one.contains("1 days"),
            "{one}"
        );
        assert!(many.contains("sessions") || many.contains("days"), "{many}");
    }
    assert_eq!((EN.charts.day_done)(1, 2), "1 session done, 2 skipped");
    assert_eq!((ES.charts.day_done)(1, 1), "1 sesión hecha, 1 omitida");
    assert_eq!((ES.charts.day_done)(2, 3), "2 sesiones hechas, 3 omitidas");
    assert_eq!((ES.charts.day_skipped)(1), "1 sesión omitida");
    assert_eq!(
        (ES.charts.calendar_skipped)(2),
        "Marcaste 2 días como omitidos."
    );
    assert_eq!(
        (ES.charts.calendar_active)(1, 1),
        "Te moviste 1 día esta semana."
    );
    assert_eq!(
        (EN.charts.minutes_best)(2, None, 1),
        "Your best week so far was week 2 with 1 minute."
    );
    assert_eq!(
        (ES.charts.minutes_now)(3, Some(2), true, 45, Some(60)),
        "Semana 3 del plan 2, hasta ahora: 45 de 60 minutos."
    );
}

/// The score's explanation says what `core::consistency` computes: its window, its half-lives,
/// and the "Not today" button by that button's own words.
#[test]
fn the_score_explanation_says_what_the_score_does() {
    use crate::core::consistency::{multiplier, WINDOW_DAYS};
    let half_life = |days: u8| (0.5_f64.ln() / multiplier(days).ln()).round() as u32;
    for lang in Lang::ALL {
        let t = catalogue(lang);
        let text = t.charts.score_explanation;
        for number in [WINDOW_DAYS as u32, half_life(7), half_life(3)] {
            assert!(
                text.contains(&format!(" {number} ")),
                "{lang:?} lacks {number}: {text}"
            );
        }
        assert!(
            text.contains(&format!("“{}”", t.today.not_today))
                || text.contains(&format!("\"{}\"", t.today.not_today)),
            "{lang:?}: {text}"
        );
    }
}
