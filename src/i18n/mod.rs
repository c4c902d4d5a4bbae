//! User-visible text. Every string a user can read lives in a translation file of this folder,
//! keyed by a dotted name; rule data (questions, routes, reasons, sources) is worded through
//! keys derived from its ids, so the rules never carry prose.

pub mod countries;
pub mod search;

use std::collections::HashMap;
use std::sync::OnceLock;

/// A language the app is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::En, Lang::Ru, Lang::Kk];

    /// The BCP 47 tag, for `<html lang>`, `?lang=` and the stored choice.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    /// The position in [`Lang::ALL`].
    pub const fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Ru => 1,
            Lang::Kk => 2,
        }
    }

    /// Total decoder of a language tag from a link, storage or the browser: its primary
    /// subtag, in any case ("ru-KZ" is Russian), or `None` for a language the app lacks.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The language a page opens in: the link's `?lang=`, then the visitor's stored choice,
    /// then the first of the browser's languages the app has, then English.
    pub fn choose(link: Option<&str>, stored: Option<&str>, browser: &[String]) -> Lang {
        link.and_then(Lang::from_tag)
            .or_else(|| stored.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }

    /// The rules reference page in this language, next to the app's page.
    pub const fn reference_page(self) -> &'static str {
        match self {
            Lang::En => "rules.html",
            Lang::Ru => "rules.ru.html",
            Lang::Kk => "rules.kk.html",
        }
    }

    /// The language a link asks for in its query (`?lang=kk`), if the app has it.
    pub fn from_query(search: &str) -> Option<Lang> {
        query_pairs(search)
            .find(|(name, _)| *name == "lang")
            .and_then(|(_, value)| Lang::from_tag(value))
    }

    /// The query with its `lang` parameter set to this language and every other kept, so a
    /// reload after a switch opens in the language chosen.
    pub fn into_query(self, search: &str) -> String {
        let mut pairs: Vec<String> = query_pairs(search)
            .filter(|(name, _)| *name != "lang")
            .map(|(name, value)| {
                if value.is_empty() {
                    name.to_owned()
                } else {
                    format!("{name}={value}")
                }
            })
            .collect();
        pairs.push(format!("lang={}", self.tag()));
        format!("?{}", pairs.join("&"))
    }

    /// One part of this language's texts, as JSON, if this build carries it. The web app
    /// carries only the English questions (so it can always speak) and fetches the rest when
    /// first needed (see [`Lang::install`]). The command line and the tests carry everything,
    /// the JS API all but the reference's texts.
    pub fn source_text(self, part: Part) -> Option<&'static str> {
        #[cfg(not(all(target_arch = "wasm32", feature = "app")))]
        let text = match (self, part) {
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
            (Lang::En, Part::Questions) => include_str!("en/questions.json"),
            _ => return None,
        };
        Some(text)
    }

    /// Where the web app fetches one part of this language's texts, relative to the page; the
    /// version is a hash of the file's content (see `build.rs`).
    pub fn catalog_path(self, part: Part) -> String {
        let version = match (self, part) {
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
        self.get(key)
            .or_else(|| Lang::En.get(key))
            .unwrap_or(MISSING_TEXT)
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn format(self, key: &str, values: &[(&str, &str)]) -> String {
        values
            .iter()
            .fold(self.text(key).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
    }

    /// A country's name in this language.
    pub fn country(self, country: crate::rules::Country) -> &'static str {
        self.text(&format!("country.{}", country.as_str()))
    }

    /// A whole number as this language writes it: "12,500" in English, "12 500" (with a
    /// no-break space) in Russian and Kazakh. Four-digit numbers stay ungrouped in Russian and
    /// Kazakh, as their style guides ask.
    pub fn number(self, number: impl Into<i64>) -> String {
        let number: i64 = number.into();
        let digits = number.unsigned_abs().to_string();
        let (separator, min_grouped) = match self {
            Lang::En => (",", 4),
            Lang::Ru | Lang::Kk => ("\u{a0}", 5),
        };
        let grouped = if digits.len() < min_grouped {
            digits
        } else {
            let head = digits.len() % 3;
            let mut groups: Vec<&str> = Vec::new();
            if head > 0 {
                groups.push(&digits[..head]);
            }
            groups.extend(
                (head..digits.len())
                    .step_by(3)
                    .map(|at| &digits[at..at + 3]),
            );
            groups.join(separator)
        };
        if number < 0 {
            format!("-{grouped}")
        } else {
            grouped
        }
    }
}

/// The `name=value` pairs of a query string, with or without its `?`.
pub fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The texts of a language come in two files: what the questions need, which the first load
/// fetches, and what only the result page needs, fetched with the result page's code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The start page, the questions, "Check your answers", notices, the language switch.
    Questions,
    /// The verdict, reasons, sources, timeline, checklist and exports.
    Result,
    /// The generated rules reference (`eligibility reference`): never in the web app.
    Reference,
}

