//! Before you start: the seven readiness questions, the step between the intro and the plan form.

use yew::prelude::*;

use crate::core::readiness::QUESTIONS;
use crate::present::widget::{Action, Screen};
use crate::web::app::ScreenProps;
use crate::web::components::consult_note::consult_note;
use crate::web::components::{send, send_on_submit};

/// The questions whose answers decide how gently the plan starts.
pub fn readiness_view(props: &ScreenProps) -> Html {
    let state = &props.state;
    // The button acts on click rather than by submitting the form: a sandboxed iframe without
    // `allow-forms` never fires `submit`. Enter in the form still works through `onsubmit`.
    html! {
        <div key="readiness">
            <form class="readiness" onsubmit={send_on_submit(&props.dispatch, Action::FinishReadiness)}>
                <h3>{"Before you start"}</h3>
                <p class="hint">
                    {"A few yes-or-no questions, so your plan starts at the right pace. If you \
                      answer yes to any, your plan stays extra gentle and we'll suggest a chat \
                      with your clinician first."}
                </p>
                for (index, question) in QUESTIONS.iter().enumerate() {
                    <fieldset class="question" key={question.id}>
                        <legend>{question.text}</legend>
                        for (answer, label) in [(true, "Yes"), (false, "No")] {
                            <label class="pill">
                                <input
                                    type="radio"
                                    name={format!("readiness-{}", question.id)}
                                    checked={state.draft_answers[index] == Some(answer)}
                                    onchange={send(&props.dispatch, Action::AnswerReadiness { index, yes: answer })}
                                />
                                {label}
                            </label>
                        }
                    </fieldset>
                }
                if let Some(error) = &state.form_error {
                    <p class="form-error" role="alert">{error}</p>
                }
                <div class="actions">
                    <button type="button" class="primary" onclick={send(&props.dispatch, Action::FinishReadiness)}>
                        {"Continue"}
                    </button>
                    <button type="button" class="secondary" onclick={send(&props.dispatch, Action::Show(Screen::Welcome))}>
                        {"Back"}
                    </button>
                </div>
            </form>
            {consult_note(&props.config)}
        </div>
    }
}
