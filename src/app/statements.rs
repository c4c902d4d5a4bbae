//! Statements of the result (reasons, notes), each with the footnotes of its sources.

use leptos::prelude::*;

use super::footnotes::FootnoteRefs;
use crate::blocks::Statement;

#[component]
pub fn Statements(statements: Vec<Statement>) -> impl IntoView {
    view! {
        <ul class="statements">
            {statements
                .into_iter()
                .map(|statement| view! {
                    <li class="statement" data-reason=statement.id.as_str()>
                        {statement.text}
                        <FootnoteRefs cites=statement.cites />
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
