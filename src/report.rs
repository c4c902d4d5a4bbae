//! The evaluation as one self-contained JSON document: ids for machines, words for people, and
//! every source in full. The command line prints it; the partners' JS API will return it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{Lang, keys};
use crate::rules::{
    Answers, Confidence, Outcome, PermitNeed, QuestionKind, Rejected, RouteId, SourceId, Step,
    evaluate, questions::Question,
};

#[derive(Debug, Serialize)]
pub struct Report {
    pub rules_version: &'static str,
    pub as_of: NaiveDate,
    pub answers: Answers,
    /// Answers that were dropped because this rules version does not know them.
    pub ignored: Vec<Rejected>,
    #[serde(flatten)]
    pub step: StepReport,
}

#[derive(Debug, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum StepReport {
    NeedsAnswer { next_question: QuestionReport },
    Complete { outcome: OutcomeReport },
}

#[derive(Debug, Serialize)]
pub struct QuestionReport {
    pub id: &'static str,
    pub text: &'static str,
    pub options: Vec<Labelled>,
}

#[derive(Debug, Serialize)]
pub struct Labelled {
    pub id: &'static str,
    pub text: &'static str,
}

#[derive(Debug, Serialize)]
pub struct OutcomeReport {
    pub route: RouteId,
    pub headline: &'static str,
    pub work_permit: PermitNeed,
    pub work_permit_text: &'static str,
    pub reasons: Vec<ReasonReport>,
}

#[derive(Debug, Serialize)]
pub struct ReasonReport {
    pub id: &'static str,
    pub text: &'static str,
    pub source: SourceReport,
}

#[derive(Debug, Serialize)]
pub struct SourceReport {
    pub id: SourceId,
    pub title: &'static str,
    pub article: &'static str,
    pub url: &'static str,
    pub confidence: Confidence,
    pub last_verified: NaiveDate,
}

impl Report {
    pub fn new(answers: Answers, ignored: Vec<Rejected>, as_of: NaiveDate, lang: Lang) -> Self {
        let step = match evaluate(&answers, as_of) {
            Step::Ask(question) => StepReport::NeedsAnswer {
                next_question: QuestionReport::new(&question, lang),
            },
            Step::Conclude(outcome) => StepReport::Complete {
                outcome: OutcomeReport::new(&outcome, lang),
            },
        };
        Report {
            rules_version: crate::rules::RULES_VERSION,
            as_of,
            answers,
            ignored,
            step,
        }
    }
}

impl QuestionReport {
    fn new(question: &Question, lang: Lang) -> Self {
        let options = match question.kind {
            QuestionKind::Choice(options) => options
                .iter()
                .map(|option| Labelled {
                    id: option.as_str(),
                    text: lang.text(&keys::option(question.id, *option)),
                })
                .collect(),
        };
        QuestionReport {
            id: question.id.as_str(),
            text: lang.text(&keys::question_title(question.id)),
            options,
        }
    }
}

impl OutcomeReport {
    fn new(outcome: &Outcome, lang: Lang) -> Self {
        OutcomeReport {
            route: outcome.route,
            headline: lang.text(&keys::route_headline(outcome.route)),
            work_permit: outcome.work_permit,
            work_permit_text: lang.text(keys::permit_need(outcome.work_permit)),
            reasons: outcome
                .reasons
                .iter()
                .map(|reason| ReasonReport {
                    id: reason.id.as_str(),
                    text: lang.text(&keys::reason(reason.id)),
                    source: SourceReport::new(reason.source, lang),
                })
                .collect(),
        }
    }
}

impl SourceReport {
    pub fn new(id: SourceId, lang: Lang) -> Self {
        let source = id.source();
        SourceReport {
            id,
            title: lang.text(&keys::source_title(id)),
            article: lang.text(&keys::source_article(id)),
            url: source.url,
            confidence: source.confidence,
            last_verified: source.last_verified,
        }
    }
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
