//! How a citizen of each country may enter Kazakhstan (`entry-regimes.md`, compiled
//! 2026-11-24). Any country not listed needs a visa: an unlisted or uncertain citizenship is
//! never treated as visa-free.

use chrono::NaiveDate;
use serde::Serialize;

use super::countries::Country;
use super::date::ymd;
use super::dated::{Dated, Member, Members, Membership, Period, Shown, Since};
use super::ids::owns;
use super::memberships::is_eaeu_partner;
use super::sources::SourceId;

owns! {
    reasons {
        VisaFreeNoWorkAllowed = "visa_free_no_work_allowed",
    }
    sources {
        EntryRegimeListed = "entry_regime_listed"
            from (ADILET_DECREE_148, Official, OfficialText, CHECKED_2026_11_24),
        EntryRegimeReported = "entry_regime_reported"
            from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_24),
        EntryRegimeEarlierList = "entry_regime_earlier_list"
            from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_24),
        EntryRegimeUncertain = "entry_regime_uncertain"
            from (ADILET_DECREE_148, Uncertain, Report, CHECKED_2026_11_24),
        EntryRegimeNotInForce = "entry_regime_not_in_force"
            from (ADILET_DECREE_148, Uncertain, Report, CHECKED_2026_12_07),
        EntryRegimeVisaRequired = "entry_regime_visa_required"
            from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_24),
        VisaFreeNoWork = "visa_free_no_work"
            from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_30),
        StayRules = "stay_rules" from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_24),
    }
}

/// The cap on visa-free days over a rolling period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StayLimit {
    /// At most `days` in any `window` consecutive days.
    Rolling { days: u16, window: u16 },
    /// The agreement's wording of the cap was not confirmed.
    Unconfirmed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EntryRegime {
    /// Kazakh citizens: none of this applies.
    Citizen,
    /// EAEU partner: 90 days in 180 without a visa, and free movement of workers.
    Eaeu,
    /// Visa-free for stays that are not work.
    VisaFree {
        days_per_entry: u16,
        limit: StayLimit,
    },
    /// A visa is needed; `e_visa` where an electronic visa can be had with an invitation.
    VisaRequired { e_visa: bool },
}

/// A country's regime and the source that the statement rests on (its confidence is the
/// confidence of the row in `entry-regimes.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub regime: EntryRegime,
    pub source: SourceId,
}

const fn rolling(days: u16, window: u16) -> StayLimit {
    StayLimit::Rolling { days, window }
}

const R90_180: StayLimit = rolling(90, 180);

/// Bilateral and special regimes, row by row from `entry-regimes.md`:
/// (codes, days per entry, limit, source). Rows tagged A there cite the listed regime
/// (official), rows tagged S the reported one (secondary).
const SPECIAL: &[(&str, u16, StayLimit, SourceId)] = &[
    ("RS VN AE KR", 30, R90_180, SourceId::EntryRegimeListed),
    (
        "CN UZ TJ AZ EC SC TH",
        30,
        R90_180,
        SourceId::EntryRegimeReported,
    ),
    ("UA MN TR", 90, R90_180, SourceId::EntryRegimeReported),
    (
        "GE MD",
        90,
        StayLimit::Unconfirmed,
        SourceId::EntryRegimeUncertain,
    ),
    ("IN IR", 14, rolling(42, 180), SourceId::EntryRegimeReported),
    ("BR", 30, rolling(60, 365), SourceId::EntryRegimeListed),
    (
        "AR CU",
        30,
        StayLimit::Unconfirmed,
        SourceId::EntryRegimeUncertain,
    ),
    (
        "HK MO",
        14,
        StayLimit::Unconfirmed,
        SourceId::EntryRegimeUncertain,
    ),
    (
        "MV",
        30,
        StayLimit::Unconfirmed,
        SourceId::EntryRegimeUncertain,
    ),
    ("AL", 90, rolling(90, 365), SourceId::EntryRegimeListed),
    (
        "AD KN",
        90,
        rolling(90, 365),
        SourceId::EntryRegimeUncertain,
    ),
    ("MA", 30, rolling(30, 180), SourceId::EntryRegimeListed),
];

/// The unilateral 30-day regime (30 per entry, 90 in 180): confirmed in the 2025 text, then
/// those read only in earlier official lists.
const UNILATERAL_2025: &str = "AU US AT BH BE BG VA DE GR DK NZ JP IL IE IS ES ID IT CA QA \
    CY CO KW LV LT LI LU HU MY MT MX MC NL NO OM PL";
const UNILATERAL_EARLIER_LISTS: &str = "PT RO SA SG SK SI GB PH FI FR HR CZ CL CH SE EE";

/// Countries of the special table above whose visa-free entry is (also) Kazakhstan's own
/// unilateral grant, not only a treaty.
const UNILATERAL_WITH_OWN_DAYS: &str = "TR VN TH AE KR IN IR";

/// Whether Kazakhstan lets the country's citizens in without a visa by its own decision (the
/// unilateral list of Decree No. 148), rather than (only) by a treaty.
pub fn is_unilateral(country: Country) -> bool {
    country.is_listed_in(UNILATERAL_2025)
        || country.is_listed_in(UNILATERAL_EARLIER_LISTS)
        || country.is_listed_in(UNILATERAL_WITH_OWN_DAYS)
}

