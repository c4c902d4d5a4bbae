//! What remains when every route the answers led to is closed, so that no result ends in a
//! plain "not open": the employer's permit where the person comes to work by another route
//! that is closed (a transfer, an investor in another role, a visit that cannot be one); what
//! would open the permit where the permit itself is refused; and where nothing in these rules
//! remains (household work for a citizen who needs a visa, remote work without the B12-1), a
//! statement that says so and why.
//! It reads what the families before it found, so it comes last but one.

use chrono::NaiveDate;

use super::applicant::comes_for;
use super::employer_permit::{instead_of_closed_route, way_forward};
use crate::rules::answers::Answers;
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        NoOtherRouteForHouseholdWork = "no_other_route_for_household_work",
        NoOtherRouteForRemoteWork = "no_other_route_for_remote_work",
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if f.routes.is_empty() || f.routes.iter().any(|r| r.eligible != Eligibility::No) {
        return;
    }
    if let Some(permit) = f
        .routes
        .iter()
        .find(|r| r.route == RouteId::EmployerWorkPermit)
    {
        f.common.notes.extend(way_forward(permit));
    } else if [O::IntraCorporateTransfer, O::Investment, O::BusinessVisit]
        .iter()
        .any(|purpose| comes_for(a, *purpose))
    {
        instead_of_closed_route(a, as_of, f);
    } else if comes_for(a, O::HouseholdWork) {
        f.common.notes.push(Reason::new(
            ReasonId::NoOtherRouteForHouseholdWork,
            SourceId::LabourImmigrants,
        ));
    } else if comes_for(a, O::RemoteWork) {
        f.common.notes.push(Reason::new(
            ReasonId::NoOtherRouteForRemoteWork,
            SourceId::VisaFreeNoWork,
        ));
    }
}
