//! The document checklist for one party, with tick boxes (kept on this page; saving them is
//! the save-and-share issue's work).

use leptos::prelude::*;

use super::{Ticks, use_lang};
use crate::i18n::keys;
use crate::rules::Document;

#[component]
pub fn Checklist(documents: Vec<Document>) -> impl IntoView {
    let lang = use_lang();
    let ticks = expect_context::<Ticks>();
    view! {
        <ul class="checklist">
            {documents
                .into_iter()
                .map(|document| {
                    let input_id = format!("doc-{}", document.id);
                    let id = document.id;
                    let needs = keys::legalisation(document.legalisation);
                    view! {
                        <li class="checkbox" data-document=document.id.as_str()>
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=move || ticks.0.with(|list| list.contains(&id))
                                on:change=move |event| {
                                    let ticked = event_target_checked(&event);
                                    ticks.0.update(|list| {
                                        list.retain(|other| *other != id);
                                        if ticked {
                                            list.push(id);
                                        }
                                    });
                                }
                            />
                            <label for=input_id>
                                {lang.text(&keys::document(document.id))}
                                {needs.map(|key| view! {
                                    <span class="legalisation">
                                        " " {lang.format("result.legalisation", &[("what", lang.text(key))])}
                                    </span>
                                })}
                            </label>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
