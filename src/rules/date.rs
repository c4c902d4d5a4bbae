//! Dates written in rule data. A leaf: every rules module may use it.

use chrono::NaiveDate;

/// A date in rule data, checked when the crate compiles.
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in rule data"),
    }
}
