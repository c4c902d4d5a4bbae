//! Sources as footnotes: a small numbered mark after a statement, linked to the one list of
//! sources at the end of the result, where each source is written out once in full. A source
//! that is not official carries a mark of its own, read out in words.

use leptos::prelude::*;

use super::use_lang;
use crate::blocks::{Cite, SourceEntry};

/// The footnote marks of one statement.
#[component]
pub fn FootnoteRefs(cites: Vec<Cite>) -> impl IntoView {
    let lang = use_lang();
    cites
        .into_iter()
        .map(|cite| {
            let target = format!("source-{}", cite.number);
            let label = cite.label(lang);
            view! {
                " "
                <sup class="footnote-ref" data-source=cite.source.as_str()>
                    <a href=format!("#{target}") aria-label=label.clone() title=label
                        on:click=move |event| {
                            event.prevent_default();
                            show_source(&target);
                        }>
                        {cite.number}{cite.marker()}
                    </a>
                </sup>
            }
        })
        .collect_view()
}

/// Opens the sources list and brings the source into view, without touching the address (whose
/// fragment holds the answers).
fn show_source(id: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(list) = document()
        .get_element_by_id("sources")
        .and_then(|element| element.dyn_into::<web_sys::HtmlDetailsElement>().ok())
    {
        list.set_open(true);
    }
    if let Some(entry) = document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        entry.scroll_into_view();
        let _ = entry.focus();
    }
}

/// Every source the result cites, once each, under its number.
#[component]
pub fn SourcesList(sources: Vec<SourceEntry>) -> impl IntoView {
    let lang = use_lang();
    let count = sources.len();
    view! {
        <details id="sources" class="fold sources">
            <summary>{lang.format("result.sources_count", &[("count", &count.to_string())])}</summary>
            <p class="hint">{lang.text("footnote.legend")}</p>
            <ol class="sources-list">
                {sources
                    .into_iter()
                    .map(|source| view! {
                        <li id=format!("source-{}", source.number) tabindex="-1" data-footnote=source.id.as_str()>
                            <a href=source.url rel="noopener noreferrer" target="_blank">{source.title}</a>
                            ". "
                            <span class="source-standing">{source.standing}</span>
                        </li>
                    })
                    .collect_view()}
            </ol>
        </details>
    }
}
