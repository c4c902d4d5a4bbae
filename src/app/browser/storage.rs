//! What this device remembers: the last state of the questionnaire (its fragment), the
//! checklist ticks and the language chosen, in localStorage only. Stored values are as
//! untrusted as any link: they are read with the same total decoders.

use leptos::prelude::*;

pub const STATE: &str = "kz-eligibility:state";
pub const TICKS: &str = "kz-eligibility:ticks";
pub const LANG: &str = "kz-eligibility:lang";
/// The hiring plan, labels included (they never leave the device).
pub const PLAN: &str = "kz-eligibility:plan";
/// The plan a shared link or an imported file replaced, until the visitor restores it or
/// forgets everything.
pub const PLAN_BEFORE: &str = "kz-eligibility:plan-before";

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores a value; a browser that refuses (private mode, full quota) simply does not remember.
pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

/// Removes one stored value.
pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything this app stored.
pub fn forget() {
    remove(STATE);
    remove(TICKS);
    remove(LANG);
    remove(PLAN);
    remove(PLAN_BEFORE);
}
