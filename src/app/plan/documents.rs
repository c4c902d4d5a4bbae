//! One checklist for the whole plan: the documents of each hire, grouped by who provides them,
//! each hire in a fold (all unfold in print).

use leptos::prelude::*;

use super::super::use_lang;
use super::state::PlanState;
use crate::blocks::document_groups;
use crate::hiring::wording;
use crate::rules::Party;

#[component]
pub fn Documents(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    let hires = move || {
        let names = state.hires();
        state.assessment.with(|plan| {
            plan.results()
                .map(|(index, result)| {
                    (
                        wording::hire_name(&names, index),
                        document_groups(lang, &result.outcome, Party::Employer),
                    )
                })
                .filter(|(_, groups)| !groups.is_empty())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="plan-section" aria-labelledby="plan-documents">
            <h2 id="plan-documents">{lang.text("planner.documents")}</h2>
            <p class="hint">{lang.text("planner.documents_hint")}</p>
            {move || hires().into_iter().map(|(name, groups)| {
                let count: usize = groups.iter().map(|group| group.documents.len()).sum();
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
            }).collect_view()}
        </section>
    }
}