impl Part {
    pub const ALL: &'static [Part] = &[Part::Questions, Part::Result, Part::Reference];

    /// The file's name in `src/i18n/<lang>/`, without `.json`.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Questions => "questions",
            Part::Result => "result",
            Part::Reference => "reference",
        }
    }

    const fn index(self) -> usize {
        match self {
            Part::Questions => 0,
            Part::Result => 1,
            Part::Reference => 2,
        }
    }
}

/// The parsed catalogs, indexed like [`Lang::ALL`] and [`Part::ALL`].
static CATALOGS: [[OnceLock<Catalog>; 3]; 3] = [
    [OnceLock::new(), OnceLock::new(), OnceLock::new()],
    [OnceLock::new(), OnceLock::new(), OnceLock::new()],
    [OnceLock::new(), OnceLock::new(), OnceLock::new()],
];

/// Shown in place of a text whose key is missing from a catalog.
pub const MISSING_TEXT: &str = "[missing text]";

/// The parsed texts of one language.
#[derive(Debug, Default)]
pub struct Catalog(HashMap<String, String>);

impl Catalog {
    /// Parses a flat JSON object of key to text; `None` if it is anything else.
    #[cfg(not(all(target_arch = "wasm32", feature = "app")))]
    pub fn parse(json: &str) -> Option<Catalog> {
        serde_json::from_str(json).ok().map(Catalog)
    }

    /// Parses a flat JSON object of key to text; `None` if it is anything else. In the web app
    /// the browser's own JSON parser does it, which keeps a JSON library out of the wasm.
    #[cfg(all(target_arch = "wasm32", feature = "app"))]
    pub fn parse(json: &str) -> Option<Catalog> {
        use wasm_bindgen::JsCast;
        let object = js_sys::JSON::parse(json)
            .ok()?
            .dyn_into::<js_sys::Object>()
            .ok()?;
        if js_sys::Array::is_array(&object) {
            return None;
        }
        js_sys::Object::entries(&object)
            .iter()
            .map(|entry| {
                let pair = entry.unchecked_into::<js_sys::Array>();
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect::<Option<HashMap<_, _>>>()
            .map(Catalog)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

/// The keys through which rule data is worded.
pub mod keys {
    use crate::rules::{
        Confidence, DocumentId, Eligibility, Legalisation, ObligationId, OptionId, QuestionId,
        Read, ReasonId, RouteId, SourceId, WorkPermit, WorkRight,
    };

    pub fn question_title(id: QuestionId) -> String {
        format!("question.{id}.title")
    }
    pub fn question_hint(id: QuestionId) -> String {
        format!("question.{id}.hint")
    }
    pub fn question_error(id: QuestionId) -> String {
        format!("question.{id}.error")
    }
    pub fn option(question: QuestionId, option: OptionId) -> String {
        format!("question.{question}.option.{option}")
    }
    pub fn route_headline(id: RouteId) -> String {
        format!("route.{id}.headline")
    }
    pub fn reason(id: ReasonId) -> String {
        format!("reason.{id}")
    }
    pub fn obligation(id: ObligationId) -> String {
        format!("obligation.{id}")
    }
    pub fn document(id: DocumentId) -> String {
        format!("document.{id}")
    }
    pub fn source_title(id: SourceId) -> String {
        format!("source.{id}.title")
    }
    pub fn source_article(id: SourceId) -> String {
        format!("source.{id}.article")
    }
    pub fn confidence(confidence: Confidence) -> &'static str {
        match confidence {
            Confidence::Official => "confidence.official",
            Confidence::Secondary => "confidence.secondary",
            Confidence::Uncertain => "confidence.uncertain",
        }
    }
    /// What a document needs, in words, where it needs anything.
    pub fn legalisation(legalisation: Legalisation) -> Option<&'static str> {
        match legalisation {
            Legalisation::None => None,
            Legalisation::Translation => Some("legalisation.translation"),
            Legalisation::ApostilleAndTranslation => Some("legalisation.apostille_and_translation"),
            Legalisation::ConsularLegalisationAndTranslation => {
                Some("legalisation.consular_legalisation_and_translation")
            }
        }
    }
    pub fn read(read: Read) -> &'static str {
        match read {
            Read::OfficialText => "read.official_text",
            Read::OfficialSummary => "read.official_summary",
            Read::Report => "read.report",
        }
    }
    pub fn work_permit(need: WorkPermit) -> &'static str {
        match need {
            WorkPermit::Required => "work_permit.required",
            WorkPermit::NotRequired => "work_permit.not_required",
            WorkPermit::NotApplicable => "work_permit.not_applicable",
        }
    }
    pub fn work(work: WorkRight) -> &'static str {
        match work {
            WorkRight::Employment => "work.employment",
            WorkRight::Limited => "work.limited",
            WorkRight::None => "work.none",
        }
    }
    pub fn eligibility(eligible: Eligibility) -> &'static str {
        match eligible {
            Eligibility::Yes => "eligibility.yes",
            Eligibility::Confirm => "eligibility.confirm",
            Eligibility::No => "eligibility.no",
        }
    }
}

