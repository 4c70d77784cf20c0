//! Every word the widget shows, one catalogue per language.
//!
//! A catalogue is one value of [`Text`]: a field for every sentence, label and date word, and a
//! function for every sentence with a number or a name in it, so each language can say it in
//! its own order and grammar. The compiler checks that every catalogue has every key; the tests
//! below check that none is empty and that each says what it must (the clinic's name, the
//! numbers). Adding a language is adding a file like `en.rs` and one line in [`catalogue`].

mod en;
mod es;
mod screens;
mod words;

pub use en::EN;
pub use es::ES;
pub use screens::{
    ChartWords, Chrome, Notices, Onboarding, PlanScreen, Progress, Settings, Setup, Today,
};
pub use words::{
    ActivityWords, CalendarWords, CareWords, Dates, ImportWords, Messages, PlanWords, SummaryWords,
};

pub use crate::present::embed::Lang;

/// The catalogue for `lang`.
pub fn catalogue(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// Everything the widget says in one language.
pub struct Text {
    /// Which language this is.
    pub lang: Lang,
    /// Date words and formats.
    pub dates: Dates,
    /// Activities, efforts, intensities and the plan's how-to lines.
    pub plan_words: PlanWords,
    /// The frame around every screen.
    pub chrome: Chrome,
    /// Storage problems.
    pub notices: Notices,
    /// The intro and the readiness questions.
    pub onboarding: Onboarding,
    /// The plan form.
    pub setup: Setup,
    /// Today, session cards and the logging forms.
    pub today: Today,
    /// The plan screen.
    pub plan: PlanScreen,
    /// The progress screen (the charts have their own words in `charts`).
    pub progress: Progress,
    /// The Progress charts.
    pub charts: ChartWords,
    /// The settings screen.
    pub settings: Settings,
    /// Status lines and form errors.
    pub messages: Messages,
    /// The calendar file.
    pub calendar: CalendarWords,
    /// The summary for the visitor's clinician.
    pub summary: SummaryWords,
    /// A clinic's support line, and keeping progress safe in this browser.
    pub care: CareWords,
}

/// Catalogues are statics: two are the same exactly when they are the same one.
impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        std::ptr::eq(self, other)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Text({:?})", self.lang)
    }
}

/// The calendar file in the catalogue's words.
impl crate::core::calendar::EventWords for Text {
    fn calendar_name(&self) -> &str {
        self.calendar.calendar_name
    }
    fn calendar_description(&self, clinic_name: &str) -> String {
        (self.calendar.description)(clinic_name)
    }
    fn summary(&self, session: &crate::core::plan::Session) -> String {
        let name = self.plan_words.activity(session.activity).name;
        (self.calendar.summary)(
            name,
            session.minutes,
            self.plan_words.intensity(session.intensity),
        )
    }
    fn note(&self, session: &crate::core::plan::Session) -> &str {
        self.plan_words.note(session)
    }
    fn kind_line(&self) -> &str {
        self.calendar.kind_line
    }
    fn clinic_line(&self, clinic_name: &str) -> String {
        (self.calendar.from_clinic)(clinic_name)
    }
    fn coming_up(&self, summary: &str) -> String {
        (self.calendar.coming_up)(summary)
    }
}

#[cfg(test)]
mod tests;
