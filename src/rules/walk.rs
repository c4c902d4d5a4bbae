//! Every path through the questions, enumerated by asking the engine itself. Countries and
//! numbers are walked by equivalence class: one country per distinct combination of the facts
//! the rules read about a country, and each number question's sample values (both sides of
//! every threshold). Multiple-choice questions are walked with each option alone and with all
//! options together. The role (worker or employer) changes what the app shows first, never
//! the outcome (a test checks this), so the walk takes one role.

use chrono::NaiveDate;

use super::answers::{Answer, Answers};
use super::countries::Country;
use super::engine::evaluate;
use super::entry_regimes::entry;
use super::memberships::{is_eaeu_partner, is_wto_member, needs_apostille};
use super::outcome::{Outcome, Status};
use super::questions::{QuestionId, QuestionKind};

/// One complete path: the answers given and where they lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub answers: Answers,
    pub outcome: Outcome,
}

/// One representative country per class of what the rules read about a citizenship (or, for
/// the company's home state, its WTO membership).
pub fn representative_countries(question: QuestionId) -> Vec<Country> {
    let mut seen = Vec::new();
    let mut representatives = Vec::new();
    for country in Country::all() {
        let class = if question == QuestionId::Citizenship {
            format!(
                "{:?} {:?} {} {}",
                entry(country),
                country == Country::KAZAKHSTAN,
                is_eaeu_partner(country),
                needs_apostille(country)
            )
        } else {
            is_wto_member(country).to_string()
        };
        if !seen.contains(&class) {
            seen.push(class);
            representatives.push(country);
        }
    }
    representatives
}

/// The answers the walk tries for a question.
pub fn sample_answers(question: QuestionId) -> Vec<Answer> {
    match question.question().kind {
        QuestionKind::SingleChoice(_) if question == QuestionId::Role => {
            vec![Answer::Choice(super::questions::OptionId::Worker)]
        }
        QuestionKind::SingleChoice(options) => options.iter().map(|o| Answer::Choice(*o)).collect(),
        QuestionKind::MultipleChoice(options) => options
            .iter()
            .map(|o| Answer::Choices(vec![*o]))
            .chain(std::iter::once(Answer::Choices(options.to_vec())))
            .collect(),
        QuestionKind::Country => representative_countries(question)
            .into_iter()
            .map(Answer::Country)
            .collect(),
        QuestionKind::Number { samples, .. } => {
            samples.iter().map(|n| Answer::Number(*n)).collect()
        }
    }
}

/// All complete paths as of the given day, in a stable order.
pub fn walk(as_of: NaiveDate) -> Vec<Path> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::new()];
    while let Some(answers) = pending.pop() {
        match evaluate(&answers, as_of).status {
            Status::Complete { outcome } => paths.push(Path {
                answers,
                outcome: *outcome,
            }),
            Status::NeedsAnswer { next_question } => {
                for answer in sample_answers(next_question).into_iter().rev() {
                    pending.push(answers.clone().with(next_question, answer));
                }
            }
        }
    }
    paths
}
