//! The one place that writes the browser's history. The address's fragment holds the answers
//! and the step; a step is a new entry (so Back returns to it), while recording something
//! about the current step rewrites the entry in place.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsValue;

use crate::journey::Location;
use crate::rules::RouteId;

/// Rewrites the current entry's address (`url` relative to the page: a query, a fragment).
pub fn replace(url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Rewrites the current entry to hold `location`.
pub fn replace_location(location: &Location) {
    replace(&format!("#{}", location.to_fragment()));
}

/// Adds an entry for `location`; false if the browser refused.
pub fn push(location: &Location) -> bool {
    window()
        .history()
        .and_then(|history| {
            history.push_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("#{}", location.to_fragment())),
            )
        })
        .is_ok()
}

/// The address of a result records its primary route, so a link opened under newer rules can
/// say what changed.
pub fn record_result(location: &Location, route: RouteId) {
    let mut recorded = location.clone();
    recorded.saved.primary = Some(route);
    replace_location(&recorded);
}
