//! The result page arrives as its own WebAssembly chunk, with its own texts. The result's
//! blocks, the plan, the stay calculator, the checklist and the exports are a large share of
//! the app's code and most of its texts; the questions do not wait for them to download. The
//! build splits the chunk out after compiling (`scripts/split.mjs`); natively the call is an
//! ordinary one.
//!
//! Both are fetched when "Check your answers" opens (so the result is usually there by the
//! time it is asked for), or when a result is opened directly. If either cannot be fetched, a
//! message and a button that tries again take the result's place; the answers are untouched.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::language::ensure;
use super::result_page::ResultPage;
use super::use_lang;
use crate::i18n::{Lang, Part};
use crate::rules::Outcome;

#[wasm_split(
    result_page,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_result_page)
)]
fn verdict_view(outcome: Outcome) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ResultPage outcome /> }.into_any())
}

/// Starts fetching the result page's code and texts in the background; a failure here is
/// retried when the result is shown.
pub fn prefetch(lang: Lang) {
    leptos::task::spawn_local(async move {
        let _ = futures::future::join(fetch_result_page(), ensure(lang, Part::Result)).await;
    });
}

#[component]
pub fn ResultChunk(outcome: Outcome) -> impl IntoView {
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
                // The browser's futures stay on its one thread; Suspend asks for Send.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    // Code and texts are fetched side by side; the page is built once both
                    // are here, so it never shows a text that has not arrived.
                    let (texts, code) =
                        futures::future::join(ensure(lang, Part::Result), fetch_result_page())
                            .await;
                    let page = match (texts, code) {
                        (true, Ok(())) => verdict_view(outcome).await.ok(),
                        _ => None,
                    };
                    page.unwrap_or_else(|| {
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
                }))
            }}
        </Suspense>
    }
}
