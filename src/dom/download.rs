//! Downloads made in the browser: the file is built from data the page
//! already holds, wrapped in a Blob and offered through an object URL. No
//! server is involved.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a file called `file_name`. Errors (a browser that
/// refuses Blobs) are logged; the page itself keeps working.
pub fn offer_download(contents: &str, mime: &str, file_name: &str) {
    if let Err(e) = try_download(contents, mime, file_name) {
        web_sys::console::warn_2(&"Download failed:".into(), &e);
    }
}

fn try_download(contents: &str, mime: &str, file_name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    // A JS string becomes UTF-8 bytes in the Blob, so a leading U+FEFF is
    // the UTF-8 byte order mark that Excel looks for.
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document()
        .body()
        .ok_or_else(|| JsValue::from_str("no <body>"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // The browser has the file once the download starts; free it later.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(30),
    );
    Ok(())
}
