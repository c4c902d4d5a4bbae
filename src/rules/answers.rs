//! The answers given so far, keyed by question id. Answers come from untrusted places (a share
//! link, saved state, JSON on the command line), so decoding is total: what is valid is kept,
//! what is not is reported, nothing panics.

use std::collections::BTreeMap;

use serde::Serialize;

use super::questions::{OptionId, QuestionId};

/// One answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Choice(OptionId),
}

impl Answer {
    /// The stable spelling stored in links and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Choice(option) => option.as_str(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(BTreeMap<QuestionId, Answer>);

/// Why an untrusted answer was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    /// No question of this rules version has that id.
    UnknownQuestion,
    /// The question exists but does not offer that answer.
    InvalidValue,
}

/// An answer that was dropped while decoding, and why.
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

    pub fn get(&self, question: QuestionId) -> Option<Answer> {
        self.0.get(&question).copied()
    }

    pub fn choice(&self, question: QuestionId) -> Option<OptionId> {
        match self.get(question)? {
            Answer::Choice(option) => Some(option),
        }
    }

    /// Records an answer, replacing any earlier answer to the same question.
    pub fn with(mut self, question: QuestionId, answer: Answer) -> Self {
        self.0.insert(question, answer);
        self
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, Answer)> + '_ {
        self.0.iter().map(|(question, answer)| (*question, *answer))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Builds answers from untrusted (question id, value) pairs: keeps every valid pair and
    /// returns the others with the reason each was dropped. A later pair for the same question
    /// replaces an earlier one.
    pub fn decode<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Answers, Vec<Rejected>) {
        let mut answers = Answers::new();
        let mut rejected = Vec::new();
        for (question, value) in pairs {
            let reason = match QuestionId::parse(question) {
                None => Rejection::UnknownQuestion,
                Some(id) => match OptionId::parse(value) {
                    Some(option) if id.question().offers(option) => {
                        answers.0.insert(id, Answer::Choice(option));
                        continue;
                    }
                    _ => Rejection::InvalidValue,
                },
            };
            rejected.push(Rejected {
                question: question.to_owned(),
                value: value.to_owned(),
                reason,
            });
        }
        (answers, rejected)
    }
}

impl Serialize for Answers {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(q, a)| (q.as_str(), a.as_str())))
    }
}
