//! The self-employment certificate for in-demand professions (Order No. 236 of 22 Jun 2023):
//! a foreigner on the list looks for work on their own, then works under a contract. The terms
//! (3 months to find work, then up to 3 years) come from secondary sources: confirm. The
//! certificate is a ground of the temporary residence permit for the treaty states' citizens.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::admission::treaty_admission;
use crate::rules::answers::Answers;
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        SelfEmploymentInDemandList = "self_employment_in_demand_list",
        SelfEmploymentTerms = "self_employment_terms",
    }
    sources {
        SelfEmployment236 = "self_employment_236" from (
            "https://adilet.zan.kz/rus/docs/V2300032887",
            Secondary,
            Report,
            CHECKED_2026_11_24,
        ),
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if !comes_for(a, O::SelfEmployment) {
        return;
    }
    let mut reasons = vec![
        Reason::new(
            ReasonId::SelfEmploymentInDemandList,
            SourceId::SelfEmployment236,
        ),
        Reason::new(ReasonId::SelfEmploymentTerms, SourceId::SelfEmployment236),
    ];
    // The certificate is one of the TRP service's grounds: citizens of the treaty states are
    // admitted by a TRP; for others the visa was not found in the sources.
    let mut asks = Asks::default();
    let visa = match treaty_admission(a) {
        Some(admitted) => {
            reasons.extend(admitted.reasons);
            asks.obligations.extend(admitted.obligations);
            asks.documents.extend(admitted.documents);
            admitted.visa
        }
        None => Visa::CheckWithConsulate,
    };
    f.routes.push(RouteAssessment {
        route: RouteId::SelfEmployment,
        eligible: Eligibility::Confirm,
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Employment,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks,
    });
}
