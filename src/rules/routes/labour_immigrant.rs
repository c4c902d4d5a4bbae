//! Labour immigrants: citizens of states whose visa-free agreement with Kazakhstan allows stays
//! of at least three months (Migration Law art. 43-1), doing domestic work for households,
//! under a permit of the local executive body for up to 12 months, with income tax paid in
//! advance and a registered contract (Order No. 123 of 2022, new rules in 2025: secondary). The
//! permit is a ground of a temporary residence permit, which the household applies for.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::admission::by_residence_permit;
use crate::rules::answers::Answers;
use crate::rules::countries::Country;
use crate::rules::date::ymd;
use crate::rules::dated::{Dated, Period, Shown};
use crate::rules::entry_regimes::{EntryRegime, StayLimit, entry, is_unilateral};
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::mci;
use crate::rules::obligations::contract_registration;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        LabourImmigrantTaxNotKnown = "labour_immigrant_tax_not_known",
        LabourImmigrantNeedsVisaFreeEntry = "labour_immigrant_needs_visa_free_entry",
        LabourImmigrantNoTreaty = "labour_immigrant_no_treaty",
        LabourImmigrantTreatyTooShort = "labour_immigrant_treaty_too_short",
        LabourImmigrantTerms = "labour_immigrant_terms",
        LabourImmigrantVisaFree = "labour_immigrant_visa_free",
        LabourImmigrantAdvanceTax = "labour_immigrant_advance_tax",
    }
    sources {
        LabourImmigrants = "labour_immigrants"
            from (ADILET_MIGRATION_LAW, Secondary, Report, CHECKED_2026_11_30),
        // The article's official text was read as of about 2021 (a mirror of the official
        // database); later amendments were not checked.
        LabourImmigrantTreatyStates = "labour_immigrant_treaty_states"
            from (ADILET_MIGRATION_LAW, Secondary, OfficialText, CHECKED_2026_11_30),
        LabourImmigrantTax2026 = "labour_immigrant_tax_2026"
            from (EGOV_FOREIGN_LABOUR, Secondary, Report, CHECKED_2026_11_30),
    }
}

/// The Tax Code of 2026 raised the advance tax from this day.
/// The income tax a labour immigrant pays in advance for each month of the permit, in MCI: 2
/// under the Tax Code of 2017 (in force 1 Jan 2018), 4 under the Tax Code of 2026.
pub const ADVANCE_TAX_MCI: Dated<u32> = Dated {
    id: "labour_immigrant_tax",
    periods: &[
        Period {
            from: ymd(2018, 1, 1),
            until: Some(ymd(2026, 1, 1)),
            value: 2,
            source: SourceId::LabourImmigrants,
        },
        Period {
            from: ymd(2026, 1, 1),
            until: None,
            value: 4,
            source: SourceId::LabourImmigrantTax2026,
        },
    ],
    show: |mci| Shown::Mci(*mci),
};

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if !comes_for(a, O::HouseholdWork) {
        return;
    }
    let mut route = match a.country(QuestionId::Citizenship).map(standing) {
        Some(Standing::Treaty { days_per_entry }) => {
            // The permit is one of the grounds of a temporary residence permit (the TRP service).
            let admission = by_residence_permit(days_per_entry);
            let mut route = assess(
                Eligibility::Confirm,
                ReasonId::LabourImmigrantVisaFree,
                admission.visa,
                as_of,
            );
            route.asks.obligations.extend(admission.obligations);
            route.asks.documents.extend(admission.documents);
            route
        }
        Some(Standing::ShortTreaty) => assess(
            Eligibility::No,
            ReasonId::LabourImmigrantTreatyTooShort,
            Visa::CheckWithConsulate,
            as_of,
        ),
        Some(Standing::Unilateral) => assess(
            Eligibility::No,
            ReasonId::LabourImmigrantNoTreaty,
            Visa::CheckWithConsulate,
            as_of,
        ),
        Some(Standing::VisaRequired) | None => assess(
            Eligibility::No,
            ReasonId::LabourImmigrantNeedsVisaFreeEntry,
            Visa::CheckWithConsulate,
            as_of,
        ),
    };
    route.asks.obligations.insert(0, contract_registration());
    f.routes.push(route);
}

/// Where a citizenship stands under the Migration Law (art. 43-1): the permit is for citizens
/// of states whose visa-free *agreement* with Kazakhstan allows stays of at least three months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Standing {
    Treaty {
        days_per_entry: u16,
    },
    /// A visa-free agreement, but for less than three months.
    ShortTreaty,
    /// Visa-free only by Kazakhstan's own (unilateral) decision: no agreement.
    Unilateral,
    VisaRequired,
}

/// Three months, counted as 90 days.
const THREE_MONTHS: u16 = 90;

fn standing(country: Country) -> Standing {
    let EntryRegime::VisaFree {
        days_per_entry,
        limit,
    } = entry(country).regime
    else {
        return Standing::VisaRequired;
    };
    if is_unilateral(country) {
        return Standing::Unilateral;
    }
    // The longest stay the agreement allows: its rolling cap, or (where the cap's wording was
    // not confirmed) the days of one entry.
    let longest = match limit {
        StayLimit::Rolling { days, .. } => days,
        StayLimit::Unconfirmed => days_per_entry,
    };
    if longest >= THREE_MONTHS {
        Standing::Treaty { days_per_entry }
    } else {
        Standing::ShortTreaty
    }
}

fn assess(
    eligible: Eligibility,
    standing: ReasonId,
    visa: Visa,
    as_of: NaiveDate,
) -> RouteAssessment {
    let tax = match ADVANCE_TAX_MCI.on(as_of) {
        Some(tax) => Reason::new(ReasonId::LabourImmigrantAdvanceTax, tax.source)
            .with_number("mci", tax.value),
        None => Reason::new(
            ReasonId::LabourImmigrantTaxNotKnown,
            SourceId::LabourImmigrants,
        )
        .with("date", Value::Date(as_of)),
    };
    RouteAssessment {
        route: RouteId::LabourImmigrant,
        eligible,
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons: vec![
            Reason::new(standing, SourceId::LabourImmigrantTreatyStates),
            Reason::new(ReasonId::LabourImmigrantTerms, SourceId::LabourImmigrants),
            tax,
            mci::statement(as_of),
        ],
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}
