//! The answers given so far, keyed by question id. Answers come from untrusted places (a share
//! link, saved state, JSON on the command line), so decoding is total: what is valid is kept,
//! what is not is reported, nothing panics.

use std::collections::BTreeMap;

use serde::Serialize;

use super::countries::Country;
use super::questions::{OptionId, QuestionId, QuestionKind};

/// One answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Choice(OptionId),
    /// The options ticked, in the question's order, never empty.
    Choices(Vec<OptionId>),
    Country(Country),
    Number(u32),
}

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
        }
    }

    /// Reads `value` as an answer to `question`, or `None` if it is not a valid one.
    pub fn decode(question: QuestionId, value: &str) -> Option<Answer> {
        match question.question().kind {
            QuestionKind::SingleChoice(options) => OptionId::parse(value)
                .filter(|option| options.contains(option))
                .map(Answer::Choice),
            QuestionKind::MultipleChoice(options) => {
                let mut ticked = Vec::new();
                for part in value.split(',') {
                    let option = OptionId::parse(part).filter(|o| options.contains(o))?;
                    if !ticked.contains(&option) {
                        ticked.push(option);
                    }
                }
                ticked.sort_unstable_by_key(|o| options.iter().position(|x| x == o));
                Some(Answer::Choices(ticked))
            }
            QuestionKind::Country => Country::parse(value).map(Answer::Country),
            QuestionKind::Number { min, max, .. } => {
                // Digits only: no sign, no spaces, no exponent, and at most 10 of them.
                if value.is_empty()
                    || value.len() > 10
                    || !value.bytes().all(|b| b.is_ascii_digit())
                {
                    return None;
                }
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (min..=max).contains(n))
                    .map(Answer::Number)
            }
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
    /// The question exists but this is not a valid answer to it.
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

    pub fn get(&self, question: QuestionId) -> Option<&Answer> {
        self.0.get(&question)
    }

    pub fn is_answered(&self, question: QuestionId) -> bool {
        self.0.contains_key(&question)
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

    /// Records an answer, replacing any earlier answer to the same question. The answer must
    /// fit the question's kind; one that does not is dropped, as a decoded one would be.
    pub fn with(mut self, question: QuestionId, answer: Answer) -> Self {
        if Answer::decode(question, &answer.encode()).as_ref() == Some(&answer) {
            self.0.insert(question, answer);
        }
        self
    }

    /// Shorthand for a single-choice answer.
    pub fn with_choice(self, question: QuestionId, option: OptionId) -> Self {
        self.with(question, Answer::Choice(option))
    }

    pub fn without(mut self, question: QuestionId) -> Self {
        self.0.remove(&question);
        self
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
                Some(id) => match Answer::decode(id, value) {
                    Some(answer) => {
                        answers.0.insert(id, answer);
                        continue;
                    }
                    None => Rejection::InvalidValue,
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
        serializer.collect_map(self.iter().map(|(q, a)| (q.as_str(), a.encode())))
    }
}
