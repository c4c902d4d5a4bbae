//! Every path through the questions, enumerated by asking the engine itself. Each question is
//! tried with the sample answers its family declares: countries by equivalence class (one per
//! distinct combination of the facts the rules read about a country), each number question's
//! sample values (both sides of every threshold), each option, and each option alone and all
//! together for a multiple choice. The role (worker or employer) changes what the app shows
//! first, never the outcome (a test checks this), so the walk takes one role.

use chrono::NaiveDate;

use super::answers::{Answer, Answers};
use super::engine::evaluate;
use super::outcome::{Outcome, Status};

/// One complete path: the answers given and where they lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub answers: Answers,
    pub outcome: Outcome,
}

/// All complete paths as of the given day, in a stable order.
pub fn walk(as_of: NaiveDate) -> Vec<Path> {
    walk_from(Answers::new(), as_of, false)
}

/// Every complete path that continues `start`, with "I don't know" tried besides the samples
/// wherever a question allows it. The full walk leaves it out: it would multiply the paths
/// of the employer's permit several times over, so the tests walk it from chosen starts.
pub fn walk_with_unknowns(start: Answers, as_of: NaiveDate) -> Vec<Path> {
    walk_from(start, as_of, true)
}

fn walk_from(start: Answers, as_of: NaiveDate, unknowns: bool) -> Vec<Path> {
    let mut paths = Vec::new();
    let mut pending = vec![start];
    while let Some(answers) = pending.pop() {
        match evaluate(&answers, as_of).status {
            Status::Complete { outcome } => paths.push(Path {
                answers,
                outcome: *outcome,
            }),
            Status::NeedsAnswer { next_question } => {
                let mut tried = next_question.sample_answers();
                if unknowns && next_question.may_be_unknown() {
                    tried.push(Answer::Unknown);
                }
                for answer in tried.into_iter().rev() {
                    pending.push(answers.clone().with(next_question, answer));
                }
            }
        }
    }
    paths
}
