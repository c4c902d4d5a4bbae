//! The result page arrives as its own WebAssembly chunk. The verdict, the timeline, the stay
//! calculator, the checklist and the exports are over a third of the app; the questions do
//! not wait for them to download. The release build splits the chunk out after compiling
//! (`scripts/split.mjs`); natively the call is an ordinary one.
//!
//! The chunk is fetched when "Check your answers" opens (so the result is usually there by the
//! time it is asked for), or when a result is opened directly. A chunk that cannot be fetched
//! leaves a message and a button that tries again; the answers are untouched.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::use_lang;
use super::verdict::Verdict;
use crate::rules::Outcome;

#[wasm_split(
    result_page,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_result_page)
)]
fn verdict_view(outcome: Outcome) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <Verdict outcome /> }.into_any())
}

/// Starts fetching the result page's chunk in the background; a failure here is retried
/// when the result is shown.
pub fn prefetch() {
    leptos::task::spawn_local(async {
        let _ = fetch_result_page().await;
    });
}

#[component]
pub fn ResultPage(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let attempt = RwSignal::new(0_u32);
    let waiting = move || {
        view! { <p class="notice" role="status" data-testid="result-loading">{lang.text("result.loading")}</p> }
    };
    view! {
        <Suspense fallback=waiting>
            {move || {
                attempt.track();
                let outcome = outcome.clone();
                Suspend::new(async move {
                    verdict_view(outcome).await.unwrap_or_else(|_| {
                        view! {
                            <div class="notice" role="alert" data-testid="result-unavailable">
                                <p>{lang.text("result.unavailable")}</p>
                                <button type="button" class="button" on:click=move |_| attempt.update(|n| *n += 1)>
                                    {lang.text("action.try_again")}
                                </button>
                            </div>
                        }
                        .into_any()
                    })
                })
            }}
        </Suspense>
    }
}
