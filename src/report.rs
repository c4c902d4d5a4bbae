//! The evaluation as one self-contained JSON document: the engine's ids and parameters, every
//! cited source in full, and the English wording of every message it uses. The command line
//! prints it; the partners' JS API returns it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Lang, keys};
use crate::rules::{
    Answers, Confidence, Evaluation, Outcome, Question, QuestionId, QuestionKind, Read, Reason,
    Rejected, SourceId, Status, evaluate,
};

#[derive(Debug, Serialize)]
pub struct Report {
    #[serde(flatten)]
    pub evaluation: Evaluation,
    pub answers: Answers,
    /// Answers that were dropped because this rules version does not know them.
    pub ignored: Vec<Rejected>,
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
    pub fn new(answers: Answers, ignored: Vec<Rejected>, as_of: NaiveDate, lang: Lang) -> Self {
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
            ignored,
            sources: glossary.sources,
            texts: glossary.texts,
        }
    }
}

/// One question of the catalogue, as `eligibility questions` prints it.
#[derive(Debug, Serialize)]
pub struct QuestionEntry {
    pub id: QuestionId,
    pub kind: &'static str,
    pub text: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct OptionEntry {
    pub id: &'static str,
    pub text: &'static str,
}

/// The question catalogue, in the order questions are asked.
pub fn questions(lang: Lang) -> Vec<QuestionEntry> {
    crate::rules::QUESTION_ORDER
        .iter()
        .map(|id| {
            let question = id.question();
            let (kind, min, max) = match question.kind {
                QuestionKind::SingleChoice(_) => ("single_choice", None, None),
                QuestionKind::MultipleChoice(_) => ("multiple_choice", None, None),
                QuestionKind::Country => ("country", None, None),
                QuestionKind::Number { min, max, .. } => ("number", Some(min), Some(max)),
            };
            QuestionEntry {
                id: *id,
                kind,
                text: lang.text(&keys::question_title(*id)),
                options: question
                    .options()
                    .iter()
                    .map(|option| OptionEntry {
                        id: option.as_str(),
                        text: lang.text(&keys::option(*id, *option)),
                    })
                    .collect(),
                min,
                max,
            }
        })
        .collect()
}

/// A request to evaluate, as the command line (and later the JS API) receives it:
/// `{"answers": {"citizenship": "ru"}, "as_of": "2026-11-25"}`, `as_of` optional.
#[derive(Debug, PartialEq)]
pub struct Request {
    pub answers: Answers,
    pub ignored: Vec<Rejected>,
    pub as_of: Option<NaiveDate>,
}

/// Why a request could not be read at all. Individual bad answers are not errors: they are
/// dropped and listed in [`Report::ignored`].
#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    NotJson(String),
    NotAnObject,
    AnswersNotAnObject,
    BadDate(String),
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestError::NotJson(error) => write!(f, "the input is not JSON: {error}"),
            RequestError::NotAnObject => f.write_str(
                "the input must be a JSON object such as {\"answers\": {\"citizenship\": \"ru\"}}",
            ),
            RequestError::AnswersNotAnObject => {
                f.write_str("\"answers\" must be an object of question id to answer")
            }
            RequestError::BadDate(text) => {
                write!(f, "\"as_of\" must be a date written YYYY-MM-DD, not {text}")
            }
        }
    }
}

impl std::error::Error for RequestError {}

impl Request {
    pub fn parse(json: &str) -> Result<Request, RequestError> {
        use serde_json::Value;
        let value: Value =
            serde_json::from_str(json).map_err(|e| RequestError::NotJson(e.to_string()))?;
        let Value::Object(request) = value else {
            return Err(RequestError::NotAnObject);
        };
        let pairs: Vec<(String, String)> = match request.get("answers") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Object(answers)) => answers
                .iter()
                .map(|(question, value)| {
                    let value = match value {
                        Value::String(text) => text.clone(),
                        other => other.to_string(),
                    };
                    (question.clone(), value)
                })
                .collect(),
            Some(_) => return Err(RequestError::AnswersNotAnObject),
        };
        let as_of = match request.get("as_of") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(
                text.parse::<NaiveDate>()
                    .map_err(|_| RequestError::BadDate(format!("{text:?}")))?,
            ),
            Some(other) => return Err(RequestError::BadDate(other.to_string())),
        };
        let (answers, ignored) =
            Answers::decode(pairs.iter().map(|(q, v)| (q.as_str(), v.as_str())));
        Ok(Request {
            answers,
            ignored,
            as_of,
        })
    }
}

/// The reference of answer ids and values (`docs/answers.md`), generated from the engine so it
/// cannot drift from it; a test compares the committed file with this.
pub fn answers_reference(lang: Lang) -> String {
    let mut out = String::from(
        "# Answers: ids and values\n\n\
         Generated from the rules engine (`kz_eligibility::report::answers_reference`); a test \
         fails when this file and the engine disagree. Regenerate it with \
         `UPDATE_SNAPSHOT=1 cargo test answers_reference`.\n\n\
         Answers are a JSON object (or URL fragment) of question id to value, for example \
         `{\"role\": \"worker\", \"citizenship\": \"KG\", \"residence_permit\": \"none\", \
         \"eaeu_days_in_180\": \"12\"}`. Values are strings: an option id, option ids joined \
         by commas for a multiple choice, an ISO 3166-1 alpha-2 country code in capitals, or a \
         whole number in decimal digits. Invalid values and unknown ids are dropped and \
         reported, never fatal. Questions are asked in this order, each only when it applies.\n",
    );
    out.push_str(&format!(
        "\nSchema version: {}.\n",
        crate::rules::SCHEMA_VERSION
    ));
    for entry in questions(lang) {
        out.push_str(&format!("\n## `{}`: {}\n\n", entry.id, entry.text));
        match entry.kind {
            "single_choice" | "multiple_choice" => {
                let kind = if entry.kind == "single_choice" {
                    "One of"
                } else {
                    "One or more of, joined by commas"
                };
                out.push_str(&format!("{kind}:\n\n| value | meaning |\n|---|---|\n"));
                for option in &entry.options {
                    out.push_str(&format!("| `{}` | {} |\n", option.id, option.text));
                }
            }
            "country" => out.push_str(&format!(
                "An ISO 3166-1 alpha-2 code in capitals ({} codes, Kosovo as `XK`), e.g. `KZ`, `RU`, `US`.\n",
                crate::rules::Country::all().count()
            )),
            _ => out.push_str(&format!(
                "A whole number from {} to {}.\n",
                entry.min.unwrap_or(0),
                entry.max.unwrap_or(0)
            )),
        }
    }
    out
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
