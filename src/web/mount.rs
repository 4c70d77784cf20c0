//! Embedding: one shadow root per `[data-momentum]` element, so the host page's CSS and ours
//! never meet.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::present::embed::choose_lang;
use crate::present::embed::EmbedConfig;
use crate::present::text::catalogue;
use crate::web::app::{App, AppProps};

/// The selector a clinic puts on the element that should hold a widget.
pub const HOST_SELECTOR: &str = "[data-momentum]";

/// The standalone page next to the loader, to open Momentum as an app.
const APP_PAGE: &str = "app.html";

/// The stylesheet, next to the loader; adopted by (or linked inside) each shadow root, never
/// applied to the host page.
const STYLESHEET: &str = "momentum.css";

/// Mounts a widget into every not-yet-mounted `[data-momentum]` element.
///
/// `assets_base` is the URL of the folder the loader came from (ending in `/`), so the widget
/// works from whatever sub-path a clinic uploads it to. `stylesheet` is the stylesheet's text
/// when the loader already fetched it: every widget then adopts one shared constructed sheet
/// and is styled from its first render. Without it (or if the browser refuses to build the
/// sheet) each widget links the file and stays hidden until it has loaded. The loader calls
/// this through the export in `main.rs`.
pub fn mount_all(assets_base: &str, stylesheet: Option<&str>) {
    let sheet = stylesheet.and_then(constructed_sheet);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            if host.shadow_root().is_none() {
                if let Err(err) = mount(&host, assets_base, sheet.as_ref()) {
                    web_sys::console::warn_2(&"Momentum could not start here:".into(), &err);
                }
            }
        }
    }
}

/// A stylesheet built from `css`, to share between shadow roots; `None` if the browser cannot.
fn constructed_sheet(css: &str) -> Option<web_sys::CssStyleSheet> {
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    Some(sheet)
}

/// Gives `host` a shadow root with our stylesheet (adopted, or linked) and a fresh app.
fn mount(
    host: &HtmlElement,
    assets_base: &str,
    sheet: Option<&web_sys::CssStyleSheet>,
) -> Result<(), JsValue> {
    let document = host.owner_document().ok_or("no document")?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let root: Element = document.create_element("div")?;
    match sheet {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(sheet)),
        None => link_stylesheet(&document, &shadow, &root, assets_base)?,
    }
    shadow.append_child(&root)?;

    let (mut config, warnings) = EmbedConfig::from_attributes(|name| host.get_attribute(name));
    config.app_url = Some(format!("{assets_base}{APP_PAGE}"));
    for warning in warnings {
        web_sys::console::warn_1(&format!("Momentum: {warning}").into());
    }
    if let Some(accent) = &config.accent {
        // The clinic's colour, one readable shade (and the text colour on it) per colour
        // scheme. Custom properties on the host reach into the shadow root; CSSOM writes are
        // allowed under a strict style-src policy.
        for (name, colour) in accent.custom_properties() {
            host.style().set_property(name, &colour.hex())?;
        }
    }
    let html_lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"));
    let lang = choose_lang(config.lang, html_lang.as_deref());
    let props = AppProps {
        config: std::rc::Rc::new(config),
        text: catalogue(lang),
        shadow,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(())
}

/// Links the stylesheet inside `shadow` and keeps `root` hidden until it has loaded, so nobody
/// sees an unstyled flash.
fn link_stylesheet(
    document: &web_sys::Document,
    shadow: &web_sys::ShadowRoot,
    root: &Element,
    assets_base: &str,
) -> Result<(), JsValue> {
    root.set_attribute("hidden", "")?;
    let link = document
        .create_element("link")?
        .dyn_into::<web_sys::HtmlLinkElement>()?;
    link.set_rel("stylesheet");
    link.set_href(&format!("{assets_base}{STYLESHEET}"));
    let reveal = {
        let root = root.clone();
        Closure::<dyn FnMut()>::new(move || {
            let _ = root.remove_attribute("hidden");
        })
    };
    link.set_onload(Some(reveal.as_ref().unchecked_ref()));
    // If the stylesheet fails, showing plain content beats showing nothing.
    link.set_onerror(Some(reveal.as_ref().unchecked_ref()));
    reveal.forget();
    shadow.append_child(&link)?;
    Ok(())
}
