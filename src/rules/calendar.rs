//! Kazakhstan's working-day calendar.
//!
//! - Days off: Saturdays and Sundays; the national and state holidays of the Law "On holidays"
//!   (art. 5), which, falling on a Saturday or Sunday, move the day off to the next working day;
//!   the religious days off of Labour Code art. 84(5) (7 January, the first day of Kurban Ait),
//!   which are never moved; and the yearly transfers of days off (a weekday off in exchange for
//!   a weekend day worked), by order of the Labour Minister since 2024.
//! - Constitution Day was 30 August until 2025 and is 15 March from 2027 (new Constitution in
//!   force 1 Jul 2026): effective-dated.
//! - Coverage: 2024-2026 are published calendars, 2027-2028 computed by the law without
//!   announced transfers; other years are estimates (`CalendarStatus`).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use super::date::ymd;
use super::ids::owns;
use super::sources::SourceId;

owns! {
    sources {
        HolidaysLaw = "holidays_law" from (
            "https://adilet.zan.kz/rus/docs/Z010000267_",
            Official,
            OfficialText,
            CHECKED_2026_11_24,
        ),
        ProductionCalendar = "production_calendar" from (
            "https://www.enbek.gov.kz/ru/node/363012",
            Official,
            OfficialSummary,
            CHECKED_2026_11_24,
        ),
    }
}

/// How far the days off of a year can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CalendarStatus {
    /// The year's calendar was published (holidays, substitutes and transfers).
    Published,
    /// Computed by the law; transfers of days off are not announced yet.
    Computed,
    /// Outside the covered years: working-day deadlines are estimates that ignore unannounced
    /// transfers (and, beyond 2030, Kurban Ait).
    Estimate,
}

/// A holiday that, on a weekend, moves the day off to the next working day.
struct Holiday {
    month: u32,
    day: u32,
    from_year: i32,
    until_year: i32,
}

const fn always(month: u32, day: u32) -> Holiday {
    Holiday {
        month,
        day,
        from_year: i32::MIN,
        until_year: i32::MAX,
    }
}

const MOVABLE: &[Holiday] = &[
    always(1, 1),
    always(1, 2),
    always(3, 8),
    // Constitution Day: 15 March from 2027 under the 2026 Constitution.
    Holiday {
        month: 3,
        day: 15,
        from_year: 2027,
        until_year: i32::MAX,
    },
    always(3, 21),
    always(3, 22),
    always(3, 23),
    always(5, 1),
    always(5, 7),
    always(5, 9),
    always(7, 6),
    // Constitution Day: 30 August until 2025.
    Holiday {
        month: 8,
        day: 30,
        from_year: i32::MIN,
        until_year: 2025,
    },
    Holiday {
        month: 10,
        day: 25,
        from_year: 2022,
        until_year: i32::MAX,
    },
    always(12, 16),
];

/// First day of Kurban Ait (2024-2025 official, 2026 secondary, later estimates).
const KURBAN_AIT: &[NaiveDate] = &[
    ymd(2024, 6, 16),
    ymd(2025, 6, 6),
    ymd(2026, 5, 27),
    ymd(2027, 5, 16),
    ymd(2028, 5, 5),
    ymd(2029, 4, 24),
    ymd(2030, 4, 13),
];

/// Transfers of days off: (weekday made a day off, weekend day made a working day).
const TRANSFERS: &[(NaiveDate, NaiveDate)] = &[
    // Labour Minister order of 17 Apr 2024.
    (ymd(2024, 5, 8), ymd(2024, 5, 4)),
    // Order No. 436 of 21 Nov 2024.
    (ymd(2025, 1, 3), ymd(2025, 1, 5)),
];

pub fn status(year: i32) -> CalendarStatus {
    match year {
        2024..=2026 => CalendarStatus::Published,
        2027 | 2028 => CalendarStatus::Computed,
        _ => CalendarStatus::Estimate,
    }
}

