//! The company, described once for the whole plan: its answers to the employer's questions
//! (the same ids as the questionnaire's) and its staff per category group.

use crate::rules::{Answer, Answers, QuestionId as Q, QuestionKind};

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

impl Company {
    /// The company once `count` Kazakh citizens join its staff in a category group (0:
    /// categories 1-2, 1: 3-4), as the breach's fix adds them: they are counted in the group
    /// and, where the company gave its headcount, in the headcount too (each within its
    /// question's bounds).
    pub fn with_kazakh_added(&self, group: u8, count: u32) -> Company {
        let mut company = self.clone();
        let group = usize::from(group.min(1));
        company.kazakh[group] = within(Q::KazakhStaff, company.kazakh[group], count);
        if let Some(headcount) = company.answers.number(Q::EmployerHeadcount) {
            company.answers = std::mem::take(&mut company.answers).with(
                Q::EmployerHeadcount,
                Answer::Number(within(Q::EmployerHeadcount, headcount, count)),
            );
        }
        company
    }
}

/// A number with `count` added, at most the question's largest answer.
fn within(question: Q, number: u32, count: u32) -> u32 {
    let sum = number.saturating_add(count);
    match question.question().kind {
        QuestionKind::Number { max, .. } => sum.min(max),
        _ => sum,
    }
}
