//! The question catalogue: every question as its route family declares it, found by id, and
//! the reading of untrusted answers against it. Each question is declared exactly once (a test
//! checks it); the families are listed in `routes/mod.rs`.

use super::answers::{Answer, Answers, Rejected, Rejection, UNKNOWN};
use super::countries::Country;
use super::family::{Ask, Declared, Samples};
use super::questions::{OptionId, Question, QuestionId, QuestionKind};
use super::routes::FAMILIES;

/// The declaration of a question. Every id has one; were one ever missing, the question would
/// accept no answer rather than fail.
pub fn declared(id: QuestionId) -> Declared {
    FAMILIES
        .iter()
        .flat_map(|family| family.asks)
        .find_map(|ask| match ask {
            Ask::Declares(declared, _) if declared.question.id == id => Some(*declared),
            _ => None,
        })
        .unwrap_or(Declared::new(
            id,
            QuestionKind::SingleChoice(&[]),
            Samples::EachOption,
        ))
}

impl QuestionId {
    /// The question's form, as its family declares it.
    pub fn question(self) -> Question {
        declared(self).question
    }

    /// Whether earlier answers decide what an answer to this question counts.
    pub fn has_meaning_set_by_earlier_answers(self) -> bool {
        declared(self).meaning.is_some()
    }

    /// Whether "I don't know" is an answer to this question.
    pub fn may_be_unknown(self) -> bool {
        declared(self).may_be_unknown
    }

    /// The answers the exhaustive walk tries for this question, as its family declares them.
    pub fn sample_answers(self) -> Vec<Answer> {
        self.samples(false)
    }

    /// The answers the progress search tries: one per class of what decides the questions
    /// that follow (for a country, fewer than the walk's).
    pub fn path_answers(self) -> Vec<Answer> {
        self.samples(true)
    }

    fn samples(self, questions_only: bool) -> Vec<Answer> {
        let declared = declared(self);
        match (declared.samples, declared.question.kind) {
            (Samples::EachOption, QuestionKind::MultipleChoice(options)) => options
                .iter()
                .map(|o| Answer::Choices(vec![*o]))
                .chain(std::iter::once(Answer::Choices(options.to_vec())))
                .collect(),
            (Samples::EachOption, _) => declared
                .question
                .options()
                .iter()
                .map(|o| Answer::Choice(*o))
                .collect(),
            (Samples::Options(options), _) => options.iter().map(|o| Answer::Choice(*o)).collect(),
            (Samples::Numbers(numbers), _) => numbers.iter().map(|n| Answer::Number(*n)).collect(),
            (Samples::Countries(questions), _) => {
                let classes = if questions_only {
                    None
                } else {
                    super::routes::country_classes(self)
                };
                classes
                    .unwrap_or_else(questions)
                    .into_iter()
                    .map(Answer::Country)
                    .collect()
            }
        }
    }
}

impl Answer {
    /// Reads `value` as an answer to `question`, or `None` if it is not a valid one.
    pub fn decode(question: QuestionId, value: &str) -> Option<Answer> {
        if value == UNKNOWN {
            return question.may_be_unknown().then_some(Answer::Unknown);
        }
        match question.question().kind {
            QuestionKind::SingleChoice(options) => OptionId::parse(value)
                .filter(|option| options.contains(option))
                .map(Answer::Choice),
            QuestionKind::MultipleChoice(options) => {
                let mut given = Vec::new();
                for part in value.split(',') {
                    given.push(OptionId::parse(part).filter(|o| options.contains(o))?);
                }
                // In the question's order, each once.
                let ticked = options.iter().copied().filter(|o| given.contains(o));
                Some(Answer::Choices(ticked.collect()))
            }
            QuestionKind::Country => Country::parse(value).map(Answer::Country),
            QuestionKind::Number { min, max } => {
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

    /// Whether the question can have this answer: exactly when decoding the answer's encoding
    /// gives it back (a test holds the two to agree), without writing it out and reading it
    /// again. The engine records each hire's answers one by one, fifty hires at every staff
    /// count typed into the hiring plan, and the round trip was a seventh of that work.
    pub fn fits(&self, question: QuestionId) -> bool {
        match (self, question.question().kind) {
            (Answer::Unknown, _) => question.may_be_unknown(),
            (Answer::Choice(option), QuestionKind::SingleChoice(options)) => {
                options.contains(option)
            }
            (Answer::Choices(ticked), QuestionKind::MultipleChoice(options)) => {
                // Never empty; each once, in the question's order.
                let mut places = ticked
                    .iter()
                    .map(|option| options.iter().position(|o| o == option));
                let mut last = None;
                !ticked.is_empty()
                    && places.all(|place| match place {
                        Some(place) if last.is_none_or(|last| place > last) => {
                            last = Some(place);
                            true
                        }
                        _ => false,
                    })
            }
            // Only listed countries can be built.
            (Answer::Country(_), QuestionKind::Country) => true,
            (Answer::Number(number), QuestionKind::Number { min, max }) => {
                (min..=max).contains(number)
            }
            _ => false,
        }
    }
}

impl Answer {
    /// Reads what a visitor typed into a question: as [`Answer::decode`], except that a number
    /// may have its digits grouped in threes, as people write them ("1 200", "1,200", "1.200",
    /// with a no-break space too). Links and stored answers stay with the strict decoder.
    pub fn read_typed(question: QuestionId, text: &str) -> Option<Answer> {
        let text = text.trim();
        match question.question().kind {
            QuestionKind::Number { .. } => Answer::decode(question, &ungrouped(text)?),
            _ => Answer::decode(question, text),
        }
    }
}

/// The digits of a number written with one kind of group separator, or `None` if the groups
/// are not threes (so "1,5" is not read as 15). Any other character is left for the decoder to
/// refuse.
fn ungrouped(text: &str) -> Option<String> {
    let mut digits = String::with_capacity(text.len());
    let mut separator = None;
    // Digits since the last separator; whether one was met yet.
    let mut group = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            group += 1;
            continue;
        }
        if !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | ',' | '.' | '\'') {
            return Some(text.to_owned());
        }
        let first = separator.is_none();
        if *separator.get_or_insert(c) != c || !(1..=3).contains(&group) || (!first && group != 3) {
            return None;
        }
        group = 0;
    }
    (separator.is_none() || group == 3).then_some(digits)
}

impl Answers {
    /// Records an answer, replacing any earlier answer to the same question. The answer must
    /// fit the question's kind; one that does not is dropped, as a decoded one would be.
    pub fn with(mut self, question: QuestionId, answer: Answer) -> Self {
        if answer.fits(question) {
            self.insert(question, answer);
        }
        self
    }

    /// The same answers with `answer` recorded, or without any answer to `question` when there
    /// is none (a field the visitor cleared).
    pub fn set(mut self, question: QuestionId, answer: Option<Answer>) -> Self {
        match answer {
            Some(answer) => self.with(question, answer),
            None => {
                self.remove(question);
                self
            }
        }
    }

    /// Shorthand for a single-choice answer.
    pub fn with_choice(self, question: QuestionId, option: OptionId) -> Self {
        self.with(question, Answer::Choice(option))
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
                // The first answer stands: a later one for the same question is reported,
                // never silently put in its place.
                Some(id) if answers.is_answered(id) => Rejection::Duplicate,
                Some(id) => match Answer::decode(id, value) {
                    Some(answer) => {
                        answers.insert(id, answer);
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
