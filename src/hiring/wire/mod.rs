//! The plan as it is written down: the company as `key=value` pairs (as in a share link) or a
//! JSON object, the hires as CSV rows or JSON objects, all with the ids of `docs/answers.md`.
//! Everything read here is untrusted, so reading is total and bounded: the input's size is
//! checked before it is read, a bad value or row is named and left out, the rest is kept, the
//! list of what was left out is a screenful ([`Problems`]), nothing panics.
//!
//! - `table.rs`: the hires as CSV (a file, or the plan's own text).
//! - `json.rs`: a whole plan as JSON.

mod json;
mod table;

use chrono::NaiveDate;

use super::company::{COMPANY_QUESTIONS, Company};
use super::hire::{HIRE_QUESTIONS, Hire};
use crate::bounded::{Bounded, cut};
use crate::rules::{Answer, QuestionId};

pub use json::{JsonPlan, plan_from_json};
pub(super) use table::hires_from_plan_text;
pub use table::{Written, columns, hires_from_csv, hires_to_csv, text_of_file};

/// A plan larger than this, in bytes, is refused before it is read, however it comes: a file,
/// standard input, a link's inflated text, the copy this device stored, the JS API's argument.
pub const MAX_BYTES: usize = 1_000_000;
/// A plan of more hires than this is cut, and says so.
pub const MAX_HIRES: usize = 1_000;
/// The longest label kept, in characters.
pub const MAX_LABEL: usize = 100;

/// The keys of the company's staff per category group (1-2, then 3-4).
const STAFF_KEYS: [(&str, usize); 6] = [
    ("kazakh_staff_1_2", 0),
    ("kazakh_staff_3_4", 1),
    ("foreign_staff_1_2", 2),
    ("foreign_staff_3_4", 3),
    ("transferred_staff_1_2", 4),
    ("transferred_staff_3_4", 5),
];

/// The hire's own columns besides its answers.
pub const LABEL: &str = "label";
pub const START: &str = "start";

/// Something read that was left out, and where: `None` for the company or the file itself.
/// Its key and value are cut short ([`cut`]): a message never echoes a whole input back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Option<Place>,
    pub key: String,
    pub value: String,
    pub reason: Reason,
}

impl Problem {
    pub fn new(place: Option<Place>, key: &str, value: &str, reason: Reason) -> Self {
        Problem {
            place,
            key: cut(key),
            value: cut(value),
            reason,
        }
    }

    /// A problem of the whole file or link, not of one of its values.
    pub fn whole(reason: Reason) -> Self {
        Problem::new(None, "", "", reason)
    }

    /// Whether this is about the whole input rather than one of its values.
    pub fn is_whole(&self) -> bool {
        self.place.is_none() && self.key.is_empty()
    }
}

/// What was left out while reading: the first few different problems, and how many more.
pub type Problems = Bounded<Problem>;

/// Where a hire that was read is, as its reader would look for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// A row of a CSV file, numbered as a spreadsheet shows it: the header is row 1, the
    /// first hire below it row 2, a blank line is a row, and a quoted cell spanning lines
    /// stays in its one row.
    Row(usize),
    /// A hire of a JSON plan, a link or the plan this device stored (which are no sheet),
    /// counted from 1.
    Hire(usize),
}

