//! The footer: how current the rules are, where to read them in full, and the privacy promise.

use leptos::prelude::*;

use super::use_lang;
use crate::rules::{RULES_REVIEWED, RULES_VERSION};

#[component]
pub fn SiteFooter() -> impl IntoView {
    let lang = use_lang();
    let reviewed = lang.date(RULES_REVIEWED);
    view! {
        <footer class="site-footer">
            <p>{lang.format("app.rules_version", &[("version", RULES_VERSION), ("date", &reviewed)])}</p>
            <p><a href=lang.reference_page() data-testid="reference-link">{lang.text("app.reference_link")}</a></p>
            <p>{lang.text("app.privacy")}</p>
        </footer>
    }
}
