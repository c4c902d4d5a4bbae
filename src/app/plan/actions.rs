//! What can be done with the plan as a whole: bring hires in from a CSV file, write the plan as
//! CSV or Markdown, print it, copy a link that carries it (without the labels), or empty it.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::super::browser::download::download;
use super::super::use_lang;
use super::state::PlanState;
use crate::hiring::{link, markdown::markdown, wire};

#[component]
pub fn PlanActions(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    let said = RwSignal::new(None::<&'static str>);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Refused before reading: a file this large is not a plan.
        if file.size() > wire::MAX_BYTES as f64 {
            state.problems.set(vec![wire::too_large()]);
            input.set_value("");
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            let (hires, problems) = wire::hires_from_csv(&text);
            let company = state.company.get_untracked();
            state.replace(company, hires, problems);
            said.set(Some("planner.imported"));
            input.set_value("");
        });
    };
    let export_csv = move |_| {
        let hires = state.hires_untracked();
        download(
            "kz-hiring-plan.csv",
            "text/csv;charset=utf-8",
            &wire::hires_to_csv(&hires),
        );
    };
    let export_markdown = move |_| {
        let hires = state.hires_untracked();
        let problems = state.problems.get_untracked();
        let text = state
            .assessment
            .with_untracked(|plan| markdown(lang, &hires, plan, &problems, state.as_of));
        download("kz-hiring-plan.md", "text/markdown;charset=utf-8", &text);
    };
    let copy_link = move |_| {
        let hires = state.hires_untracked();
        let data = state
            .company
            .with_untracked(|company| link::encode(company, &hires));
        let location = window().location();
        let address = format!(
            "{}{}#plan={data}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let _ = window().navigator().clipboard().write_text(&address);
        said.set(Some("planner.link_copied"));
    };
    let print = move |_| {
        super::super::browser::folds::open("details");
        let _ = window().print();
    };
    let clear = move |_| {
        state.clear();
        said.set(Some("planner.cleared"));
    };
    view! {
        <section class="plan-section" aria-labelledby="plan-files">
            <h2 id="plan-files">{lang.text("planner.files")}</h2>
            <div class="field">
                <label class="field-label" for="plan-import">{lang.text("planner.import")}</label>
                <p class="hint" id="plan-import-hint">{lang.text("planner.import_hint")}</p>
                <input
                    type="file"
                    id="plan-import"
                    class="input-file"
                    accept=".csv,text/csv"
                    aria-describedby="plan-import-hint"
                    node_ref=file_input
                    on:change=import
                />
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=copy_link data-testid="plan-copy-link">{lang.text("planner.copy_link")}</button>
                <button type="button" class="button button-secondary" on:click=export_csv>{lang.text("planner.export_csv")}</button>
                <button type="button" class="button button-secondary" on:click=export_markdown>{lang.text("export.markdown")}</button>
                <button type="button" class="button button-secondary" on:click=print>{lang.text("action.print")}</button>
                <button type="button" class="button button-secondary" on:click=clear>{lang.text("planner.clear")}</button>
            </div>
            {move || said.get().map(|key| view! { <p class="notice" role="status">{lang.text(key)}</p> })}
        </section>
    }
}
