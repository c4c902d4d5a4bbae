//! A source as the visitor sees it: act, article, link, a badge where the source is only
//! secondary or uncertain, and when it was last checked. On the result page each citation also
//! carries its footnote number; printed, only the number stays and the sources list follows.

use leptos::prelude::*;

use super::use_lang;
use crate::i18n::keys;
use crate::rules::{Confidence, SourceId};

/// The sources of the page in footnote order, provided by the result page.
#[derive(Clone)]
pub struct Footnotes(pub Vec<SourceId>);

impl Footnotes {
    /// Every source the items cite, in order of first citation.
    pub fn collect(sources: impl IntoIterator<Item = SourceId>) -> Self {
        let mut list = Vec::new();
        for source in sources {
            if !list.contains(&source) {
                list.push(source);
            }
        }
        Footnotes(list)
    }

    fn number(&self, id: SourceId) -> Option<usize> {
        self.0.iter().position(|s| *s == id).map(|i| i + 1)
    }
}

/// `claim`: the source is where a claim the statement answers was published, not the law the
/// statement rests on.
#[component]
pub fn SourceCitation(id: SourceId, #[prop(optional)] claim: bool) -> impl IntoView {
    let lang = use_lang();
    let source = id.source();
    let footnote = use_context::<Footnotes>().and_then(|f| f.number(id));
    let badge = match source.confidence {
        Confidence::Official => None,
        Confidence::Secondary | Confidence::Uncertain => {
            Some(lang.text(keys::confidence(source.confidence)))
        }
    };
    let verified = lang.date(source.last_verified);

    view! {
        <p class="source" data-source=id.as_str()>
            {footnote.map(|n| view! { <sup class="footnote-ref">{format!("[{n}]")}</sup> " " })}
            <span class="source-inline">
                <span class="source-label">
                    {lang.text(if claim { "verdict.claim_source" } else { "verdict.source" })}": "
                </span>
                <a href=source.url rel="noopener noreferrer" target="_blank">
                    {lang.text(&keys::source_title(id))}", "{lang.text(&keys::source_article(id))}
                </a>
                {badge.map(|text| view! { " " <span class="badge badge-caution">{text}</span> })}
                " "
                <span class="verified">
                    {lang.format("verdict.last_verified", &[("date", &verified)])}". "
                    {lang.text(keys::read(source.read))}
                </span>
            </span>
        </p>
    }
}

/// The numbered list of every source the page cites.
#[component]
pub fn SourcesList() -> impl IntoView {
    let lang = use_lang();
    let footnotes = use_context::<Footnotes>().map(|f| f.0).unwrap_or_default();
    view! {
        <ol class="sources-list">
            {footnotes
                .into_iter()
                .map(|id| {
                    let source = id.source();
                    view! {
                        <li data-footnote=id.as_str()>
                            {lang.text(&keys::source_title(id))}", "{lang.text(&keys::source_article(id))}". "
                            <span class="url">{source.url}</span>" "
                            {lang.text(keys::confidence(source.confidence))}". "
                            {lang.format("verdict.last_verified", &[("date", &lang.date(source.last_verified))])}". "
                            {lang.text(keys::read(source.read))}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
