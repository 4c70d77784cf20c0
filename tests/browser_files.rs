//! Browser tests of files without a server: a picked file's bytes arrive, a browser's refusal
//! arrives as an error rather than never, and a download is a named file of the given text
//! that leaves nothing behind in the page.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use momentum::web::files;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits (up to 2 s) for `slot` to be filled by a callback.
async fn answer<T>(slot: &RefCell<Option<T>>, what: &str) -> T {
    for _ in 0..40 {
        if let Some(value) = slot.borrow_mut().take() {
            return value;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{what} never answered");
}

/// Calls `files::read_bytes` and waits for its answer.
async fn read(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let slot = Rc::new(RefCell::new(None));
    let fill = slot.clone();
    files::read_bytes(file, move |read| *fill.borrow_mut() = Some(read));
    answer(&slot, "read_bytes").await
}

#[wasm_bindgen_test]
async fn a_picked_file_arrives_byte_for_byte() {
    let bytes = [b'{', 0, 255, b'}'];
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&bytes[..]));
    let file = web_sys::File::new_with_u8_array_sequence(&parts, "backup.json").unwrap();
    assert_eq!(read(&file).await.unwrap(), bytes);
}

#[wasm_bindgen_test]
async fn a_file_the_browser_cannot_read_is_an_error() {
    // Stands in for a file deleted or revoked after it was picked: its read is refused.
    let unreadable = js_sys::Object::new();
    let refuse = js_sys::Function::new_no_args("return Promise.reject(new Error('gone'))");
    js_sys::Reflect::set(&unreadable, &"arrayBuffer".into(), &refuse).unwrap();
    let error = read(unreadable.unchecked_ref()).await.unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>());
}

/// Installs a catcher for downloads: every Blob given a URL, every URL revoked, and every
/// `<a download>` clicked (its name, and whether it was in the page then) are recorded, and
/// the click itself does nothing, so the browser saves no file. `restore()` undoes it.
fn catch_downloads() -> JsValue {
    js_sys::Function::new_no_args(
        "const caught = { blobs: [], urls: [], revoked: [], clicks: [] };
         const create = URL.createObjectURL, revoke = URL.revokeObjectURL;
         const click = HTMLAnchorElement.prototype.click;
         URL.createObjectURL = (blob) => {
           const url = create.call(URL, blob);
           caught.blobs.push(blob); caught.urls.push(url);
           return url;
         };
         URL.revokeObjectURL = (url) => { caught.revoked.push(url); revoke.call(URL, url); };
         HTMLAnchorElement.prototype.click = function () {
           caught.clicks.push({ name: this.download, href: this.href, inPage: this.isConnected });
         };
         caught.restore = () => {
           URL.createObjectURL = create; URL.revokeObjectURL = revoke;
           HTMLAnchorElement.prototype.click = click;
         };
         return caught;",
    )
    .call0(&JsValue::NULL)
    .unwrap()
}

/// `caught[field][index][inner]`, or `caught[field][index]` when `inner` is empty.
fn caught(caught: &JsValue, field: &str, index: u32, inner: &str) -> JsValue {
    let list = js_sys::Reflect::get(caught, &field.into()).unwrap();
    let item = js_sys::Reflect::get_u32(&list, index).unwrap();
    if inner.is_empty() {
        item
    } else {
        js_sys::Reflect::get(&item, &inner.into()).unwrap()
    }
}

fn count(caught: &JsValue, field: &str) -> u32 {
    js_sys::Reflect::get(caught, &field.into())
        .unwrap()
        .unchecked_into::<js_sys::Array>()
        .length()
}

/// The text of a caught Blob.
async fn blob_text(blob: &web_sys::Blob) -> String {
    let slot = Rc::new(RefCell::new(None));
    let fill = slot.clone();
    files::when_settled(&blob.text(), move |text| {
        *fill.borrow_mut() = text.as_string()
    });
    answer(&slot, "Blob.text").await
}

#[wasm_bindgen_test]
async fn a_download_is_a_named_file_of_the_text_and_leaves_nothing_behind() {
    let catcher = catch_downloads();
    let text = "{\"format\": \"momentum-backup\", \"note\": \"Café ☕ 🚶‍♀️\"}";
    let result = files::download("momentum-backup-2026-01-05.json", "application/json", text);
    let restore = js_sys::Reflect::get(&catcher, &"restore".into()).unwrap();
    restore
        .unchecked_into::<js_sys::Function>()
        .call0(&catcher)
        .unwrap();
    result.expect("download");

    assert_eq!(
        count(&catcher, "clicks"),
        1,
        "one click starts one download"
    );
    assert_eq!(
        caught(&catcher, "clicks", 0, "name").as_string().as_deref(),
        Some("momentum-backup-2026-01-05.json")
    );
    assert_eq!(
        caught(&catcher, "clicks", 0, "inPage").as_bool(),
        Some(true),
        "the link is in the page for the click (some browsers ignore detached links)"
    );
    let url = caught(&catcher, "urls", 0, "");
    assert_eq!(caught(&catcher, "clicks", 0, "href"), url);
    assert_eq!(
        caught(&catcher, "revoked", 0, ""),
        url,
        "the Blob's URL is freed"
    );
    let blob: web_sys::Blob = caught(&catcher, "blobs", 0, "").unchecked_into();
    assert_eq!(blob.type_(), "application/json");
    assert_eq!(blob_text(&blob).await, text, "the text, byte for byte");
    let links = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .query_selector_all("a[download]")
        .unwrap();
    assert_eq!(links.length(), 0, "the temporary link is gone");
}
