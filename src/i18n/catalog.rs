//! The translation catalogues: the parts a language's texts come in, which the build carries
//! and which are fetched, and looking a text up by key.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Lang;
use crate::rules::Party;

impl Lang {
    /// One part of this language's texts, as JSON, if this build carries it. The web app
    /// carries only the English start texts (so it can always speak) and fetches the rest when
    /// first needed (see [`Lang::install`]). The command line and the tests carry everything,
    /// the JS API all but the reference's texts.
    pub fn source_text(self, part: Part) -> Option<&'static str> {
        #[cfg(not(all(target_arch = "wasm32", feature = "app")))]
        let text = match (self, part) {
            (Lang::En, Part::Start) => include_str!("en/start.json"),
            (Lang::Ru, Part::Start) => include_str!("ru/start.json"),
            (Lang::Kk, Part::Start) => include_str!("kk/start.json"),
            (Lang::En, Part::Questions) => include_str!("en/questions.json"),
            (Lang::En, Part::Result) => include_str!("en/result.json"),
            (Lang::Ru, Part::Questions) => include_str!("ru/questions.json"),
            (Lang::Ru, Part::Result) => include_str!("ru/result.json"),
            (Lang::Kk, Part::Questions) => include_str!("kk/questions.json"),
            (Lang::Kk, Part::Result) => include_str!("kk/result.json"),
            #[cfg(not(target_arch = "wasm32"))]
            (Lang::En, Part::Reference) => include_str!("en/reference.json"),
            #[cfg(not(target_arch = "wasm32"))]
            (Lang::Ru, Part::Reference) => include_str!("ru/reference.json"),
            #[cfg(not(target_arch = "wasm32"))]
            (Lang::Kk, Part::Reference) => include_str!("kk/reference.json"),
            // The JS API has no use for the reference's texts.
            #[cfg(target_arch = "wasm32")]
            (_, Part::Reference) => return None,
        };
        #[cfg(all(target_arch = "wasm32", feature = "app"))]
        let text = match (self, part) {
            (Lang::En, Part::Start) => include_str!("en/start.json"),
            _ => return None,
        };
        Some(text)
    }

    /// Where the web app fetches one part of this language's texts, relative to the page; the
    /// version is a hash of the file's content (see `build.rs`).
    pub fn catalog_path(self, part: Part) -> String {
        let version = match (self, part) {
            (Lang::En, Part::Start) => env!("KZ_CATALOG_EN_START"),
            (Lang::Ru, Part::Start) => env!("KZ_CATALOG_RU_START"),
            (Lang::Kk, Part::Start) => env!("KZ_CATALOG_KK_START"),
            (Lang::En, Part::Questions) => env!("KZ_CATALOG_EN_QUESTIONS"),
            (Lang::En, Part::Result) => env!("KZ_CATALOG_EN_RESULT"),
            (Lang::Ru, Part::Questions) => env!("KZ_CATALOG_RU_QUESTIONS"),
            (Lang::Ru, Part::Result) => env!("KZ_CATALOG_RU_RESULT"),
            (Lang::Kk, Part::Questions) => env!("KZ_CATALOG_KK_QUESTIONS"),
            (Lang::Kk, Part::Result) => env!("KZ_CATALOG_KK_RESULT"),
            (Lang::En, Part::Reference) => env!("KZ_CATALOG_EN_REFERENCE"),
            (Lang::Ru, Part::Reference) => env!("KZ_CATALOG_RU_REFERENCE"),
            (Lang::Kk, Part::Reference) => env!("KZ_CATALOG_KK_REFERENCE"),
        };
        format!("i18n/{}/{}.json?v={version}", self.tag(), part.name())
    }

    /// One part of this language's texts once it is available: parsed on first use if the
    /// build carries it, or as installed after fetching.
    pub fn loaded(self, part: Part) -> Option<&'static Catalog> {
        let cell = &CATALOGS[self.index()][part.index()];
        match self.source_text(part) {
            Some(text) => Some(cell.get_or_init(|| Catalog::parse(text).unwrap_or_default())),
            None => cell.get(),
        }
    }

    /// Makes a fetched file one part of this language's texts; false if it is not a catalog,
    /// or has fewer texts than English's same part where that is at hand (always for the
    /// questions): the part then stays unavailable. Installing twice keeps the first.
    pub fn install(self, part: Part, json: &str) -> bool {
        let complete = |catalog: &Catalog| {
            !catalog.0.is_empty()
                && Lang::En
                    .loaded(part)
                    .is_none_or(|english| catalog.0.len() >= english.0.len())
        };
        match Catalog::parse(json) {
            Some(catalog) if complete(&catalog) => {
                let _ = CATALOGS[self.index()][part.index()].set(catalog);
                true
            }
            _ => self.loaded(part).is_some(),
        }
    }

    /// The text for `key` in this language, if the part that holds it is available.
    pub fn get(self, key: &str) -> Option<&'static str> {
        Part::ALL
            .iter()
            .find_map(|part| self.loaded(*part)?.get(key))
    }

    /// The text for `key`, in English if this language lacks it. A missing key shows a marker
    /// rather than failing the page; tests make sure no key the app or the rules use is
    /// missing, and that the questions never need the result part.
    pub fn text(self, key: &str) -> &'static str {
        self.available(key).unwrap_or(MISSING_TEXT)
    }

    /// The text for `key`, in English if this language lacks it, once the part that holds it
    /// has arrived: a screen that may be shown before its texts waits for them with this,
    /// rather than showing the missing-text marker in the meantime.
    pub fn available(self, key: &str) -> Option<&'static str> {
        self.get(key).or_else(|| Lang::En.get(key))
    }

    /// The text for `key` as `reader` reads it: the worker, reading about themself, is spoken
    /// to as "you" wherever the catalogue words it so (under `<key>.you`); an employer reads
    /// of "the worker".
    pub fn text_for(self, key: &str, reader: Party) -> &'static str {
        match reader {
            Party::Worker => self
                .get(&format!("{key}.you"))
                .unwrap_or_else(|| self.text(key)),
            Party::Employer => self.text(key),
        }
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn format(self, key: &str, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }
}

