//! A permanent residence permit gives the right to work without a work permit; a temporary
//! one does not: it is itself issued on the basis of a work permit (gov.kz situations/572).
//! (An EAEU citizen's permit is weighed in `eaeu_citizen.rs`.)

use chrono::NaiveDate;

use super::applicant::{holds_permanent_permit, is_eaeu_citizen, is_foreigner, needs_purpose};
use crate::rules::answers::Answers;
use crate::rules::documents::{document, employment_contract};
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::obligations::contract_registration;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId, QuestionId};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        PermanentResidentWorksFreely = "permanent_resident_works_freely",
        SeedResidencePermitRight = "seed_residence_permit_right" guide,
        TemporaryPermitNoRightToWork = "temporary_permit_no_right_to_work",
    }
    documents {
        ResidencePermitCard = "residence_permit_card" at StartWork,
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if is_foreigner(a) && !is_eaeu_citizen(a) && holds_permanent_permit(a) {
        let mut route = assess();
        route.asks.obligations.push(contract_registration());
        route.asks.documents.extend([
            document(
                DocumentId::ResidencePermitCard,
                Party::Worker,
                SourceId::ResidencePermits,
            ),
            employment_contract(),
        ]);
        f.routes.push(route);
    } else if needs_purpose(a) && a.is(QuestionId::ResidencePermit, OptionId::Temporary) {
        f.common.notes.push(Reason::new(
            ReasonId::TemporaryPermitNoRightToWork,
            SourceId::ResidencePermits,
        ));
    }
}

fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::PermanentResident,
        eligible: Eligibility::Yes,
        visa: Visa::NotNeeded,
        work_permit: WorkPermit::NotRequired,
        work: WorkRight::Employment,
        reasons: vec![
            Reason::new(
                ReasonId::PermanentResidentWorksFreely,
                SourceId::ResidencePermits,
            ),
            Reason::new(
                ReasonId::SeedResidencePermitRight,
                SourceId::ResidencePermits,
            ),
        ],
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}
