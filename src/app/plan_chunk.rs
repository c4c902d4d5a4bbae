//! The employer's hiring plan arrives as its own WebAssembly chunk: the plan's engine, its
//! files (CSV, the compressed share link) and its screen are code the questionnaire never
//! needs, so its first load does not carry them, nor the plan's stylesheet. Its texts are the
//! result's.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::language::ensure_both;
use std::sync::Arc;

use super::lazy_screen::{LazyScreen, Load, waiting_line, when_here};
use super::plan::PlanPage;
use super::use_lang;
use crate::i18n::Part;

#[wasm_split(
    plan_page,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_plan_page)
)]
fn plan_view(shared: Option<String>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <StyledPlan shared /> }.into_any())
}

/// The plan once its stylesheet is here; until then the loading line stays.
#[component]
fn StyledPlan(shared: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let styled = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        super::plan::stylesheet::ensure().await;
        styled.try_set(true);
    });
    move || {
        if styled.get() {
            let shared = shared.clone();
            view! { <PlanPage shared /> }.into_any()
        } else {
            waiting_line(lang, "planner").into_any()
        }
    }
}

/// `shared` is a plan a link brought (`#plan=<data>`).
#[component]
pub fn PlanChunk(shared: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let load: Load = Arc::new(move || {
        let shared = shared.clone();
        when_here(
            ensure_both(lang, Part::Questions, Part::Result),
            fetch_plan_page(),
            move || plan_view(shared),
        )
    });
    view! { <LazyScreen name="planner" load /> }
}
