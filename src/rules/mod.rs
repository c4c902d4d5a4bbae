//! The rules: pure Rust, no web crates, no clock. Answers in, next question or outcome out.
//!
//! Layout: each route family is one file in `routes/` (its questions, when each is asked, and
//! what it concludes); `engine.rs` and `flow.rs` only loop over the families; the shared
//! pieces (entry regimes, memberships, the calendar, sources, documents and obligations that
//! several routes share) are modules the families call. Every module is private: the app, the
//! command line, the JS API and the reference use what is re-exported here.

use chrono::NaiveDate;

mod admission;
mod answers;
mod calendar;
mod catalogue;
mod countries;
mod date;
mod dated;
mod documents;
mod engine;
mod entry_regimes;
mod facts;
mod family;
mod flow;
mod ids;
mod legalisation;
mod mci;
mod memberships;
mod messages;
mod obligations;
mod outcome;
mod plan;
mod questions;
mod routes;
mod services;
mod sources;
mod stay;
mod timeline;
mod walk;

// Answers and questions.
pub use answers::{Answer, Answers, Rejected, Rejection, UNKNOWN};
pub use countries::Country;
pub use questions::{OptionId, Question, QuestionId, QuestionKind};
// The engine: the next question, the progress estimate, the outcome; every path.
pub use dated::{Shown, Since, Span, Table as DatedTable};
pub use engine::{SCHEMA_VERSION, evaluate};
pub use facts::dated_facts;
pub use flow::{
    LONGEST_JOURNEY, ORDER as QUESTION_ORDER, answer, applicable, estimated_total, is_asked,
    next_question, offers_unknown, relevant,
};
pub use mci::kzt as mci_kzt;
pub use outcome::*;
pub use routes::{permit_category, reader, staff_group};
pub use services::Service;
// The outcome as numbered steps.
pub use plan::{Stage, Step, plan};
pub use walk::{Path, walk, walk_with_unknowns};
// Deadlines as dates.
pub use timeline::{
    Dates, Deadline, Due, MENTORING_MONTHS, Standing, anchors_needed, due, input_anchor,
    latest_before_start, planned_timeline, standing, timeline,
};
// The stay calculator and the entry regimes behind it.
pub use entry_regimes::{Entry as RegimeEntry, EntryRegime, StayLimit, entry as entry_regime};
pub use stay::{Stay, StayReport, StayRule, assess as assess_stay};
// The working-day calendar.
pub use calendar::{
    CalendarStatus, SOURCES as CALENDAR_SOURCES, add_working_days, is_working_day,
    status as calendar_status, subtract_working_days, weekday_days_off, working_days_between,
};
// Sources.
pub use sources::{Confidence, Read, Source, SourceId};

/// The version of the rule set; saved and shared answers record it.
pub const RULES_VERSION: &str = "2026.12.1";

/// The day the rule set was last reviewed against its sources.
pub const RULES_REVIEWED: NaiveDate = ymd(2026, 12, 7);

pub(crate) use date::ymd;
