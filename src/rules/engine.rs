//! The engine: from the answers given so far, either the next question to ask or the outcome
//! with every route weighed.

use chrono::NaiveDate;

use super::answers::Answers;
use super::family::Findings;
use super::flow;
use super::outcome::*;
use super::routes;
use super::{RULES_REVIEWED, RULES_VERSION};

/// The version of the JSON form of answers and evaluations.
pub const SCHEMA_VERSION: u32 = 1;

/// Decides the next step. `as_of` is the day the user asks about: the rules never read a clock.
/// Answers to questions that no longer apply are ignored.
pub fn evaluate(answers: &Answers, as_of: NaiveDate) -> Evaluation {
    let answers = flow::relevant(answers, as_of);
    let status = match flow::next_question(&answers, as_of) {
        Some(next_question) => Status::NeedsAnswer { next_question },
        None => Status::Complete {
            outcome: Box::new(conclude(&answers, as_of)),
        },
    };
    Evaluation {
        schema_version: SCHEMA_VERSION,
        rules_version: RULES_VERSION,
        rules_reviewed: RULES_REVIEWED,
        as_of,
        status,
    }
}

/// Every family weighed in order, each contributing what applies to these answers.
fn conclude(a: &Answers, as_of: NaiveDate) -> Outcome {
    let mut findings = Findings::default();
    routes::weigh_all(a, as_of, &mut findings);
    into_outcome(findings)
}

/// The primary route is the first open one ("yes" before "confirm" before "no"), in the order
/// the route families were weighed.
fn into_outcome(f: Findings) -> Outcome {
    let mut routes = f.routes;
    let best = routes
        .iter()
        .enumerate()
        .min_by_key(|(index, route)| (route.eligible, *index))
        .map(|(index, _)| index);
    let primary = match best {
        Some(index) => routes.remove(index),
        // For complete answers some family always weighs a route (a test walks them all).
        None => routes::unweighed(),
    };
    let mut obligations = f.obligations;
    dedup_by_key(&mut obligations, |o| o.id);
    let mut documents = f.documents;
    dedup_by_key(&mut documents, |d| d.id);
    Outcome {
        primary,
        alternatives: routes,
        obligations,
        documents,
        notes: f.notes,
    }
}

/// Keeps the first of each key, in order.
fn dedup_by_key<T, K: PartialEq>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut seen: Vec<K> = Vec::new();
    items.retain(|item| {
        let k = key(item);
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
}
