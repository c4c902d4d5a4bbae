//! The employer's hiring plan: one company, described once, and several planned hires in
//! order. Each hire goes through the same engine as the questionnaire, its questions answered
//! from the hire, the company and the hires before it; no rule is written again here. Across
//! the plan it gathers what no single answer shows: the local-content ratio per category group
//! after each hire (each permit changes it, so the order matters), the first hire that would
//! breach it and what would fix it, the permits per category to put in the quota request, the
//! fees, one timeline and one checklist.

mod assessment;
mod company;
mod hire;
pub mod link;
pub mod markdown;
pub mod report;
pub mod wire;
pub mod wording;

pub use assessment::{Breach, Counted, Fee, HireResult, PlanAssessment, QuotaLine, assess};
pub use company::{COMPANY_QUESTIONS, Company};
pub use hire::{HIRE_QUESTIONS, Hire, Unanswerable};
