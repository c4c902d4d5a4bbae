//! Opening folds (`<details>`) from code: every fold before printing, the plan's steps on
//! "Show all steps".

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

/// Opens every fold the CSS `selector` finds.
pub fn open(selector: &str) {
    let Ok(folds) = document().query_selector_all(selector) else {
        return;
    };
    for index in 0..folds.length() {
        if let Some(fold) = folds
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            fold.set_open(true);
        }
    }
}