impl Lang {
    /// A deadline rule in words, for example "within 5 working days after the start of work".
    pub fn deadline(self, rule: crate::rules::DeadlineRule) -> String {
        use crate::rules::DeadlineRule as D;
        let anchor = |anchor: crate::rules::Anchor| self.text(&format!("anchor.{anchor}"));
        match rule {
            D::WorkingDaysAfter {
                anchor: a,
                working_days,
            } => self.format(
                "deadline.working_days_after",
                &[("days", &working_days.to_string()), ("anchor", anchor(a))],
            ),
            D::DaysAfter { anchor: a, days } => self.format(
                "deadline.days_after",
                &[("days", &days.to_string()), ("anchor", anchor(a))],
            ),
            D::NotBeforeDaysAfter { anchor: a, days } => self.format(
                "deadline.not_before_days_after",
                &[("days", &days.to_string()), ("anchor", anchor(a))],
            ),
            D::WorkingDaysBefore {
                anchor: a,
                working_days,
            } => self.format(
                "deadline.working_days_before",
                &[("days", &working_days.to_string()), ("anchor", anchor(a))],
            ),
            D::WindowBefore {
                anchor: a,
                earliest,
                latest,
            } => self.format(
                "deadline.window_before",
                &[
                    ("earliest", &earliest.to_string()),
                    ("latest", &latest.to_string()),
                    ("anchor", anchor(a)),
                ],
            ),
            D::YearlyBy { month, day } => self.format(
                "deadline.yearly_by",
                &[
                    ("day", &day.to_string()),
                    ("month", self.text(&format!("month.{month}"))),
                ],
            ),
        }
    }

    /// The visa a route needs, in words.
    pub fn visa(self, visa: crate::rules::Visa) -> String {
        use crate::rules::{Issued, Visa};
        match visa {
            Visa::NotNeeded => self.text("visa.not_needed").to_owned(),
            Visa::VisaFree { days_per_entry, .. } => {
                self.format("visa.visa_free", &[("days", &days_per_entry.to_string())])
            }
            Visa::Required {
                code,
                issued: Issued::Abroad,
            } => self.format("visa.required", &[("code", code.as_str())]),
            Visa::Required {
                code,
                issued: Issued::AbroadOrInKazakhstan,
            } => self.format("visa.required_or_in_kazakhstan", &[("code", code.as_str())]),
            Visa::ResidencePermit { days_per_entry } => self.format(
                "visa.residence_permit",
                &[("days", &days_per_entry.to_string())],
            ),
            Visa::CheckWithConsulate => self.text("visa.check_with_consulate").to_owned(),
        }
    }

    /// The limits of a stay rule in words, for example "Up to 30 days per entry, and at most
    /// 90 days in any 180".
    pub fn stay_rule(self, rule: &crate::rules::StayRule) -> String {
        match rule.rolling {
            Some((days, window)) => self.format(
                "stay.rule",
                &[
                    ("per_entry", &rule.days_per_entry.to_string()),
                    ("days", &self.number(days)),
                    ("window", &window.to_string()),
                ],
            ),
            None => self.format(
                "stay.rule_unconfirmed",
                &[("per_entry", &rule.days_per_entry.to_string())],
            ),
        }
    }

    /// A date as people write it, for example "1 April 2026".
    pub fn date(self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        self.format(
            "date.long",
            &[
                ("day", &date.day().to_string()),
                ("month", self.text(&format!("month.{}", date.month()))),
                ("year", &date.year().to_string()),
            ],
        )
    }

    /// An answer as the visitor reads it: option texts, a country's name, a number.
    pub fn answer(
        self,
        question: crate::rules::QuestionId,
        answer: &crate::rules::Answer,
    ) -> String {
        use crate::rules::Answer;
        match answer {
            Answer::Choice(option) => self.text(&keys::option(question, *option)).to_owned(),
            Answer::Choices(options) => options
                .iter()
                .map(|option| self.text(&keys::option(question, *option)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Country(country) => self.country(*country).to_owned(),
            Answer::Number(number) => self.number(*number),
        }
    }

    /// A rule message with its parameters filled in: numbers as digits, countries by name,
    /// visas by code, dates in ISO form.
    pub fn render(self, key: &str, params: &[crate::rules::Param]) -> String {
        use crate::rules::Value;
        let values: Vec<(&str, String)> = params
            .iter()
            .map(|param| {
                let value = match &param.value {
                    Value::Number(number) => self.number(*number),
                    Value::Year(year) => year.to_string(),
                    Value::Country(country) => self.country(*country).to_owned(),
                    Value::Visa(code) => code.as_str().to_owned(),
                    Value::Date(date) => self.date(*date),
                };
                (param.name, value)
            })
            .collect();
        let pairs: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.format(key, &pairs)
    }
}
