//! Dates as the app writes them in links and date fields: strictly `YYYY-MM-DD`. A small total
//! reader and writer here, rather than chrono's general format machinery, which would add tens
//! of kilobytes to the WebAssembly bundle for two fixed formats.

use chrono::{Datelike, NaiveDate};

/// Reads `YYYY-MM-DD` (four-digit year); `None` for anything else or an impossible date.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = &text[range];
        digits
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| digits.parse().ok())?
    };
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// The date as `YYYYMMDD`, the iCalendar DATE form.
pub fn compact(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}
