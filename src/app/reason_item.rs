//! One statement of an outcome with the source it rests on.

use leptos::prelude::*;

use super::source_citation::SourceCitation;
use super::use_lang;
use crate::i18n::keys;
use crate::rules::Reason;

#[component]
pub fn ReasonItem(reason: Reason) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="reason" data-reason=reason.id.as_str()>
            <p>{lang.render(&keys::reason(reason.id), &reason.params)}</p>
            <SourceCitation id=reason.source />
            {reason.claim.map(|claim| view! { <SourceCitation id=claim claim=true /> })}
        </li>
    }
}
