//! The self-employment certificate for in-demand professions (Order No. 236 of 22 Jun 2023):
//! a foreigner on the list looks for work on their own, then works under a contract. The terms
//! (3 months to find work, then up to 3 years) come from secondary sources: confirm.

use crate::rules::outcome::*;
use crate::rules::sources::SourceId;

pub fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::SelfEmployment,
        eligible: Eligibility::Confirm,
        visa: Visa::CheckWithConsulate,
        work_permit: WorkPermit::Required,
        work: WorkRight::Employment,
        reasons: vec![
            Reason::new(
                ReasonId::SelfEmploymentInDemandList,
                SourceId::SelfEmployment236,
            ),
            Reason::new(ReasonId::SelfEmploymentTerms, SourceId::SelfEmployment236),
        ],
    }
}
