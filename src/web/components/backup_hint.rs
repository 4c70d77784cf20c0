//! The gentle "keep a copy?" hint after every few ticks: browsers (Safari after seven days
//! without a visit) may clear a site's saved data, and a backup file is the visitor's safety net.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::components::send;

use crate::core::schema::iso_date;
use crate::core::transfer;
use crate::present::widget::{Action, WidgetState};
use crate::web::files;

/// A dismissible suggestion to download a backup of `state`'s record.
pub fn backup_hint(state: &Rc<WidgetState>, dispatch: &Callback<Action>) -> Html {
    let on_download = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        Callback::from(move |_| download_backup(&state, &dispatch))
    };
    html! {
        <div class="hint-box" role="note">
            <p>
                {"You've ticked off a few sessions since your last backup. Browsers sometimes \
                  clear saved data, so keeping a copy of your progress is a good idea."}
            </p>
            <div class="actions">
                <button type="button" class="primary" onclick={on_download}>{"Download a backup"}</button>
                <button type="button" class="secondary" onclick={send(dispatch, Action::DismissBackupHint)}>{"Not now"}</button>
            </div>
        </div>
    }
}

/// Downloads the whole record as a backup file and notes that it happened.
pub fn download_backup(state: &WidgetState, dispatch: &Callback<Action>) {
    let name = format!("momentum-backup-{}.json", iso_date(state.today));
    if files::download(&name, "application/json", &transfer::export(&state.record)).is_ok() {
        dispatch.emit(Action::BackedUp);
    }
}
