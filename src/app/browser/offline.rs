//! Offline use: the release build registers its service worker (`sw.js`, written by
//! `scripts/build/sw.mjs`), which keeps the build's files so the app loads and works without a
//! network after the first visit. Development builds register nothing, so nothing is cached
//! while the code changes.

use leptos::prelude::*;

pub fn register() {
    if cfg!(debug_assertions) {
        return;
    }
    // A browser without service workers, or one that refuses (private mode), simply stays
    // online-only.
    let registering = window().navigator().service_worker().register("sw.js");
    // Awaited only so that a refusal is handled rather than reported as an uncaught error.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
    });
}
