//! The plan's own stylesheet (`style/plan.css`), which the questionnaire's first load does not
//! carry: asked for as the plan's code arrives, and the plan shown once it is here, so that the
//! plan is never drawn unstyled and then moved.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, closure::Closure};

thread_local! {
    static LOADED: Cell<bool> = const { Cell::new(false) };
}

/// Where the build wrote the sheet, relative to the page (versioned by its content).
fn address() -> String {
    format!("plan-{}.css", env!("KZ_PLAN_STYLESHEET"))
}

/// Puts the sheet in the page once, and resolves when it has loaded; also when it could not be
/// fetched (offline without it), since a plan without its layout is still a plan.
pub async fn ensure() {
    if LOADED.get() {
        return;
    }
    let (done, arrived) = futures::channel::oneshot::channel::<()>();
    let head = document().query_selector("head").ok().flatten();
    let link = document().create_element("link").ok();
    if let (Some(head), Some(link)) = (head, link) {
        let _ = link.set_attribute("rel", "stylesheet");
        let _ = link.set_attribute("href", &address());
        let done = std::rc::Rc::new(Cell::new(Some(done)));
        let settle = Closure::<dyn Fn()>::new(move || {
            if let Some(done) = done.take() {
                let _ = done.send(());
            }
        });
        for event in ["load", "error"] {
            let _ = link.add_event_listener_with_callback(event, settle.as_ref().unchecked_ref());
        }
        // Called at most once; the link stays for the page's life.
        settle.forget();
        let _ = head.append_child(&link);
        let _ = arrived.await;
    }
    LOADED.set(true);
}
