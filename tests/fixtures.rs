//! Fixtures shared by the native tests and the benchmarks (`benches/engine.rs` includes this
//! file): the fixed day the tests run as of, and the answer sets several of them use, written
//! as share-link fragments and read by the app's own decoder.

#![allow(dead_code)] // Each includer uses its own share of it.

use chrono::NaiveDate;
use kz_eligibility::journey::Location;
use kz_eligibility::rules::{Answers, Outcome, Rejected, Status, evaluate};

/// A fixed "today" so that no test depends on the day it runs.
pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// An employer hiring an Indian specialist under the employer's work permit: a new permit, 120
/// staff (so the local-content ratio is checked: 95 Kazakh, 4 foreign), the vacancy posted.
pub const EMPLOYER_PERMIT: &str = "role=employer&citizenship=IN&residence_permit=none\
    &special_status=no_special_status&purpose=employment&position=specialist\
    &employer_type=kazakh_company&permit_request=new_permit&employer_headcount=120\
    &kazakh_staff=95&foreign_staff=4&vacancy_posted=yes";

/// Reads a fragment as a share link is read: the answers, the day the rules apply (`asof=`,
/// else [`as_of`]) and whatever was rejected.
pub fn read(fragment: &str) -> (Answers, NaiveDate, Vec<Rejected>) {
    let (location, rejected) = Location::parse(fragment, as_of());
    let day = location.day(as_of());
    (location.answers, day, rejected)
}

/// The outcome of complete answers on a day; panics (failing the test) if they are not.
pub fn outcome(answers: &Answers, day: NaiveDate) -> Outcome {
    match evaluate(answers, day).status {
        Status::Complete { outcome } => *outcome,
        Status::NeedsAnswer { next_question } => panic!("still asks {next_question}"),
    }
}
