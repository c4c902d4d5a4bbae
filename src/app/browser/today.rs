//! The app's one clock reading: the rules take "today" as an input.

use chrono::NaiveDate;

/// Today's date on the visitor's device.
pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    // A device clock that JavaScript cannot read as a date still gets an answer: the rules
    // of this version are the same on any day.
    .unwrap_or(NaiveDate::MIN)
}
