//! Every path through the questions, enumerated by asking the engine itself. Tests use it to
//! check that each path ends in exactly one sourced outcome; later, the reference page and the
//! share-link round trip use it too.

use chrono::NaiveDate;

use super::answers::{Answer, Answers};
use super::engine::{Step, evaluate};
use super::outcome::Outcome;
use super::questions::QuestionKind;

/// One complete path: the answers given and where they lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub answers: Answers,
    pub outcome: Outcome,
}

/// All complete paths as of the given day, in a stable order.
pub fn walk(as_of: NaiveDate) -> Vec<Path> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::new()];
    while let Some(answers) = pending.pop() {
        match evaluate(&answers, as_of) {
            Step::Conclude(outcome) => paths.push(Path { answers, outcome }),
            Step::Ask(question) => match question.kind {
                QuestionKind::Choice(options) => {
                    for option in options.iter().rev() {
                        pending.push(answers.clone().with(question.id, Answer::Choice(*option)));
                    }
                }
            },
        }
    }
    paths
}
