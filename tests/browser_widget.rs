//! Browser tests of the mounted widget with real `localStorage`: it renders inside a shadow
//! root, a record it reads is not written back unchanged, unreadable records are set aside
//! byte-exact and offered in Settings, newer records are never overwritten, and when storage
//! is blocked or full it keeps working in memory. Other tabs: `browser_tabs.rs`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use chrono::{NaiveDate, Weekday};
use momentum::core::activity::Activity;
use momentum::core::log::{LogEntry, Outcome};
use momentum::core::plan::Choices;
use momentum::core::record::Record;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Adds `<div data-momentum data-storage-key=namespace>` to the page, optionally with a stored
/// value first, mounts, and waits for yew to render (the frame, then the widget a task later).
async fn mount_widget(namespace: &str, stored: Option<&str>) -> (HtmlElement, ShadowRoot) {
    if let Some(text) = stored {
        put(namespace, text);
    }
    let host = add_host(namespace);
    momentum::web::mount_all("/no-such-folder/", None);
    let shadow = host.shadow_root().expect("a shadow root");
    rendered(&shadow).await;
    (host, shadow)
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

fn add_host(namespace: &str) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    host.set_attribute("data-momentum", "").unwrap();
    host.set_attribute("data-storage-key", namespace).unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host.dyn_into().unwrap()
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(100)).await;
}

fn stored(namespace: &str) -> Option<String> {
    local_storage()
        .get_item(&format!("momentum/{namespace}"))
        .unwrap()
}

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

