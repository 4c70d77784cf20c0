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

/// A backup file that passed validation and waits for the visitor's "yes, restore it".
#[derive(Clone, PartialEq)]
struct PendingImport(Rc<Record>);

/// The settings screen.
#[component]
pub fn SettingsView(props: &ScreenProps) -> Html {
    let state = &props.state;
    let pending = use_state(|| None::<PendingImport>);
    let import_error = use_state(|| None::<String>);
    let confirm_start_over = use_state(|| false);
    let editable = state.editable();

    let on_backup = {
        let (state, dispatch) = (state.clone(), props.dispatch.clone());
        Callback::from(move |_| download_backup(&state, &dispatch))
    };
    let on_file = {
        let (pending, import_error) = (pending.clone(), import_error.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let (pending, import_error) = (pending.clone(), import_error.clone());
            if file.size() > (transfer::MAX_BACKUP_BYTES as f64) * 2.0 {
                // Far too big to be ours: don't even read it.
                import_error.set(Some(
                    transfer::ImportError::TooLarge {
                        bytes: file.size() as usize,
                    }
                    .to_string(),
                ));
                pending.set(None);
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let result = match files::read_bytes(&file).await {
                    Ok(bytes) => transfer::import(&bytes).map_err(|e| e.to_string()),
                    Err(_) => {
                        Err("That file couldn't be read. Please try choosing it again.".to_owned())
                    }
                };
                match result {
                    Ok(record) => {
                        import_error.set(None);
                        pending.set(Some(PendingImport(Rc::new(record))));
                    }
                    Err(message) => {
                        pending.set(None);
                        import_error.set(Some(message));
                    }
                }
            });
        })
    };
    let on_restore = {
        let (pending, dispatch) = (pending.clone(), props.dispatch.clone());
        Callback::from(move |_| {
            if let Some(PendingImport(record)) = (*pending).clone() {
                dispatch.emit(Action::Imported((*record).clone()));
                pending.set(None);
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
                if let Some(message) = &*import_error {
                    <p class="form-error" role="alert">{format!("That file wasn't restored: {message}. Nothing here has changed.")}</p>
                }
                if let Some(PendingImport(record)) = &*pending {
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
                            <button type="button" class="secondary" onclick={{ let pending = pending.clone(); Callback::from(move |_| pending.set(None)) }}>{"Cancel"}</button>
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
