//! A small iCalendar (RFC 5545) writer for the deadlines: all-day events, CRLF line ends,
//! lines folded at 75 octets, text escaped. Written here because the crates that fit add more
//! to the WebAssembly bundle than this file; a test parses the output with an independent
//! parser.

use chrono::NaiveDate;

use crate::i18n::{Lang, keys};
use crate::rules::Deadline;

/// One deadline as a calendar event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable for the same deadline, so a re-import updates instead of duplicating.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The calendar events of the dated deadlines, worded in `lang`.
pub fn deadline_events(lang: Lang, entries: &[Deadline]) -> Vec<Event> {
    entries
        .iter()
        .filter_map(|entry| {
            let due = entry.due?;
            let date = due.date()?;
            let id = entry.obligation.id;
            let rule = entry
                .obligation
                .deadline
                .map(|rule| lang.deadline(rule))
                .unwrap_or_default();
            Some(Event {
                uid: format!("{id}-{}@kz-eligibility", crate::iso_date::compact(date)),
                date,
                summary: lang.text(&keys::obligation(id)).to_owned(),
                description: format!(
                    "{}\n{}\n{}",
                    lang.due(due),
                    rule,
                    lang.format(
                        "timeline.event_source",
                        &[("source", &lang.citation(entry.obligation.source))]
                    )
                ),
            })
        })
        .collect()
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a UTF-8 character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn date(day: NaiveDate) -> String {
    crate::iso_date::compact(day)
}

/// The calendar with every event; `stamp` is the moment of export (DTSTAMP), given by the
/// caller since nothing here reads a clock.
pub fn calendar(events: &[Event], name: &str, stamp: NaiveDate) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&text, &mut out);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//kz-eligibility//Kazakhstan work-eligibility calculator//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", escape(&event.uid)));
        line(format!("DTSTAMP:{}T000000Z", date(stamp)));
        line(format!("DTSTART;VALUE=DATE:{}", date(event.date)));
        line(format!(
            "DTEND;VALUE=DATE:{}",
            date(event.date.succ_opt().unwrap_or(event.date))
        ));
        line(format!("SUMMARY:{}", escape(&event.summary)));
        line(format!("DESCRIPTION:{}", escape(&event.description)));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}
