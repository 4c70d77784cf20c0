//! The yew views: each lays out a view model from `present::screens` and sends actions back.
//! They decide nothing; the few things they do themselves are I/O the browser must do in the
//! click (a download, the print dialog, reading a chosen file), in [`Shell`].

mod common;
mod onboarding;
mod plan;
mod progress;
mod session;
mod settings;
mod setup;
mod summary;
mod today;

use std::rc::Rc;

use yew::prelude::*;

use crate::core::transfer;
use crate::present::embed::EmbedConfig;
use crate::present::screens::{Keep, ScreenView, View};
use crate::present::state::WidgetState;
use crate::present::text::Text;
use crate::present::Action;
use crate::web::files;
use crate::web::storage::{self, StorageKey};

pub use common::{send, send_on_submit};

/// What the views need besides the view model: where actions go, and the I/O done in a click.
#[derive(Clone)]
pub struct Shell {
    /// Sends an action to the reducer.
    pub dispatch: Callback<Action>,
    /// The state the view was built from (for downloads of the record).
    pub state: Rc<WidgetState>,
    /// The embed's settings.
    pub config: Rc<EmbedConfig>,
    /// The words.
    pub text: &'static Text,
    /// Where this widget's record lives.
    pub key: StorageKey,
    /// The widget's shadow root (printing copies the widget from it).
    pub shadow: web_sys::ShadowRoot,
}

impl Shell {
    /// Downloads the whole record as a backup file, then says so.
    pub fn download_backup(&self) {
        let name = format!("momentum-backup-{}.json", self.state.today);
        if files::download(
            &name,
            "application/json",
            &transfer::export(&self.state.record),
        )
        .is_ok()
        {
            self.dispatch.emit(Action::BackedUp);
        }
    }

    /// Downloads what a notice keeps: the record in memory, or stored text exactly as it is.
    pub fn keep(&self, keep: &Keep) {
        let _ = match keep {
            Keep::Current => files::download(
                "momentum-data.json",
                "application/json",
                &transfer::export(&self.state.record),
            ),
            Keep::Stored => self.download_stored(self.key.as_str()),
            Keep::Key(key) => self.download_stored(key),
        };
    }

    /// Downloads the text stored under `key` untouched.
    pub fn download_stored(&self, key: &str) -> Result<(), wasm_bindgen::JsValue> {
        match storage::raw_value(key) {
            Some(value) => files::download_value("momentum-data.json", "application/json", &value),
            None => Ok(()),
        }
    }

    /// Downloads the calendar file of the weeks ahead.
    pub fn download_calendar(&self) {
        let stamp = chrono::Utc::now().naive_utc();
        let (name, text) = crate::present::screens::plan::calendar_file(
            &self.state,
            self.key.as_str(),
            self.config.clinic_name.as_deref().unwrap_or(""),
            stamp,
            self.text,
        );
        let _ = files::download(&name, "text/calendar", &text);
    }

    /// Prints the widget alone (the plan sheet, or the summary), without the page around it.
    pub fn print(&self) {
        crate::web::print::print_widget(&self.shadow);
    }
}

/// The widget under its header (`app::App` draws the header at once).
pub fn render(view: &View, shell: &Shell) -> Html {
    let body = match &view.screen {
        ScreenView::Welcome(v) => onboarding::welcome(v, shell),
        ScreenView::Readiness(v) => onboarding::readiness(v, shell),
        ScreenView::Setup(v) => setup::view(v, shell),
        ScreenView::Today(v) => today::view(v, shell),
        ScreenView::Plan(v) => plan::view(v, shell),
        ScreenView::Progress(v) => progress::view(v, &shell.dispatch),
        ScreenView::Settings(v) => settings::view(v, shell),
        ScreenView::Summary(v) => summary::view(v, shell),
    };
    html! {
        <>
            if let Some(notice) = &view.notice {
                {common::notice(notice, shell)}
            }
            if let Some(tabs) = &view.tabs {
                {common::tabs(tabs, &shell.dispatch)}
            }
            <div class="screen">{body}</div>
            <p class="visually-hidden" role="status" aria-live="polite">{view.live.clone()}</p>
            {common::disclaimer(&view.disclaimer)}
        </>
    }
}
