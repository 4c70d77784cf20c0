//! The record's text in `localStorage`, with every way that can fail made explicit.
//!
//! `window.localStorage` throws when storage is blocked (sandboxed iframes, some privacy modes),
//! and gloo-storage's `LocalStorage::raw()` panics then, so [`available`] checks first and every
//! function here goes through it. `setItem` throws when the quota is full: an ordinary value
//! here, not a panic. We store the record's text rather than `LocalStorage::set(record)`:
//! the save path already serialized it to compare with what another tab stored, and `set`
//! would serialize it a second time.
//!
//! Copies of unreadable records are made from the stored JavaScript string itself, never from
//! Rust's reading of it, so they stay byte-exact (a lone surrogate survives).

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::present::sync::Stored;

#[wasm_bindgen]
extern "C" {
    /// `localStorage` with the value itself in and out, without turning it into Rust text.
    type RawStorage;

    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_value(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_value(this: &RawStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
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

    /// A key exactly as stored, e.g. a set-aside copy's.
    pub fn from_full_key(key: &str) -> Self {
        StorageKey(key.to_owned())
    }

    /// The full `localStorage` key.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The prefix of this key's set-aside copies.
    fn set_aside_prefix(&self) -> String {
        format!("{}/unreadable-", self.0)
    }
}

/// How many set-aside copies of unreadable records we keep looking past before giving up.
const MAX_SET_ASIDE_COPIES: u32 = 20;

/// Why a write did not happen; each maps to a message the visitor sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses to give this page storage at all.
    Unavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's own words for the console.
    Other(String),
}

/// Whether this page may use `localStorage` (so gloo-storage will not panic). Never panics.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// What is stored under `key`.
pub fn read(key: &StorageKey) -> Stored {
    if !available() {
        return Stored::Unavailable;
    }
    match LocalStorage::raw().get_item(key.as_str()) {
        Ok(Some(text)) => Stored::Text(text),
        Ok(None) => Stored::Empty,
        Err(_) => Stored::Unavailable,
    }
}

/// Stores `text` under `key`.
pub fn write(key: &StorageKey, text: &str) -> Result<(), StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key.as_str(), text)
        .map_err(classify)
}

/// Quota errors have a name that differs between browsers; anything else is reported as is.
fn classify(error: JsValue) -> StorageError {
    match error.dyn_into::<js_sys::Error>().map(JsError::from) {
        Ok(e) if e.name == "QuotaExceededError" || e.name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StorageError::QuotaExceeded
        }
        Ok(e) => StorageError::Other(format!("{}: {}", e.name, e.message)),
        Err(value) => StorageError::Other(format!("{value:?}")),
    }
}

/// Copies what is stored under `key` now, exactly as it is, to a free key next to it and
/// returns that key. An identical earlier copy is reused; a different one is never overwritten.
pub fn set_aside(key: &StorageKey) -> Result<String, StorageError> {
    if !available() {
        return Err(StorageError::Unavailable);
    }
    let storage = LocalStorage::raw().unchecked_into::<RawStorage>();
    let value = storage.get_value(key.as_str()).map_err(classify)?;
    if value.is_null() {
        return Err(StorageError::Other("nothing to set aside".into()));
    }
    let prefix = key.set_aside_prefix();
    for n in 1..=MAX_SET_ASIDE_COPIES {
        let candidate = format!("{prefix}{n}");
        match storage.get_value(&candidate) {
            Ok(existing) if existing.is_null() => {
                storage.set_value(&candidate, &value).map_err(classify)?;
                return Ok(candidate);
            }
            Ok(existing) if existing == value => return Ok(candidate),
            _ => continue,
        }
    }
    Err(StorageError::Other(
        "no free key for a set-aside copy".into(),
    ))
}

/// The keys of every set-aside copy of `key`'s record, in order.
pub fn set_aside_copies(key: &StorageKey) -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let prefix = key.set_aside_prefix();
    let mut keys: Vec<(u32, String)> = (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|k| Some((k.strip_prefix(&prefix)?.parse().ok()?, k.clone())))
        .collect();
    keys.sort_unstable();
    keys.into_iter().map(|(_, k)| k).collect()
}

/// The stored value under `key` as a JavaScript string, untouched, for a download.
pub fn raw_value(key: &str) -> Option<js_sys::JsString> {
    if !available() {
        return None;
    }
    let storage = LocalStorage::raw().unchecked_into::<RawStorage>();
    storage
        .get_value(key)
        .ok()?
        .dyn_into::<js_sys::JsString>()
        .ok()
}

/// Asks whether the browser keeps this site's storage (`navigator.storage.persisted()`, no
/// prompt) or, with `ask`, asks it to (`persist()`, which Firefox may show as a question).
/// `done` hears the answer; a browser without the Storage API says nothing.
pub fn storage_kept(ask: bool, done: impl FnOnce(bool) + 'static) {
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return;
    };
    let promise = if ask {
        manager.persist()
    } else {
        manager.persisted()
    };
    let Ok(promise) = promise else { return };
    crate::web::files::when_settled(&promise, move |value| done(value.as_bool() == Some(true)));
}
