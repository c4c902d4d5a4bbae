//! The lower part of a long screen, built in a task of its own once the part above has been
//! painted. Building a whole result page (its plan, checklist, folds and sources) holds the
//! phone's one thread for a few hundred milliseconds; this way the verdict is on the screen
//! first, and a tap is never kept waiting behind the whole page.

use leptos::prelude::*;

use super::browser::later::after_paint;

#[component]
pub fn AfterPaint(children: Children) -> impl IntoView {
    let painted = RwSignal::new(false);
    after_paint(move || {
        // The screen may have been left meanwhile.
        let _ = painted.try_set(true);
    });
    let children = std::sync::Mutex::new(Some(children));
    move || {
        painted
            .get()
            .then(|| children.lock().ok()?.take())
            .flatten()
            // Built once: what the children read must not rebuild (and so drop) them.
            .map(|children| untrack(children))
    }
}
