//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage layer with real
//! `localStorage`: round trips, set-aside copies of unreadable records, and a full quota.
#![cfg(target_arch = "wasm32")]

use momentum::core::activity::Activity;
use momentum::core::record::Record;
use momentum::web::storage::{self, StorageError, StorageKey};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn raw(key: &str) -> Option<String> {
    storage::local_storage().unwrap().get_item(key).unwrap()
}

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
    assert!(
        raw("momentum/browser-test-round-trip").is_some(),
        "stored under the namespaced key"
    );
    let text = storage::read(&key).expect("read").expect("present");
    assert_eq!(Record::parse(&text).unwrap(), record);
}

#[wasm_bindgen_test]
fn any_text_reads_back_exactly_as_written() {
    // `read` copies text through the browser's TextEncoder: plain ASCII, accents, emoji (a
    // surrogate pair in JavaScript), escapes and a long run must all come back unchanged.
    let key = StorageKey::for_namespace("browser-test-text");
    let long = "walked by the river, ".repeat(10_000);
    for text in [
        "",
        "{}",
        "Café ☕, 5 min 🚶‍♀️",
        "line\nbreak \"quoted\" \u{0}",
        long.as_str(),
    ] {
        storage::write(&key, text).expect("write");
        assert_eq!(storage::read(&key), Ok(Some(text.to_owned())));
    }
}

#[wasm_bindgen_test]
fn reading_a_missing_key_is_not_an_error() {
    let key = StorageKey::for_namespace("browser-test-never-written");
    assert_eq!(storage::read(&key), Ok(None));
}

#[wasm_bindgen_test]
fn set_aside_never_overwrites_an_earlier_different_copy() {
    let key = StorageKey::for_namespace("browser-test-set-aside");
    let first = storage::set_aside(&key, "{broken one").unwrap();
    let again = storage::set_aside(&key, "{broken one").unwrap();
    let second = storage::set_aside(&key, "{broken two").unwrap();
    assert_eq!(first, again, "an identical copy is reused");
    assert_ne!(first, second);
    assert_eq!(raw(first.as_str()).as_deref(), Some("{broken one"));
    assert_eq!(raw(second.as_str()).as_deref(), Some("{broken two"));
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_keeps_the_old_value() {
    let key = StorageKey::for_namespace("browser-test-quota");
    storage::write(&key, "before").unwrap();
    let store = storage::local_storage().unwrap();
    // Fill the origin's quota with ever smaller chunks.
    let mut chunk = "x".repeat(1 << 20);
    let mut i = 0;
    while !chunk.is_empty() {
        if store
            .set_item(&format!("browser-test-filler-{i}"), &chunk)
            .is_err()
        {
            chunk.truncate(chunk.len() / 2);
        }
        i += 1;
    }
    let result = storage::write(&key, &"y".repeat(4096));
    // Free the space again before asserting, so other tests in this page are unaffected.
    for n in 0..i {
        store
            .remove_item(&format!("browser-test-filler-{n}"))
            .unwrap();
    }
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(raw(key.as_str()).as_deref(), Some("before"));
}
