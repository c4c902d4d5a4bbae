//! Kazakh citizens are not foreigners: none of the migration rules apply to them.

use chrono::NaiveDate;

use super::applicant::is_foreigner;
use crate::rules::answers::Answers;
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        KazakhCitizenNotForeigner = "kazakh_citizen_not_foreigner",
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if !is_foreigner(a) {
        f.routes.push(RouteAssessment {
            route: RouteId::KazakhCitizen,
            eligible: Eligibility::Yes,
            visa: Visa::NotNeeded,
            work_permit: WorkPermit::NotRequired,
            work: WorkRight::Employment,
            reasons: vec![Reason::new(
                ReasonId::KazakhCitizenNotForeigner,
                SourceId::MigrationLawArt36_1,
            )],
            stay: None,
            facts: Facts::default(),
            asks: Asks::default(),
        });
    }
}
