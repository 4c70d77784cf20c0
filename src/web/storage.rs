//! The record's text in `localStorage`, with every way that can fail made explicit.
//!
//! `window.localStorage` throws when storage is blocked (sandboxed iframes, some privacy modes)
//! and `setItem` throws when the quota is full; both are ordinary here, not panics. (gloo-storage
//! panics in the first case, so we talk to `web_sys::Storage` directly.)

use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::Storage;

#[wasm_bindgen]
extern "C" {
    /// A `Storage` whose `getItem` returns the JavaScript value itself (a string or `null`), so
    /// that a long record can be copied in by [`text_of`] rather than by wasm-bindgen's
    /// conversion.
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item_value(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    /// The browser's UTF-8 encoder.
    type TextEncoder;

    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<TextEncoder, JsValue>;

    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsString) -> Uint8Array;
}

/// Prefix of every key Momentum writes, so a clinic's other scripts can tell ours apart.
pub const KEY_PREFIX: &str = "momentum/";

/// Where one widget instance keeps its record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageKey(String);

impl StorageKey {
    /// The key for a widget whose embed says `data-storage-key="{namespace}"`.
    pub fn for_namespace(namespace: &str) -> Self {
        StorageKey(format!("{KEY_PREFIX}{namespace}"))
    }

    /// A key exactly as stored, e.g. one a notice remembered.
    pub fn from_full_key(key: &str) -> Self {
        StorageKey(key.to_owned())
    }

    /// The full `localStorage` key.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How many set-aside copies of unreadable records we keep looking past before giving up.
const MAX_SET_ASIDE_COPIES: u32 = 20;

/// Why a read or write did not happen; each maps to a message the visitor sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses to give this page storage at all.
    Unavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's own words for the console.
    Other(String),
}

/// `localStorage`, if this page may use it. Never panics.
pub fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored text under `key`, `Ok(None)` when nothing was saved yet.
pub fn read(key: &StorageKey) -> Result<Option<String>, StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    let value = storage
        .unchecked_ref::<RawStorage>()
        .get_item_value(key.as_str())
        .map_err(|e| StorageError::Other(format!("{e:?}")))?;
    Ok(value.dyn_ref::<JsString>().map(text_of))
}

/// A JavaScript string as Rust text, copied through the browser's `TextEncoder` (native code)
/// and one block copy into wasm memory. wasm-bindgen's own conversion copies ASCII text one
/// character at a time in JavaScript, about 2.5 ms for a 5-year record on a cold page. Falls
/// back to that conversion if the encoder is missing.
fn text_of(text: &JsString) -> String {
    TextEncoder::new()
        .ok()
        .and_then(|encoder| String::from_utf8(encoder.encode(text).to_vec()).ok())
        .unwrap_or_else(|| String::from(text))
}

/// Stores `text` under `key`.
pub fn write(key: &StorageKey, text: &str) -> Result<(), StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key.as_str(), text)
        .map_err(classify_write_error)
}

/// Quota errors have a name that differs between browsers; anything else is reported as is.
fn classify_write_error(err: wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&err, &"name".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(format!("{err:?}"))
    }
}

/// Copies unreadable stored text to a free key next to `key` before anything overwrites it,
/// and returns that key. An identical earlier copy is reused; an existing different one is
/// never overwritten.
pub fn set_aside(key: &StorageKey, text: &str) -> Result<StorageKey, StorageError> {
    let storage = local_storage().ok_or(StorageError::Unavailable)?;
    for n in 1..=MAX_SET_ASIDE_COPIES {
        let candidate = StorageKey(format!("{}/unreadable-{n}", key.0));
        match storage.get_item(candidate.as_str()) {
            Ok(None) => {
                write(&candidate, text)?;
                return Ok(candidate);
            }
            Ok(Some(existing)) if existing == text => return Ok(candidate),
            _ => continue,
        }
    }
    Err(StorageError::Other(
        "no free key for a set-aside copy".into(),
    ))
}
