//! The state's online services where a step is done: the steps name them, and the result links
//! to them (a plain link the visitor follows; the page itself requests nothing from them).
//! Which service serves which step is from the research notes (rules-research.md: the enbek.kz
//! posting, applications via migration.enbek.kz, arrival notices on eqonaq.kz, residence
//! permits and the IIN on egov.kz, invitations on the visa and migration portal).

use super::ids::id_enum;
use super::messages::{DocumentId, ObligationId};

id_enum! {
    /// An online service of the state, spelled as its address.
    pub enum Service {
        Enbek => "enbek.kz",
        MigrationEnbek => "migration.enbek.kz",
        Egov => "egov.kz",
        Eqonaq => "eqonaq.kz",
        VisaPortal => "vmp.gov.kz",
    }
}

impl ObligationId {
    /// The online service where this is done, if there is one.
    pub const fn service(self) -> Option<Service> {
        use ObligationId::*;
        match self {
            VacancyPosting | ContractRegistration => Some(Service::Enbek),
            PermitExtension => Some(Service::MigrationEnbek),
            ArrivalNotice => Some(Service::Eqonaq),
            Iin
            | TrpApplication
            | EaeuTrpApplication
            | TrpYearlyReissue
            | TrpAfterEmployerChange => Some(Service::Egov),
            _ => None,
        }
    }
}

impl DocumentId {
    /// The online service where this paper is filed, if it is filed online.
    pub const fn service(self) -> Option<Service> {
        match self {
            DocumentId::PermitApplication => Some(Service::MigrationEnbek),
            DocumentId::TrpApplication => Some(Service::Egov),
            DocumentId::VisaInvitation => Some(Service::VisaPortal),
            _ => None,
        }
    }
}
