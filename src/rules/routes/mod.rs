//! One file per route family, so that a change in one law touches one file. Each family
//! declares the questions it asks (and when), and weighs its routes from the answers: whether
//! each is open and why, with the obligations, documents, notes and stay limits that come with
//! it. The engine and the flow only loop over this list.

mod applicant;

pub use applicant::reader;
pub use employer_permit::{category as permit_category, staff_group};
mod business_immigrant;
mod business_visit;
mod eaeu_citizen;
mod employer_permit;
mod exempt_categories;
mod family_member;
mod intra_corporate_transfer;
mod investor;
mod kazakh_citizen;
mod labour_immigrant;
mod permanent_resident;
mod remote_work;
mod seasonal_worker;
mod self_employment;
mod what_remains;

use super::family::Family;

/// Every family, in the order their findings are gathered: where several routes are open, the
/// earlier is the answer, so a person's own right to work (citizenship, EAEU, residence,
/// status) comes before the routes by purpose; the notes on the citizenship come last. A new
/// family is one line here (and its file, its texts and its questions' place in
/// `flow::ORDER`).
pub const FAMILIES: &[Family] = &[
    kazakh_citizen::FAMILY,
    eaeu_citizen::FAMILY,
    permanent_resident::FAMILY,
    exempt_categories::FAMILY,
    employer_permit::FAMILY,
    intra_corporate_transfer::FAMILY,
    business_visit::FAMILY,
    seasonal_worker::FAMILY,
    labour_immigrant::FAMILY,
    self_employment::FAMILY,
    business_immigrant::FAMILY,
    investor::FAMILY,
    family_member::FAMILY,
    remote_work::FAMILY,
    what_remains::FAMILY,
    applicant::FAMILY,
];

/// The route to show should no family weigh one (none does for complete answers; a test walks
/// them all): for a foreigner, the general rule, to be confirmed.
pub fn unweighed() -> super::outcome::RouteAssessment {
    employer_permit::to_confirm()
}
