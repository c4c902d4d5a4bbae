//! The outcome: the primary route as a headline, whether a work permit is needed, the reasons
//! with their sources, the other routes weighed, what each party must do and provide.

use leptos::prelude::*;

use super::focus::focus_when_mounted;
use super::reason_item::ReasonItem;
use super::source_citation::SourceCitation;
use super::use_lang;
use crate::i18n::keys;
use crate::rules::{Outcome, RouteAssessment};

#[component]
pub fn Verdict(outcome: Outcome, on_restart: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    let primary = outcome.primary.clone();

    view! {
        <section class="verdict" aria-labelledby="verdict-heading">
            <p class="caption">{lang.text("verdict.result")}</p>
            <h1 id="verdict-heading" class="heading" tabindex="-1" node_ref=heading>
                {lang.text(&keys::route_headline(primary.route))}
            </h1>
            <p class="permit-need" data-testid="permit-need">
                <strong>{lang.text(keys::work_permit(primary.work_permit))}</strong>
                " "
                <span class="badge">{lang.text(keys::eligibility(primary.eligible))}</span>
            </p>
            <h2>{lang.text("verdict.reasons")}</h2>
            <ol class="reasons">
                {primary.reasons.into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
            </ol>
            {(!outcome.alternatives.is_empty()).then(|| view! {
                <h2>{lang.text("verdict.alternatives")}</h2>
                {outcome.alternatives.into_iter().map(|route| view! { <Alternative route /> }).collect_view()}
            })}
            {(!outcome.obligations.is_empty()).then(|| view! {
                <h2>{lang.text("verdict.obligations")}</h2>
                <ul class="obligations">
                    {outcome.obligations.into_iter().map(|obligation| view! {
                        <li data-obligation=obligation.id.as_str()>
                            <p>{lang.text(&keys::obligation(obligation.id))}</p>
                            <SourceCitation id=obligation.source />
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!outcome.documents.is_empty()).then(|| view! {
                <h2>{lang.text("verdict.documents")}</h2>
                <ul class="documents">
                    {outcome.documents.into_iter().map(|document| view! {
                        <li data-document=document.id.as_str()>
                            {lang.text(&keys::document(document.id))}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!outcome.notes.is_empty()).then(|| view! {
                <h2>{lang.text("verdict.notes")}</h2>
                <ul class="reasons">
                    {outcome.notes.into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
                </ul>
            })}
            <p class="disclaimer">{lang.text("app.disclaimer")}</p>
            <button type="button" class="button button-secondary" on:click=move |_| on_restart.run(())>
                {lang.text("action.start_again")}
            </button>
        </section>
    }
}

/// Another route the engine weighed, and why it is or is not open.
#[component]
fn Alternative(route: RouteAssessment) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="alternative" data-route=route.route.as_str()>
            <h3>
                {lang.text(&keys::route_headline(route.route))}
                " "
                <span class="badge">{lang.text(keys::eligibility(route.eligible))}</span>
            </h3>
            <ul class="reasons">
                {route.reasons.into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
            </ul>
        </div>
    }
}
