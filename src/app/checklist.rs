//! The document checklist: every paper the route needs, grouped by who provides it (the
//! reader's own first), each with what it needs before it is handed in and a tick box; the
//! ticks are kept on this device and counted.

use leptos::prelude::*;

use super::footnotes::FootnoteRefs;
use super::{Ticks, use_lang};
use crate::blocks::DocumentGroup;
use crate::rules::DocumentId;

/// How many of `documents` are ticked (tracked: a count shown updates with the ticks).
pub fn ready(ticks: Ticks, documents: &[DocumentId]) -> usize {
    ticks
        .0
        .with(|ticked| documents.iter().filter(|d| ticked.contains(d)).count())
}

#[component]
pub fn Checklist(groups: Vec<DocumentGroup>) -> impl IntoView {
    let lang = use_lang();
    let ticks = expect_context::<Ticks>();
    let all: Vec<_> = groups
        .iter()
        .flat_map(|group| group.documents.iter().map(|line| line.document.id))
        .collect();
    let total = all.len();
    let ready = move || ready(ticks, &all);
    view! {
        <section class="checklist-section" aria-labelledby="checklist">
            <h2 id="checklist" tabindex="-1">{lang.text("result.checklist")}</h2>
            <p class="checklist-count" aria-live="polite" data-testid="checklist-count">
                {move || lang.format("checklist.count", &[
                    ("ready", &ready().to_string()),
                    ("total", &total.to_string()),
                ])}
            </p>
            {groups
                .into_iter()
                .map(|group| view! {
                    <h3>{group.title}</h3>
                    <ul class="checklist">
                        {group.documents
                            .into_iter()
                            .map(|line| {
                                let id = line.document.id;
                                let input_id = format!("doc-{id}");
                                view! {
                                    <li class="checkbox" data-document=id.as_str()>
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
                                            {line.text}
                                            <FootnoteRefs cites=vec![line.cite] />
                                            {line.legalisation.map(|needs| view! {
                                                <span class="legalisation">{needs}</span>
                                            })}
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                })
                .collect_view()}
        </section>
    }
}
