//! A source as the visitor sees it: act, article, link, how trustworthy it is and when it was
//! last checked.

use leptos::prelude::*;

use super::use_lang;
use crate::i18n::keys;
use crate::rules::{Confidence, SourceId};

#[component]
pub fn SourceCitation(id: SourceId) -> impl IntoView {
    let lang = use_lang();
    let source = id.source();
    let badge_class = match source.confidence {
        Confidence::Official => "badge badge-official",
        Confidence::Secondary | Confidence::Uncertain => "badge badge-caution",
    };
    let verified = source.last_verified.to_string();

    view! {
        <p class="source" data-source=id.as_str()>
            <span class="source-label">{lang.text("verdict.source")}": "</span>
            <a href=source.url rel="noopener noreferrer" target="_blank">
                {lang.text(&keys::source_title(id))}", "{lang.text(&keys::source_article(id))}
            </a>
            " "
            <span class=badge_class>{lang.text(keys::confidence(source.confidence))}</span>
            " "
            <span class="verified">
                {lang.format("verdict.last_verified", &[("date", &verified)])}
            </span>
        </p>
    }
}
