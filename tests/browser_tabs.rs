//! Browser tests of two tabs sharing one record through real `localStorage`: another tab's
//! save shows without a reload, a save merges what another tab stored meanwhile (an undo
//! included), and what another tab left unreadable or newer is set aside or never overwritten.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use chrono::{Days, NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{LogEntry, Outcome};
use momentum::core::plan::Choices;
use momentum::core::record::Record;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Stores `record` for `namespace`, adds `<div data-momentum data-storage-key=namespace>`,
/// mounts, and waits for yew to render (the frame, then the widget a task later).
async fn mount_widget(namespace: &str, record: &Record) -> ShadowRoot {
    put(namespace, &record.to_json());
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-momentum", "").unwrap();
    host.set_attribute("data-storage-key", namespace).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    momentum::web::mount_all("/no-such-folder/", None);
    let shadow = host.shadow_root().expect("a shadow root");
    rendered(&shadow).await;
    shadow
}

/// Waits (up to 2 s, for a busy machine) until the widget has replaced its empty frame.
async fn rendered(shadow: &ShadowRoot) {
    for _ in 0..40 {
        let frame = shadow.query_selector("[aria-busy]").unwrap();
        if frame.is_none() && shadow.query_selector(".screen").unwrap().is_some() {
            return settle().await;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the widget never rendered");
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(100)).await;
}

fn stored(namespace: &str) -> Option<String> {
    local_storage()
        .get_item(&format!("momentum/{namespace}"))
        .unwrap()
}

/// What another tab's `setItem` does to this tab's storage (its event comes separately).
fn put(namespace: &str, text: &str) {
    local_storage()
        .set_item(&format!("momentum/{namespace}"), text)
        .unwrap();
}

fn text_of(shadow: &ShadowRoot) -> String {
    shadow
        .query_selector(".momentum")
        .unwrap()
        .expect("the app rendered")
        .text_content()
        .unwrap_or_default()
}

/// Clicks the first button in `shadow` whose text is `label`.
fn click(shadow: &ShadowRoot, label: &str) {
    let buttons = shadow.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("a {label} button in: {}", text_of(shadow)))
        .click();
}

fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A record with a walking plan that has a session every day, starting today.
fn record_with_a_plan_from_today() -> Record {
    use Weekday::*;
    let mut record = Record {
        readiness: Some([false; 7]),
        ..Record::default()
    };
    let choices = Choices {
        activities: vec![Activity::Walking],
        minutes_today: 10,
        weekdays: vec![Mon, Tue, Wed, Thu, Fri, Sat, Sun],
        gentle: false,
    };
    record.start_first_plan(choices, today(), today()).unwrap();
    record
}

fn skipped(date: NaiveDate) -> LogEntry {
    LogEntry::new(date, Activity::Walking, Outcome::Skipped)
}

