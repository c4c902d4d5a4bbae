//! The company, described once for the whole plan: its answers to the employer's questions
//! (the same ids as the questionnaire's) and its staff per category group.

use crate::rules::{Answers, QuestionId as Q};

/// The questions about the employer that the plan takes from the company.
pub const COMPANY_QUESTIONS: &[Q] = &[
    Q::EmployerType,
    Q::ForeignOwned,
    Q::DeputyExemptionUsed,
    Q::SezProjectListed,
    Q::EmployerHeadcount,
    Q::SmallBusinessEntity,
    Q::IctCompanyCountry,
];

/// The company and its staff before the plan, per category group (0: categories 1-2, heads
/// and heads of divisions; 1: categories 3-4, specialists and skilled workers; see
/// `rules::staff_group`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Company {
    /// Answers to [`COMPANY_QUESTIONS`] only.
    pub answers: Answers,
    /// Kazakh citizens on the staff.
    pub kazakh: [u32; 2],
    /// Foreign workers already employed under a work permit.
    pub foreign: [u32; 2],
    /// Staff already transferred within the company (intra-corporate transfer).
    pub transferred: [u32; 2],
}
