//! Progress: totals, where each plan began, and the four charts, whose markup comes finished and
//! escaped from `present::charts` (see `present::charts::svg` for why it is written as text).
//!
//! The charts are drawn for the width they have, one unit to one CSS pixel, so their labels
//! stay the widget's text size on any screen: [`Charts`] measures its box when it appears and
//! again whenever it changes size (a `ResizeObserver`), and draws again for the new width. A
//! struct component rather than a function one with hooks: 1.2 KB gzip less for the same.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::present::charts::VIEW_WIDTH;
use crate::present::screens::progress::{ProgressCharts, ProgressView};
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::common::send;

/// The progress screen.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &ProgressView, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="progress" key="progress">
            <h3>{v.title}</h3>
            <dl class="totals">
                for (label, number) in v.totals {
                    <div><dt>{label}</dt><dd>{number}</dd></div>
                }
            </dl>
            for mark in v.plan_marks.iter() {
                <p class="hint plan-mark">{mark.clone()}</p>
            }
            if let Some(mood) = &v.mood {
                <p class="mood-insight">{mood.clone()}</p>
            }
            <div class="actions">
                <button type="button" class="secondary" onclick={send(dispatch, Action::Show(Screen::Summary))}>{v.summary}</button>
            </div>
            <Charts charts={v.charts.clone()} />
        </div>
    }
}

/// What [`Charts`] draws.
#[derive(Properties, PartialEq)]
struct ChartsProps {
    charts: ProgressCharts,
}

/// The four charts, drawn for their box's width in CSS pixels.
struct Charts {
    node: NodeRef,
    width: f64,
    /// Watches the box's size while the charts are shown; dropped (and disconnected) with them.
    watch: Option<(web_sys::ResizeObserver, Closure<dyn Fn()>)>,
}

impl Component for Charts {
    /// A new width to draw for.
    type Message = f64;
    type Properties = ChartsProps;

    fn create(_: &Context<Self>) -> Self {
        Charts {
            node: NodeRef::default(),
            width: VIEW_WIDTH,
            watch: None,
        }
    }

    fn update(&mut self, _: &Context<Self>, width: f64) -> bool {
        let changed = width != self.width;
        self.width = width;
        changed
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        html! {
            <div class="charts" ref={self.node.clone()}>
                for chart in ctx.props().charts.draw(self.width) {
                    {Html::from_html_unchecked(chart.as_str().to_owned().into())}
                }
            </div>
        }
    }

    /// Measures the box before the first paint (so the charts never show at a guessed width),
    /// then again whenever it changes size.
    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        if !first_render {
            return;
        }
        let Some(element) = self.node.cast::<web_sys::Element>() else {
            return;
        };
        let measure = {
            let (element, link) = (element.clone(), ctx.link().clone());
            move || {
                let width = f64::from(element.client_width());
                if width > 0.0 {
                    link.send_message(width);
                }
            }
        };
        measure();
        let on_resize = Closure::<dyn Fn()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&element);
            self.watch = Some((observer, on_resize));
        }
    }

    fn destroy(&mut self, _: &Context<Self>) {
        if let Some((observer, _)) = &self.watch {
            observer.disconnect();
        }
    }
}
