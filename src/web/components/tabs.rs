//! The tab bar between Today, Plan, Progress and Settings.

use yew::prelude::*;

use crate::present::widget::{Action, Screen};

/// Props for [`Tabs`].
#[derive(Clone, PartialEq, Properties)]
pub struct TabsProps {
    pub current: Screen,
    pub dispatch: Callback<Action>,
}

/// Plain buttons in a `nav`: simple for keyboards and screen readers (`aria-current` marks
/// the screen on show).
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    html! {
        <nav class="tabs" aria-label="Momentum sections">
            for screen in Screen::TABS {
                <button
                    type="button"
                    class="tab"
                    aria-current={(props.current == screen).then_some("page")}
                    onclick={props.dispatch.reform(move |_| Action::Show(screen))}
                >
                    {screen.label()}
                </button>
            }
        </nav>
    }
}
