//! The "which activities do you enjoy?" checkboxes.

use yew::prelude::*;

use crate::core::activity::Activity;

/// What the chooser shows and whom it tells about a change.
#[derive(Clone, PartialEq, Properties)]
pub struct ActivityChooserProps {
    pub chosen: Vec<Activity>,
    #[prop_or_default]
    pub disabled: bool,
    pub on_toggle: Callback<Activity>,
}

/// One labelled checkbox per activity, with a line on what it is good for.
#[component]
pub fn ActivityChooser(props: &ActivityChooserProps) -> Html {
    html! {
        <fieldset class="chooser" disabled={props.disabled}>
            <legend>{"Which activities do you enjoy, or would like to try?"}</legend>
            <p class="hint">{"Pick as many as you like. Any movement counts."}</p>
            <ul class="choices">
                for activity in Activity::ALL {
                    <li key={activity.id()}>
                        <label class="choice">
                            <input
                                type="checkbox"
                                name="activity"
                                value={activity.id()}
                                checked={props.chosen.contains(&activity)}
                                onchange={props.on_toggle.reform(move |_| activity)}
                            />
                            <span class="choice-name">{activity.label()}</span>
                            <span class="choice-blurb">{activity.blurb()}</span>
                        </label>
                    </li>
                }
            </ul>
        </fieldset>
    }
}
