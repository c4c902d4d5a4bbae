mod answers;
mod calendar;
mod cli;
mod country_search;
mod embed;
mod export;
mod fragment_properties;
mod journey;
mod properties;
mod purity;
mod reference;
mod rules_reference;
mod scenarios;
mod stay;
mod timeline;
mod translations;
mod walk;

use chrono::NaiveDate;

/// A fixed "today" so that no test depends on the day it runs.
pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}
