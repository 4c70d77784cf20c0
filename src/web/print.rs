//! Printing the widget alone: the plan sheet and the summary for a clinician. The clinic's page
//! around the widget is left out of the print without touching its markup: a copy of the
//! widget goes into a box of its own at the end of the page, styled like the widget (the same
//! adopted stylesheets in its own shadow root), and a print-only stylesheet adopted by the
//! document hides everything else. Constructed stylesheets are allowed under a strict
//! `style-src 'self'`. The copy and the stylesheet go when printing is over.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ShadowRootInit, ShadowRootMode};

/// The class of the box holding the copy.
const PRINT_BOX: &str = "momentum-print";

/// What the document's print-only stylesheet says: on paper, only the copy; on screen, never.
const PAGE_RULES: &str = ".momentum-print { display: none; } \
@media print { body > :not(.momentum-print) { display: none !important; } \
.momentum-print { display: block !important; } }";

/// Prints the widget in `shadow` alone, and tidies up afterwards.
pub fn print_widget(shadow: &web_sys::ShadowRoot) {
    // Without a copy (a browser without constructable stylesheets, say), the whole page prints,
    // which is still better than nothing.
    let _ = prepare(shadow);
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Puts the copy and the page's print rules in place, and removes both after printing.
fn prepare(shadow: &web_sys::ShadowRoot) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    tidy(&document);
    let widget = shadow.query_selector(".momentum").ok()??;
    let copy = widget.clone_node_with_deep(true).ok()?;
    let host = document.create_element("div").ok()?;
    host.set_class_name(PRINT_BOX);
    let inner = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    inner.set_adopted_style_sheets(&shadow.adopted_style_sheets());
    // A widget styled by a linked stylesheet (no constructable sheets) links it here too.
    if let Ok(links) = shadow.query_selector_all("link[rel=stylesheet]") {
        for i in 0..links.length() {
            if let Some(link) = links.item(i).and_then(|l| l.clone_node().ok()) {
                let _ = inner.append_child(&link);
            }
        }
    }
    inner.append_child(&copy).ok()?;
    body.append_child(&host).ok()?;
    let sheet = web_sys::CssStyleSheet::new().ok()?;
    sheet.replace_sync(PAGE_RULES).ok()?;
    let sheets = document.adopted_style_sheets();
    sheets.push(&sheet);
    document.set_adopted_style_sheets(&sheets);
    let after = Closure::once_into_js(move || {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            tidy(&document);
            let sheets = document.adopted_style_sheets();
            let ours: &wasm_bindgen::JsValue = sheet.as_ref();
            let kept = sheets.filter(&mut |s, _, _| s != *ours);
            document.set_adopted_style_sheets(&kept);
        }
    });
    let _ = window.add_event_listener_with_callback("afterprint", after.unchecked_ref());
    Some(())
}

/// Removes a copy left from an earlier print.
fn tidy(document: &web_sys::Document) {
    if let Ok(boxes) = document.query_selector_all(&format!("body > .{PRINT_BOX}")) {
        for i in 0..boxes.length() {
            if let Some(node) = boxes.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}
