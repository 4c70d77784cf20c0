//! Today: the day's sessions, a kind word when nothing is planned, and "something else".

use yew::prelude::*;

use crate::present::screens::today::{Extra, TodayView};
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::common::{send, status_line};
use crate::web::views::session::{card, log_form};
use crate::web::views::Shell;

/// The screen a returning visitor lands on.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &TodayView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    let on_backup = {
        let shell = shell.clone();
        Callback::from(move |_| shell.download_backup())
    };
    html! {
        <div class="today" key="today">
            <h3>{v.title.clone()}</h3>
            {status_line(&v.status)}
            if let Some(text) = v.welcome_back {
                <p class="hint-box welcome-back">{text}</p>
            }
            if let Some(note) = v.gentle_note {
                <p class="gentle-note">{note}</p>
            }
            if let Some([text, download, not_now]) = v.backup_hint {
                <div class="hint-box" role="note">
                    <p>{text}</p>
                    <div class="actions">
                        <button type="button" class="primary" onclick={on_backup}>{download}</button>
                        <button type="button" class="secondary" onclick={send(dispatch, Action::DismissBackupHint)}>{not_now}</button>
                    </div>
                </div>
            }
            if let Some(apple) = &v.apple {
                <div class="hint-box" role="note">
                    <p>{apple.text}</p>
                    <div class="actions">
                        if let Some((label, url)) = &apple.app {
                            <a class="button primary" href={url.clone()} target="_blank" rel="noopener">{*label}</a>
                        }
                        <button type="button" class="secondary" onclick={{
                            let shell = shell.clone();
                            Callback::from(move |_| shell.download_backup())
                        }}>{apple.backup}</button>
                        <button type="button" class="secondary" onclick={send(dispatch, Action::DismissAppleHint)}>{apple.not_now}</button>
                    </div>
                </div>
            }
            if let Some((text, button, enabled)) = v.finished {
                <div class="hint-box finished">
                    <p>{text}</p>
                    <div class="actions">
                        <button type="button" class="primary" disabled={!enabled} onclick={send(dispatch, Action::StartNextPlan)}>
                            {button}
                        </button>
                    </div>
                </div>
            }
            if !v.sessions.is_empty() {
                <ul class="sessions">
                    for session in v.sessions.iter() {
                        <li key={session.id.clone()}>{card(session, dispatch)}</li>
                    }
                </ul>
            }
            if let Some(rest) = &v.rest_day {
                <div class="rest-day">
                    <p>{rest.text}</p>
                    <p class="hint">{rest.hint}</p>
                    if let Some(next) = &rest.next {
                        <p>{next.clone()}</p>
                    }
                </div>
            }
            <div class="extra">
                {match &v.extra {
                    Extra::Hidden => html! {},
                    Extra::Button(label) => html! {
                        <button type="button" class="secondary" onclick={send(dispatch, Action::OpenExtraForm)}>{*label}</button>
                    },
                    Extra::Form(form) => log_form(form, "extra", dispatch, true),
                }}
                {status_line(&v.extra_status)}
            </div>
            <p class="hint">
                <button type="button" class="link" onclick={send(dispatch, Action::Show(Screen::Plan))}>{v.see_plan}</button>
            </p>
        </div>
    }
}
