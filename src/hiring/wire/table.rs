//! The hires as a CSV table: a header row of column names, then one hire a row. Two kinds of
//! text are read: a file someone chose (any spreadsheet's export: commas, semicolons as a
//! Russian-locale Excel writes, or tabs; UTF-8 or UTF-16 with its mark; its problems named by
//! row as the spreadsheet shows them), and the plan's own text, which this app wrote (a link's,
//! or the copy this device stored; its problems named by hire).

use std::borrow::Cow;

use super::super::hire::{HIRE_QUESTIONS, Hire};
use super::{
    LABEL, MAX_BYTES, MAX_HIRES, Place, Problem, Problems, Reason, START, hire, refusal, refused,
};
use crate::rules::{Answer, QuestionId};

/// How a table is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written {
    /// For a spreadsheet: a cell it would run as a formula is defused.
    ForSpreadsheet,
    /// As the plan's own text: every cell exactly as it is.
    Faithfully,
}

/// The text of a chosen file, refused before it is read if it is too large, and refused if it
/// is not text: UTF-8 (with or without its byte-order mark) or UTF-16 with its mark, as Excel's
/// "Unicode text" writes it.
pub fn text_of_file(bytes: &[u8]) -> Result<Cow<'_, str>, Problems> {
    if bytes.len() > MAX_BYTES {
        return Err(refusal(Reason::TooLarge));
    }
    let utf16 = |pairs: &[u8], read: fn([u8; 2]) -> u16| {
        if !pairs.len().is_multiple_of(2) {
            return None;
        }
        let units: Vec<u16> = pairs
            .chunks_exact(2)
            .map(|pair| read([pair[0], pair[1]]))
            .collect();
        String::from_utf16(&units).ok()
    };
    let text = match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes).map(Cow::Owned),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes).map(Cow::Owned),
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).ok().map(Cow::Borrowed),
        _ => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
    };
    match text {
        None => Err(refusal(Reason::NotUtf8)),
        Some(text) if text.trim().is_empty() => Err(refusal(Reason::Empty)),
        Some(text) => Ok(text),
    }
}

/// Reads the hires of a chosen file ([`text_of_file`] gives its text). A problem names its row
/// as a spreadsheet shows the file ([`Place::Row`]). `Err` when nothing should be taken from
/// it, with why: it is empty, its header has no `start` column under any usual separator, its
/// header's quote never closes, or no row below is a hire. Otherwise its good rows are taken,
/// however many bad ones are left out (a person chose the file, and sees the list). A cell
/// the CSV export defused (`'=…`) is read as it was before.
pub fn hires_from_csv(text: &str) -> Result<(Vec<Hire>, Problems), Problems> {
    if text.len() > MAX_BYTES {
        return Err(refusal(Reason::TooLarge));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(refusal(Reason::Empty));
    }
    let Some(delimiter) = delimiter(text) else {
        // A header whose quote never closes names no column: say that, not what it lacks.
        if unclosed_quote(text.as_bytes(), b',') == Some(0) {
            let row = Problem::new(Some(Place::Row(1)), "", "", Reason::UnclosedQuote);
            return Err(Problems::one(row));
        }
        let missing = Problem::new(None, START, header_line(text), Reason::MissingColumn);
        return Err(Problems::one(missing));
    };
    let read = read_table(
        text,
        Options {
            delimiter,
            numbering: Numbering::Sheet,
            labels: true,
            undefuse: true,
        },
    )?;
    if read.hires.is_empty() {
        return Err(refused(Reason::NoHires, read.problems));
    }
    Ok((read.hires, read.problems))
}

/// Reads the hires of the plan's own text, written by [`hires_to_csv`] but no file anyone
/// opened: a problem names its hire ([`Place::Hire`]). A link's text carries no labels, so a
/// `label` column in it is left out (`labels` false). Gives the hires, what was left out and
/// how many hires were dropped.
pub(crate) fn hires_from_plan_text(text: &str, labels: bool) -> (Vec<Hire>, Problems, usize) {
    let options = Options {
        delimiter: b',',
        numbering: Numbering::Hires,
        labels,
        undefuse: false,
    };
    match read_table(text, options) {
        Ok(read) => (read.hires, read.problems, read.dropped),
        Err(problems) => (Vec::new(), problems, 1),
    }
}

/// A file's header row as written: its first line that is not blank.
fn header_line(text: &str) -> &str {
    text.lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default()
}

