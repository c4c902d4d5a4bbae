//! Focus management: each new step moves focus to its heading, so keyboard and screen-reader
//! users start reading there rather than wherever the previous screen left them.

use leptos::html::H1;
use leptos::prelude::*;

/// Focuses the heading as soon as it is in the page.
pub fn focus_when_mounted(heading: NodeRef<H1>) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
}
