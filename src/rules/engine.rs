//! The engine: from the answers given so far, either the next question to ask or the outcome.

use chrono::NaiveDate;

use super::answers::Answers;
use super::outcome::Outcome;
use super::questions::{Question, QuestionId};
use super::routes::{eaeu_citizen, employer_work_permit};

/// What comes after the answers given so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Ask(Question),
    Conclude(Outcome),
}

/// Decides the next step. `as_of` is the day the user asks about: the rules never read a clock.
pub fn evaluate(answers: &Answers, as_of: NaiveDate) -> Step {
    // No rule of this version changes within its validity; `as_of` is part of the contract so
    // that effective-dated rules can be added without changing any caller.
    let _ = as_of;
    let Some(citizenship) = answers.choice(QuestionId::Citizenship) else {
        return Step::Ask(QuestionId::Citizenship.question());
    };
    if eaeu_citizen::is_member_state(citizenship) {
        Step::Conclude(eaeu_citizen::outcome())
    } else {
        Step::Conclude(employer_work_permit::outcome())
    }
}
