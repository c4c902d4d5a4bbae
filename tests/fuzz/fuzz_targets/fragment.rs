//! Any bytes as a URL fragment or stored state: reading never panics, keeps only valid
//! answers, and what it keeps writes and reads back whole and evaluates.
#![no_main]

use kz_eligibility::journey::Location;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let (location, _) = Location::parse(&text, today);
    let (again, rejected) = Location::parse(&location.to_fragment(), today);
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(again.answers, location.answers);
    let _ = kz_eligibility::rules::evaluate(&location.answers, location.day(today));
});
