//! A request to evaluate, as the command line and the JS API receive it. Read through derived
//! deserialisation into lenient wire types, so a wrong field is named rather than failing the
//! whole request, and answers keep the engine's own total decoding.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::rules::{Answers, Rejected};

/// A field as sent: absent or null, of the expected type, or of another.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum Field<T> {
    #[default]
    Null,
    Given(T),
    Other(serde_json::Value),
}

/// An answer's value: a string, or any other JSON value read as its JSON text (a number
/// `12` is the answer "12").
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum AnswerValue {
    Text(String),
    Other(serde_json::Value),
}

impl AnswerValue {
    fn into_text(self) -> String {
        match self {
            AnswerValue::Text(text) => text,
            AnswerValue::Other(value) => value.to_string(),
        }
    }
}

#[derive(Debug, Deserialize)]
struct Wire {
    #[serde(default)]
    answers: Field<BTreeMap<String, AnswerValue>>,
    #[serde(default)]
    as_of: Field<String>,
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
        // Every field takes any value, so only the whole input can be of the wrong type: not an
        // object (serde would also read a struct from an array, which a request never is).
        let wire = match serde_json::from_str::<Wire>(json) {
            Err(error) if !error.is_data() => return Err(RequestError::NotJson(error.to_string())),
            Ok(wire) if json.trim_start().starts_with('{') => wire,
            _ => return Err(RequestError::NotAnObject),
        };
        let pairs: Vec<(String, String)> = match wire.answers {
            Field::Null => Vec::new(),
            Field::Given(answers) => answers
                .into_iter()
                .map(|(question, value)| (question, value.into_text()))
                .collect(),
            Field::Other(_) => return Err(RequestError::AnswersNotAnObject),
        };
        let as_of = match wire.as_of {
            Field::Null => None,
            Field::Given(text) => Some(
                text.parse::<NaiveDate>()
                    .map_err(|_| RequestError::BadDate(format!("{text:?}")))?,
            ),
            Field::Other(other) => return Err(RequestError::BadDate(other.to_string())),
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
