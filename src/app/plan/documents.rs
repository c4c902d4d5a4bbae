//! One checklist for the whole plan: the documents of each hire, grouped by who provides them,
//! each hire in a fold (all unfold in print). A hire's fold is rebuilt only when its documents
//! change, so editing the plan does not redraw fifty lists.

use leptos::prelude::*;

use super::super::use_lang;
use super::pages::{Pager, Pages};
use super::state::PlanState;
use crate::blocks::{DocumentGroup, document_groups};
use crate::rules::{DocumentId, Party};

#[component]
pub fn Documents(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    // What each fold shows, not the outcomes themselves: comparing fifty outcomes at every edit
    // (a letter of a label) would cost more than the folds.
    let hires = Memo::new(move |_| {
        let names = state.names.get();
        state.assessment.with(|plan| {
            plan.results()
                // A refused hire is not hired: nothing to prepare for it.
                .filter(|(_, result)| !result.is_refused() && !result.outcome.documents.is_empty())
                .map(|(index, result)| {
                    let ids: Vec<DocumentId> =
                        result.outcome.documents.iter().map(|d| d.id).collect();
                    (names.get(index).cloned().unwrap_or_default(), ids, index)
                })
                .collect::<Vec<_>>()
        })
    });
    // The folds a page at a time (see `pages.rs`).
    let pages = Pages::new();
    let total = Signal::derive(move || hires.with(Vec::len));
    view! {
        <section class="plan-section" aria-labelledby="plan-documents">
            <h2 id="plan-documents">{lang.text("planner.documents")}</h2>
            <p class="hint">{lang.text("planner.documents_hint")}</p>
            <For
                each=move || hires.with(|hires| hires[pages.range(hires.len())].to_vec())
                key=|entry| entry.clone()
                children=move |(name, ids, index)| {
                    let groups = state.assessment.with_untracked(|plan| {
                        plan.hires
                            .get(index)
                            .and_then(|result| result.as_ref().ok())
                            .map(|result| document_groups(lang, &result.outcome, Party::Employer))
                            .unwrap_or_default()
                    });
                    view! { <HireDocuments name count=ids.len() groups /> }
                }
            />
            <Pager pages total name="planner.page.documents" />
        </section>
    }
}

#[component]
fn HireDocuments(name: String, count: usize, groups: Vec<DocumentGroup>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <details class="fold" data-fold="plan-documents">
            <summary>{lang.format("planner.documents_of", &[("hire", &name), ("count", &count.to_string())])}</summary>
            {groups.into_iter().map(|group| view! {
                <h3>{group.title}</h3>
                <ul class="plan-documents">
                    {group.documents.into_iter().map(|line| view! {
                        <li>
                            {line.text}
                            {line.legalisation.map(|needs| view! { " " <span class="legalisation">{needs}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            }).collect_view()}
        </details>
    }
}
