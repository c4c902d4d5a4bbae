//! Sources as footnotes: each source gets a number the first time the result cites it, and is
//! listed once, in full, under that number.

use crate::i18n::Lang;
use crate::rules::{Confidence, SourceId};

/// A footnote mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cite {
    pub number: usize,
    pub source: SourceId,
    pub confidence: Confidence,
    /// The source is where a claim the statement answers was published, not the law it rests on.
    pub claim: bool,
}

impl Cite {
    /// The mark as read aloud or written out: "Source 3: law-firm reports only, confirm".
    pub fn label(self, lang: Lang) -> String {
        let key = match (self.claim, self.confidence) {
            (true, _) => "footnote.claim",
            (false, Confidence::Official) => "footnote.official",
            (false, Confidence::Secondary) => "footnote.secondary",
            (false, Confidence::Uncertain) => "footnote.uncertain",
        };
        lang.format(key, &[("n", &self.number.to_string())])
    }

    /// The short mark next to the number for a source that is not official.
    pub fn marker(self) -> &'static str {
        match (self.claim, self.confidence) {
            (true, _) | (false, Confidence::Official) => "",
            (false, Confidence::Secondary) => "*",
            (false, Confidence::Uncertain) => "?",
        }
    }
}

/// One source in the list at the end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEntry {
    pub number: usize,
    pub id: SourceId,
    /// The act and the article.
    pub title: String,
    /// Its address, in the page's language where the site has it.
    pub url: String,
    pub confidence: Confidence,
    /// Its confidence, when it was last checked and what was read, in words.
    pub standing: String,
}

#[derive(Default)]
pub(super) struct Footnotes(Vec<SourceId>);

impl Footnotes {
    pub(super) fn cite(&mut self, source: SourceId, claim: bool) -> Cite {
        let index = match self.0.iter().position(|s| *s == source) {
            Some(index) => index,
            None => {
                self.0.push(source);
                self.0.len() - 1
            }
        };
        Cite {
            number: index + 1,
            source,
            confidence: source.source().confidence,
            claim,
        }
    }

    pub(super) fn entries(&self, lang: Lang) -> Vec<SourceEntry> {
        self.0
            .iter()
            .enumerate()
            .map(|(index, &id)| SourceEntry {
                number: index + 1,
                id,
                title: lang.source_name(id),
                url: lang.source_url(id),
                confidence: id.source().confidence,
                standing: lang.source_standing(id),
            })
            .collect()
    }
}
