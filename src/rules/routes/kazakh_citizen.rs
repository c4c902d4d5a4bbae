//! Kazakh citizens are not foreigners: none of the migration rules apply to them.

use crate::rules::outcome::*;
use crate::rules::sources::SourceId;

pub fn assess() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::KazakhCitizen,
        eligible: Eligibility::Yes,
        visa: Visa::NotNeeded,
        work_permit: WorkPermit::NotRequired,
        work: WorkRight::Employment,
        reasons: vec![Reason::new(
            ReasonId::KazakhCitizenNotForeigner,
            SourceId::MigrationLawArt36_1,
        )],
    }
}
