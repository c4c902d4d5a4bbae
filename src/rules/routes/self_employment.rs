//! The self-employment certificate for in-demand professions (Order No. 236 of 22 Jun 2023):
//! a foreigner on the list looks for work on their own, then works under a contract. The terms
//! (3 months to find work, then up to 3 years) come from secondary sources: confirm.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::family::{Family, Findings};
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

pub const FAMILY: Family = Family { asks: &[], weigh };

fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::SelfEmployment) {
        f.routes.push(assess());
    }
}

fn assess() -> RouteAssessment {
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
        stay: None,
    }
}
