//! Citizens of the Eurasian Economic Union's other member states (Russia, Belarus, Kyrgyzstan,
//! Armenia) work in Kazakhstan without a permit and without the protections of the national
//! labour market (EAEU Treaty art. 97(1)).

use crate::rules::outcome::{Outcome, PermitNeed, Reason, ReasonId, RouteId};
use crate::rules::questions::OptionId;
use crate::rules::sources::SourceId;

/// Whether the citizenship answer names a member state of the EAEU other than Kazakhstan.
pub fn is_member_state(citizenship: OptionId) -> bool {
    matches!(
        citizenship,
        OptionId::Russia | OptionId::Belarus | OptionId::Kyrgyzstan | OptionId::Armenia
    )
}

pub fn outcome() -> Outcome {
    Outcome {
        route: RouteId::EaeuCitizen,
        work_permit: PermitNeed::NotRequired,
        reasons: vec![
            Reason::new(ReasonId::EaeuNoWorkPermit, SourceId::EaeuTreatyArt97),
            Reason::new(ReasonId::EaeuNoLabourMarketTest, SourceId::EaeuTreatyArt97),
        ],
    }
}
