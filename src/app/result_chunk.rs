//! The result page arrives as its own WebAssembly chunk, with its own texts. The result's
//! blocks, the plan, the stay calculator, the checklist and the exports are a large share of
//! the app's code and most of its texts; the questions do not wait for them to download. The
//! build splits the chunk out after compiling (`scripts/build/split.mjs`); natively the call is an
//! ordinary one.
//!
//! Both are fetched when "Check your answers" opens (so the result is usually there by the
//! time it is asked for), or when a result is opened directly.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::language::ensure_both;
use std::future::Future;
use std::sync::Arc;

use super::check_answers::CheckAnswers;
use super::lazy_screen::{LazyScreen, Load, fetch_after_paint, when_here};
use super::result_page::ResultPage;
use super::use_lang;
use crate::i18n::{Lang, Part};
use crate::rules::{Answers, Status, evaluate};
use chrono::NaiveDate;

#[wasm_split(
    result_page,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_result_page)
)]
fn verdict_view(answers: Answers, day: NaiveDate) -> Result<AnyView, SplitLoaderError> {
    // The one evaluation of the answers: the result page shows it (and tells a host page that
    // asked its category). Answers that are not complete go back to "Check your answers".
    Ok(match evaluate(&answers, day).status {
        Status::Complete { outcome } => view! { <ResultPage outcome=*outcome /> }.into_any(),
        Status::NeedsAnswer { .. } => view! { <CheckAnswers /> }.into_any(),
    })
}

/// The texts the result page shows: its own, and the questions' (its summary of the answers).
fn texts(lang: Lang) -> impl Future<Output = bool> {
    ensure_both(lang, Part::Questions, Part::Result)
}

/// Starts fetching the result page's code and texts once the screen that asks is painted.
pub fn prefetch_after_paint(lang: Lang) {
    fetch_after_paint(texts(lang), fetch_result_page());
}

#[component]
pub fn ResultChunk(answers: Answers, day: NaiveDate) -> impl IntoView {
    let lang = use_lang();
    let load: Load = Arc::new(move || {
        let answers = answers.clone();
        when_here(texts(lang), fetch_result_page(), move || {
            verdict_view(answers, day)
        })
    });
    view! { <LazyScreen name="result" load /> }
}
