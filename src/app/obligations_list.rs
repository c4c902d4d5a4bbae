//! What a party must do, each with its time limit and source.

use leptos::prelude::*;

use super::source_citation::SourceCitation;
use super::use_lang;
use crate::i18n::keys;
use crate::rules::Obligation;

#[component]
pub fn ObligationsList(obligations: Vec<Obligation>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <ul class="obligations">
            {obligations
                .into_iter()
                .map(|obligation| {
                    view! {
                        <li class="obligation" data-obligation=obligation.id.as_str()>
                            <p>{lang.text(&keys::obligation(obligation.id))}</p>
                            {obligation.deadline.map(|rule| view! {
                                <p class="deadline"><strong>{lang.deadline(rule)}</strong></p>
                            })}
                            <SourceCitation id=obligation.source />
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
