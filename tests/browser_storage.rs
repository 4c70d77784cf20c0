//! Browser tests (wasm-bindgen-test in headless Chromium): real `localStorage` and a real mount.
#![cfg(target_arch = "wasm32")]

use momentum::core::activity::Activity;
use momentum::core::record::Record;
use momentum::web::storage::{self, StorageKey};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn local_storage_is_available_in_a_normal_page() {
    assert!(storage::local_storage().is_some());
}

#[wasm_bindgen_test]
fn a_record_round_trips_through_real_local_storage() {
    let key = StorageKey::for_namespace("browser-test-round-trip");
    let mut record = Record::default();
    record.toggle_activity(Activity::Swimming);

    storage::write(&key, &record.to_json()).expect("write");
    let raw = storage::local_storage()
        .unwrap()
        .get_item("momentum/browser-test-round-trip")
        .unwrap();
    assert!(raw.is_some(), "stored under the namespaced key");

    let text = storage::read(&key).expect("read").expect("present");
    assert_eq!(Record::parse(&text).unwrap(), record);
}

#[wasm_bindgen_test]
fn reading_a_missing_key_is_not_an_error() {
    let key = StorageKey::for_namespace("browser-test-never-written");
    assert_eq!(storage::read(&key), Ok(None));
}

#[wasm_bindgen_test]
async fn mount_all_puts_the_app_in_a_shadow_root() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-momentum", "").unwrap();
    host.set_attribute("data-storage-key", "browser-test-mount")
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();

    momentum::web::mount_all("/no-such-folder/");
    // yew renders on the next microtask turn.
    yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;

    let host: web_sys::HtmlElement = host.dyn_into().unwrap();
    let shadow = host.shadow_root().expect("a shadow root");
    assert!(shadow
        .query_selector("link[rel=stylesheet]")
        .unwrap()
        .is_some());
    let checkboxes = shadow.query_selector_all("input[type=checkbox]").unwrap();
    assert_eq!(checkboxes.length(), 4, "one checkbox per activity");
    assert!(
        host.query_selector("input").unwrap().is_none(),
        "nothing leaks into the light DOM"
    );
}
