//! Browser tests of the mounted widget with real `localStorage`: it renders inside a shadow
//! root, and unreadable or newer records are explained and never overwritten.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// Adds `<div data-momentum data-storage-key=namespace>` to the page, optionally with a stored
/// value first, mounts, and waits for yew to render.
async fn mount_widget(namespace: &str, stored: Option<&str>) -> (HtmlElement, ShadowRoot) {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    if let Some(text) = stored {
        window
            .local_storage()
            .unwrap()
            .unwrap()
            .set_item(&format!("momentum/{namespace}"), text)
            .unwrap();
    }
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-momentum", "").unwrap();
    host.set_attribute("data-storage-key", namespace).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    momentum::web::mount_all("/no-such-folder/");
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let host: HtmlElement = host.dyn_into().unwrap();
    let shadow = host.shadow_root().expect("a shadow root");
    (host, shadow)
}

fn stored(namespace: &str) -> Option<String> {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&format!("momentum/{namespace}"))
        .unwrap()
}

fn text_of(shadow: &ShadowRoot) -> String {
    shadow
        .query_selector(".momentum")
        .unwrap()
        .expect("the app rendered")
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn mount_all_puts_the_app_in_a_shadow_root() {
    let (host, shadow) = mount_widget("browser-test-mount", None).await;
    assert!(shadow
        .query_selector("link[rel=stylesheet]")
        .unwrap()
        .is_some());
    assert_eq!(
        shadow
            .query_selector_all("fieldset.question")
            .unwrap()
            .length(),
        7,
        "a new visitor starts with the seven readiness questions"
    );
    assert!(
        host.query_selector("fieldset").unwrap().is_none(),
        "nothing leaks into the light DOM"
    );
    assert!(
        stored("browser-test-mount").is_some(),
        "a fresh record is saved"
    );
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_set_aside_and_explained() {
    let garbage = "{\"version\":2,\"profile\":";
    let (_, shadow) = mount_widget("browser-test-corrupt", Some(garbage)).await;
    assert!(text_of(&shadow).contains("couldn't read what was saved before"));
    let copy = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("momentum/browser-test-corrupt/unreadable-1")
        .unwrap();
    assert_eq!(copy.as_deref(), Some(garbage));
}

#[wasm_bindgen_test]
async fn a_newer_record_is_shown_but_never_overwritten() {
    let newer = r#"{"version":7,"profile":{"activities":["yoga"]},"log":[],"future":true}"#;
    let (_, shadow) = mount_widget("browser-test-newer", Some(newer)).await;
    assert!(text_of(&shadow).contains("newer version of this widget"));
    assert_eq!(stored("browser-test-newer").as_deref(), Some(newer));
}
