//! Business immigrants: foreigners who come to found or join a company or run a business. C5
//! visa (since Nov 2024 with medical insurance and a criminal-record certificate); no work
//! permit (Resolution No. 1041, item 2); entrepreneurial activity only, not employment.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::documents::{document, foreign_document};
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        BusinessImmigrantNoPermit = "business_immigrant_no_permit",
        BusinessImmigrantOnlyBusiness = "business_immigrant_only_business",
        SeedC5Code = "seed_c5_code" guide,
    }
    sources {
        Resolution1041Item2 = "resolution_1041_item_2"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        VisaRulesC5 = "visa_rules_c5"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_24),
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::StartBusiness) {
        let mut route = assess();
        route.asks.documents.extend(documents(a, as_of));
        f.routes.push(route);
    }
}

fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::BusinessImmigrant,
        eligible: Eligibility::Yes,
        visa: Visa::abroad(VisaCode::C5),
        work_permit: WorkPermit::NotRequired,
        work: WorkRight::Limited,
        reasons: vec![
            Reason::new(
                ReasonId::BusinessImmigrantNoPermit,
                SourceId::Resolution1041Item2,
            ),
            Reason::new(
                ReasonId::BusinessImmigrantOnlyBusiness,
                SourceId::VisaRulesC5,
            ),
            Reason::new(ReasonId::SeedC5Code, SourceId::VisaRulesC5),
        ],
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}

fn documents(a: &Answers, as_of: NaiveDate) -> Vec<Document> {
    vec![
        document(
            DocumentId::VisaInvitation,
            Party::Worker,
            SourceId::VisaRulesC5,
        ),
        document(
            DocumentId::MedicalInsurance,
            Party::Worker,
            SourceId::VisaRulesC5,
        ),
        foreign_document(
            a,
            as_of,
            DocumentId::CriminalRecordCertificate,
            SourceId::VisaRulesC5,
        ),
        document(
            DocumentId::PassportValidity,
            Party::Worker,
            SourceId::VisaRulesC5,
        ),
    ]
}
