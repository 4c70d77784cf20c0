//! A minimal yew app: one component rendering one heading into `#reference`. The browser
//! benchmark compares the widget's time to first render with this app's.

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;
    use yew::prelude::*;

    #[component]
    fn App() -> Html {
        html! { <h2 id="reference-title">{"Reference"}</h2> }
    }

    /// Called by `loader.js` once the module is initialised, as the widget's loader does.
    #[wasm_bindgen]
    pub fn mount() {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("reference"))
        {
            yew::Renderer::<App>::with_root(root).render();
        }
    }
}

fn main() {}
