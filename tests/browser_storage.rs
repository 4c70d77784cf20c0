//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage layer with real
//! `localStorage`: round trips, byte-exact set-aside copies of unreadable records, a full
//! quota, and a page whose storage is blocked.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use chrono::NaiveDate;
use momentum::core::activity::Activity;
use momentum::core::log::{LogEntry, Outcome};
use momentum::core::record::Record;
use momentum::present::sync::Stored;
use momentum::web::storage::{self, StorageError, StorageKey};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn raw(key: &str) -> Option<String> {
    local_storage().get_item(key).unwrap()
}

/// The stored value as the JavaScript value itself: Rust text would replace a lone surrogate.
fn raw_js(key: &str) -> JsValue {
    js_sys::Function::new_with_args("k", "return localStorage.getItem(k)")
        .call1(&JsValue::NULL, &key.into())
        .unwrap()
}

/// Stores a JavaScript string as it is, which Rust text cannot always spell.
fn put_js(key: &str, value: &JsValue) {
    js_sys::Function::new_with_args("k, v", "localStorage.setItem(k, v)")
        .call2(&JsValue::NULL, &key.into(), value)
        .unwrap();
}

/// `before`, a lone high surrogate (half an emoji, as a cut-off string can end), then `after`.
fn with_lone_surrogate(before: &str, after: &str) -> js_sys::JsString {
    let mut units: Vec<u16> = before.encode_utf16().collect();
    units.push(0xD83D);
    units.extend(after.encode_utf16());
    js_sys::JsString::from_char_code(&units)
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

#[wasm_bindgen_test]
fn local_storage_is_available_in_a_normal_page() {
    assert!(storage::available());
}

#[wasm_bindgen_test]
fn a_record_round_trips_through_real_local_storage() {
    let key = StorageKey::for_namespace("browser-test-round-trip");
    let mut record = Record::default();
    record.log_session(LogEntry::new(today(), Activity::Swimming, Outcome::Skipped));

    storage::write(&key, &record.to_json()).expect("write");
    assert!(
        raw("momentum/browser-test-round-trip").is_some(),
        "stored under the namespaced key"
    );
    let Stored::Text(text) = storage::read(&key) else {
        panic!("the record is there");
    };
    assert_eq!(Record::parse(&text, today()), Ok(record));
}

#[wasm_bindgen_test]
fn any_text_reads_back_exactly_as_written() {
    // Plain ASCII, accents, emoji (a surrogate pair in JavaScript), escapes and a long run must
    // all cross between Rust and JavaScript unchanged.
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
        assert_eq!(storage::read(&key), Stored::Text(text.to_owned()));
    }
}

#[wasm_bindgen_test]
fn reading_a_missing_key_is_not_an_error() {
    let key = StorageKey::for_namespace("browser-test-never-written");
    assert_eq!(storage::read(&key), Stored::Empty);
    assert!(storage::raw_value(key.as_str()).is_none());
}

#[wasm_bindgen_test]
fn set_aside_never_overwrites_an_earlier_different_copy() {
    let key = StorageKey::for_namespace("browser-test-set-aside");
    storage::write(&key, "{broken one").unwrap();
    let first = storage::set_aside(&key).unwrap();
    let again = storage::set_aside(&key).unwrap();
    storage::write(&key, "{broken two").unwrap();
    let second = storage::set_aside(&key).unwrap();
    assert_eq!(first, again, "an identical copy is reused");
    assert_ne!(first, second);
    assert_eq!(first, "momentum/browser-test-set-aside/unreadable-1");
    assert_eq!(raw(&first).as_deref(), Some("{broken one"));
    assert_eq!(raw(&second).as_deref(), Some("{broken two"));
    assert_eq!(storage::set_aside_copies(&key), vec![first, second]);
    assert_eq!(
        raw(key.as_str()).as_deref(),
        Some("{broken two"),
        "the original is left where it was"
    );
}

#[wasm_bindgen_test]
fn setting_aside_nothing_is_an_error_not_an_empty_copy() {
    let key = StorageKey::for_namespace("browser-test-set-aside-nothing");
    assert!(matches!(
        storage::set_aside(&key),
        Err(StorageError::Other(_))
    ));
    assert!(storage::set_aside_copies(&key).is_empty());
}

