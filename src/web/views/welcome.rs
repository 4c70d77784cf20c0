//! Welcome and readiness: a short intro in the clinic's spirit, then the seven questions.

use yew::prelude::*;

use crate::web::components::{send, send_on_submit};

use crate::core::readiness::QUESTIONS;
use crate::present::widget::{Action, Screen};
use crate::web::app::ScreenProps;

/// The first screen a visitor sees.
pub fn welcome_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    // The button acts on click rather than by submitting the form: a sandboxed iframe without
    // `allow-forms` never fires `submit`. Enter in the form still works through `onsubmit`.
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
            <form class="readiness" onsubmit={send_on_submit(&props.dispatch, Action::FinishWelcome)}>
                <h4>{"Before you start"}</h4>
                <p class="hint">
                    {"A few yes-or-no questions, so your plan starts at the right pace. If you \
                      answer yes to any, your plan stays extra gentle and we'll suggest a chat \
                      with your clinician first."}
                </p>
                for (index, question) in QUESTIONS.iter().enumerate() {
                    <fieldset class="question" key={question.id}>
                        <legend>{question.text}</legend>
                        <label class="pill">
                            <input
                                type="radio"
                                name={format!("readiness-{}", question.id)}
                                checked={state.draft_answers[index] == Some(true)}
                                onchange={send(&props.dispatch, Action::AnswerReadiness { index, yes: true })}
                            />
                            {"Yes"}
                        </label>
                        <label class="pill">
                            <input
                                type="radio"
                                name={format!("readiness-{}", question.id)}
                                checked={state.draft_answers[index] == Some(false)}
                                onchange={send(&props.dispatch, Action::AnswerReadiness { index, yes: false })}
                            />
                            {"No"}
                        </label>
                    </fieldset>
                }
                if let Some(error) = &state.form_error {
                    <p class="form-error" role="alert">{error}</p>
                }
                <div class="actions">
                    <button type="button" class="primary" onclick={send(&props.dispatch, Action::FinishWelcome)}>
                        {"Continue"}
                    </button>
                </div>
            </form>
            <p class="hint">
                {"Been here before on another browser? "}
                <button type="button" class="link" onclick={send(&props.dispatch, Action::Show(Screen::Settings))}>
                    {"Restore from a backup"}
                </button>
            </p>
            <p class="hint">
                {"This is not medical advice. "}
                if let Some(url) = &props.config.consult_url {
                    <a href={url.clone()} target="_blank" rel="noopener">
                        {format!("Talk with {}", props.config.clinic_name)}
                    </a>
                    {" about what is right for you."}
                } else {
                    {format!("Talk with {} about what is right for you.", props.config.clinic_name)}
                }
            </p>
        </div>
    }
}
