//! Settings: change the plan's choices, keep a backup, restore one, or start over.

use yew::prelude::*;

use crate::core::transfer;
use crate::present::dates::short_date;
use crate::present::widget::{Action, Restore, Screen};
use crate::web::app::ScreenProps;
use crate::web::components::backup_hint::download_backup;
use crate::web::components::send;
use crate::web::files;

/// The settings screen. A plain function: what it remembers between clicks (a chosen backup, a
/// pending "start over") lives in the widget state, so the reducer's tests cover it.
pub fn settings_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    let dispatch = &props.dispatch;
    let editable = state.editable();

    let on_backup = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |_| download_backup(&state, &dispatch))
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let dispatch = dispatch.clone();
            if file.size() > (transfer::MAX_BACKUP_BYTES as f64) * 2.0 {
                // Far too big to be ours: don't even read it.
                let bytes = file.size() as usize;
                dispatch.emit(Action::BackupChosen(Err(transfer::ImportError::TooLarge {
                    bytes,
                }
                .to_string())));
                return;
            }
            files::read_bytes(&file, move |read| {
                dispatch.emit(Action::BackupChosen(match read {
                    Ok(bytes) => transfer::import(&bytes).map_err(|e| e.to_string()),
                    Err(_) => {
                        Err("That file couldn't be read. Please try choosing it again.".to_owned())
                    }
                }));
            });
        })
    };
    let restore = &state.restore;

    html! {
        <div class="settings">
            <h3>{"Settings"}</h3>

            <section aria-labelledby="settings-plan">
                <h4 id="settings-plan">{"Your choices"}</h4>
                <p class="hint">{"Change activities, days or minutes. Your plan adjusts from here on; what you've already done stays."}</p>
                <button type="button" class="secondary" disabled={!editable} onclick={send(dispatch, Action::Show(Screen::Setup))}>
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
                if let Restore::Refused(message) = restore {
                    <p class="form-error" role="alert">{format!("That file wasn't restored: {message}. Nothing here has changed.")}</p>
                }
                if let Restore::Ready(record) = restore {
                    <div class="confirm" role="group" aria-label="Restore backup">
                        <p>
                            {format!(
                                "This backup holds {} logged session{}. Restoring it replaces what is in this browser now.",
                                record.log.len(),
                                if record.log.len() == 1 { "" } else { "s" }
                            )}
                        </p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={send(dispatch, Action::RestoreBackup)}>{"Restore it"}</button>
                            <button type="button" class="secondary" onclick={send(dispatch, Action::CancelRestore)}>{"Cancel"}</button>
                        </div>
                    </div>
                }
            </section>

            <section aria-labelledby="settings-start-over">
                <h4 id="settings-start-over">{"Start over"}</h4>
                if state.confirming_start_over {
                    <div class="confirm" role="group" aria-label="Confirm start over">
                        <p>{"This deletes your plan and progress from this browser. Would you like a backup first?"}</p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={on_backup}>{"Download a backup"}</button>
                            <button type="button" class="danger" onclick={send(dispatch, Action::StartOver)}>{"Delete everything"}</button>
                            <button type="button" class="secondary" onclick={send(dispatch, Action::ConfirmStartOver(false))}>{"Keep my plan"}</button>
                        </div>
                    </div>
                } else {
                    <p class="hint">{"Clear everything and begin again. You can come back any time."}</p>
                    <button type="button" class="secondary" disabled={!editable} onclick={send(dispatch, Action::ConfirmStartOver(true))}>
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
