//! Offline use: the release build registers its service worker (`sw.js`, written by
//! `scripts/build/sw.mjs`), which keeps the build's files so the app loads and works without a
//! network after the first visit. Development builds register nothing, so nothing is cached
//! while the code changes.

use leptos::prelude::*;

/// Registers the service worker once the page has loaded what it asked for. Its install
/// fetches every file of the build (about 500 KB brotli, all languages and screens), which on a
/// phone's first visit would otherwise share the network with the code and texts the page is
/// still waiting for; and its registration is a few milliseconds of the app's start.
pub fn register_once_loaded() {
    if document().ready_state() == "complete" {
        super::later::after_paint(register);
    } else {
        let _ = window_event_listener(leptos::ev::load, move |_| register());
    }
}

fn register() {
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
