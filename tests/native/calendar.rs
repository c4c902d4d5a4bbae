//! The working-day calendar against the published calendars and worked examples.

use chrono::{Datelike, NaiveDate, Weekday};
use kz_eligibility::rules::{
    CalendarStatus, add_working_days, calendar_status as status, is_working_day,
    subtract_working_days, weekday_days_off, working_days_between,
};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn days(year: i32, list: &str) -> Vec<NaiveDate> {
    list.split_whitespace()
        .map(|md| d(&format!("{year}-{md}")))
        .collect()
}

/// The weekday days off of `rules-research.md` §6, year by year.
#[test]
fn the_computed_days_off_match_the_published_calendars() {
    let published = [
        (
            2024,
            "01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16",
        ),
        (
            2025,
            "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16",
        ),
        (
            2026,
            "01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16",
        ),
        (
            2027,
            "01-01 01-04 01-07 03-08 03-15 03-22 03-23 03-24 05-03 05-07 05-10 07-06 10-25 12-16",
        ),
        // Computed in the research without Kurban Ait, which falls on Friday 5 May (estimate).
        (
            2028,
            "01-03 01-04 01-07 03-08 03-15 03-21 03-22 03-23 05-01 05-05 05-08 05-09 07-06 10-25 12-18",
        ),
    ];
    for (year, list) in published {
        assert_eq!(weekday_days_off(year), days(year, list), "{year}");
    }
}

#[test]
fn the_published_working_day_balances_hold() {
    let working = |year: i32| {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .unwrap()
            .iter_days()
            .take_while(|day| day.year() == year)
            .filter(|day| is_working_day(*day))
            .count()
    };
    assert_eq!(working(2025), 246);
    assert_eq!(working(2026), 247);
    // 2024: 248 published with Kurban Ait on Monday 17 June; on the actual Sunday, 249.
    assert_eq!(working(2024), 249);
}

#[test]
fn five_working_days_after_a_start_on_the_friday_before_nauryz() {
    // Start on Friday 20 March 2026: 23-25 March are days off.
    assert_eq!(add_working_days(d("2026-03-20"), 5), d("2026-04-01"));
}

#[test]
fn a_holiday_on_saturday_moves_the_day_off_to_monday() {
    // 8 March 2025 was a Saturday: Monday 10 March was the day off.
    assert!(!is_working_day(d("2025-03-10")));
    assert_eq!(add_working_days(d("2025-03-07"), 1), d("2025-03-11"));
}

#[test]
fn seventh_january_on_a_sunday_is_not_moved() {
    assert_eq!(d("2024-01-07").weekday(), Weekday::Sun);
    assert!(is_working_day(d("2024-01-08")));
}

#[test]
fn a_transferred_weekend_day_is_a_working_day() {
    assert!(is_working_day(d("2024-05-04")));
    assert!(!is_working_day(d("2024-05-08")));
    assert!(is_working_day(d("2025-01-05")));
    assert!(!is_working_day(d("2025-01-03")));
}

#[test]
fn constitution_day_moves_from_august_to_march() {
    assert!(
        !is_working_day(d("2025-09-01")),
        "30 Aug 2025 (Sat) moved to Monday"
    );
    assert!(
        is_working_day(d("2026-08-31")),
        "no longer a holiday in 2026"
    );
    assert!(!is_working_day(d("2027-03-15")));
}

#[test]
fn years_say_how_far_they_can_be_trusted() {
    assert_eq!(status(2025), CalendarStatus::Published);
    assert_eq!(status(2027), CalendarStatus::Computed);
    assert_eq!(status(2031), CalendarStatus::Estimate);
}

#[test]
fn subtracting_working_days_skips_days_off() {
    // 3 working days before Thursday 26 March 2026: 20 March (23-25 are days off).
    assert_eq!(subtract_working_days(d("2026-03-26"), 3), d("2026-03-18"));
    assert_eq!(working_days_between(d("2026-03-20"), d("2026-04-01")), 5);
    assert_eq!(working_days_between(d("2026-04-01"), d("2026-03-20")), -5);
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..365 * 7).prop_map(|offset| d("2024-01-01") + chrono::Duration::days(offset))
}

proptest! {
    #[test]
    fn a_working_day_deadline_is_never_a_weekend_or_a_day_off(start in date(), n in 1u16..40) {
        let due = add_working_days(start, n);
        prop_assert!(is_working_day(due));
        prop_assert!(is_working_day(subtract_working_days(start, n)));
        prop_assert_eq!(working_days_between(start, due), i64::from(n));
    }

    #[test]
    fn adding_working_days_is_monotonic(start in date(), n in 0u16..40) {
        prop_assert!(add_working_days(start, n) <= add_working_days(start, n + 1));
        prop_assert!(add_working_days(start, n + 1) > start);
    }
}

/// Counting one day at a time, each day on its own, as the rules' definition reads.
fn stepped(date: NaiveDate, n: u16, direction: i64) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    while left > 0 {
        day += chrono::Duration::days(direction);
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[test]
fn stepping_across_a_new_year_counts_each_years_own_days_off() {
    // Every start from early December to late January, forward and back, against counting
    // one day at a time: the New Year holidays and each year's own transfers fall in between.
    for year in 2024..=2027 {
        let mut start = NaiveDate::from_ymd_opt(year, 12, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(year + 1, 1, 31).unwrap();
        while start <= last {
            for n in [1, 3, 10, 25] {
                let forward = add_working_days(start, n);
                assert_eq!(forward, stepped(start, n, 1), "{start} + {n}");
                assert_eq!(
                    subtract_working_days(start, n),
                    stepped(start, n, -1),
                    "{start} - {n}"
                );
                assert_eq!(
                    working_days_between(start, forward),
                    i64::from(n),
                    "{start} .. {forward}"
                );
            }
            start = start.succ_opt().unwrap();
        }
    }
}
