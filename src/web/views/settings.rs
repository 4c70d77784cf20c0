//! Settings: change the plan's choices, keep a backup, restore one, or start over.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::record::Record;
use crate::core::transfer;
use crate::present::dates::short_date;
use crate::present::widget::{Action, Screen};
use crate::web::app::ScreenProps;
use crate::web::components::backup_hint::download_backup;
use crate::web::files;

/// Where restoring a backup stands: one state, so a refusal and a file waiting for "yes"
/// can never both show.
#[derive(Clone, PartialEq)]
enum Restore {
    /// Nothing chosen, or the last choice was cancelled or restored.
    Idle,
    /// The chosen file was refused, for this reason.
    Refused(String),
    /// The chosen file passed validation and waits for the visitor's "yes, restore it".
    Ready(Rc<Record>),
}

/// The settings screen.
#[component]
pub fn SettingsView(props: &ScreenProps) -> Html {
    let state = &props.state;
    let restore = use_state(|| Restore::Idle);
    let confirm_start_over = use_state(|| false);
    let editable = state.editable();

    let on_backup = {
        let (state, dispatch) = (state.clone(), props.dispatch.clone());
        Callback::from(move |_| download_backup(&state, &dispatch))
    };
    let on_file = {
        let restore = restore.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let restore = restore.clone();
            if file.size() > (transfer::MAX_BACKUP_BYTES as f64) * 2.0 {
                // Far too big to be ours: don't even read it.
                let bytes = file.size() as usize;
                restore.set(Restore::Refused(
                    transfer::ImportError::TooLarge { bytes }.to_string(),
                ));
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                restore.set(match files::read_bytes(&file).await {
                    Ok(bytes) => match transfer::import(&bytes) {
                        Ok(record) => Restore::Ready(Rc::new(record)),
                        Err(e) => Restore::Refused(e.to_string()),
                    },
                    Err(_) => Restore::Refused(
                        "That file couldn't be read. Please try choosing it again.".to_owned(),
                    ),
                });
            });
        })
    };
    let on_restore = {
        let (restore, dispatch) = (restore.clone(), props.dispatch.clone());
        Callback::from(move |_| {
            if let Restore::Ready(record) = &*restore {
                dispatch.emit(Action::Imported((**record).clone()));
                restore.set(Restore::Idle);
            }
        })
    };

    html! {
        <div class="settings">
            <h3>{"Settings"}</h3>

            <section aria-labelledby="settings-plan">
                <h4 id="settings-plan">{"Your choices"}</h4>
                <p class="hint">{"Change activities, days or minutes. Your plan adjusts from here on; what you've already done stays."}</p>
                <button type="button" class="secondary" disabled={!editable} onclick={props.dispatch.reform(|_| Action::Show(Screen::Setup))}>
                    {"Change my plan"}
                </button>
            </section>

            <section aria-labelledby="settings-backup">
                <h4 id="settings-backup">{"Backup"}</h4>
                <p class="hint">
                    {"Everything is kept only in this browser. A backup file lets you keep it safe or move it to another browser."}
                    if let Some(date) = state.record.settings.last_backup {
                        {format!(" Your last backup was on {}.", short_date(date))}
                    }
                </p>
                <div class="actions">
                    <button type="button" class="primary" onclick={on_backup.clone()}>{"Download a backup"}</button>
                </div>
                <label class="field file">
                    <span>{"Restore from a backup file"}</span>
                    <input type="file" accept="application/json,.json" disabled={!editable} onchange={on_file} />
                </label>
                if let Restore::Refused(message) = &*restore {
                    <p class="form-error" role="alert">{format!("That file wasn't restored: {message}. Nothing here has changed.")}</p>
                }
                if let Restore::Ready(record) = &*restore {
                    <div class="confirm" role="group" aria-label="Restore backup">
                        <p>
                            {format!(
                                "This backup holds {} logged session{}. Restoring it replaces what is in this browser now.",
                                record.log.len(),
                                if record.log.len() == 1 { "" } else { "s" }
                            )}
                        </p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={on_restore}>{"Restore it"}</button>
                            <button type="button" class="secondary" onclick={{ let restore = restore.clone(); Callback::from(move |_| restore.set(Restore::Idle)) }}>{"Cancel"}</button>
                        </div>
                    </div>
                }
            </section>

            <section aria-labelledby="settings-start-over">
                <h4 id="settings-start-over">{"Start over"}</h4>
                if *confirm_start_over {
                    <div class="confirm" role="group" aria-label="Confirm start over">
                        <p>{"This deletes your plan and progress from this browser. Would you like a backup first?"}</p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={on_backup}>{"Download a backup"}</button>
                            <button type="button" class="danger" onclick={{
                                let (dispatch, confirm) = (props.dispatch.clone(), confirm_start_over.clone());
                                Callback::from(move |_| { confirm.set(false); dispatch.emit(Action::StartOver); })
                            }}>{"Delete everything"}</button>
                            <button type="button" class="secondary" onclick={{ let c = confirm_start_over.clone(); Callback::from(move |_| c.set(false)) }}>{"Keep my plan"}</button>
                        </div>
                    </div>
                } else {
                    <p class="hint">{"Clear everything and begin again. You can come back any time."}</p>
                    <button type="button" class="secondary" disabled={!editable} onclick={{ let c = confirm_start_over.clone(); Callback::from(move |_| c.set(true)) }}>
                        {"Start over"}
                    </button>
                }
            </section>

            <section aria-labelledby="settings-privacy">
                <h4 id="settings-privacy">{"Your privacy"}</h4>
                <p class="hint">
                    {"Momentum keeps your plan and progress in this browser's storage on this device. \
                      Nothing is sent anywhere. Clearing this site's data in your browser, or \"Start over\" above, deletes it."}
                </p>
            </section>
        </div>
    }
}
