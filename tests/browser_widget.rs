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
    momentum::web::mount_all("/no-such-folder/", None);
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
    assert!(
        text_of(&shadow).contains("Let's begin"),
        "a new visitor starts with the welcome"
    );
    assert!(
        host.query_selector("button").unwrap().is_none(),
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

#[wasm_bindgen_test]
async fn a_stylesheet_handed_over_as_text_is_adopted_and_the_widget_shows_at_once() {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-momentum", "").unwrap();
    host.set_attribute("data-storage-key", "browser-test-adopted")
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    momentum::web::mount_all(
        "/no-such-folder/",
        Some(".momentum { color: rgb(1, 2, 3); }"),
    );
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let shadow = host.shadow_root().expect("a shadow root");
    assert_eq!(shadow.adopted_style_sheets().length(), 1);
    assert!(
        shadow.query_selector("link").unwrap().is_none(),
        "nothing to fetch"
    );
    assert!(
        shadow.query_selector("[hidden]").unwrap().is_none(),
        "never hidden"
    );
    let app = shadow
        .query_selector(".momentum")
        .unwrap()
        .expect("rendered");
    let color = web_sys::window()
        .unwrap()
        .get_computed_style(&app)
        .unwrap()
        .unwrap()
        .get_property_value("color")
        .unwrap();
    assert_eq!(color, "rgb(1, 2, 3)");
}

#[wasm_bindgen_test]
async fn loading_a_record_does_not_write_it_back_until_something_changes() {
    // Readable, but not in the widget's own compact form: any write on mount would show.
    let planted = record_with_a_plan_from_today().to_json().replace(',', ", ");
    let (_, shadow) = mount_widget("browser-test-no-write", Some(&planted)).await;
    assert!(text_of(&shadow).contains("Today"));
    assert_eq!(
        stored("browser-test-no-write").as_deref(),
        Some(planted.as_str())
    );
    click(&shadow, "Not today");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let saved = stored("browser-test-no-write").unwrap();
    assert_ne!(saved, planted, "a change is saved");
    assert_eq!(
        momentum::core::record::Record::parse(&saved)
            .unwrap()
            .log
            .len(),
        1
    );
}

/// A record with a plan that has a session every day, starting today.
fn record_with_a_plan_from_today() -> momentum::core::record::Record {
    use chrono::Weekday::*;
    let mut record = momentum::core::record::Record::default();
    record.profile.activities = vec![momentum::core::activity::Activity::Walking];
    record.profile.weekdays = vec![Mon, Tue, Wed, Thu, Fri, Sat, Sun];
    record.profile.start_date = Some(chrono::Local::now().date_naive());
    record.profile.readiness = Some(vec![false; 7]);
    record
}

fn skipped(date: chrono::NaiveDate) -> momentum::core::log::LogEntry {
    momentum::core::log::LogEntry::new(
        date,
        momentum::core::activity::Activity::Walking,
        momentum::core::log::Outcome::Skipped,
    )
}

#[wasm_bindgen_test]
async fn blocked_storage_means_memory_mode_with_a_clear_message() {
    use js_sys::{Object, Reflect};
    let window: wasm_bindgen::JsValue = web_sys::window().unwrap().into();
    let key = wasm_bindgen::JsValue::from_str("localStorage");
    let original = Object::get_own_property_descriptor(&Object::from(window.clone()), &key);
    // What privacy settings and sandboxed iframes do: reading `localStorage` throws.
    let throwing = js_sys::Function::new_no_args(
        "throw new DOMException('The operation is insecure.', 'SecurityError')",
    );
    let descriptor = Object::new();
    Reflect::set(&descriptor, &"get".into(), &throwing).unwrap();
    Reflect::set(&descriptor, &"configurable".into(), &true.into()).unwrap();
    Object::define_property(&Object::from(window.clone()), &key, &descriptor);

    let (_, shadow) = mount_widget("browser-test-blocked", None).await;
    let text = text_of(&shadow);

    Object::define_property(&Object::from(window), &key, &Object::from(original));
    assert!(
        text.contains("isn't letting this page save anything"),
        "{text}"
    );
    assert!(text.contains("Download my data"));
    assert!(
        text.contains("Let's begin"),
        "the widget still works: {text}"
    );
}

#[wasm_bindgen_test]
async fn another_tabs_save_appears_without_a_reload() {
    let record = record_with_a_plan_from_today();
    let (_, shadow) = mount_widget("browser-test-tabs", Some(&record.to_json())).await;
    assert!(text_of(&shadow).contains("Not today"));

    let mut theirs = record.clone();
    theirs.log_session(skipped(chrono::Local::now().date_naive()));
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some("momentum/browser-test-tabs"));
    init.set_new_value(Some(&theirs.to_json()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    yew::platform::time::sleep(Duration::from_millis(100)).await;

    assert!(text_of(&shadow).contains("Not today. That's okay."));
}

#[wasm_bindgen_test]
async fn a_concurrent_write_is_merged_not_overwritten() {
    let today = chrono::Local::now().date_naive();
    let record = record_with_a_plan_from_today();
    // This tab says "Not today" for today.
    let dates = dates_stored_after_a_concurrent_write("browser-test-merge", &record, "Not today");
    assert_eq!(
        dates.await,
        vec![today, today + chrono::Days::new(1)],
        "both tabs' sessions kept"
    );
}

#[wasm_bindgen_test]
async fn an_undo_stays_undone_when_another_tab_wrote_meanwhile() {
    let today = chrono::Local::now().date_naive();
    let mut record = record_with_a_plan_from_today();
    record.log_session(skipped(today));
    // This tab undoes today's tick, which the other tab still holds.
    let dates = dates_stored_after_a_concurrent_write("browser-test-undo", &record, "Undo");
    assert_eq!(
        dates.await,
        vec![today + chrono::Days::new(1)],
        "the other tab's session kept, the undone one not brought back"
    );
}

/// Mounts the widget on `record`; then another tab, starting from the same record, saves a
/// skipped session for tomorrow, and its storage event has not arrived yet when this tab's
/// button `label` is clicked. Returns the dates of the log that ends up stored.
async fn dates_stored_after_a_concurrent_write(
    namespace: &str,
    record: &momentum::core::record::Record,
    label: &str,
) -> Vec<chrono::NaiveDate> {
    let (_, shadow) = mount_widget(namespace, Some(&record.to_json())).await;
    let mut theirs = record.clone();
    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(1);
    theirs.log_session(skipped(tomorrow));
    put(namespace, &theirs.to_json());

    click(&shadow, label);
    yew::platform::time::sleep(Duration::from_millis(100)).await;
    let saved = momentum::core::record::Record::parse(&stored(namespace).unwrap()).unwrap();
    saved.log.entries().iter().map(|e| e.date).collect()
}

/// Clicks the first button in `shadow` whose text is `label`.
fn click(shadow: &ShadowRoot, label: &str) {
    let buttons = shadow.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("a {label} button"))
        .click();
}

fn put(namespace: &str, text: &str) {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(&format!("momentum/{namespace}"), text)
        .unwrap();
}

#[wasm_bindgen_test]
async fn an_unreadable_value_stored_meanwhile_is_set_aside_before_saving() {
    let record = record_with_a_plan_from_today();
    let (_, shadow) = mount_widget("browser-test-late-corrupt", Some(&record.to_json())).await;
    put("browser-test-late-corrupt", "{\"version\":3,");
    click(&shadow, "Not today");
    yew::platform::time::sleep(Duration::from_millis(100)).await;

    let aside = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("momentum/browser-test-late-corrupt/unreadable-1")
        .unwrap();
    assert_eq!(aside.as_deref(), Some("{\"version\":3,"));
    assert!(text_of(&shadow).contains("couldn't read what was saved before"));
    let saved =
        momentum::core::record::Record::parse(&stored("browser-test-late-corrupt").unwrap());
    assert!(
        saved.is_ok(),
        "our record was saved after the copy was set aside"
    );
}

#[wasm_bindgen_test]
async fn a_newer_widgets_save_in_another_tab_is_never_overwritten() {
    let record = record_with_a_plan_from_today();
    let (_, shadow) = mount_widget("browser-test-late-newer", Some(&record.to_json())).await;
    let newer = r#"{"version":99,"profile":{"activities":["yoga"]},"log":[]}"#;
    put("browser-test-late-newer", newer);
    click(&shadow, "Not today");
    yew::platform::time::sleep(Duration::from_millis(100)).await;

    assert_eq!(stored("browser-test-late-newer").as_deref(), Some(newer));
    assert!(text_of(&shadow).contains("newer version of this widget"));
}
