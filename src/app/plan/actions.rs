//! What can be done with the plan as a whole: bring hires in from a CSV file, write the plan as
//! CSV or Markdown, print it, copy a link that carries it (without the labels), or empty it.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::super::browser::download::download;
use super::super::use_lang;
use super::state::PlanState;
use crate::hiring::{link, markdown::markdown, wire, wording};

#[component]
pub fn PlanActions(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    let said = RwSignal::new(None::<&'static str>);
    // What the last file brought that could not be read, said beside the control that took it
    // (the plan above may be many screens long): `None` until a file is chosen.
    let imported = RwSignal::new(None::<Imported>);
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
            imported.set(Some(Imported {
                taken: false,
                problems: wire::refusal(wire::Reason::TooLarge),
            }));
            input.set_value("");
            return;
        }
        leptos::task::spawn_local(async move {
            // Read as bytes, not as text: the browser would turn a file that is not UTF-8
            // into text with replacement marks ("Caf� M�ller") and say nothing.
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec())
                .unwrap_or_default();
            // A file that cannot be read leaves the plan as it is, and says why.
            let read = wire::text_of_file(&bytes).and_then(|text| wire::hires_from_csv(&text));
            match read {
                Ok((hires, problems)) => {
                    let company = state.company.get_untracked();
                    state.replace(company, hires, wire::Problems::new());
                    imported.set(Some(Imported {
                        taken: true,
                        problems,
                    }));
                }
                Err(problems) => imported.set(Some(Imported {
                    taken: false,
                    problems,
                })),
            }
            said.set(None);
            input.set_value("");
        });
    };
    let export_csv = move |_| {
        let hires = state.hires_untracked();
        download(
            "kz-hiring-plan.csv",
            "text/csv;charset=utf-8",
            &wire::hires_to_csv(&hires, wire::Written::ForSpreadsheet),
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
        imported.set(None);
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
                {move || imported.get().map(|Imported { taken, problems }| {
                    let summary = match (taken, problems.is_empty()) {
                        (true, true) => "planner.imported",
                        (true, false) => "planner.imported_partly",
                        (false, _) => "planner.not_imported",
                    };
                    view! {
                        <div class="notice" role="status" data-testid="plan-import-said">
                            <p>{lang.text(summary)}</p>
                            {(!problems.is_empty()).then(|| view! {
                                <ul>
                                    {wording::problems(lang, &problems).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ul>
                            })}
                        </div>
                    }
                })}
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

/// What became of the last file chosen: whether its hires were taken into the plan, and what
/// in it could not be read.
#[derive(Clone)]
struct Imported {
    taken: bool,
    problems: wire::Problems,
}
