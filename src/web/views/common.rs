//! Parts every screen uses: sending actions, the notice, the tab bar, status lines and the
//! not-medical-advice note.

use yew::prelude::*;

use crate::present::screens::{Disclaimer, NoticeView, Support, Tabs};
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::Shell;

/// A handler that sends `action`, whatever the event.
pub fn send<E: 'static>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    dispatch.reform(move |_: E| action.clone())
}

/// [`send`] for a form's `submit` (Enter in a field), which never reaches the browser: the page
/// must not navigate, and a sandboxed iframe may block submission anyway. Buttons act on click.
pub fn send_on_submit(dispatch: &Callback<Action>, action: Action) -> Callback<SubmitEvent> {
    dispatch.reform(move |e: SubmitEvent| {
        e.prevent_default();
        action.clone()
    })
}

/// The current text of the input, select or text area an event came from.
pub fn field_text(event: &Event) -> String {
    if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
        input.value()
    } else if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
        select.value()
    } else if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
        area.value()
    } else {
        String::new()
    }
}

/// A status line where the change happened; the widget's live region reads it out, so this
/// one is not a live region itself. Focus can be moved to it.
pub fn status_line(status: &Option<String>) -> Html {
    match status {
        Some(text) => html! { <p class="status-line" data-status="">{text.clone()}</p> },
        None => html! {},
    }
}

/// A form error, announced at once.
pub fn form_error(error: &Option<String>) -> Html {
    match error {
        Some(text) => {
            html! { <p class="form-error" role="alert" data-status="">{text.clone()}</p> }
        }
        None => html! {},
    }
}

/// A storage problem with the download that keeps the data.
pub fn notice(notice: &NoticeView, shell: &Shell) -> Html {
    let button = notice.download.clone().map(|(label, keep)| {
        let shell = shell.clone();
        let onclick = Callback::from(move |_| shell.keep(&keep));
        html! { <button type="button" class="secondary" {onclick}>{label}</button> }
    });
    html! {
        <div class="notice" role="alert">
            <p>{notice.message}</p>
            {for button}
        </div>
    }
}

/// Each tab's icon: simple line drawings (a sun, a calendar, bars, sliders), decorative only.
fn tab_icon(screen: Screen) -> Html {
    let path = match screen {
        Screen::Today => "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
        Screen::Plan => "M4 6h16v14H4zM4 10h16M9 3v5M15 3v5",
        Screen::Progress => "M5 20V12M12 20V5M19 20v-9M3 20h18",
        _ => "M4 7h10M18 7h2M4 17h4M12 17h8M16 5v4M10 15v4",
    };
    html! {
        <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={path} />
        </svg>
    }
}

/// Plain buttons in a `nav`: simple for keyboards and screen readers (`aria-current` marks the
/// screen on show). An icon above each label keeps the four in one row on the narrowest phone.
pub fn tabs(tabs: &Tabs, dispatch: &Callback<Action>) -> Html {
    html! {
        <nav class="tabs" aria-label={tabs.label}>
            for (screen, label, current) in tabs.tabs.iter().copied() {
                <button
                    type="button"
                    class="tab"
                    data-tab={screen.id()}
                    aria-current={current.then_some("page")}
                    onclick={send(dispatch, Action::Tab(screen))}
                >
                    {tab_icon(screen)}
                    <span>{label}</span>
                </button>
            }
        </nav>
    }
}

/// The note at the foot of every screen, once, with the clinic's link where the advice is.
pub fn disclaimer(d: &Disclaimer) -> Html {
    html! {
        <p class="disclaimer">
            {d.before}{" "}
            if let Some(url) = &d.link {
                <a href={url.clone()} target="_blank" rel="noopener">{d.talk_with.clone()}</a>
            } else {
                {d.talk_with.clone()}
            }
            {" "}{d.after}
        </p>
    }
}

/// The clinic's support line: a link when the clinic gave one (`tel:`, `sms:` or https).
pub fn support(line: &Option<Support>) -> Html {
    let Some(line) = line else { return html! {} };
    html! {
        <p class="support-line">
            {line.lead}{" "}
            if let Some(url) = &line.url {
                <a href={url.clone()}>{line.text.clone()}</a>
            } else {
                <strong>{line.text.clone()}</strong>
            }
        </p>
    }
}