/// `text` with each `{name}` replaced by its value.
pub(super) fn fill(text: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(text.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

/// The texts of a language come in files: what the start page needs, which the first load
/// carries (English) or fetches; what the later questions need, fetched with their code once
/// the start page is painted; and what only the result page needs, fetched with its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The start page and its question, the page's frame, notices, the language switch, the
    /// loading and error lines, the page titles.
    Start,
    /// The later questions, "Check your answers", the country names.
    Questions,
    /// The verdict, reasons, sources, timeline, checklist and exports.
    Result,
    /// The generated rules reference (`eligibility reference`): never in the web app.
    Reference,
}

impl Part {
    pub const ALL: &'static [Part] = &[Part::Start, Part::Questions, Part::Result, Part::Reference];

    /// The file's name in `src/i18n/<lang>/`, without `.json`.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Start => "start",
            Part::Questions => "questions",
            Part::Result => "result",
            Part::Reference => "reference",
        }
    }

    const fn index(self) -> usize {
        match self {
            Part::Start => 0,
            Part::Questions => 1,
            Part::Result => 2,
            Part::Reference => 3,
        }
    }
}

/// The parsed catalogs, indexed like [`Lang::ALL`] and [`Part::ALL`].
static CATALOGS: [[OnceLock<Catalog>; 4]; 3] = [const { [const { OnceLock::new() }; 4] }; 3];

/// Shown in place of a text whose key is missing from a catalog.
pub const MISSING_TEXT: &str = "[missing text]";

/// The parsed texts of one language.
#[derive(Debug, Default)]
pub struct Catalog(HashMap<String, String>);

impl Catalog {
    /// Parses a flat JSON object of key to text; `None` if it is anything else.
    pub fn parse(json: &str) -> Option<Catalog> {
        super::flat_json::parse(json).map(Catalog)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}
