//! The rules: pure Rust, no web crates, no clock. Answers in, next question or outcome out.

use chrono::NaiveDate;

mod ids;

pub mod answers;
pub mod calendar;
pub mod countries;
pub mod documents;
pub mod engine;
pub mod entry_regimes;
pub mod flow;
pub mod memberships;
pub mod messages;
pub mod obligations;
pub mod outcome;
pub mod questions;
pub mod routes;
pub mod sources;
pub mod stay;
pub mod timeline;
pub mod walk;

pub use answers::{Answer, Answers, Rejected, Rejection};
pub use countries::Country;
pub use engine::{SCHEMA_VERSION, evaluate};
pub use outcome::*;
pub use questions::{OptionId, Question, QuestionId, QuestionKind};
pub use sources::{Confidence, Source, SourceId};

/// The version of the rule set; saved and shared answers record it.
pub const RULES_VERSION: &str = "2026.11.1";

/// The day the rule set was last reviewed against its sources.
pub const RULES_REVIEWED: NaiveDate = ymd(2026, 11, 24);

/// A date in rule data, checked when the crate compiles.
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in rule data"),
    }
}
