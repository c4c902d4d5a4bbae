//! A screen whose code is its own WebAssembly chunk (the later questions, the result page, the
//! hiring plan): a
//! "loading" line until its code and texts are here, then the screen; if either cannot be
//! fetched, a message and a button that tries again take its place. Nothing the visitor typed
//! is lost: it lives in the address and on the device, not in the screen.

use std::future::Future;
use std::sync::Arc;

use futures::FutureExt;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::browser::later::{after_paint, next_task};
use super::use_lang;

/// What fetches a screen's code and texts and builds it, or gives `None` if something could not
/// be fetched. Boxed, so that every lazy screen shares one copy of the loading machinery.
pub type Load = Arc<dyn Fn() -> LocalBoxFuture<'static, Option<AnyView>> + Send + Sync>;

/// A screen's texts and code, fetched side by side, then the screen `build` makes with that code;
/// `None` if either could not be had. The screen is built once both are here, so it never shows
/// a text that has not arrived.
pub fn when_here<Built>(
    texts: impl Future<Output = bool> + 'static,
    code: impl Future<Output = Result<(), SplitLoaderError>> + 'static,
    build: impl FnOnce() -> Built + 'static,
) -> LocalBoxFuture<'static, Option<AnyView>>
where
    Built: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    // Boxed here, so that the screens share one copy of the waiting below.
    arrive(
        texts.boxed_local(),
        code.boxed_local(),
        Box::new(move || build().boxed_local()),
    )
    .boxed_local()
}

/// Starts fetching a screen's texts and code side by side once the page is painted, so that they
/// never compete with what the screen on show needs; a failure here is tried again when that
/// screen is shown.
pub fn fetch_after_paint(
    texts: impl Future<Output = bool> + 'static,
    code: impl Future<Output = Result<(), SplitLoaderError>> + 'static,
) {
    let both = futures::future::join(texts, code);
    after_paint(move || {
        leptos::task::spawn_local(async move {
            let _ = both.await;
        })
    });
}

type Build = Box<dyn FnOnce() -> LocalBoxFuture<'static, Result<AnyView, SplitLoaderError>>>;

async fn arrive(
    texts: LocalBoxFuture<'static, bool>,
    code: LocalBoxFuture<'static, Result<(), SplitLoaderError>>,
    build: Build,
) -> Option<AnyView> {
    // Three tasks rather than one long one: the screen that asked for this is mounted first,
    // the code and texts are read as they arrive, and the screen is built after that.
    next_task().await;
    match futures::future::join(texts, code).await {
        (true, Ok(())) => {
            next_task().await;
            build().await.ok()
        }
        _ => None,
    }
}

/// What a screen says while what it needs is on its way: `<name>.loading`, with the test id
/// `<name>-loading`.
pub fn waiting_line(lang: crate::i18n::Lang, name: &'static str) -> impl IntoView {
    view! {
        <p class="notice" role="status" data-testid=format!("{name}-loading")>
            {lang.text(&format!("{name}.loading"))}
        </p>
    }
}

/// `name` names the texts (`<name>.loading`, `<name>.unavailable`) and the test ids
/// (`<name>-loading`, `<name>-unavailable`).
#[component]
pub fn LazyScreen(name: &'static str, load: Load) -> impl IntoView {
    let lang = use_lang();
    let attempt = RwSignal::new(0_u32);
    let waiting = move || waiting_line(lang, name);
    view! {
        <Suspense fallback=waiting>
            {move || {
                attempt.track();
                let load = load.clone();
                // The browser's futures stay on its one thread; Suspend asks for Send.
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    load().await.unwrap_or_else(|| {
                        view! {
                            <div class="notice" role="alert" data-testid=format!("{name}-unavailable")>
                                <p>{lang.text(&format!("{name}.unavailable"))}</p>
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
