//! The questions after the first, and "Check your answers", arrive as their own WebAssembly
//! chunk, with their own texts. The first load carries only what the start page and its first question need; the
//! later questions' fields (tick boxes, the country picker and its search, numbers), their
//! screens and the progress estimate are fetched right after the start page is painted, so
//! they are usually here before the first answer is. A question opened directly (a link, a
//! saved state, Back) fetches them with a "loading" line meanwhile. Natively the call is an
//! ordinary one.

use std::future::Future;
use std::sync::Arc;

use futures::FutureExt;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::check_answers::CheckAnswers;
use super::language::ensure;
use super::lazy_screen::{LazyScreen, Load, fetch_after_paint, when_here};
use super::question_page::QuestionPage;
use super::use_lang;
use crate::i18n::{Lang, Part};
use crate::rules::QuestionId;

#[wasm_split(
    questions_page,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_questions_page)
)]
fn step_view(question: Option<QuestionId>) -> Result<AnyView, SplitLoaderError> {
    Ok(match question {
        Some(id) => view! { <QuestionPage id /> }.into_any(),
        None => view! { <CheckAnswers /> }.into_any(),
    })
}

/// Starts fetching the questions' code and texts once the page has been painted, so that they
/// never compete with what the first screen needs; a failure here is retried when a question
/// is shown.
pub fn prefetch_after_paint(lang: Lang) {
    fetch_after_paint(texts(lang), fetch_questions_page());
}

/// The texts the questions and "Check your answers" show.
fn texts(lang: Lang) -> impl Future<Output = bool> {
    ensure(lang, Part::Questions)
}

/// A question (`Some`), or "Check your answers" (`None`).
#[component]
pub fn QuestionsChunk(question: Option<QuestionId>) -> impl IntoView {
    let lang = use_lang();
    // Once code and texts are here, as they usually are by the first answer, the screen is built
    // at once: a step stays one render, with no loading screen in between.
    if lang.loaded(Part::Questions).is_some()
        && let Some(Ok(view)) = step_view(question).now_or_never()
    {
        return view;
    }
    let load: Load = Arc::new(move || {
        when_here(texts(lang), fetch_questions_page(), move || {
            step_view(question)
        })
    });
    view! { <LazyScreen name="questions" load /> }.into_any()
}
