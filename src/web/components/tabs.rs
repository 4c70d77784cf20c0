//! The tab bar between Today, Plan, Progress and Settings.

use yew::prelude::*;

use crate::web::components::send;

use crate::present::widget::{Action, Screen};

/// Plain buttons in a `nav`: simple for keyboards and screen readers (`aria-current` marks
/// the screen on show). `current` is the screen on show; clicks go to `dispatch`.
pub fn tabs(current: Screen, dispatch: &Callback<Action>) -> Html {
    html! {
        <nav class="tabs" aria-label="Momentum sections">
            for screen in Screen::TABS {
                <button
                    type="button"
                    class="tab"
                    aria-current={(current == screen).then_some("page")}
                    onclick={send(dispatch, Action::Show(screen))}
                >
                    {screen.label()}
                </button>
            }
        </nav>
    }
}
