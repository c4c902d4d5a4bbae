//! Labour immigrants: foreigners who entered visa-free and do domestic work for households,
//! under a permit of the local executive body for up to 12 months, with income tax paid in
//! advance and a registered contract (Order No. 123 of 2022, new rules in 2025: secondary).

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::entry_regimes::{EntryRegime, entry};
use crate::rules::family::{Family, Findings};
use crate::rules::obligations::contract_registration;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId};
use crate::rules::sources::SourceId;

pub const FAMILY: Family = Family { asks: &[], weigh };

fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::HouseholdWork) {
        f.routes.push(assess(a));
        f.obligations.push(contract_registration());
    }
}

fn assess(a: &Answers) -> RouteAssessment {
    let visa_free = a
        .country(QuestionId::Citizenship)
        .is_some_and(|country| matches!(entry(country).regime, EntryRegime::VisaFree { .. }));
    RouteAssessment {
        route: RouteId::LabourImmigrant,
        eligible: if visa_free {
            Eligibility::Confirm
        } else {
            Eligibility::No
        },
        visa: Visa::NotNeeded,
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
        ],
        stay: None,
    }
}