/// The sources of the calendar data.
pub const SOURCES: &[SourceId] = &[SourceId::HolidaysLaw, SourceId::ProductionCalendar];

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The holidays of a year that are days off in themselves (on weekdays or not).
fn holidays(year: i32) -> Vec<(NaiveDate, bool)> {
    let mut list: Vec<(NaiveDate, bool)> = MOVABLE
        .iter()
        .filter(|h| (h.from_year..=h.until_year).contains(&year))
        .filter_map(|h| NaiveDate::from_ymd_opt(year, h.month, h.day))
        .map(|date| (date, true))
        .collect();
    list.extend(NaiveDate::from_ymd_opt(year, 1, 7).map(|date| (date, false)));
    list.extend(
        KURBAN_AIT
            .iter()
            .filter(|d| d.year() == year)
            .map(|d| (*d, false)),
    );
    list.sort_unstable();
    list
}

/// The weekdays off of a year: holidays on weekdays, substitutes for movable holidays on
/// weekends, and transfers. Sorted.
pub fn weekday_days_off(year: i32) -> Vec<NaiveDate> {
    let holidays = holidays(year);
    let mut off: Vec<NaiveDate> = holidays
        .iter()
        .map(|(date, _)| *date)
        .filter(|date| !is_weekend(*date))
        .collect();
    for (date, movable) in &holidays {
        if *movable && is_weekend(*date) {
            let mut substitute = *date + Duration::days(1);
            while is_weekend(substitute) || off.contains(&substitute) {
                substitute += Duration::days(1);
            }
            off.push(substitute);
        }
    }
    off.extend(
        TRANSFERS
            .iter()
            .filter(|(day_off, _)| day_off.year() == year)
            .map(|(d, _)| *d),
    );
    off.sort_unstable();
    off.dedup();
    off
}

/// Whether people work on this day.
pub fn is_working_day(date: NaiveDate) -> bool {
    DaysOff::default().is_working_day(date)
}

/// The weekdays off of the year last asked about. Stepping through working days asks about
/// each day in turn, and working the year's holidays out again for every day was most of the
/// time a plan's deadlines took.
#[derive(Default)]
struct DaysOff(Option<(i32, Vec<NaiveDate>)>);

impl DaysOff {
    fn is_working_day(&mut self, date: NaiveDate) -> bool {
        if TRANSFERS.iter().any(|(_, worked)| *worked == date) {
            return true;
        }
        if is_weekend(date) {
            return false;
        }
        let year = date.year();
        if self.0.as_ref().is_none_or(|(known, _)| *known != year) {
            self.0 = Some((year, weekday_days_off(year)));
        }
        !self.0.as_ref().is_some_and(|(_, off)| off.contains(&date))
    }
}

/// The date `n` working days after `date` (the day itself not counted).
pub fn add_working_days(date: NaiveDate, n: u16) -> NaiveDate {
    step_working_days(date, n, 1)
}

/// The date `n` working days before `date` (the day itself not counted).
pub fn subtract_working_days(date: NaiveDate, n: u16) -> NaiveDate {
    step_working_days(date, n, -1)
}

fn step_working_days(date: NaiveDate, n: u16, direction: i64) -> NaiveDate {
    let mut day = date;
    let mut left = n;
    let mut days_off = DaysOff::default();
    while left > 0 {
        match day.checked_add_signed(Duration::days(direction)) {
            Some(next) => day = next,
            None => return day,
        }
        if days_off.is_working_day(day) {
            left -= 1;
        }
    }
    day
}

/// Working days from `from` (exclusive) to `to` (inclusive); negative when `to` is earlier.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let (start, end, sign) = if from <= to {
        (from, to, 1)
    } else {
        (to, from, -1)
    };
    let mut days_off = DaysOff::default();
    let count = start
        .iter_days()
        .skip(1)
        .take_while(|day| *day <= end)
        .filter(|day| days_off.is_working_day(*day))
        .count() as i64;
    sign * count
}
