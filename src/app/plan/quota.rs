//! The quota request the plan needs (the permits per year and category, ready to copy) and
//! the fees it adds up to.

use leptos::prelude::*;

use super::super::use_lang;
use super::state::PlanState;
use crate::hiring::wording;

#[component]
pub fn Quota(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    // Memos, so that the lists are built again only when what they say changes, not at every
    // new assessment (a staff count changes every hire's share, rarely the quota or the fees).
    let lines = Memo::new(move |_| {
        state.assessment.with(|plan| {
            plan.quota
                .iter()
                .map(|line| wording::quota_line(lang, line, state.as_of))
                .collect::<Vec<_>>()
        })
    });
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let _ = window()
            .navigator()
            .clipboard()
            .write_text(&lines.with_untracked(|lines| lines.join("\n")));
        copied.set(true);
    };
    let fees = Memo::new(move |_| state.assessment.with(|plan| wording::fees(lang, plan)));
    view! {
        <section class="plan-section" aria-labelledby="plan-quota">
            <h2 id="plan-quota">{lang.text("hiring.quota")}</h2>
            {move || {
                let lines = lines.get();
                if lines.is_empty() {
                    view! { <p>{lang.text("hiring.no_quota")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="quota-lines" data-testid="quota">
                            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                        </ul>
                        <button type="button" class="button button-secondary" on:click=copy>
                            {lang.text("planner.copy_quota")}
                        </button>
                        {move || copied.get().then(|| view! { <p class="notice" role="status">{lang.text("planner.copied")}</p> })}
                    }
                    .into_any()
                }
            }}
        </section>
        <section class="plan-section" aria-labelledby="plan-fees">
            <h2 id="plan-fees">{lang.text("hiring.fees")}</h2>
            <div data-testid="fees">
                {move || fees.get().into_iter().map(|sentence| view! { <p>{sentence}</p> }).collect_view()}
            </div>
        </section>
    }
}
