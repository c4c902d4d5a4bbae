//! The plan as it is written down: the company as `key=value` pairs (as in a share link) or a
//! JSON object, the hires as CSV rows or JSON objects, all with the ids of `docs/answers.md`.
//! Everything read here is untrusted, so reading is total: a bad value or row is named and
//! left out, the rest is kept, nothing panics.

use chrono::NaiveDate;

use super::company::{COMPANY_QUESTIONS, Company};
use super::hire::{HIRE_QUESTIONS, Hire};
use crate::rules::{Answer, QuestionId};

/// A file larger than this is refused before it is read.
pub const MAX_BYTES: usize = 1_000_000;
/// A plan of more hires than this is cut, and says so.
pub const MAX_HIRES: usize = 1_000;

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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: Option<Place>,
    pub key: String,
    pub value: String,
    pub reason: Reason,
}

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
    /// The row has no start month.
    IncompleteRow,
    /// The file is not CSV this can read.
    Unreadable,
    /// The file is larger than a plan can be ([`MAX_BYTES`]).
    TooLarge,
    /// More hires than a plan holds: the rest were left out.
    TooManyHires,
}

/// Reads the company from `key=value` pairs.
pub fn company<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Company, Vec<Problem>) {
    let mut company = Company::default();
    let mut problems = Vec::new();
    let mut staff = [0u32; 6];
    for (key, value) in pairs {
        let problem = |reason| Problem {
            place: None,
            key: key.to_owned(),
            value: value.to_owned(),
            reason,
        };
        if let Some((_, index)) = STAFF_KEYS.iter().find(|(name, _)| *name == key) {
            match count(value) {
                Some(number) => staff[*index] = number,
                None => problems.push(problem(Reason::InvalidValue)),
            }
            continue;
        }
        match QuestionId::parse(key).filter(|id| COMPANY_QUESTIONS.contains(id)) {
            None => problems.push(problem(Reason::UnknownKey)),
            Some(id) => match Answer::decode(id, value.trim()) {
                Some(answer) => {
                    company.answers = std::mem::take(&mut company.answers).with(id, answer)
                }
                None => problems.push(problem(Reason::InvalidValue)),
            },
        }
    }
    company.kazakh = [staff[0], staff[1]];
    company.foreign = [staff[2], staff[3]];
    company.transferred = [staff[4], staff[5]];
    (company, problems)
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

/// Reads one hire from its fields; `place` is where it is, for the messages.
pub fn hire<'a>(
    place: Place,
    fields: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Hire, Vec<Problem>> {
    let mut label = String::new();
    let mut start = None;
    let mut answers = crate::rules::Answers::new();
    let mut problems = Vec::new();
    for (key, value) in fields {
        let value = value.trim();
        let problem = |reason| Problem {
            place: Some(place),
            key: key.to_owned(),
            value: value.to_owned(),
            reason,
        };
        match key.trim() {
            LABEL => label = value.chars().take(100).collect(),
            START => match month(value) {
                Some(first) => start = Some(first),
                None => problems.push(problem(Reason::InvalidValue)),
            },
            // An empty cell is no answer: the plan or the engine says what follows.
            _ if value.is_empty() => {}
            key => match QuestionId::parse(key).filter(|id| HIRE_QUESTIONS.contains(id)) {
                None => problems.push(problem(Reason::UnknownKey)),
                Some(id) => match Answer::read_typed(id, value) {
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
            label,
            start,
            answers,
        }),
        _ => {
            if problems.is_empty() {
                problems.push(Problem {
                    place: Some(place),
                    key: START.to_owned(),
                    value: String::new(),
                    reason: Reason::IncompleteRow,
                });
            }
            Err(problems)
        }
    }
}

/// A month as `YYYY-MM`, as its first day.
pub fn month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
}

/// A file refused for its size, before it is read.
pub fn too_large() -> Problem {
    Problem {
        place: None,
        key: String::new(),
        value: String::new(),
        reason: Reason::TooLarge,
    }
}

/// Reads the hires from a CSV file: a header row of column names, then one hire a row. A
/// byte-order mark is allowed; a file over [`MAX_BYTES`] is refused whole. A problem names
/// its row as a spreadsheet shows the file ([`Place::Row`]).
pub fn hires_from_csv(text: &str) -> (Vec<Hire>, Vec<Problem>) {
    read_hires(text, Numbering::Sheet)
}

/// Reads the hires of the plan's own text (a link's, or the copy this device stored), written
/// as CSV by [`hires_to_csv`] but no file anyone opened: a problem names its hire
/// ([`Place::Hire`]).
pub(super) fn hires_from_plan_text(text: &str) -> (Vec<Hire>, Vec<Problem>) {
    read_hires(text, Numbering::Hires)
}

/// How the hires of a CSV table are named in its problems.
#[derive(Clone, Copy)]
enum Numbering {
    /// By their rows as a spreadsheet shows the file.
    Sheet,
    /// As hires, from 1.
    Hires,
}

fn read_hires(text: &str, numbering: Numbering) -> (Vec<Hire>, Vec<Problem>) {
    let file_problem = |reason| Problem {
        place: None,
        key: String::new(),
        value: String::new(),
        reason,
    };
    if text.len() > MAX_BYTES {
        return (Vec::new(), vec![too_large()]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = SheetRows::new(text);
    let header: Vec<String> = match reader.headers() {
        Ok(header) => header.iter().map(|name| name.trim().to_owned()).collect(),
        Err(_) => return (Vec::new(), vec![file_problem(Reason::Unreadable)]),
    };
    // The header's row, and the blank lines before it.
    rows.next(0);
    // Without a start column it is not a plan; an unknown column is named once and left out.
    if !header.iter().any(|name| name == START) {
        return (
            Vec::new(),
            vec![Problem {
                key: START.to_owned(),
                ..file_problem(Reason::Unreadable)
            }],
        );
    }
    let known = columns();
    let mut problems: Vec<Problem> = header
        .iter()
        .filter(|name| !known.contains(&name.as_str()))
        .map(|name| Problem {
            key: name.clone(),
            ..file_problem(Reason::UnknownKey)
        })
        .collect();
    let mut hires = Vec::new();
    let mut record = csv::StringRecord::new();
    for index in 0.. {
        // Where the reader stands: after the last record, before any blank lines it skips.
        let from = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        let read = reader.read_record(&mut record);
        if matches!(read, Ok(false)) {
            break;
        }
        let row = rows.next(from);
        let place = match numbering {
            Numbering::Sheet => Place::Row(row),
            Numbering::Hires => Place::Hire(index + 1),
        };
        if hires.len() == MAX_HIRES {
            problems.push(Problem {
                place: Some(place),
                ..file_problem(Reason::TooManyHires)
            });
            break;
        }
        if read.is_err() {
            problems.push(Problem {
                place: Some(place),
                ..file_problem(Reason::Unreadable)
            });
            continue;
        }
        // A blank line is no hire.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let fields = header
            .iter()
            .map(String::as_str)
            .zip(record.iter())
            .filter(|(name, _)| known.contains(name));
        match hire(place, fields) {
            Ok(hire) => hires.push(hire),
            Err(found) => problems.extend(found),
        }
    }
    (hires, problems)
}

/// Counts the rows a spreadsheet shows while the CSV reader goes through the text: each
/// record is one row, however many lines its quoted cells span, and each empty line, which
/// the reader skips, is a row too.
struct SheetRows<'a> {
    text: &'a [u8],
    /// The last row counted.
    row: usize,
}

impl<'a> SheetRows<'a> {
    fn new(text: &'a str) -> Self {
        SheetRows {
            text: text.as_bytes(),
            row: 0,
        }
    }

    /// The row of the next record, which the reader reads from `byte` on: one after the last,
    /// plus the empty lines it skips first.
    fn next(&mut self, byte: usize) -> usize {
        let text = self.text;
        let mut at = byte.min(text.len());
        // A record ended by CR LF may have been read up to its CR: its LF is no empty line.
        if at > 0 && text[at - 1] == b'\r' && text.get(at) == Some(&b'\n') {
            at += 1;
        }
        let mut empty = 0;
        while let Some(&end) = text.get(at).filter(|b| matches!(b, b'\r' | b'\n')) {
            at += if end == b'\r' && text.get(at + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            empty += 1;
        }
        self.row += empty + 1;
        self.row
    }
}

/// The columns of a written plan, in order.
pub fn columns() -> Vec<&'static str> {
    [LABEL, START]
        .into_iter()
        .chain(HIRE_QUESTIONS.iter().map(|id| id.as_str()))
        .collect()
}

/// Writes the hires as CSV with a header row. A cell that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading
/// apostrophe, so opening the file never runs it.
pub fn hires_to_csv(hires: &[Hire]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let columns = columns();
    let _ = writer.write_record(&columns);
    for hire in hires {
        let row = columns.iter().map(|column| {
            let cell = match *column {
                LABEL => hire.label.clone(),
                START => hire.start.format("%Y-%m").to_string(),
                id => QuestionId::parse(id)
                    .and_then(|id| hire.answers.get(id))
                    .map(Answer::encode)
                    .unwrap_or_default(),
            };
            defused(cell)
        });
        let _ = writer.write_record(row);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

fn defused(cell: String) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell,
    }
}

/// A plan as JSON: `{"company": {...}, "hires": [{...}], "as_of": "YYYY-MM-DD"}`, the company's
/// and each hire's values as strings or numbers. `Err` only when the text is not such an
/// object at all.
pub struct JsonPlan {
    pub company: Company,
    pub hires: Vec<Hire>,
    pub as_of: Option<NaiveDate>,
    pub problems: Vec<Problem>,
}

pub fn plan_from_json(text: &str) -> Result<JsonPlan, String> {
    use serde_json::Value;
    if text.len() > MAX_BYTES {
        return Err(format!("the plan is larger than {MAX_BYTES} bytes"));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(plan) = value else {
        return Err("a plan is a JSON object with \"company\" and \"hires\"".to_owned());
    };
    let text_of = |value: &Value| match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let pairs_of = |value: Option<&Value>| -> Vec<(String, String)> {
        match value {
            Some(Value::Object(fields)) => fields
                .iter()
                .filter(|(_, value)| !value.is_null())
                .map(|(key, value)| (key.clone(), text_of(value)))
                .collect(),
            _ => Vec::new(),
        }
    };
    let company_pairs = pairs_of(plan.get("company"));
    let (company, mut problems) =
        company(company_pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut hires = Vec::new();
    let rows = match plan.get("hires") {
        Some(Value::Array(rows)) => rows.as_slice(),
        _ => &[],
    };
    for (index, row) in rows.iter().enumerate() {
        if hires.len() == MAX_HIRES {
            problems.push(Problem {
                place: Some(Place::Hire(index + 1)),
                key: String::new(),
                value: String::new(),
                reason: Reason::TooManyHires,
            });
            break;
        }
        let pairs = pairs_of(Some(row));
        match hire(
            Place::Hire(index + 1),
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        ) {
            Ok(hire) => hires.push(hire),
            Err(found) => problems.extend(found),
        }
    }
    let as_of = match plan.get("as_of") {
        Some(Value::String(date)) => match crate::iso_date::parse(date) {
            Some(date) => Some(date),
            None => {
                problems.push(Problem {
                    place: None,
                    key: "as_of".to_owned(),
                    value: date.clone(),
                    reason: Reason::InvalidValue,
                });
                None
            }
        },
        _ => None,
    };
    Ok(JsonPlan {
        company,
        hires,
        as_of,
        problems,
    })
}