#[wasm_bindgen_test]
fn a_set_aside_copy_is_the_stored_string_exactly_even_a_lone_surrogate() {
    // Rust text cannot hold a lone surrogate: reading it gives U+FFFD instead. The copy must be
    // made from the JavaScript string, or the visitor's data would change on the way aside.
    let key = StorageKey::for_namespace("browser-test-surrogate");
    let broken: JsValue = with_lone_surrogate("{\"note\":\"walk ", "").into();
    put_js(key.as_str(), &broken);
    assert_eq!(
        storage::read(&key),
        Stored::Text("{\"note\":\"walk \u{FFFD}".to_owned()),
        "what Rust reads differs from what is stored"
    );

    let copy = storage::set_aside(&key).unwrap();
    assert_eq!(raw_js(&copy), broken, "the copy is the very string stored");
    assert_eq!(
        storage::raw_value(&copy).map(JsValue::from),
        Some(broken.clone()),
        "a download of the copy starts from the very string too"
    );
    assert_eq!(storage::set_aside(&key).unwrap(), copy, "identical: reused");

    // Stored text that Rust reads the same way, but that is not the same string.
    storage::write(&key, "{\"note\":\"walk \u{FFFD}").unwrap();
    let other = storage::set_aside(&key).unwrap();
    assert_ne!(
        other, copy,
        "a different string is never taken for the same copy"
    );
    assert_eq!(raw_js(&copy), broken, "the first copy is untouched");
}

#[wasm_bindgen_test]
fn set_aside_copies_are_listed_in_number_order_and_only_this_keys() {
    let key = StorageKey::for_namespace("browser-test-copies");
    let store = local_storage();
    for (name, value) in [
        ("momentum/browser-test-copies/unreadable-10", "ten"),
        ("momentum/browser-test-copies/unreadable-2", "two"),
        ("momentum/browser-test-copies/unreadable-x", "not a copy"),
        (
            "momentum/browser-test-copies-other/unreadable-1",
            "another widget's",
        ),
    ] {
        store.set_item(name, value).unwrap();
    }
    assert_eq!(
        storage::set_aside_copies(&key),
        vec![
            "momentum/browser-test-copies/unreadable-2".to_owned(),
            "momentum/browser-test-copies/unreadable-10".to_owned(),
        ]
    );
    storage::write(&key, "{new").unwrap();
    assert_eq!(
        storage::set_aside(&key).unwrap(),
        "momentum/browser-test-copies/unreadable-1",
        "the first free number"
    );
}

/// Fills the origin's quota with ever smaller chunks; returns how many filler keys it used.
fn fill_quota() -> usize {
    let store = local_storage();
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
    i
}

fn free_quota(fillers: usize) {
    let store = local_storage();
    for n in 0..fillers {
        store
            .remove_item(&format!("browser-test-filler-{n}"))
            .unwrap();
    }
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_as_such_and_keeps_the_old_value() {
    let key = StorageKey::for_namespace("browser-test-quota");
    storage::write(&key, "before").unwrap();
    let fillers = fill_quota();
    let written = storage::write(&key, &"y".repeat(4096));
    let copied = storage::set_aside(&key);
    // Free the space again before asserting, so other tests in this page are unaffected.
    free_quota(fillers);
    assert_eq!(written, Err(StorageError::QuotaExceeded));
    assert_eq!(raw(key.as_str()).as_deref(), Some("before"));
    assert_eq!(
        copied,
        Err(StorageError::QuotaExceeded),
        "a copy that does not fit is reported, so nothing is saved over the original"
    );
    assert!(storage::set_aside_copies(&key).is_empty());
}

/// Runs `f` while reading `window.localStorage` throws, as privacy settings and sandboxed
/// iframes make it do, then puts the real one back.
fn with_blocked_storage<T>(f: impl FnOnce() -> T) -> T {
    use js_sys::{Object, Reflect};
    let window = Object::from(JsValue::from(web_sys::window().unwrap()));
    let key = JsValue::from_str("localStorage");
    let original = Object::get_own_property_descriptor(&window, &key);
    let throwing = js_sys::Function::new_no_args(
        "throw new DOMException('The operation is insecure.', 'SecurityError')",
    );
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"get".into(), &throwing).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    Object::define_property(&window, &key, &descriptor);
    let result = f();
    Object::define_property(&window, &key, &Object::from(original));
    result
}

#[wasm_bindgen_test]
fn blocked_storage_is_an_answer_from_every_function_never_a_panic() {
    let key = StorageKey::for_namespace("browser-test-blocked");
    storage::write(&key, "{broken").unwrap();
    let (available, read, write, copy, copies, value) = with_blocked_storage(|| {
        (
            storage::available(),
            storage::read(&key),
            storage::write(&key, "{}"),
            storage::set_aside(&key),
            storage::set_aside_copies(&key),
            storage::raw_value(key.as_str()),
        )
    });
    assert!(!available);
    assert_eq!(read, Stored::Unavailable);
    assert_eq!(write, Err(StorageError::Unavailable));
    assert_eq!(copy, Err(StorageError::Unavailable));
    assert!(copies.is_empty());
    assert!(value.is_none());
    assert_eq!(raw(key.as_str()).as_deref(), Some("{broken"), "untouched");
}

#[wasm_bindgen_test]
async fn asking_whether_storage_is_kept_gets_an_answer_without_a_prompt() {
    let answer = Rc::new(RefCell::new(None));
    let slot = answer.clone();
    storage::storage_kept(false, move |kept| *slot.borrow_mut() = Some(kept));
    for _ in 0..40 {
        if answer.borrow().is_some() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("navigator.storage.persisted() never answered");
}
