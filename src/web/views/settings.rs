//! Settings: change the plan's choices, keep a backup, restore one, download copies that could
//! not be read, or start over.

use yew::prelude::*;

use crate::core::transfer;
use crate::present::screens::settings::{SettingsView, StartOverStep};
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::files;
use crate::web::views::common::{form_error, send, status_line, support};
use crate::web::views::Shell;

/// The settings screen.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &SettingsView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    let on_backup = {
        let shell = shell.clone();
        Callback::from(move |_| shell.download_backup())
    };
    let on_file = {
        let dispatch = dispatch.clone();
        let today = shell.state.today;
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            if file.size() > (transfer::MAX_BACKUP_BYTES as f64) * 2.0 {
                // Far too big to be ours: don't even read it.
                let bytes = file.size() as usize;
                dispatch.emit(Action::BackupChosen(Err(transfer::ImportError::TooLarge {
                    bytes,
                })));
                return;
            }
            let dispatch = dispatch.clone();
            files::read_bytes(&file, move |read| {
                dispatch.emit(match read {
                    Ok(bytes) => Action::BackupChosen(transfer::import(&bytes, today)),
                    Err(_) => Action::BackupUnreadable,
                });
            });
        })
    };
    let backup = &v.backup;
    html! {
        <div class="settings" key="settings">
            <h3>{v.title}</h3>
            {status_line(&v.status)}
            <section aria-labelledby="settings-plan">
                <h4 id="settings-plan">{v.choices.0}</h4>
                <p class="hint">{v.choices.1}</p>
                <button type="button" class="secondary" disabled={!v.choices.3} onclick={send(dispatch, Action::Show(Screen::Setup))}>
                    {v.choices.2}
                </button>
            </section>

            <section aria-labelledby="settings-backup">
                <h4 id="settings-backup">{backup.title}</h4>
                <p class="hint">{backup.hint.clone()}</p>
                {status_line(&backup.status)}
                <div class="actions">
                    <button type="button" class="primary" onclick={on_backup.clone()}>{backup.download}</button>
                    if let Some(label) = backup.restore {
                        <label class="button secondary file-button">
                            {label}
                            <input type="file" class="visually-hidden" accept="application/json,.json" onchange={on_file} />
                        </label>
                    }
                </div>
                {form_error(&backup.refused)}
                if let Some((question, yes, no, group)) = &backup.confirm {
                    <div class="confirm" role="group" aria-label={*group}>
                        <p data-status="">{question.clone()}</p>
                        <div class="actions">
                            <button type="button" class="primary" onclick={send(dispatch, Action::RestoreBackup)}>{*yes}</button>
                            <button type="button" class="secondary" onclick={send(dispatch, Action::CancelRestore)}>{*no}</button>
                        </div>
                    </div>
                }
            </section>

            if let Some(set_aside) = &v.set_aside {
                <section aria-labelledby="settings-copies">
                    <h4 id="settings-copies">{set_aside.title}</h4>
                    <p class="hint">{set_aside.hint}</p>
                    <div class="actions">
                        for (key, label) in set_aside.copies.iter().cloned() {
                            <button type="button" class="secondary" onclick={{
                                let shell = shell.clone();
                                Callback::from(move |_| { let _ = shell.download_stored(&key); })
                            }}>{label}</button>
                        }
                    </div>
                </section>
            }

            if let Some((title, line)) = &v.support {
                <section aria-labelledby="settings-support">
                    <h4 id="settings-support">{*title}</h4>
                    {support(&Some(line.clone()))}
                </section>
            }

            <section aria-labelledby="settings-keep">
                <h4 id="settings-keep">{v.keep.title}</h4>
                <p class="hint">{v.keep.status}</p>
                if let Some(text) = v.keep.apple {
                    <p class="hint">{text}</p>
                }
                if let Some((label, url)) = &v.keep.app {
                    <p><a class="button secondary" href={url.clone()} target="_blank" rel="noopener">{*label}</a></p>
                    <p class="hint">{v.keep.move_hint}</p>
                }
            </section>

            <section aria-labelledby="settings-start-over">
                <h4 id="settings-start-over">{v.start_over.title}</h4>
                {match &v.start_over.step {
                    StartOverStep::Offer { hint, button, enabled } => html! {
                        <>
                            <p class="hint">{*hint}</p>
                            <button type="button" class="secondary" disabled={!enabled} onclick={send(dispatch, Action::ConfirmStartOver(true))}>
                                {*button}
                            </button>
                        </>
                    },
                    StartOverStep::Confirm { question, group, buttons: [download, delete, keep] } => html! {
                        <div class="confirm" role="group" aria-label={*group}>
                            <p>{*question}</p>
                            <form data-open="" class="actions">
                                <button type="button" class="primary" onclick={on_backup}>{*download}</button>
                                <button type="button" class="danger" onclick={send(dispatch, Action::StartOver)}>{*delete}</button>
                                <button type="button" class="secondary" onclick={send(dispatch, Action::ConfirmStartOver(false))}>{*keep}</button>
                            </form>
                        </div>
                    },
                }}
            </section>

            <section aria-labelledby="settings-privacy">
                <h4 id="settings-privacy">{v.privacy.0}</h4>
                <p class="hint">{v.privacy.1}</p>
            </section>
        </div>
    }
}
