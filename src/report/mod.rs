//! The evaluation as one self-contained JSON document: the engine's ids and parameters, every
//! cited source in full, and the English wording of every message it uses. The command line
//! prints it; the partners' JS API returns it. The request it answers is read in `request.rs`,
//! the question catalogue is in `catalogue.rs`, and the answers' reference (`docs/answers.md`)
//! in `answers_reference.rs`.

mod answers_reference;
mod catalogue;
mod request;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Lang, keys};
use crate::rules::{
    Answers, Confidence, Evaluation, Outcome, Question, Read, Reason, Rejected, SourceId, Status,
    evaluate,
};

pub use answers_reference::answers_reference;
pub use catalogue::{OptionEntry, QuestionEntry, questions};
pub use request::{Request, RequestError};

#[derive(Debug, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub evaluation: Evaluation,
    pub answers: Answers,
    /// Answers that were dropped because this rules version does not know them (or they
    /// repeat one given earlier): the first [`crate::bounded::SHOWN`] different ones.
    pub ignored: Vec<Rejected>,
    /// How many more were dropped beyond those listed.
    pub ignored_more: usize,
    /// Every source the outcome cites, by id.
    pub sources: BTreeMap<&'static str, SourceReport>,
    /// The wording of every message key the evaluation uses, parameters filled in.
    pub texts: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
pub struct SourceReport {
    pub title: &'static str,
    pub article: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
    pub read: Read,
    pub last_verified: NaiveDate,
}

impl SourceReport {
    pub fn new(id: SourceId, lang: Lang) -> Self {
        let source = id.source();
        SourceReport {
            title: lang.text(&keys::source_title(id)),
            article: lang.text(&keys::source_article(id)),
            url: source.url,
            confidence: source.confidence,
            read: source.read,
            last_verified: source.last_verified,
        }
    }
}

/// Collects the sources and texts an evaluation refers to.
struct Glossary {
    lang: Lang,
    sources: BTreeMap<&'static str, SourceReport>,
    texts: BTreeMap<String, String>,
}

impl Glossary {
    fn text(&mut self, key: String) {
        let text = self.lang.text(&key).to_owned();
        self.texts.insert(key, text);
    }

    fn source(&mut self, id: SourceId) {
        self.sources
            .entry(id.as_str())
            .or_insert_with(|| SourceReport::new(id, self.lang));
    }

    fn reason(&mut self, reason: &Reason) {
        let key = keys::reason(reason.id);
        let text = self.lang.render(&key, &reason.params);
        self.texts.insert(key, text);
        self.source(reason.source);
    }

    fn question(&mut self, question: Question) {
        self.text(keys::question_title(question.id));
        for option in question.options() {
            self.text(keys::option(question.id, *option));
        }
    }

    fn outcome(&mut self, outcome: &Outcome) {
        for route in outcome.routes() {
            self.text(keys::route_headline(route.route));
            route.reasons.iter().for_each(|reason| self.reason(reason));
        }
        for obligation in &outcome.obligations {
            self.text(keys::obligation(obligation.id));
            self.source(obligation.source);
        }
        for document in &outcome.documents {
            self.text(keys::document(document.id));
            self.source(document.source);
        }
        outcome.notes.iter().for_each(|reason| self.reason(reason));
    }
}

impl Report {
    pub fn new(
        answers: Answers,
        ignored: crate::bounded::Bounded<Rejected>,
        as_of: NaiveDate,
        lang: Lang,
    ) -> Self {
        let evaluation = evaluate(&answers, as_of);
        let mut glossary = Glossary {
            lang,
            sources: BTreeMap::new(),
            texts: BTreeMap::new(),
        };
        match &evaluation.status {
            Status::NeedsAnswer { next_question } => glossary.question(next_question.question()),
            Status::Complete { outcome } => glossary.outcome(outcome),
        }
        Report {
            evaluation,
            answers,
            ignored: ignored.shown().to_vec(),
            ignored_more: ignored.more(),
            sources: glossary.sources,
            texts: glossary.texts,
        }
    }
}

/// The question catalogue as pretty JSON: what `eligibility questions` prints and the JS API's
/// `questions()` returns.
pub fn questions_json(lang: Lang) -> Result<String, String> {
    serde_json::to_string_pretty(&questions(lang)).map_err(|e| e.to_string())
}

/// Evaluates a request (`{"answers": {...}, "as_of": "YYYY-MM-DD"}`) as pretty JSON: what
/// `eligibility evaluate` prints and the JS API's `evaluate()` returns. The day is `as_of` if
/// given, else the request's, else `today`.
pub fn evaluate_json(
    request: &str,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, String> {
    let request = Request::parse(request).map_err(|e| e.to_string())?;
    let day = as_of.or(request.as_of).unwrap_or(today);
    let report = Report::new(request.answers, request.ignored, day, lang);
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}
