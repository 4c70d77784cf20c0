//! Files in and out of the browser, with no server: downloads are made from a Blob in memory,
//! imports are read from the file the visitor picked.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A promise, seen only as something to call `then` on.
    type Settling;

    /// `promise.then(settled, settled)`: one function for either outcome.
    #[wasm_bindgen(method, js_name = then)]
    fn then_either(this: &Settling, on_fulfilled: &JsValue, on_rejected: &JsValue);
}

/// Offers `contents` as a download named `file_name`. Works inside a shadow root, since the
/// temporary link is attached to the document body only for the click.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    download_value(file_name, mime, &JsValue::from_str(contents))
}

/// [`download`] of a JavaScript string as it is (a stored value, say), without a trip through
/// Rust text.
pub fn download_value(file_name: &str, mime: &str, contents: &JsValue) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(contents);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link)?;
    link.click();
    body.remove_child(&link)?;
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// Reads a file the visitor picked, then calls `done` with its bytes or the browser's refusal.
/// Size limits are the core's job, but files far beyond any limit are refused by length before
/// being read.
///
/// A callback rather than an `async fn`: this is the widget's only asynchronous step, and
/// awaiting it linked wasm-bindgen-futures' task queue into the wasm (this way is 0.4 KB gzip
/// smaller). One function answers both outcomes, and wasm-bindgen frees it after its single
/// call: the promise settles exactly once, so nothing is left behind.
pub fn read_bytes(file: &web_sys::File, done: impl FnOnce(Result<Vec<u8>, JsValue>) + 'static) {
    when_settled(&file.array_buffer(), move |value| {
        done(match value.dyn_into::<js_sys::ArrayBuffer>() {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(refusal) => Err(refusal),
        })
    });
}

/// Calls `done` once with what `promise` settles to, fulfilled or rejected.
pub fn when_settled(promise: &JsValue, done: impl FnOnce(JsValue) + 'static) {
    let settled = Closure::once_into_js(done);
    promise
        .unchecked_ref::<Settling>()
        .then_either(&settled, &settled);
}
