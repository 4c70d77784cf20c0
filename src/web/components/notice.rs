//! Calm, specific messages about storage problems, each with a way to keep the data.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::transfer;
use crate::present::widget::{Notice, SaveMode, WidgetState};
use crate::web::files;
use crate::web::storage::{self, StorageKey};

/// What the download button of a notice saves.
enum Keep {
    /// The record in memory, as a backup file.
    Current,
    /// Raw stored text under a key, exactly as it is.
    Raw(StorageKey),
}

/// A polite status message explaining `notice`, with a download that keeps the visitor's data
/// safe: the record in `state` (kept in memory), or the text stored under `storage_key` (this
/// widget's key) or a set-aside key, exactly as it is.
pub fn notice_view(notice: &Notice, state: &Rc<WidgetState>, storage_key: &StorageKey) -> Html {
    let keep = match notice {
        Notice::CorruptBackedUp { backup_key } => Some((
            Keep::Raw(StorageKey::from_full_key(backup_key)),
            "Download the old copy",
        )),
        Notice::CorruptNotBackedUp | Notice::NewerVersion => {
            Some((Keep::Raw(storage_key.clone()), "Download the saved data"))
        }
        _ if state.save_mode == SaveMode::MemoryOnly => Some((Keep::Current, "Download my data")),
        _ => None,
    };
    let button = keep.map(|(keep, label)| {
        let state = state.clone();
        let onclick = Callback::from(move |_| {
            let text = match &keep {
                Keep::Current => Some(transfer::export(&state.record)),
                Keep::Raw(key) => storage::read(key).ok().flatten(),
            };
            if let Some(text) = text {
                let _ = files::download("momentum-data.json", "application/json", &text);
            }
        });
        html! { <button type="button" class="secondary" {onclick}>{label}</button> }
    });
    html! {
        <div class="notice" role="alert">
            <p>{notice.message()}</p>
            {for button}
        </div>
    }
}