/// Visa required, but an e-visa with an invitation is possible (dataset of Jan 2025).
const E_VISA: &str = "DZ AO AG BS BD BB BZ BJ BT BO BA BW BN BF BI KH CM CF TD KM CG CR CI \
    DJ DM DO EG SV ER SZ ET FJ GA GM GH GD GT GN GW GY HT HN JM KE KI LA LB LS LR MG MW ML MH \
    MR MU FM ME MZ MM NA NR NP NI NE NG KP MK PW PA PG PY PE RW LC WS SM ST SN SL ZA LK VC SR \
    TZ TG TO TT TN TM TV UG UY VU VE ZM ZW";

/// Every code the tables above name, for the test that they are all real countries.
#[cfg(test)]
fn table_codes() -> impl Iterator<Item = &'static str> {
    SPECIAL
        .iter()
        .flat_map(|(codes, ..)| codes.split_whitespace())
        .chain(UNILATERAL_2025.split_whitespace())
        .chain(UNILATERAL_EARLIER_LISTS.split_whitespace())
        .chain(UNILATERAL_WITH_OWN_DAYS.split_whitespace())
        .chain(E_VISA.split_whitespace())
}

/// The visa-free regimes whose day of entry into force is known (`entry-regimes.md`): before
/// it, the regime in the tables above was not in force, and what held instead is not in the
/// rules. The others are in force on the day the tables were compiled, since an unknown day.
pub const VISA_FREE_FROM: Members = Members {
    id: "visa_free_from",
    members: &[
        regime_from("AL", ymd(2023, 4, 25), SourceId::EntryRegimeListed),
        regime_from("CN", ymd(2023, 11, 10), SourceId::EntryRegimeReported),
        regime_from("MO", ymd(2024, 10, 24), SourceId::EntryRegimeUncertain),
        regime_from("MA", ymd(2025, 3, 19), SourceId::EntryRegimeListed),
        regime_from("TR", ymd(2025, 8, 25), SourceId::EntryRegimeReported),
    ],
    otherwise: Some(SourceId::EntryRegimeNotInForce),
};

const fn regime_from(codes: &'static str, from: NaiveDate, source: SourceId) -> Member {
    Member {
        codes,
        since: Since::Joined(from),
        until: None,
        source,
    }
}

/// The general cap for visa-free stays, 90 days in any 180 (Decree No. 148 as amended by
/// Decree No. 1146), in force from 27 Jan 2023: before it, the rolling caps are not known.
pub const ROLLING_CAP: Dated<(u16, u16)> = Dated {
    id: "rolling_cap",
    periods: &[Period {
        from: ymd(2023, 1, 27),
        until: None,
        value: (90, 180),
        source: SourceId::StayRules,
    }],
    show: |&(days, window)| Shown::Rolling { days, window },
};

/// A country's regime as the rules read it on `as_of`: the tables' regime, its source
/// [`SourceId::EntryRegimeNotInForce`] on a day before the regime's known start (or before the
/// general 90-in-180 cap, for a rolling cap), so that the result says to confirm it.
pub fn entry_on(country: Country, as_of: NaiveDate) -> Entry {
    let current = entry(country);
    let started_later =
        VISA_FREE_FROM.lists(country) && VISA_FREE_FROM.on(country, as_of) == Membership::NotParty;
    let cap_later = matches!(
        current.regime,
        EntryRegime::VisaFree {
            limit: StayLimit::Rolling { .. },
            ..
        } | EntryRegime::Eaeu
    ) && ROLLING_CAP.on(as_of).is_none();
    if started_later || cap_later {
        Entry {
            source: SourceId::EntryRegimeNotInForce,
            ..current
        }
    } else {
        current
    }
}

/// A country's regime as the tables stand (for the classes the walk tries and the stay
/// calculator); [`entry_on`] reads it on a day.
pub fn entry(country: Country) -> Entry {
    let (regime, source) = if country == Country::KAZAKHSTAN {
        (EntryRegime::Citizen, SourceId::EntryRegimeListed)
    } else if is_eaeu_partner(country) {
        (EntryRegime::Eaeu, SourceId::EaeuStay90Days)
    } else if let Some((_, days, limit, source)) = SPECIAL
        .iter()
        .find(|(codes, ..)| country.is_listed_in(codes))
    {
        (
            EntryRegime::VisaFree {
                days_per_entry: *days,
                limit: *limit,
            },
            *source,
        )
    } else if country.is_listed_in(UNILATERAL_2025) {
        (
            EntryRegime::VisaFree {
                days_per_entry: 30,
                limit: R90_180,
            },
            SourceId::EntryRegimeListed,
        )
    } else if country.is_listed_in(UNILATERAL_EARLIER_LISTS) {
        (
            EntryRegime::VisaFree {
                days_per_entry: 30,
                limit: R90_180,
            },
            SourceId::EntryRegimeEarlierList,
        )
    } else {
        (
            EntryRegime::VisaRequired {
                e_visa: country.is_listed_in(E_VISA),
            },
            SourceId::EntryRegimeVisaRequired,
        )
    };
    Entry { regime, source }
}

#[cfg(test)]
mod tests {
    use super::super::memberships::{EAEU_PARTNERS, WTO_MEMBERS};
    use super::*;

    #[test]
    fn every_country_in_the_rule_tables_is_a_real_code() {
        let codes = table_codes()
            .chain(EAEU_PARTNERS.split_whitespace())
            .chain(WTO_MEMBERS.split_whitespace());
        for code in codes {
            assert!(
                Country::parse(code).is_some(),
                "{code} is not a country code"
            );
        }
        assert_eq!(
            WTO_MEMBERS.split_whitespace().count(),
            165,
            "166 members less the EU"
        );
    }
}
