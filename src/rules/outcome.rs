//! What the engine concludes. Everything here is data: the app and the command line turn ids
//! into words through the translation files (`route.<id>.headline`, `reason.<id>`).

use serde::Serialize;

use super::ids::id_enum;
use super::sources::SourceId;

id_enum! {
    /// The route under which the person may work in Kazakhstan.
    pub enum RouteId {
        /// Citizen of an EAEU member state: works without a permit.
        EaeuCitizen => "eaeu_citizen",
        /// Works under a permit the employer obtains, unless an exemption applies.
        EmployerWorkPermit => "employer_work_permit",
    }
}

id_enum! {
    /// One statement in the explanation of an outcome.
    pub enum ReasonId {
        EaeuNoWorkPermit => "eaeu_no_work_permit",
        EaeuNoLabourMarketTest => "eaeu_no_labour_market_test",
        NonEaeuPermitRequired => "non_eaeu_permit_required",
        ExemptCategoriesExist => "exempt_categories_exist",
    }
}

/// Whether the person needs a work permit to be employed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PermitNeed {
    NotRequired,
    /// Required, unless the person belongs to an exempt category the engine has not ruled out.
    RequiredUnlessExempt,
}

/// A statement and the provision it rests on. A reason cannot exist without its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub id: ReasonId,
    pub source: SourceId,
}

impl Reason {
    pub const fn new(id: ReasonId, source: SourceId) -> Self {
        Self { id, source }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub route: RouteId,
    pub work_permit: PermitNeed,
    /// Why, first the reason for the verdict itself. Never empty.
    pub reasons: Vec<Reason>,
}
