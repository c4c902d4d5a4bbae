//! The general rule for everyone else: a foreigner is employed under a work permit that the
//! employer obtains (Migration Law art. 36-1), unless a category of Government Resolution
//! No. 1041 exempts them.

use crate::rules::outcome::{Outcome, PermitNeed, Reason, ReasonId, RouteId};
use crate::rules::sources::SourceId;

pub fn outcome() -> Outcome {
    Outcome {
        route: RouteId::EmployerWorkPermit,
        work_permit: PermitNeed::RequiredUnlessExempt,
        reasons: vec![
            Reason::new(
                ReasonId::NonEaeuPermitRequired,
                SourceId::MigrationLawArt36_1,
            ),
            Reason::new(ReasonId::ExemptCategoriesExist, SourceId::Resolution1041),
        ],
    }
}
