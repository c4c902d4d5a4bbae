//! Seasonal workers: the employer's seasonal permit within the seasonal quota (up to 4,994 in
//! 2026) for 90, 180, 270 or 365 days, not extendable; C6 visa; fee 12 / 24 / 36 / 48 MCI.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::documents::{document, work_visa};
use crate::rules::family::{Family, Findings};
use crate::rules::obligations::arrival_notice;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

pub const FAMILY: Family = Family { asks: &[], weigh };

fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::SeasonalWork) {
        f.routes.push(assess());
        f.obligations.push(arrival_notice());
        f.documents.extend(documents());
    }
}

fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::SeasonalWorker,
        eligible: Eligibility::Yes,
        visa: Visa::Required { code: VisaCode::C6 },
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons: vec![
            Reason::new(ReasonId::SeasonalPermit, SourceId::Order279Validity),
            Reason::new(ReasonId::SeasonalFee, SourceId::SeasonalFee),
            Reason::new(ReasonId::SeedC6Code, SourceId::VisaRules),
        ],
        stay: None,
    }
}

fn documents() -> Vec<Document> {
    let mut list = vec![document(
        DocumentId::PermitApplication,
        Party::Employer,
        SourceId::Order279Procedure,
    )];
    list.extend(work_visa());
    list
}