impl Place {
    /// The number, whichever way it counts.
    pub fn number(self) -> usize {
        match self {
            Place::Row(number) | Place::Hire(number) => number,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// No column or field of the plan has that name.
    UnknownKey,
    /// Not a valid value for it.
    InvalidValue,
    /// Given earlier in the same input; the first stands.
    Duplicate,
    /// The row has no start month.
    IncompleteRow,
    /// The record or file is not CSV this can read.
    Unreadable,
    /// The file is larger than a plan can be ([`MAX_BYTES`]).
    TooLarge,
    /// More hires than a plan holds: the rest were left out.
    TooManyHires,
    /// The file is empty.
    Empty,
    /// The file is not text in UTF-8 (nor UTF-16 with its byte-order mark).
    NotUtf8,
    /// The header row (the problem's value) has no column named by the problem's key.
    MissingColumn,
    /// A quotation mark opened in this row is never closed: this row and the rest of the
    /// file could not be told apart, and were not read.
    UnclosedQuote,
    /// Below its header the file holds no hire.
    NoHires,
    /// More of it could not be read than could: nothing was taken.
    MostlyUnreadable,
}

/// A plan read from a link or the copy this device stored: its company, its hires, what was
/// left out, and how much was kept and dropped (to weigh one against the other).
#[derive(Debug, Default)]
pub struct PlanRead {
    pub company: Company,
    pub hires: Vec<Hire>,
    pub problems: Problems,
    /// The company's values and the hires read.
    pub kept: usize,
    /// The company's values and the hires left out.
    pub dropped: usize,
}

impl PlanRead {
    /// Whether more of it was left out than kept: a plan no one wrote.
    pub fn is_mostly_unreadable(&self) -> bool {
        self.dropped > self.kept
    }
}

/// What is said of an input refused whole because of `reason`, and nothing else.
pub fn refusal(reason: Reason) -> Problems {
    Problems::one(Problem::whole(reason))
}

/// `problems` for an input refused whole because of `reason`, that reason first.
pub fn refused(reason: Reason, problems: Problems) -> Problems {
    let mut said = refusal(reason);
    said.extend(problems);
    said
}

/// Reads the company from `key=value` pairs; gives how many values it kept.
pub fn company<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Company, Problems, usize) {
    let mut company = Company::default();
    let mut problems = Problems::new();
    let mut staff = [None::<u32>; 6];
    let mut kept = 0;
    for (key, value) in pairs {
        let problem = |reason| Problem::new(None, key, value, reason);
        if let Some((_, index)) = STAFF_KEYS.iter().find(|(name, _)| *name == key) {
            match (staff[*index], count(value)) {
                (Some(_), _) => problems.push(problem(Reason::Duplicate)),
                (None, Some(number)) => {
                    staff[*index] = Some(number);
                    kept += 1;
                }
                (None, None) => problems.push(problem(Reason::InvalidValue)),
            }
            continue;
        }
        match QuestionId::parse(key).filter(|id| COMPANY_QUESTIONS.contains(id)) {
            None => problems.push(problem(Reason::UnknownKey)),
            Some(id) if company.answers.is_answered(id) => {
                problems.push(problem(Reason::Duplicate))
            }
            Some(id) => match Answer::decode(id, value.trim()) {
                Some(answer) => {
                    company.answers = std::mem::take(&mut company.answers).with(id, answer);
                    kept += 1;
                }
                None => problems.push(problem(Reason::InvalidValue)),
            },
        }
    }
    let staff = staff.map(Option::unwrap_or_default);
    company.kazakh = [staff[0], staff[1]];
    company.foreign = [staff[2], staff[3]];
    company.transferred = [staff[4], staff[5]];
    (company, problems, kept)
}

/// The company as `key=value&…` pairs, as [`company`] reads them: its answers, then its staff
/// per group where not zero.
pub fn company_pairs(company: &Company) -> String {
    let staff = [
        company.kazakh[0],
        company.kazakh[1],
        company.foreign[0],
        company.foreign[1],
        company.transferred[0],
        company.transferred[1],
    ];
    company
        .answers
        .iter()
        .map(|(id, answer)| format!("{id}={}", answer.encode()))
        .chain(
            STAFF_KEYS
                .iter()
                .filter(|(_, index)| staff[*index] > 0)
                .map(|(key, index)| format!("{key}={}", staff[*index])),
        )
        .collect::<Vec<_>>()
        .join("&")
}

/// A staff count: digits only, within the questions' bounds.
fn count(value: &str) -> Option<u32> {
    let value = value.trim();
    (!value.is_empty() && value.len() <= 7 && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.parse().ok())
        .flatten()
        .filter(|n| *n <= 1_000_000)
}

/// Reads one hire from its fields; `place` is where it is, for the messages. A label is kept
/// as written (cut to [`MAX_LABEL`] characters); every other value is read without the spaces
/// around it.
pub fn hire<'a>(
    place: Place,
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Hire, Problems> {
    let mut label = None::<String>;
    let mut start = None;
    let mut answers = crate::rules::Answers::new();
    let mut problems = Problems::new();
    for (key, value) in fields {
        let problem = |reason| Problem::new(Some(place), key, value.trim(), reason);
        match key.trim() {
            LABEL if label.is_some() => problems.push(problem(Reason::Duplicate)),
            LABEL => label = Some(value.chars().take(MAX_LABEL).collect()),
            START if start.is_some() => problems.push(problem(Reason::Duplicate)),
            START => match month(value.trim()) {
                Some(first) => start = Some(first),
                None => problems.push(problem(Reason::InvalidValue)),
            },
            // An empty cell is no answer: the plan or the engine says what follows.
            _ if value.trim().is_empty() => {}
            key => match QuestionId::parse(key).filter(|id| HIRE_QUESTIONS.contains(id)) {
                None => problems.push(problem(Reason::UnknownKey)),
                Some(id) if answers.is_answered(id) => problems.push(problem(Reason::Duplicate)),
                Some(id) => match Answer::read_typed(id, value.trim()) {
                    Some(answer) => answers = answers.with(id, answer),
                    None => problems.push(problem(Reason::InvalidValue)),
                },
            },
        }
    }
    match start {
        // A hire with a start and nothing else yet is kept: it is a row being filled in, and
        // the plan says which answer it lacks.
        Some(start) if problems.is_empty() => Ok(Hire {
            label: label.unwrap_or_default(),
            start,
            answers,
        }),
        _ => {
            if problems.is_empty() {
                problems.push(Problem::new(Some(place), START, "", Reason::IncompleteRow));
            }
            Err(problems)
        }
    }
}

/// A month as `YYYY-MM`, as its first day.
pub fn month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.split_once('-')?;
    let digits = |part: &str, len| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
}
