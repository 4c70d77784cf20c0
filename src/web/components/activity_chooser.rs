//! The "which activities do you enjoy?" checkboxes.

use yew::prelude::*;

use crate::core::activity::Activity;

/// One labelled checkbox per activity, with what it is like, what it is good for (per the
/// clinic's article) and how hard it is on the joints: `chosen` are
/// ticked, `disabled` greys the whole set, and `on_toggle` hears about each change.
pub fn activity_chooser(
    chosen: &[Activity],
    disabled: bool,
    on_toggle: &Callback<Activity>,
) -> Html {
    html! {
        <fieldset class="chooser" {disabled}>
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
                                checked={chosen.contains(&activity)}
                                onchange={on_toggle.reform(move |_| activity)}
                            />
                            <span class="choice-name">{activity.label()}</span>
                            <span class="choice-blurb">{activity.blurb()}</span>
                            <span class="choice-meta">
                                {activity.good_for()}{". "}
                                <span class="impact">{activity.impact()}</span>
                            </span>
                        </label>
                    </li>
                }
            </ul>
        </fieldset>
    }
}
