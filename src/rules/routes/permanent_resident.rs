//! A permanent residence permit gives the right to work without a work permit; a temporary
//! one does not: it is itself issued on the basis of a work permit (gov.kz situations/572).

use crate::rules::answers::Answers;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId, QuestionId};
use crate::rules::sources::SourceId;

pub fn holds_permanent_permit(a: &Answers) -> bool {
    a.is(QuestionId::ResidencePermit, OptionId::Permanent)
}

pub fn assess() -> RouteAssessment {
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
    }
}

/// The note for a non-EAEU holder of a temporary residence permit.
pub fn temporary_permit_note(a: &Answers) -> Option<Reason> {
    a.is(QuestionId::ResidencePermit, OptionId::Temporary)
        .then(|| {
            Reason::new(
                ReasonId::TemporaryPermitNoRightToWork,
                SourceId::ResidencePermits,
            )
        })
}
