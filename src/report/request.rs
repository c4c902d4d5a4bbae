//! A request to evaluate, as the command line and the JS API receive it. Read leniently
//! ([`crate::lenient_json`]), so a wrong field is named rather than failing the whole request,
//! and answers keep the engine's own total decoding: a bad number, an unknown question or a
//! repeated one is listed under `ignored`, never the reason the rest is refused.

use chrono::NaiveDate;

use crate::bounded::{Bounded, MAX_ANSWERS_BYTES, cut};
use crate::lenient_json::{self, Value};
use crate::rules::{Answers, Rejected};

/// A request to evaluate, as the command line and the JS API receive it:
/// `{"answers": {"citizenship": "ru"}, "as_of": "2026-11-25"}`, `as_of` optional.
#[derive(Debug, PartialEq)]
pub struct Request {
    pub answers: Answers,
    pub ignored: Bounded<Rejected>,
    pub as_of: Option<NaiveDate>,
}

/// Why a request could not be read at all. Individual bad answers are not errors: they are
/// dropped and listed in [`crate::report::Report::ignored`].
#[derive(Debug, PartialEq, Eq)]
pub enum RequestError {
    TooLarge(usize),
    NotJson(String),
    NotAnObject,
    AnswersNotAnObject,
    BadDate(String),
}

impl std::fmt::Display for RequestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RequestError::TooLarge(bytes) => write!(
                f,
                "the request is {bytes} bytes; a request is at most {MAX_ANSWERS_BYTES} bytes"
            ),
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
        if json.len() > MAX_ANSWERS_BYTES {
            return Err(RequestError::TooLarge(json.len()));
        }
        let Value::Object(members) = lenient_json::parse(json).map_err(RequestError::NotJson)?
        else {
            return Err(RequestError::NotAnObject);
        };
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut as_of = None;
        let mut ignored = Bounded::new();
        for (name, raw, first) in lenient_json::known_members(&members, &["answers", "as_of"]) {
            // A field given twice: the first stands, as for answers.
            if !first {
                ignored.push(Rejected {
                    question: cut(name),
                    value: cut(raw.get()),
                    reason: crate::rules::Rejection::Duplicate,
                });
                continue;
            }
            match (name, lenient_json::read(raw)) {
                (_, Value::Null) => {}
                ("answers", Value::Object(answers)) => {
                    pairs = answers
                        .into_iter()
                        .map(|(question, value)| (question, answer_text(value)))
                        .collect()
                }
                ("answers", _) => return Err(RequestError::AnswersNotAnObject),
                (_, Value::Text(text)) => {
                    as_of = Some(
                        crate::iso_date::parse(&text)
                            .ok_or_else(|| RequestError::BadDate(format!("{:?}", cut(&text))))?,
                    )
                }
                _ => return Err(RequestError::BadDate(cut(raw.get()))),
            }
        }
        let (answers, rejected) =
            Answers::decode(pairs.iter().map(|(q, v)| (q.as_str(), v.as_str())));
        for entry in rejected {
            ignored.push(Rejected {
                question: cut(&entry.question),
                value: cut(&entry.value),
                ..entry
            });
        }
        Ok(Request {
            answers,
            ignored,
            as_of,
        })
    }
}

/// An answer's value as the engine decodes it: a string's text, a number's JSON text (`12` is
/// the answer "12", `1e309` an invalid one), anything else its JSON text, which no question
/// accepts.
fn answer_text(raw: &serde_json::value::RawValue) -> String {
    lenient_json::text_of(raw).unwrap_or_else(|| raw.get().to_owned())
}
