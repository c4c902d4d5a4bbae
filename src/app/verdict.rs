//! The result page: the primary route as the headline, what it allows and does not, the
//! reasons with their sources, the other routes weighed with why not, what must be done and
//! by when, the document checklist by who provides it, and a plain disclaimer. The reader's own
//! side comes first; the other side's lists are one click away.

use leptos::prelude::*;

use super::back_link::BackLink;
use super::checklist::Checklist;
use super::download::download;
use super::focus::focus_when_mounted;
use super::obligations_list::ObligationsList;
use super::reason_item::ReasonItem;
use super::source_citation::{Footnotes, SourcesList};
use super::stay_calculator::StayCalculator;
use super::timeline::Timeline;
use super::{use_journey, use_lang};
use crate::i18n::keys;
use crate::journey::{Location, Screen};
use crate::rules::RULES_VERSION;
use crate::rules::{OptionId, Outcome, Party, QuestionId, RouteAssessment};

#[component]
pub fn Verdict(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    let location = journey.location.get_untracked();
    let reader = if location.answers.is(QuestionId::Role, OptionId::Employer) {
        Party::Employer
    } else {
        Party::Worker
    };
    let other = match reader {
        Party::Worker => Party::Employer,
        Party::Employer => Party::Worker,
    };
    // The stay calculator, where the route's answer depends on how long one may stay.
    let stay_rule = outcome.primary.stay;
    provide_context(Footnotes::collect(
        outcome
            .routes()
            .flat_map(|route| route.reasons.iter())
            .chain(&outcome.notes)
            .flat_map(|r| std::iter::once(r.source).chain(r.claim))
            .chain(outcome.obligations.iter().map(|o| o.source))
            .chain(stay_rule.map(|rule| rule.source)),
    ));

    let primary = outcome.primary.clone();
    let party_key = |party: Party, what: &str| match party {
        Party::Worker => format!("party.worker.{what}"),
        Party::Employer => format!("party.employer.{what}"),
    };
    let obligations = |party: Party| -> Vec<_> {
        outcome
            .obligations
            .iter()
            .filter(|o| o.party == party)
            .cloned()
            .collect()
    };
    let documents = |party: Party| -> Vec<_> {
        outcome
            .documents
            .iter()
            .filter(|d| d.provider == party)
            .cloned()
            .collect()
    };
    let (own_obligations, other_obligations) = (obligations(reader), obligations(other));
    let (own_documents, other_documents) = (documents(reader), documents(other));
    let section = move |party: Party, what: &'static str, body: AnyView| {
        view! {
            <h3>{lang.text(&party_key(party, what))}</h3>
            {body}
        }
    };
    // The address of a result records its primary route, so a link opened under newer rules
    // can say what changed.
    let saved = location.saved.clone();
    let mut recorded = location.clone();
    recorded.saved.primary = Some(primary.route);
    if let Ok(history) = window().history() {
        let url = format!("#{}", recorded.to_fragment());
        let _ =
            history.replace_state_with_url(&leptos::wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
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
    let route_changed = saved
        .primary
        .filter(|old| *old != primary.route)
        .map(|old| {
            lang.format(
                "notice.route_changed",
                &[
                    ("old", lang.text(&keys::route_headline(old))),
                    ("new", lang.text(&keys::route_headline(primary.route))),
                ],
            )
        });
    let changed = (rules_changed.is_some() || route_changed.is_some()).then(|| {
        [rules_changed, route_changed]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    });
    let copied = RwSignal::new(false);
    let copy_link = move |_| {
        let _ = window()
            .navigator()
            .clipboard()
            .write_text(&super::share_link());
        copied.set(true);
    };
    let export_outcome = StoredValue::new(outcome.clone());
    let export = move |markdown: bool| {
        let here = journey.location.get_untracked();
        let ticked = use_context::<super::Ticks>()
            .map(|t| t.0.get_untracked())
            .unwrap_or_default();
        export_outcome.with_value(|outcome| {
            let entries = crate::rules::timeline(outcome, &here.dates, journey.today);
            let link = super::share_link();
            let document = crate::export::Export {
                lang,
                outcome,
                timeline: &entries,
                ticked: &ticked,
                link: &link,
                as_of: here.day(journey.today),
            };
            if markdown {
                download(
                    "kz-work-eligibility-checklist.md",
                    "text/markdown;charset=utf-8",
                    &document.markdown(),
                );
            } else {
                download(
                    "kz-work-eligibility-checklist.txt",
                    "text/plain;charset=utf-8",
                    &document.text(),
                );
            }
        });
    };
    let forget = move |_| {
        super::storage::forget();
        if let Some(ticks) = use_context::<super::Ticks>() {
            ticks.0.set(Vec::new());
        }
        journey.navigate.run(Location::start());
    };
    // Printed, the other side's lists are part of the checklist: open every fold first.
    let before_print = window_event_listener(leptos::ev::beforeprint, |_| open_all_details());
    on_cleanup(move || before_print.remove());
    let start_again = format!("#{}", Location::start().to_fragment());
    let change = format!("#{}", location.at(Screen::Check).to_fragment());

    view! {
        <BackLink />
        <section class="verdict" aria-labelledby="verdict-heading">
            {changed.map(|text| view! { <p class="notice" role="status" data-testid="rules-changed">{text}</p> })}
            <p class="caption">{lang.text("result.title")}</p>
            <h1 id="verdict-heading" class="heading" tabindex="-1" node_ref=heading>
                {lang.text(&keys::route_headline(primary.route))}
            </h1>
            <div class="panel" data-testid="permit-need">
                <p><strong>{lang.text(keys::work_permit(primary.work_permit))}</strong></p>
                <p>
                    <span class=format!("badge badge-{}", eligibility_class(&primary))>
                        {lang.text(keys::eligibility(primary.eligible))}
                    </span>
                </p>
            </div>
            <h2>{lang.text("result.allows")}</h2>
            <p data-testid="allows">{lang.text(keys::work(primary.work))} " " {lang.visa(primary.visa)}</p>
            <h2>{lang.text("verdict.reasons")}</h2>
            <ol class="reasons">
                {primary.reasons.into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
            </ol>
            {(!outcome.alternatives.is_empty()).then(|| view! {
                <div class="print-hide">
                    <h2>{lang.text("verdict.alternatives")}</h2>
                    {outcome.alternatives.clone().into_iter().map(|route| view! { <Alternative route /> }).collect_view()}
                </div>
            })}
            <Timeline outcome=outcome.clone() />
            {stay_rule.map(|rule| view! { <StayCalculator rule /> })}
            {(!outcome.obligations.is_empty()).then(|| view! {
                <h2>{lang.text("verdict.obligations")}</h2>
                {(!own_obligations.is_empty()).then(|| section(reader, "obligations", view! { <ObligationsList obligations=own_obligations.clone() /> }.into_any()))}
                {(!other_obligations.is_empty()).then(|| view! {
                    <details class="other-side">
                        <summary>{lang.text(&party_key(other, "obligations"))}</summary>
                        <ObligationsList obligations=other_obligations.clone() />
                    </details>
                })}
            })}
            {(!outcome.documents.is_empty()).then(|| view! {
                <h2>{lang.text("result.checklist")}</h2>
                {(!own_documents.is_empty()).then(|| section(reader, "documents", view! { <Checklist documents=own_documents.clone() /> }.into_any()))}
                {(!other_documents.is_empty()).then(|| view! {
                    <details class="other-side" open=true>
                        <summary>{lang.text(&party_key(other, "documents"))}</summary>
                        <Checklist documents=other_documents.clone() />
                    </details>
                })}
            })}
            {(!outcome.notes.is_empty()).then(|| view! {
                <div class="print-hide">
                    <h2>{lang.text("verdict.notes")}</h2>
                    <ul class="reasons">
                        {outcome.notes.clone().into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
                    </ul>
                </div>
            })}
            <p class="disclaimer">{lang.text("app.disclaimer")}</p>
            <h2 class="sources-heading">{lang.text("result.sources")}</h2>
            <SourcesList />
            <div class="actions">
                <button type="button" class="button" on:click=copy_link>{lang.text("share.copy")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| export(true)>
                    {lang.text("export.markdown")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| export(false)>
                    {lang.text("export.text")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| { let _ = window().print(); }>
                    {lang.text("action.print")}
                </button>
                <a class="button button-secondary" role="button" href=change>{lang.text("action.change_answers")}</a>
                <a class="button button-secondary" role="button" href=start_again>{lang.text("action.start_again")}</a>
                <button type="button" class="button button-secondary" on:click=forget>{lang.text("saved.forget")}</button>
            </div>
            {move || copied.get().then(|| view! { <p class="notice" role="status">{lang.text("share.copied")}</p> })}
        </section>
    }
}

fn open_all_details() {
    use leptos::wasm_bindgen::JsCast;
    let Ok(folds) = document().query_selector_all("details") else {
        return;
    };
    for index in 0..folds.length() {
        if let Some(fold) = folds
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            fold.set_open(true);
        }
    }
}

fn eligibility_class(route: &RouteAssessment) -> &'static str {
    match route.eligible {
        crate::rules::Eligibility::Yes => "yes",
        crate::rules::Eligibility::Confirm => "caution",
        crate::rules::Eligibility::No => "no",
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
                <span class=format!("badge badge-{}", eligibility_class(&route))>
                    {lang.text(keys::eligibility(route.eligible))}
                </span>
            </h3>
            <ul class="reasons">
                {route.reasons.into_iter().map(|reason| view! { <ReasonItem reason /> }).collect_view()}
            </ul>
        </div>
    }
}
