//! The monthly calculation index (MCI, МРП), in which fees, taxes and fines are set. The budget
//! law sets it for each year; a year whose law is not in the rules has no value, and amounts in
//! MCI are then not shown in tenge.

use chrono::{Datelike, NaiveDate};

use super::date::ymd;
use super::dated::{Dated, Period, Shown};
use super::ids::owns;
use super::messages::ReasonId;
use super::outcome::{Reason, Value};
use super::sources::SourceId;

owns! {
    reasons {
        MciOfYear = "mci_of_year",
        MciNotKnown = "mci_not_known",
    }
    sources {
        Mci = "mci" from (
            "https://adilet.zan.kz/rus/docs/Z2500000239",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
    }
}

const fn year(year: i32, kzt: u32) -> Period<u32> {
    Period {
        from: ymd(year, 1, 1),
        until: Some(ymd(year + 1, 1, 1)),
        value: kzt,
        source: SourceId::Mci,
    }
}

/// KZT per MCI, by year (the budget laws for 2024-2026, as reported). A new year is one row.
pub const KZT_PER_MCI: Dated<u32> = Dated {
    id: "mci",
    periods: &[year(2024, 3_692), year(2025, 3_932), year(2026, 4_325)],
    show: |kzt| Shown::Amount(*kzt),
};

/// One MCI in tenge in the year of `on`, where the budget law for it is known.
pub fn kzt(on: NaiveDate) -> Option<u32> {
    KZT_PER_MCI.value(on).copied()
}

/// The statement that says what one MCI is worth in the year of `on`, or that it is not known.
pub fn statement(on: NaiveDate) -> Reason {
    match kzt(on) {
        Some(kzt) => Reason::new(ReasonId::MciOfYear, SourceId::Mci)
            .with("year", Value::Year(on.year()))
            .with_number("mci", kzt),
        None => {
            Reason::new(ReasonId::MciNotKnown, SourceId::Mci).with("year", Value::Year(on.year()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::date::ymd;

    #[test]
    fn each_year_has_its_own_index_and_later_years_none() {
        assert_eq!(kzt(ymd(2024, 12, 31)), Some(3_692));
        assert_eq!(kzt(ymd(2025, 1, 1)), Some(3_932));
        assert_eq!(kzt(ymd(2026, 11, 30)), Some(4_325));
        assert_eq!(kzt(ymd(2027, 1, 1)), None);
    }
}
