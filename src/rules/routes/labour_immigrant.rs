//! Labour immigrants: foreigners who entered visa-free and do domestic work for households,
//! under a permit of the local executive body for up to 12 months, with income tax paid in
//! advance and a registered contract (Order No. 123 of 2022, new rules in 2025: secondary). The
//! permit is a ground of a temporary residence permit, which the household applies for.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::admission::by_residence_permit;
use crate::rules::answers::Answers;
use crate::rules::entry_regimes::{EntryRegime, entry};
use crate::rules::family::{Family, Findings};
use crate::rules::mci;
use crate::rules::obligations::contract_registration;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId};
use crate::rules::sources::SourceId;

/// The Tax Code of 2026 raised the advance tax from this day.
const TAX_CODE_2026: NaiveDate = crate::rules::ymd(2026, 1, 1);

pub const FAMILY: Family = Family { asks: &[], weigh };

fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if !comes_for(a, O::HouseholdWork) {
        return;
    }
    f.obligations.push(contract_registration());
    // The permit is one of the grounds of a temporary residence permit (the TRP service).
    let days_per_entry =
        a.country(QuestionId::Citizenship)
            .and_then(|country| match entry(country).regime {
                EntryRegime::VisaFree { days_per_entry, .. } => Some(days_per_entry),
                _ => None,
            });
    match days_per_entry {
        Some(days) => {
            let admission = by_residence_permit(days);
            f.routes.push(assess(true, admission.visa, as_of));
            f.obligations.extend(admission.obligations);
            f.documents.extend(admission.documents);
        }
        None => f
            .routes
            .push(assess(false, Visa::CheckWithConsulate, as_of)),
    }
}

/// The income tax paid in advance for each month of the permit, in MCI: 4 under the Tax Code
/// of 2026, 2 before.
fn advance_tax(as_of: NaiveDate) -> (u32, SourceId) {
    if as_of >= TAX_CODE_2026 {
        (4, SourceId::LabourImmigrantTax2026)
    } else {
        (2, SourceId::LabourImmigrants)
    }
}

fn assess(visa_free: bool, visa: Visa, as_of: NaiveDate) -> RouteAssessment {
    let (tax, tax_source) = advance_tax(as_of);
    RouteAssessment {
        route: RouteId::LabourImmigrant,
        eligible: if visa_free {
            Eligibility::Confirm
        } else {
            Eligibility::No
        },
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons: vec![
            Reason::new(
                if visa_free {
                    ReasonId::LabourImmigrantVisaFree
                } else {
                    ReasonId::LabourImmigrantNeedsVisaFreeEntry
                },
                SourceId::LabourImmigrants,
            ),
            Reason::new(ReasonId::LabourImmigrantTerms, SourceId::LabourImmigrants),
            Reason::new(ReasonId::LabourImmigrantAdvanceTax, tax_source).with_number("mci", tax),
            mci::statement(as_of),
        ],
        stay: None,
    }
}
