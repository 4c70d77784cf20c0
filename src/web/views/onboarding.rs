//! The intro and the readiness questions.

use yew::prelude::*;

use crate::present::screens::onboarding::{ReadinessView, WelcomeView};
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::common::{form_error, send, send_on_submit, support};
use crate::web::views::Shell;

/// The first screen a visitor sees: short, so it shows quickly in the middle of an article.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn welcome(v: &WelcomeView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    html! {
        <div class="welcome" key="welcome">
            <h3>{v.title}</h3>
            for paragraph in v.paragraphs {
                <p>{paragraph}</p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={send(dispatch, Action::Show(Screen::Readiness))}>
                    {v.begin}
                </button>
            </div>
            <p class="hint">
                {v.been_here}{" "}
                <button type="button" class="link" onclick={send(dispatch, Action::Show(Screen::Settings))}>
                    {v.restore}
                </button>
            </p>
        </div>
    }
}

/// The questions whose answers decide how gently the plan starts. The button acts on click
/// rather than by submitting: a sandboxed iframe without `allow-forms` never fires `submit`.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn readiness(v: &ReadinessView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    html! {
        <div key="readiness">
            <form class="readiness" onsubmit={send_on_submit(dispatch, Action::FinishReadiness)}>
                <h3>{v.title}</h3>
                <p class="hint">{v.hint}</p>
                for (index, (id, text, answer)) in v.questions.iter().copied().enumerate() {
                    <fieldset class="question" key={id}>
                        <legend>{text}</legend>
                        for (yes, label) in v.answers {
                            <label class="pill">
                                <input
                                    type="radio"
                                    name={format!("readiness-{id}")}
                                    checked={answer == Some(yes)}
                                    onchange={send(dispatch, Action::AnswerReadiness { index, yes })}
                                />
                                {label}
                            </label>
                        }
                    </fieldset>
                }
                {form_error(&v.error)}
                {support(&v.support)}
                <div class="actions">
                    <button type="button" class="primary" onclick={send(dispatch, Action::FinishReadiness)}>
                        {v.continue_}
                    </button>
                    <button type="button" class="secondary" onclick={send(dispatch, Action::Show(crate::present::state::Screen::Welcome))}>
                        {v.back}
                    </button>
                </div>
            </form>
        </div>
    }
}
