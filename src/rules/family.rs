//! What a route family is: the questions it declares (or also needs), each with the condition
//! under which it is asked, and one function that weighs it. The engine and the flow only loop
//! over the families (`routes/mod.rs`); everything a law decides lives in its family's file.

use chrono::NaiveDate;

use super::answers::Answers;
use super::countries::Country;
use super::outcome::{Asks, RouteAssessment};
use super::questions::{OptionId, Question, QuestionId, QuestionKind};

/// Whether a question is asked, from the answers so far and the day the law is read on. A
/// condition looks only at questions earlier in the global order (`flow::ORDER`).
pub type Condition = fn(&Answers, NaiveDate) -> bool;

/// The answers the exhaustive walk (and the progress estimate) tries for a question: one per
/// class of what the rules read, both sides of every threshold.
#[derive(Clone, Copy)]
pub enum Samples {
    /// Each option of a choice question (a multiple choice: each alone, then all together).
    EachOption,
    /// Only these options: the others change no outcome (a test checks it for the role).
    Options(&'static [OptionId]),
    /// These numbers.
    Numbers(&'static [u32]),
    /// One country per class of what decides the questions that follow (what the progress
    /// search tries). The walk tries one per class of what the rules conclude from a country,
    /// which `routes::country_classes` gives: kept out of this table, which the app's first
    /// download holds, so that the conventions' and regimes' data download with the result.
    Countries(fn() -> Vec<Country>),
}

/// A question a family declares: its form and the answers the walk tries.
#[derive(Clone, Copy)]
pub struct Declared {
    pub question: Question,
    pub samples: Samples,
    /// Whether "I don't know" is an answer: the family then says what the employer must
    /// check instead of concluding from it.
    pub may_be_unknown: bool,
    /// What an answer counts, where earlier answers decide it (staff counted for the
    /// position's category group): when a change of an earlier answer changes this, the
    /// answer no longer means what it meant and is asked again.
    pub meaning: Option<Meaning>,
}

/// What an answer to a question counts, from the answers before it, as a value that differs
/// whenever the meaning does.
pub type Meaning = fn(&Answers) -> u32;

impl Declared {
    pub const fn new(id: QuestionId, kind: QuestionKind, samples: Samples) -> Declared {
        Declared {
            question: Question { id, kind },
            samples,
            may_be_unknown: false,
            meaning: None,
        }
    }
}

/// A question a family asks.
#[derive(Clone, Copy)]
pub enum Ask {
    /// A question this family declares, asked when the condition holds.
    Declares(Declared, Condition),
    /// A question another family declares that this family needs too, when the condition
    /// holds. A question is asked when any family asks it.
    AlsoAsks(QuestionId, Condition),
}

/// Declarations in brief: a question of this form, asked when `when` holds, its samples the
/// usual ones for its form.
impl Ask {
    /// One of these options.
    pub const fn choice(id: QuestionId, options: &'static [OptionId], when: Condition) -> Ask {
        Ask::Declares(
            Declared::new(id, QuestionKind::SingleChoice(options), Samples::EachOption),
            when,
        )
    }

    /// Yes or no.
    pub const fn yes_no(id: QuestionId, when: Condition) -> Ask {
        Ask::choice(id, super::questions::YES_NO, when)
    }

    /// Any of these options, at least one.
    pub const fn choices(id: QuestionId, options: &'static [OptionId], when: Condition) -> Ask {
        Ask::Declares(
            Declared::new(
                id,
                QuestionKind::MultipleChoice(options),
                Samples::EachOption,
            ),
            when,
        )
    }

    /// A whole number from `min` to `max`; the walk tries `samples`.
    pub const fn number(
        id: QuestionId,
        (min, max): (u32, u32),
        samples: &'static [u32],
        when: Condition,
    ) -> Ask {
        Ask::Declares(
            Declared::new(
                id,
                QuestionKind::Number { min, max },
                Samples::Numbers(samples),
            ),
            when,
        )
    }

    /// A country; the progress search tries one per class `questions` returns (the walk, one
    /// per class of `routes::country_classes`).
    pub const fn country(id: QuestionId, questions: fn() -> Vec<Country>, when: Condition) -> Ask {
        Ask::Declares(
            Declared::new(id, QuestionKind::Country, Samples::Countries(questions)),
            when,
        )
    }

    /// The same declaration, with "I don't know" as an answer.
    pub const fn or_unknown(self) -> Ask {
        match self {
            Ask::Declares(mut declared, condition) => {
                declared.may_be_unknown = true;
                Ask::Declares(declared, condition)
            }
            also => also,
        }
    }

    /// The same declaration, its answers' meaning set by earlier answers as `meaning` says.
    pub const fn meaning(self, meaning: Meaning) -> Ask {
        match self {
            Ask::Declares(mut declared, condition) => {
                declared.meaning = Some(meaning);
                Ask::Declares(declared, condition)
            }
            also => also,
        }
    }

    pub fn question(&self) -> QuestionId {
        match self {
            Ask::Declares(declared, _) => declared.question.id,
            Ask::AlsoAsks(id, _) => *id,
        }
    }

    pub fn condition(&self) -> Condition {
        match self {
            Ask::Declares(_, condition) | Ask::AlsoAsks(_, condition) => *condition,
        }
    }
}

/// Everything the families contribute to an outcome, gathered family by family in order. A
/// family that does not apply to the answers adds nothing. What a route asks of people goes
/// with the route (`RouteAssessment::asks`); `common` holds only what is true whichever route
/// is taken (what a citizenship's entry regime leaves open, what no route here covers).
#[derive(Default)]
pub struct Findings {
    pub routes: Vec<RouteAssessment>,
    pub common: Asks,
}

/// A route family: one law (or one group of provisions), the questions it asks. What it
/// decides is its file's `weigh` (listed with it in `routes/mod.rs`).
pub struct Family {
    pub asks: &'static [Ask],
}
