//! The root component: owns the widget's state, loads it once, saves it after every change.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::core::activity::Activity;
use crate::core::record::{Record, RecordError};
use crate::web::components::activity_chooser::ActivityChooser;
use crate::web::components::notice::{Notice, NoticeView};
use crate::web::storage::{self, StorageError, StorageKey};

/// The namespace used when the embed has no `data-storage-key`.
pub const DEFAULT_NAMESPACE: &str = "default";

/// Settings a clinic gives through the embed element's data attributes.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Where this instance keeps its record (`data-storage-key`), so several widgets can coexist.
    pub storage_key: StorageKey,
}

impl AppProps {
    /// Reads the embed element's attributes, falling back to defaults for anything missing.
    pub fn from_host(host: &HtmlElement) -> Self {
        let namespace = host
            .get_attribute("data-storage-key")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned());
        AppProps {
            storage_key: StorageKey::for_namespace(&namespace),
        }
    }
}

/// Whether changes can be written back, and why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SaveMode {
    /// Normal operation: every change is saved.
    Save,
    /// Storage is blocked or failed: keep working in memory.
    MemoryOnly,
    /// The stored record must not be overwritten (it is from a newer widget).
    ReadOnly,
}

/// Everything the widget shows; changed only through [`Action`].
#[derive(Clone, Debug, PartialEq)]
struct WidgetState {
    record: Record,
    save_mode: SaveMode,
    notice: Option<Notice>,
}

/// What a visitor can do.
enum Action {
    ToggleActivity(Activity),
    SaveFailed(StorageError),
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::ToggleActivity(activity) => {
                if next.save_mode == SaveMode::ReadOnly {
                    return self;
                }
                next.record.toggle_activity(activity);
            }
            Action::SaveFailed(error) => {
                next.save_mode = SaveMode::MemoryOnly;
                next.notice = Some(Notice::from_save_error(&error));
            }
        }
        Rc::new(next)
    }
}

/// Reads the stored record, turning every failure into a notice rather than lost data.
fn load(key: &StorageKey) -> WidgetState {
    let fresh = |save_mode, notice| WidgetState {
        record: Record::default(),
        save_mode,
        notice,
    };
    match storage::read(key) {
        Err(_) => fresh(SaveMode::MemoryOnly, Some(Notice::StorageUnavailable)),
        Ok(None) => fresh(SaveMode::Save, None),
        Ok(Some(text)) => match Record::parse(&text) {
            Ok(record) => WidgetState {
                record,
                save_mode: SaveMode::Save,
                notice: None,
            },
            Err(RecordError::NewerVersion(_)) => {
                fresh(SaveMode::ReadOnly, Some(Notice::NewerVersion))
            }
            Err(RecordError::Corrupt(_)) => {
                // Keep the unreadable text under a backup key before anything else is written.
                let backup = StorageKey::for_namespace(&format!(
                    "{}/unreadable-backup",
                    key.as_str().trim_start_matches(storage::KEY_PREFIX)
                ));
                match storage::write(&backup, &text) {
                    Ok(()) => fresh(SaveMode::Save, Some(Notice::CorruptBackedUp)),
                    Err(_) => fresh(SaveMode::ReadOnly, Some(Notice::CorruptNotBackedUp)),
                }
            }
        },
    }
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let key = props.storage_key.clone();
    let state = use_reducer(move || load(&key));

    {
        let key = props.storage_key.clone();
        let dispatcher = state.dispatcher();
        let save_mode = state.save_mode;
        use_effect_with(state.record.clone(), move |record| {
            if save_mode == SaveMode::Save {
                if let Err(error) = storage::write(&key, &record.to_json()) {
                    dispatcher.dispatch(Action::SaveFailed(error));
                }
            }
        });
    }

    let on_toggle = {
        let state = state.clone();
        Callback::from(move |activity| state.dispatch(Action::ToggleActivity(activity)))
    };

    html! {
        <section class="momentum" aria-labelledby="momentum-title">
            <header class="momentum-header">
                <h2 id="momentum-title">{"Momentum"}</h2>
                <p class="lede">{"A gentle plan to get moving again, one small step at a time."}</p>
            </header>
            if let Some(notice) = state.notice.clone() {
                <NoticeView {notice} />
            }
            <ActivityChooser
                chosen={state.record.profile.activities.clone()}
                disabled={state.save_mode == SaveMode::ReadOnly}
                {on_toggle}
            />
            <p class="disclaimer">
                {"Momentum offers general encouragement, not medical advice. If you have a health \
                  condition, talk with your clinician before becoming much more active."}
            </p>
        </section>
    }
}
