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

use chrono::NaiveDate;

use super::answers::Answers;
use super::family::{Family, Findings};

/// Lists every family once, in the order their findings are gathered, as the two things the
/// engine reads: `FAMILIES`, the questions each asks (data the questionnaire reads), and
/// `weigh_all`, which weighs each in turn. The weighing is called directly rather than through
/// pointers in `FAMILIES`: a table of pointers would keep every family's weighing in the web
/// app's first download, where only the questions are needed; called from the result page's
/// code alone, it downloads with that page.
macro_rules! families {
    ($($family:ident),* $(,)?) => {
        pub const FAMILIES: &[Family] = &[$($family::FAMILY),*];

        /// Every family weighed for complete answers as of a day (answers to questions that
        /// do not apply are already dropped), each adding what it finds.
        pub fn weigh_all(a: &Answers, as_of: NaiveDate, findings: &mut Findings) {
            $($family::weigh(a, as_of, findings);)*
        }
    };
}

// Where several routes are open, the earlier is the answer, so a person's own right to work
// (citizenship, EAEU, residence, status) comes before the routes by purpose; the notes on the
// citizenship come last. A new family is one line here (and its file, its texts and its
// questions' place in `flow::ORDER`).
families![
    kazakh_citizen,
    eaeu_citizen,
    permanent_resident,
    exempt_categories,
    employer_permit,
    intra_corporate_transfer,
    business_visit,
    seasonal_worker,
    labour_immigrant,
    self_employment,
    business_immigrant,
    investor,
    family_member,
    remote_work,
    what_remains,
    applicant,
];

/// The dated facts the families hold (the quota, the ratio and its exemptions, ...).
pub fn dated_facts() -> Vec<super::dated::Table> {
    vec![
        employer_permit::QUOTA.spans(),
        employer_permit::QUOTA_REQUEST_BY.spans(),
        employer_permit::RATIO_MINIMA.spans(),
        employer_permit::SMALL_BUSINESS_EXEMPTION.spans(),
        employer_permit::BRANCH_EXEMPTION.spans(),
        intra_corporate_transfer::LIMITS.spans(),
        remote_work::MIN_MONTHLY_INCOME_USD.spans(),
        labour_immigrant::ADVANCE_TAX_MCI.spans(),
    ]
}

/// The countries the walk tries for a country question: one per class of what the families
/// conclude from it (the questionnaire's progress search tries fewer: `Samples::Countries`).
pub fn country_classes(
    question: super::questions::QuestionId,
) -> Option<Vec<super::countries::Country>> {
    use super::questions::QuestionId as Q;
    match question {
        Q::Citizenship => Some(applicant::citizenship_classes()),
        Q::IctCompanyCountry => Some(intra_corporate_transfer::company_classes()),
        _ => None,
    }
}

/// The route to show should no family weigh one (none does for complete answers; a test walks
/// them all): for a foreigner, the general rule, to be confirmed.
pub fn unweighed() -> super::outcome::RouteAssessment {
    employer_permit::to_confirm()
}
