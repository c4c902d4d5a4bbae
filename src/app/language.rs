//! Which language the page speaks: chosen once when the page opens (the link, then the
//! visitor's stored choice, then the browser's languages, then English) and remembered on this
//! device only when the visitor picks one. The English questions are built in; everything else
//! is fetched the first time it is needed.

use futures::FutureExt;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::storage;
use crate::i18n::{Lang, Part};

/// The language to open in.
pub fn initial() -> Lang {
    let search = window().location().search().unwrap_or_default();
    let link = Lang::from_query(&search).map(Lang::tag);
    let stored = storage::load(storage::LANG);
    let browser: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Lang::choose(link, stored.as_deref(), &browser)
}

/// Remembers the visitor's choice, and puts it in the address if the address named a language,
/// so a reload opens in the language chosen rather than the link's.
pub fn remember(lang: Lang) {
    storage::save(storage::LANG, lang.tag());
    let location = window().location();
    let search = location.search().unwrap_or_default();
    if Lang::from_query(&search).is_some() {
        let hash = location.hash().unwrap_or_default();
        let url = format!("{}{hash}", lang.into_query(&search));
        super::browser::history::replace(&url);
    }
}

/// `<html lang>` follows the page, so screen readers pronounce it right (and the panic screen
/// knows which language to speak); so do the page's description and its canonical address,
/// which the build wrote in English.
pub fn apply(lang: Lang) {
    let page = document();
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    let set = |selector: &str, name: &str, value: &str| {
        if let Ok(Some(element)) = page.query_selector(selector) {
            let _ = element.set_attribute(name, value);
        }
    };
    set(
        "meta[name=description]",
        "content",
        lang.text("app.meta_description"),
    );
    // Absolute, as search engines want them; the build knows only the page's own relative ones.
    let location = window().location();
    let here = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    // The page in this language when the address names one; opened without, the page is the
    // one whose language the visitor's browser chooses (the x-default).
    let named = Lang::from_query(&location.search().unwrap_or_default()).is_some();
    let canonical = if named {
        format!("{here}?lang={}", lang.tag())
    } else {
        here.clone()
    };
    set("link[rel=canonical]", "href", &canonical);
    if let Ok(alternates) = page.query_selector_all("link[rel=alternate][hreflang]") {
        for index in 0..alternates.length() {
            if let Some(link) = alternates
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                let query = match link.get_attribute("hreflang").as_deref() {
                    Some("x-default") | None => String::new(),
                    Some(tag) => format!("?lang={tag}"),
                };
                let _ = link.set_attribute("href", &format!("{here}{query}"));
            }
        }
    }
}

/// Makes one part of `lang`'s texts available, fetching it if this build does not carry it;
/// false if it cannot be had (offline and not cached, or a broken file).
pub async fn ensure(lang: Lang, part: Part) -> bool {
    if lang.loaded(part).is_some() {
        return true;
    }
    // Callers that ask for the same texts at once (the hiring plan's fifty country pickers, the
    // result's prefetch and its screen) share one fetch and one parse; a failed one is tried
    // again by the next caller.
    let fetch = PENDING.with_borrow_mut(|pending| {
        if let Some((_, fetch)) = pending.iter().find(|(key, _)| *key == (lang, part)) {
            return fetch.clone();
        }
        let fetch = async move {
            let done = match fetch_text(&lang.catalog_path(part)).await {
                Some(text) => lang.install(part, &text),
                None => false,
            };
            if done {
                ARRIVED.with(|arrived| arrived.notify());
            }
            PENDING.with_borrow_mut(|pending| pending.retain(|(key, _)| *key != (lang, part)));
            done
        }
        .boxed_local()
        .shared();
        pending.push(((lang, part), fetch.clone()));
        fetch
    });
    fetch.await
}

/// Makes two parts of `lang`'s texts available, fetched side by side; false if either cannot be
/// had.
pub async fn ensure_both(lang: Lang, first: Part, second: Part) -> bool {
    let (first, second) = futures::future::join(ensure(lang, first), ensure(lang, second)).await;
    first && second
}

/// Subscribes what is being shown to the texts' arrival: it is shown again once a part of them
/// arrives. The notice and the page's title can name a question before its texts are here.
pub fn track_arrivals() {
    ARRIVED.with(|arrived| arrived.track());
}

type Fetch = futures::future::Shared<futures::future::LocalBoxFuture<'static, bool>>;

thread_local! {
    /// Notified each time a part of some language's texts has arrived.
    static ARRIVED: ArcTrigger = ArcTrigger::new();
    /// The texts being fetched, and the fetch each caller waits for.
    static PENDING: std::cell::RefCell<Vec<((Lang, Part), Fetch)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

async fn fetch_text(path: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