/// The separator of a file: the first of comma, semicolon and tab under which the header row
/// names a `start` column.
fn delimiter(text: &str) -> Option<u8> {
    let header = header_line(text);
    [b',', b';', b'\t'].into_iter().find(|delimiter| {
        csv::ReaderBuilder::new()
            .delimiter(*delimiter)
            .has_headers(false)
            .from_reader(header.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .is_some_and(|record| record.iter().any(|name| name.trim() == START))
    })
}

/// How the hires of a CSV table are named in its problems.
#[derive(Clone, Copy)]
enum Numbering {
    /// By their rows as a spreadsheet shows the file.
    Sheet,
    /// As hires, from 1.
    Hires,
}

#[derive(Clone, Copy)]
struct Options {
    delimiter: u8,
    numbering: Numbering,
    /// Whether a `label` column is read (a link's is not).
    labels: bool,
    /// Whether a cell defused for a spreadsheet is read back as it was.
    undefuse: bool,
}

struct TableRead {
    hires: Vec<Hire>,
    problems: Problems,
    /// The rows that held something but were left out.
    dropped: usize,
}

/// Reads a table whose size its caller has checked ([`hires_from_csv`], `link::read_text`).
fn read_table(text: &str, options: Options) -> Result<TableRead, Problems> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A quote never closed would swallow every later row into one cell: read up to the row it
    // opens in, and say so there.
    let unclosed = unclosed_quote(text.as_bytes(), options.delimiter);
    let readable = &text[..unclosed.unwrap_or(text.len())];
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .delimiter(options.delimiter)
        .from_reader(readable.as_bytes());
    let mut rows = SheetRows::new(text);
    let place = |row: usize, index: usize| match options.numbering {
        Numbering::Sheet => Place::Row(row),
        Numbering::Hires => Place::Hire(index + 1),
    };
    let header: Vec<String> = match reader.headers() {
        Ok(header) if unclosed != Some(0) => {
            header.iter().map(|name| name.trim().to_owned()).collect()
        }
        _ => {
            let reason = if unclosed == Some(0) {
                Reason::UnclosedQuote
            } else {
                Reason::Unreadable
            };
            return Err(Problems::one(Problem::new(
                Some(place(1, 0)),
                "",
                "",
                reason,
            )));
        }
    };
    // The header's row, and the blank lines before it.
    rows.next(0);
    // Without a start column it is not a plan; an unknown column is named once and left out.
    if !header.iter().any(|name| name == START) {
        let missing = Problem::new(None, START, &header.join(","), Reason::MissingColumn);
        return Err(Problems::one(missing));
    }
    let known = columns();
    let mut problems: Problems = header
        .iter()
        .filter(|name| !known.contains(&name.as_str()))
        .map(|name| Problem::new(None, name, "", Reason::UnknownKey))
        .collect();
    let mut hires = Vec::new();
    let mut dropped = 0;
    let mut record = csv::StringRecord::new();
    let mut index = 0;
    loop {
        // Where the reader stands: after the last record, before any blank lines it skips.
        let from = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        let read = reader.read_record(&mut record);
        let row = rows.next(from);
        if matches!(read, Ok(false)) {
            if unclosed.is_some() {
                problems.push(Problem::new(
                    Some(place(row, index)),
                    "",
                    "",
                    Reason::UnclosedQuote,
                ));
                dropped += 1;
            }
            break;
        }
        let here = place(row, index);
        if hires.len() == MAX_HIRES {
            problems.push(Problem::new(Some(here), "", "", Reason::TooManyHires));
            break;
        }
        if read.is_err() {
            problems.push(Problem::new(Some(here), "", "", Reason::Unreadable));
            dropped += 1;
            index += 1;
            continue;
        }
        // A blank line is no hire.
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let cells: Vec<Cow<str>> = record
            .iter()
            .map(|cell| match options.undefuse {
                true => undefused(cell),
                false => Cow::Borrowed(cell),
            })
            .collect();
        let fields = header
            .iter()
            .map(String::as_str)
            .zip(cells.iter().map(|cell| cell.as_ref()))
            .filter(|(name, _)| known.contains(name))
            // A link's text has its label column, always empty: a label in it was put there
            // by hand, and is left out (the hire is kept).
            .filter(|(name, cell)| {
                let refused = !options.labels && *name == LABEL;
                if refused && !cell.is_empty() {
                    problems.push(Problem::new(Some(here), name, cell, Reason::UnknownKey));
                }
                !refused
            });
        match hire(here, fields) {
            Ok(hire) => hires.push(hire),
            Err(found) => {
                problems.extend(found);
                dropped += 1;
            }
        }
        index += 1;
    }
    Ok(TableRead {
        hires,
        problems,
        dropped,
    })
}

/// Where the record whose quote never closes begins, if one does: a quote opens a quoted cell
/// only at a cell's start, and inside one a doubled quote is a quote (RFC 4180, as the reader
/// reads it).
fn unclosed_quote(text: &[u8], delimiter: u8) -> Option<usize> {
    let mut record_start = 0;
    let mut opened_in = None;
    let mut at_cell_start = true;
    let mut quoted = false;
    let mut at = 0;
    while at < text.len() {
        let byte = text[at];
        if quoted {
            if byte == b'"' {
                if text.get(at + 1) == Some(&b'"') {
                    at += 1;
                } else {
                    quoted = false;
                }
            }
        } else if byte == b'"' && at_cell_start {
            quoted = true;
            opened_in = Some(record_start);
            at_cell_start = false;
        } else {
            at_cell_start = byte == delimiter || byte == b'\n' || byte == b'\r';
            if byte == b'\n' || byte == b'\r' {
                record_start = at + 1;
            }
        }
        at += 1;
    }
    quoted.then_some(opened_in).flatten()
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

/// Writes the hires as CSV with a header row, for a spreadsheet or faithfully ([`Written`]).
pub fn hires_to_csv(hires: &[Hire], written: Written) -> String {
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
            match written {
                Written::ForSpreadsheet => defused(cell),
                Written::Faithfully => cell,
            }
        });
        let _ = writer.write_record(row);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading apostrophe, so opening the file never runs it; so does
/// a cell that is such a cell behind apostrophes, so that reading the file back
/// ([`undefused`]) takes off exactly the one added and gives every cell as it was.
fn defused(cell: String) -> String {
    if needs_defusing(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

fn needs_defusing(cell: &str) -> bool {
    matches!(
        cell.trim_start_matches('\'').chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    )
}

/// A cell as it was before [`defused`].
fn undefused(cell: &str) -> Cow<'_, str> {
    match cell.strip_prefix('\'') {
        Some(before) if needs_defusing(before) => Cow::Borrowed(before),
        _ => Cow::Borrowed(cell),
    }
}