/// Calls `f` with every download it starts caught instead of saved; returns `f`'s downloads'
/// texts, in order.
async fn downloads_of(f: impl FnOnce()) -> Vec<String> {
    let caught = js_sys::Function::new_no_args(
        "const caught = [], click = HTMLAnchorElement.prototype.click;
         const create = URL.createObjectURL;
         URL.createObjectURL = (blob) => { caught.push(blob); return create.call(URL, blob); };
         HTMLAnchorElement.prototype.click = function () {};
         caught.restore = () => {
           URL.createObjectURL = create; HTMLAnchorElement.prototype.click = click;
         };
         return caught;",
    )
    .call0(&JsValue::NULL)
    .unwrap();
    f();
    let restore = js_sys::Reflect::get(&caught, &"restore".into()).unwrap();
    restore
        .unchecked_into::<js_sys::Function>()
        .call0(&caught)
        .unwrap();
    let mut texts = Vec::new();
    for blob in caught.unchecked_into::<js_sys::Array>().iter() {
        let slot = Rc::new(RefCell::new(None));
        let fill = slot.clone();
        let text = blob.unchecked_into::<web_sys::Blob>().text();
        momentum::web::files::when_settled(&text, move |t| *fill.borrow_mut() = t.as_string());
        for _ in 0..40 {
            if slot.borrow().is_some() {
                break;
            }
            yew::platform::time::sleep(Duration::from_millis(50)).await;
        }
        texts.push(slot.take().expect("the download's text"));
    }
    texts
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
    let saved = stored("browser-test-mount").expect("a fresh record is saved");
    assert_eq!(Record::parse(&saved, today()), Ok(Record::default()));
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_set_aside_explained_and_offered_in_settings() {
    let garbage = "{\"version\":2,\"profile\":";
    let (_, shadow) = mount_widget("browser-test-corrupt", Some(garbage)).await;
    let text = text_of(&shadow);
    assert!(
        text.contains("couldn't read what was saved before"),
        "{text}"
    );
    let copy = local_storage()
        .get_item("momentum/browser-test-corrupt/unreadable-1")
        .unwrap();
    assert_eq!(copy.as_deref(), Some(garbage));
    let downloads = downloads_of(|| click(&shadow, "Download the old copy")).await;
    assert_eq!(downloads, vec![garbage.to_owned()]);

    // The notice says the copy is also in Settings, which the welcome's restore link opens.
    click(&shadow, "Restore from a backup");
    settle().await;
    let text = text_of(&shadow);
    assert!(text.contains("Copies we couldn't read"), "{text}");
    let downloads = downloads_of(|| click(&shadow, "Download copy 1")).await;
    assert_eq!(downloads, vec![garbage.to_owned()]);
}

#[wasm_bindgen_test]
async fn a_record_with_a_lone_surrogate_is_set_aside_exactly_as_stored() {
    // Half an emoji at the end, as a cut-off write can leave: Rust reads it as U+FFFD, so the
    // copy must come from the stored JavaScript string, not from Rust's reading of it.
    let mut units: Vec<u16> = "{\"version\":5,\"note\":\"walk ".encode_utf16().collect();
    units.push(0xD83D);
    let broken: JsValue = js_sys::JsString::from_char_code(&units).into();
    let get = js_sys::Function::new_with_args("k", "return localStorage.getItem(k)");
    js_sys::Function::new_with_args("k, v", "localStorage.setItem(k, v)")
        .call2(
            &JsValue::NULL,
            &"momentum/browser-test-surrogate".into(),
            &broken,
        )
        .unwrap();
    let (_, shadow) = mount_widget("browser-test-surrogate", None).await;
    assert!(text_of(&shadow).contains("couldn't read what was saved before"));
    let copy = get
        .call1(
            &JsValue::NULL,
            &"momentum/browser-test-surrogate/unreadable-1".into(),
        )
        .unwrap();
    assert_eq!(copy, broken, "the copy is the very string that was stored");
}

#[wasm_bindgen_test]
async fn copies_set_aside_on_an_earlier_visit_stay_offered_in_settings() {
    let record = record_with_a_plan_from_today();
    let store = local_storage();
    store
        .set_item("momentum/browser-test-earlier/unreadable-10", "{ten")
        .unwrap();
    store
        .set_item("momentum/browser-test-earlier/unreadable-2", "{two")
        .unwrap();
    let (_, shadow) = mount_widget("browser-test-earlier", Some(&record.to_json())).await;
    assert!(
        !text_of(&shadow).contains("couldn't read"),
        "the record itself reads"
    );
    click(&shadow, "Settings");
    settle().await;
    let text = text_of(&shadow);
    assert!(text.contains("Copies we couldn't read"), "{text}");
    assert!(!text.contains("Download copy 3"), "two copies: {text}");
    let first = downloads_of(|| click(&shadow, "Download copy 1")).await;
    let second = downloads_of(|| click(&shadow, "Download copy 2")).await;
    assert_eq!((first, second), (vec!["{two".into()], vec!["{ten".into()]));
}

#[wasm_bindgen_test]
async fn a_newer_record_is_shown_but_never_overwritten() {
    let newer = r#"{"version":7,"choices":{"activities":["yoga"]},"log":[],"future":true}"#;
    let (_, shadow) = mount_widget("browser-test-newer", Some(newer)).await;
    assert!(text_of(&shadow).contains("newer version of this widget"));
    assert_eq!(stored("browser-test-newer").as_deref(), Some(newer));
    let downloads = downloads_of(|| click(&shadow, "Download the saved data")).await;
    assert_eq!(downloads, vec![newer.to_owned()], "kept exactly as stored");
}

#[wasm_bindgen_test]
async fn a_stylesheet_handed_over_as_text_is_adopted_and_the_widget_shows_at_once() {
    let host = add_host("browser-test-adopted");
    momentum::web::mount_all(
        "/no-such-folder/",
        Some(".momentum { color: rgb(1, 2, 3); }"),
    );
    let shadow = host.shadow_root().expect("a shadow root");
    rendered(&shadow).await;
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
    settle().await;
    let saved = stored("browser-test-no-write").unwrap();
    assert_ne!(saved, planted, "a change is saved");
    assert_eq!(Record::parse(&saved, today()).unwrap().log.len(), 1);
}

#[wasm_bindgen_test]
async fn blocked_storage_means_memory_mode_with_a_clear_message() {
    use js_sys::{Object, Reflect};
    let window: JsValue = web_sys::window().unwrap().into();
    let key = JsValue::from_str("localStorage");
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
    assert_eq!(stored("browser-test-blocked"), None);
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

#[wasm_bindgen_test]
async fn with_storage_full_a_change_stays_in_memory_and_merges_another_tabs_record() {
    let namespace = "browser-test-full";
    let record = record_with_a_plan_from_today();
    let (_, shadow) = mount_widget(namespace, Some(&record.to_json())).await;
    let fillers = fill_quota();
    click(&shadow, "Not today");
    settle().await;
    let full = text_of(&shadow);
    for n in 0..fillers {
        local_storage()
            .remove_item(&format!("browser-test-filler-{n}"))
            .unwrap();
    }
    assert!(full.contains("storage for this site is full"), "{full}");
    assert!(full.contains("Not today. That's okay."), "kept in memory");
    assert_eq!(stored(namespace), Some(record.to_json()), "nothing written");

    // Another tab, with room again, saves a skipped session for tomorrow.
    let mut theirs = record.clone();
    let tomorrow = today() + chrono::Days::new(1);
    theirs.log_session(LogEntry::new(tomorrow, Activity::Walking, Outcome::Skipped));
    put(namespace, &theirs.to_json());
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&format!("momentum/{namespace}")));
    init.set_new_value(Some(&theirs.to_json()));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;

    assert!(
        text_of(&shadow).contains("Not today. That's okay."),
        "this tab's change is merged with theirs, not replaced by it"
    );
    assert_eq!(
        stored(namespace),
        Some(theirs.to_json()),
        "memory-only mode still writes nothing"
    );
    let downloads = downloads_of(|| click(&shadow, "Download my data")).await;
    let [backup] = &downloads[..] else {
        panic!("one download: {downloads:?}");
    };
    let kept = momentum::core::transfer::import(backup.as_bytes(), today()).unwrap();
    let dates: Vec<NaiveDate> = kept.log.entries().iter().map(|e| e.date).collect();
    assert_eq!(dates, vec![today(), tomorrow], "both tabs' sessions kept");
}
