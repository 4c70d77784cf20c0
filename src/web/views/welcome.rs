//! Welcome: a short intro in the clinic's spirit. It is the first thing a visitor sees, often in
//! the middle of an article, so it stays short: the readiness questions are the next step
//! (`views::readiness`), and this first view is quick to show.

use yew::prelude::*;

use crate::present::widget::{Action, Screen};
use crate::web::app::ScreenProps;
use crate::web::components::consult_note::consult_note;
use crate::web::components::send;

/// The first screen a visitor sees.
pub fn welcome_view(props: &ScreenProps) -> Html {
    html! {
        <div class="welcome" key="welcome">
            <h3>{"Welcome"}</h3>
            <p>
                {"Moving your body can help your mood, and it doesn't have to be big. Start with \
                  5 or 10 minutes of something you enjoy, grow slowly, and be gentle with \
                  yourself: a skipped day is fine, and you always have tomorrow."}
            </p>
            <p>
                {"Momentum makes you a small plan for the next twelve weeks. It stays in this \
                  browser; nothing you enter is sent anywhere."}
            </p>
            <div class="actions">
                <button type="button" class="primary" onclick={send(&props.dispatch, Action::Show(Screen::Readiness))}>
                    {"Let's begin"}
                </button>
            </div>
            <p class="hint">
                {"Been here before on another browser? "}
                <button type="button" class="link" onclick={send(&props.dispatch, Action::Show(Screen::Settings))}>
                    {"Restore from a backup"}
                </button>
            </p>
            {consult_note(&props.config)}
        </div>
    }
}
