//! The outcome: the route as a headline, whether a work permit is needed, and the reasons with
//! their sources.

use leptos::prelude::*;

use super::focus::focus_when_mounted;
use super::source_citation::SourceCitation;
use super::use_lang;
use crate::i18n::keys;
use crate::rules::Outcome;

#[component]
pub fn Verdict(outcome: Outcome, on_restart: Callback<()>) -> impl IntoView {
    let lang = use_lang();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);

    view! {
        <section class="verdict" aria-labelledby="verdict-heading">
            <p class="caption">{lang.text("verdict.result")}</p>
            <h1 id="verdict-heading" class="heading" tabindex="-1" node_ref=heading>
                {lang.text(&keys::route_headline(outcome.route))}
            </h1>
            <p class="permit-need" data-testid="permit-need">
                <strong>{lang.text(keys::permit_need(outcome.work_permit))}</strong>
            </p>
            <h2>{lang.text("verdict.reasons")}</h2>
            <ol class="reasons">
                {outcome
                    .reasons
                    .iter()
                    .map(|reason| {
                        view! {
                            <li class="reason">
                                <p>{lang.text(&keys::reason(reason.id))}</p>
                                <SourceCitation id=reason.source />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="disclaimer">{lang.text("app.disclaimer")}</p>
            <button type="button" class="button button-secondary" on:click=move |_| on_restart.run(())>
                {lang.text("action.start_again")}
            </button>
        </section>
    }
}
