//! The notice on a result saved under older rules: which rules version it was, and whether the
//! main route changed since.

use leptos::prelude::*;

use super::use_lang;
use crate::i18n::keys;
use crate::journey::Saved;
use crate::rules::{RULES_VERSION, RouteId};

#[component]
pub fn RulesChanged(saved: Saved, route: RouteId) -> impl IntoView {
    let lang = use_lang();
    let rules_changed = saved
        .rules
        .as_ref()
        .filter(|old| old.as_str() != RULES_VERSION)
        .map(|old| {
            lang.format(
                "notice.rules_changed",
                &[("old", old), ("new", RULES_VERSION)],
            )
        });
    let route_changed = saved.primary.filter(|old| *old != route).map(|old| {
        lang.format(
            "notice.route_changed",
            &[
                ("old", lang.text(&keys::route_headline(old))),
                ("new", lang.text(&keys::route_headline(route))),
            ],
        )
    });
    let text = [rules_changed, route_changed]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty())
        .then(|| view! { <p class="notice" role="status" data-testid="rules-changed">{text}</p> })
}
