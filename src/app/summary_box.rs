//! The answer in one box: the work permit and who applies, how the person is admitted, what
//! work it allows, how sure the answer is and the rules' date; and one tap to the checklist.

use leptos::prelude::*;

use super::{Ticks, use_lang};
use crate::blocks::SummaryRow;
use crate::rules::DocumentId;

#[component]
pub fn SummaryBox(rows: Vec<SummaryRow>, documents: Vec<DocumentId>) -> impl IntoView {
    let lang = use_lang();
    let ticks = expect_context::<Ticks>();
    let total = documents.len();
    let ready = move || super::checklist::ready(ticks, &documents);
    view! {
        <dl class="result-summary" data-testid="summary">
            {rows
                .into_iter()
                .map(|row| view! {
                    <div class="result-summary-row" data-summary=row.name>
                        <dt>{row.label}</dt>
                        <dd>{row.value}</dd>
                    </div>
                })
                .collect_view()}
        </dl>
        {(total > 0).then(|| view! {
            <p class="to-checklist">
                <a href="#checklist" data-testid="to-checklist" on:click=move |event| {
                    event.prevent_default();
                    super::browser::focus::scroll_to("checklist");
                }>
                    {move || lang.format("summary.to_checklist", &[
                        ("ready", &ready().to_string()),
                        ("total", &total.to_string()),
                    ])}
                </a>
            </p>
        })}
    }
}
