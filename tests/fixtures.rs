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

/// Compares `actual` with the committed file `tests/snapshots/<name>`, naming the first line
/// that differs; `UPDATE_SNAPSHOT=1` writes the file instead, for a deliberate change (`why`
/// says what such a change would be, for the message).
pub fn matches_snapshot(name: &str, actual: &str, why: &str) {
    let file = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOT").is_some() {
        std::fs::write(&file, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_default();
    if actual != expected {
        let first = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, e)| a != e)
            .unwrap_or(actual.lines().count().min(expected.lines().count()));
        panic!(
            "tests/snapshots/{name} differs from line {}:\n  now:      {:?}\n  snapshot: {:?}\n\
             If {why} on purpose, run UPDATE_SNAPSHOT=1 cargo test snapshot and review the diff.",
            first + 1,
            actual.lines().nth(first),
            expected.lines().nth(first)
        );
    }
}
