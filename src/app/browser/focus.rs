//! Focus management: each new step moves focus to its heading, so keyboard and screen-reader
//! users start reading there rather than wherever the previous screen left them, and the page
//! starts at its top. The screen a page opens on leaves focus where the browser puts it, at the
//! top. A change of language rebuilds the screen too, but then focus stays on the language
//! switch the visitor just used. Inside a partner's iframe, focus moves only once the visitor
//! is using the widget: taking it on load would pull the partner's page to the widget.

use leptos::html::H1;
use leptos::prelude::*;

/// Focuses the heading as soon as it is in the page, unless it is the first screen the page
/// opened on: a page just opened is read from its top, as any page is, and focus taken there
/// would pass over the language switch (and force the page's first layout while the app is
/// still starting).
pub fn focus_when_mounted(heading: NodeRef<H1>) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get()
            && !FIRST_SCREEN.replace(false)
            && !focus_is_on_language_switch()
            && (visitor_is_here() || !in_a_frame())
        {
            // The new screen starts at its top, Back and the progress line in view: focus alone
            // would scroll only as far as the heading, and after a long question the page is
            // still scrolled down.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            let _ = heading.focus();
        }
    });
}

thread_local! {
    /// Until a first screen's heading is in the page.
    static FIRST_SCREEN: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

fn focus_is_on_language_switch() -> bool {
    document()
        .active_element()
        .and_then(|element| element.closest("[data-language-switch]").ok().flatten())
        .is_some()
}

fn visitor_is_here() -> bool {
    document().has_focus().unwrap_or(true)
}

fn in_a_frame() -> bool {
    window()
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window())
}

/// Brings an element of the page into view and moves focus to it, without touching the
/// address (whose fragment holds the answers).
pub fn scroll_to(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// Moves focus, once the next frame has put it in the page, to the first of `ids` that is there
/// and not disabled.
pub fn focus_next_frame(ids: Vec<String>) {
    request_animation_frame(move || {
        use leptos::wasm_bindgen::JsCast;
        let usable = ids.iter().find_map(|id| {
            document()
                .get_element_by_id(id)
                .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
                .filter(|element| !element.has_attribute("disabled"))
        });
        if let Some(element) = usable {
            let _ = element.focus();
        }
    });
}
