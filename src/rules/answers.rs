//! The answers given so far, keyed by question id. Answers come from untrusted places (a share
//! link, saved state, JSON on the command line), so decoding is total: what is valid is kept,
//! what is not is reported, nothing panics. Decoding checks each answer against its question's
//! form, so it lives beside the question catalogue (`catalogue.rs`).

use serde::Serialize;

use super::countries::Country;
use super::questions::{OptionId, QuestionId};

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Choice(OptionId),
    /// The options ticked, in the question's order, never empty.
    Choices(Vec<OptionId>),
    Country(Country),
    Number(u32),
    /// "I don't know", where the question allows it (a worker may not know the employer's
    /// numbers): what depends on it is left for the employer to check.
    Unknown,
}

/// How "I don't know" is spelled in links and JSON.
pub const UNKNOWN: &str = "unknown";

impl Answer {
    /// The stable spelling stored in links and JSON: an option id, option ids joined by
    /// commas, a country code or a decimal number.
    pub fn encode(&self) -> String {
        match self {
            Answer::Choice(option) => option.as_str().to_owned(),
            Answer::Choices(options) => options
                .iter()
                .map(|option| option.as_str())
                .collect::<Vec<_>>()
                .join(","),
            Answer::Country(country) => country.as_str().to_owned(),
            Answer::Number(number) => number.to_string(),
            Answer::Unknown => UNKNOWN.to_owned(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
/// The answers by question, in question-id order. A question is answered at most once, and
/// there are a couple of dozen questions: a sorted list is all the map this needs (and much
/// less code in the app's WebAssembly than a `BTreeMap`).
pub struct Answers(Vec<(QuestionId, Answer)>);

/// Why an untrusted answer was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    /// No question of this rules version has that id.
    UnknownQuestion,
    /// The question exists but this is not a valid answer to it.
    InvalidValue,
    /// The question was answered earlier in the same input; the first answer stands.
    Duplicate,
}

/// An answer that was dropped while decoding, and why. Its id and value are as given (the input
/// was bounded before it was read): a report that echoes them cuts them short.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejected {
    pub question: String,
    pub value: String,
    pub reason: Rejection,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, question: QuestionId) -> Option<&Answer> {
        let index = self.position(question).ok()?;
        Some(&self.0[index].1)
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        self.position(question).is_ok()
    }

    /// Whether the answer to `question` was "I don't know".
    pub fn is_unknown(&self, question: QuestionId) -> bool {
        self.get(question) == Some(&Answer::Unknown)
    }

    pub fn choice(&self, question: QuestionId) -> Option<OptionId> {
        match self.get(question)? {
            Answer::Choice(option) => Some(*option),
            _ => None,
        }
    }

    /// Whether the single-choice `question` was answered with `option`.
    pub fn is(&self, question: QuestionId, option: OptionId) -> bool {
        self.choice(question) == Some(option)
    }

    pub fn choices(&self, question: QuestionId) -> &[OptionId] {
        match self.get(question) {
            Some(Answer::Choices(options)) => options,
            _ => &[],
        }
    }

    pub fn country(&self, question: QuestionId) -> Option<Country> {
        match self.get(question)? {
            Answer::Country(country) => Some(*country),
            _ => None,
        }
    }

    pub fn number(&self, question: QuestionId) -> Option<u32> {
        match self.get(question)? {
            Answer::Number(number) => Some(*number),
            _ => None,
        }
    }

    /// Records an answer that the catalogue has checked (`catalogue.rs`).
    pub(super) fn insert(&mut self, question: QuestionId, answer: Answer) {
        match self.position(question) {
            Ok(index) => self.0[index].1 = answer,
            Err(index) => self.0.insert(index, (question, answer)),
        }
    }

    /// Forgets the answer to `question`, if any.
    pub(super) fn remove(&mut self, question: QuestionId) {
        if let Ok(index) = self.position(question) {
            self.0.remove(index);
        }
    }

    /// Where the question's answer is, or would go.
    fn position(&self, question: QuestionId) -> Result<usize, usize> {
        self.0.binary_search_by_key(&question, |(id, _)| *id)
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> + '_ {
        self.0.iter().map(|(question, answer)| (*question, answer))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(q, a)| (q.as_str(), a.encode())))
    }
}
