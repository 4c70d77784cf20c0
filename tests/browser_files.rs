//! Browser tests of reading a picked file: its bytes arrive, and a browser's refusal arrives as
//! an error rather than never.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Calls `momentum::web::files::read_bytes` and waits (up to 2 s) for its answer.
async fn read(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let answer = Rc::new(RefCell::new(None));
    let slot = answer.clone();
    momentum::web::files::read_bytes(file, move |read| *slot.borrow_mut() = Some(read));
    for _ in 0..40 {
        if let Some(read) = answer.borrow_mut().take() {
            return read;
        }
        yew::platform::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("read_bytes never answered");
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
