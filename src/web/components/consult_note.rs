//! The plain note that Momentum is not medical advice, with the clinic's consultation link when
//! the embed gives one: under the intro, and under the readiness questions it matters most for.

use yew::prelude::*;

use crate::present::embed::EmbedConfig;

/// "This is not medical advice. Talk with {clinic} about what is right for you."
pub fn consult_note(config: &EmbedConfig) -> Html {
    html! {
        <p class="hint">
            {"This is not medical advice. "}
            if let Some(url) = &config.consult_url {
                <a href={url.clone()} target="_blank" rel="noopener">
                    {format!("Talk with {}", config.clinic_name)}
                </a>
                {" about what is right for you."}
            } else {
                {format!("Talk with {} about what is right for you.", config.clinic_name)}
            }
        </p>
    }
}
