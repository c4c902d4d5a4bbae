//! What the screen is like, for what a layout cannot decide alone: whether a fold starts open.

use leptos::prelude::window;

/// Whether the page is wider than the style sheet's phone layout (40rem at the browser's
/// usual 16 px).
pub fn is_wide() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= 640.0)
}
