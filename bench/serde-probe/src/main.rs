//! The probe's wasm: reads the record the page hands it and writes it back, one way per build
//! (Cargo features, see Cargo.toml). `loader.js` times each call from JavaScript.
//!
//! Every build exports the same four functions, so the page's code is the same for all:
//! `kind()`, `read_text(text)`, `read_value(value)` and `write_text()` / `write_value()`. A
//! build answers only the pair it implements; the others return an error saying so.

#[cfg(any(feature = "json", feature = "swb"))]
mod record;

// The widget's crate, for its global allocator (and, in the hand-written build, its reader).
use momentum as _;

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    #[cfg(any(feature = "json", feature = "swb"))]
    use crate::record::{describe, Record};
    #[cfg(feature = "handwritten")]
    use momentum::core::record::Record;

    /// Neither reads anything: the record the baseline build "has" is built in code, so its
    /// types and what the app does with them are in the wasm like in the others.
    #[cfg(not(any(feature = "json", feature = "swb", feature = "handwritten")))]
    #[derive(Debug, Default)]
    struct Record {
        log: Vec<(chrono::NaiveDate, u16)>,
    }

    thread_local! {
        static RECORD: RefCell<Option<Record>> = const { RefCell::new(None) };
    }

    fn keep(record: Record) -> usize {
        let entries = record.log.len();
        RECORD.with(|r| *r.borrow_mut() = Some(record));
        entries
    }

    fn unsupported(what: &str) -> JsValue {
        JsValue::from_str(&format!("this build ({}) does not {what}", kind()))
    }

    #[wasm_bindgen]
    pub fn kind() -> String {
        if cfg!(feature = "json") {
            "serde_json".into()
        } else if cfg!(feature = "swb") {
            "serde-wasm-bindgen".into()
        } else if cfg!(feature = "handwritten") {
            "hand-written".into()
        } else {
            "none".into()
        }
    }

    /// Reads the stored text; returns the number of log entries.
    #[wasm_bindgen]
    pub fn read_text(text: &str) -> Result<usize, JsValue> {
        #[cfg(feature = "json")]
        {
            let mut d = serde_json::Deserializer::from_str(text);
            let mut record: Record = serde_path_to_error::deserialize(&mut d)
                .map_err(|e| JsValue::from_str(&describe(&e)))?;
            d.end().map_err(|e| JsValue::from_str(&e.to_string()))?;
            record.normalize();
            Ok(keep(record))
        }
        #[cfg(feature = "handwritten")]
        {
            Record::parse(text)
                .map(keep)
                .map_err(|e| JsValue::from_str(&e.to_string()))
        }
        #[cfg(not(any(feature = "json", feature = "handwritten")))]
        {
            let _ = text;
            Err(unsupported("read text"))
        }
    }

    /// Reads what `JSON.parse` made of the stored text; returns the number of log entries.
    #[wasm_bindgen]
    pub fn read_value(value: JsValue) -> Result<usize, JsValue> {
        #[cfg(feature = "swb")]
        {
            let mut record: Record =
                serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value))
                    .map_err(|e| JsValue::from_str(&describe(&e)))?;
            record.normalize();
            Ok(keep(record))
        }
        #[cfg(not(feature = "swb"))]
        {
            let _ = value;
            Err(unsupported("read JS values"))
        }
    }

    /// The kept record as stored text.
    #[wasm_bindgen]
    pub fn write_text() -> Result<String, JsValue> {
        RECORD.with(|r| {
            let r = r.borrow();
            let record = r
                .as_ref()
                .ok_or_else(|| JsValue::from_str("nothing read yet"))?;
            #[cfg(feature = "json")]
            {
                serde_json::to_string(record).map_err(|e| JsValue::from_str(&e.to_string()))
            }
            #[cfg(feature = "handwritten")]
            {
                Ok(record.to_json())
            }
            #[cfg(not(any(feature = "json", feature = "handwritten")))]
            {
                let _ = record;
                Err(unsupported("write text"))
            }
        })
    }

    /// The kept record as a JS value for `JSON.stringify`.
    #[wasm_bindgen]
    pub fn write_value() -> Result<JsValue, JsValue> {
        RECORD.with(|r| {
            let r = r.borrow();
            let record = r
                .as_ref()
                .ok_or_else(|| JsValue::from_str("nothing read yet"))?;
            #[cfg(feature = "swb")]
            {
                use serde::Serialize;
                record
                    .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
                    .map_err(JsValue::from)
            }
            #[cfg(not(feature = "swb"))]
            {
                let _ = record;
                Err(unsupported("write JS values"))
            }
        })
    }

    /// The baseline's stand-in for reading: a record made in code, so the app has one to keep,
    /// described through `format!` as the widget's own strings are: core::fmt is in the widget
    /// anyway, so the baseline has it too and the deltas are what reading and writing add.
    #[wasm_bindgen]
    pub fn describe_nothing(entries: u32) -> String {
        #[cfg(not(any(feature = "json", feature = "swb", feature = "handwritten")))]
        {
            let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
            let log: Vec<_> = (0..entries)
                .filter_map(|i| {
                    start
                        .checked_add_days(chrono::Days::new(u64::from(i)))
                        .map(|d| (d, 10))
                })
                .collect();
            let minutes: u32 = log.iter().map(|e| u32::from(e.1)).sum();
            let n = keep(Record { log });
            format!("{n} entries, {minutes} minutes")
        }
        #[cfg(any(feature = "json", feature = "swb", feature = "handwritten"))]
        {
            let _ = entries;
            String::new()
        }
    }
}

fn main() {}
