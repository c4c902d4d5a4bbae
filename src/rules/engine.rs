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
/// the route families were weighed. Its plan and checklist are what it asks, then what holds
/// on every route; the other routes keep theirs.
fn into_outcome(f: Findings) -> Outcome {
    let mut routes = f.routes;
    let best = routes
        .iter()
        .enumerate()
        .min_by_key(|(index, route)| (route.eligible, *index))
        .map(|(index, _)| index);
    // A route the person came for, weighed before the primary one and refused, is what the
    // primary stands in for.
    let instead_of = best.and_then(|index| {
        routes[..index]
            .iter()
            .find(|route| route.eligible == Eligibility::No)
            .map(|route| route.route)
    });
    let mut primary = match best {
        Some(index) => routes.remove(index),
        // For complete answers some family always weighs a route (a test walks them all).
        None => routes::unweighed(),
    };
    for route in routes.iter_mut().chain([&mut primary]) {
        route.asks.dedup();
    }
    let mut asks = primary.asks.clone();
    asks.extend(f.common);
    Outcome {
        primary,
        alternatives: routes,
        instead_of,
        obligations: asks.obligations,
        documents: asks.documents,
        notes: asks.notes,
    }
}