#[wasm_bindgen_test]
async fn another_tabs_save_appears_without_a_reload() {
    let record = record_with_a_plan_from_today();
    let shadow = mount_widget("browser-test-tabs", &record).await;
    assert!(text_of(&shadow).contains("Not today"));
    assert!(!text_of(&shadow).contains("Not today. That's okay."));

    let mut theirs = record.clone();
    theirs.log_session(skipped(today()));
    put("browser-test-tabs", &theirs.to_json());
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some("momentum/browser-test-tabs"));
    init.set_new_value(Some(&theirs.to_json()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;

    assert!(text_of(&shadow).contains("Not today. That's okay."));
    assert_eq!(
        stored("browser-test-tabs"),
        Some(theirs.to_json()),
        "what another tab stored is shown, not written back"
    );
}

#[wasm_bindgen_test]
async fn a_concurrent_write_is_merged_not_overwritten() {
    let record = record_with_a_plan_from_today();
    // This tab says "Not today" for today.
    let dates = dates_stored_after_a_concurrent_write("browser-test-merge", &record, "Not today");
    assert_eq!(
        dates.await,
        vec![today(), today() + Days::new(1)],
        "both tabs' sessions kept"
    );
}

#[wasm_bindgen_test]
async fn an_undo_stays_undone_when_another_tab_wrote_meanwhile() {
    let mut record = record_with_a_plan_from_today();
    record.log_session(skipped(today()));
    // This tab undoes today's tick, which the other tab still holds.
    let dates = dates_stored_after_a_concurrent_write("browser-test-undo", &record, "Undo");
    assert_eq!(
        dates.await,
        vec![today() + Days::new(1)],
        "the other tab's session kept, the undone one not brought back"
    );
}

/// Mounts the widget on `record`; then another tab, starting from the same record, saves a
/// skipped session for tomorrow, and its storage event has not arrived yet when this tab's
/// button `label` is clicked. Returns the dates of the log that ends up stored, after checking
/// that the widget shows what it stored.
async fn dates_stored_after_a_concurrent_write(
    namespace: &str,
    record: &Record,
    label: &str,
) -> Vec<NaiveDate> {
    let shadow = mount_widget(namespace, record).await;
    let mut theirs = record.clone();
    theirs.log_session(skipped(today() + Days::new(1)));
    put(namespace, &theirs.to_json());

    click(&shadow, label);
    settle().await;
    let saved = Record::parse(&stored(namespace).unwrap(), today()).unwrap();
    let skipped_today = saved.log.get((today(), Activity::Walking)).is_some();
    assert_eq!(
        text_of(&shadow).contains("Not today. That's okay."),
        skipped_today,
        "the widget shows the merged record it stored"
    );
    saved.log.entries().iter().map(|e| e.date).collect()
}

#[wasm_bindgen_test]
async fn an_unreadable_value_stored_meanwhile_is_set_aside_before_saving() {
    let record = record_with_a_plan_from_today();
    let shadow = mount_widget("browser-test-late-corrupt", &record).await;
    put("browser-test-late-corrupt", "{\"version\":3,");
    click(&shadow, "Not today");
    settle().await;

    let aside = local_storage()
        .get_item("momentum/browser-test-late-corrupt/unreadable-1")
        .unwrap();
    assert_eq!(aside.as_deref(), Some("{\"version\":3,"));
    assert!(text_of(&shadow).contains("couldn't read what was saved before"));
    let saved = Record::parse(&stored("browser-test-late-corrupt").unwrap(), today())
        .expect("our record was saved after the copy was set aside");
    assert_eq!(saved.log.len(), 1, "with this tab's change");

    click(&shadow, "Settings");
    settle().await;
    let text = text_of(&shadow);
    assert!(
        text.contains("Copies we couldn't read") && text.contains("Download copy 1"),
        "Settings offers the copy set aside meanwhile: {text}"
    );
}

#[wasm_bindgen_test]
async fn a_newer_widgets_save_in_another_tab_is_never_overwritten() {
    let record = record_with_a_plan_from_today();
    let shadow = mount_widget("browser-test-late-newer", &record).await;
    let newer = r#"{"version":99,"choices":{"activities":["yoga"]},"log":[]}"#;
    put("browser-test-late-newer", newer);
    click(&shadow, "Not today");
    settle().await;

    assert_eq!(stored("browser-test-late-newer").as_deref(), Some(newer));
    assert!(text_of(&shadow).contains("newer version of this widget"));

    // Read-only from now on: the session offers nothing more to change.
    let buttons = shadow.query_selector_all(".session button").unwrap();
    assert_eq!(buttons.length(), 0, "{}", text_of(&shadow));
}

#[wasm_bindgen_test]
async fn a_late_storage_event_never_undoes_this_tabs_later_save() {
    // Another tab's event can arrive after this tab has written again: its value is older
    // than what is stored now, and showing it would undo this tab's change.
    let record = record_with_a_plan_from_today();
    let shadow = mount_widget("browser-test-late-event", &record).await;
    click(&shadow, "Not today");
    settle().await;
    let ours = stored("browser-test-late-event").unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some("momentum/browser-test-late-event"));
    init.set_new_value(Some(&record.to_json()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;

    assert!(text_of(&shadow).contains("Not today. That's okay."));
    assert_eq!(stored("browser-test-late-event"), Some(ours));
}
