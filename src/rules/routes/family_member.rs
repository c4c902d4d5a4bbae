//! Family members of a foreign worker get a C3 visa without the right to work; to work they
//! need a route of their own. (C2 is family reunification with Kazakh citizens and residents,
//! not a visa for highly qualified specialists.)

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        FamilyVisaNoWork = "family_visa_no_work",
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::JoinFamily) {
        f.routes.push(assess());
    }
}

fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::FamilyMember,
        eligible: Eligibility::Yes,
        visa: Visa::abroad(VisaCode::C3),
        work_permit: WorkPermit::NotApplicable,
        work: WorkRight::None,
        reasons: vec![
            Reason::new(ReasonId::FamilyVisaNoWork, SourceId::VisaRulesC3),
            Reason::new(ReasonId::PaidWorkNeedsPermit, SourceId::MigrationLawArt36_1),
            Reason::new(ReasonId::SeedC2Code, SourceId::VisaRules),
        ],
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}
