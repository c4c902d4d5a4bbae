//! One planned hire, and the questionnaire's answers for it: the hire's own (citizenship,
//! position, new permit or extension...), the company's, the staff counted so far in the plan,
//! and for what neither says, what a hire planned from abroad means (no residence permit yet,
//! no special status, the vacancy not yet posted).

use chrono::NaiveDate;

use super::company::Company;
use crate::rules::{
    Answer, Answers, OptionId as O, Outcome, QUESTION_ORDER, QuestionId as Q, Status, evaluate,
    is_asked, permit_category, staff_group,
};

/// The questions a hire answers itself; a transfer is a hire with months with the parent
/// company.
pub const HIRE_QUESTIONS: &[Q] = &[
    Q::Citizenship,
    Q::ResidencePermit,
    Q::SpecialStatus,
    Q::Position,
    Q::PermitRequest,
    Q::ExtensionsSoFar,
    Q::IctMonthsWithCompany,
    Q::VacancyPosted,
];

/// A planned hire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hire {
    /// A name the employer gives the row; kept on the device, never in a shared link.
    pub label: String,
    /// The first day of the month the hire starts work.
    pub start: NaiveDate,
    /// Answers to [`HIRE_QUESTIONS`] only.
    pub answers: Answers,
}

/// A question the plan cannot answer for a hire: the company or the hire must say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unanswerable(pub Q);

/// The staff the plan has counted in a hire's category group before it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Counts {
    pub kazakh: u32,
    pub foreign: u32,
    pub transferred: u32,
    /// Whether a deputy head has already taken the foreign-owned company's one deputy slot.
    pub deputy_slot_used: bool,
}

impl Hire {
    /// Whether the hire is a transfer from the parent company.
    pub fn is_transfer(&self) -> bool {
        self.answers.is_answered(Q::IctMonthsWithCompany)
    }

    /// The category group of the hire's position, if its position has a permit category.
    pub fn group(&self) -> Option<u8> {
        self.answers
            .choice(Q::Position)
            .and_then(permit_category)
            .map(staff_group)
    }

    /// The questionnaire's answers for this hire and its outcome, as of a day.
    pub(super) fn evaluate(
        &self,
        company: &Company,
        counts: Counts,
        as_of: NaiveDate,
    ) -> Result<(Answers, Outcome), Unanswerable> {
        // Questions are asked in one order and a question's condition reads only those before
        // it, so one pass in that order answers every question the engine will ask.
        let mut answers = Answers::new();
        for question in QUESTION_ORDER.iter().copied() {
            if is_asked(question, &answers, as_of) {
                let answer = self
                    .answer(question, company, counts)
                    .ok_or(Unanswerable(question))?;
                answers = answers.with(question, answer);
            }
        }
        match evaluate(&answers, as_of).status {
            Status::Complete { outcome } => Ok((answers, *outcome)),
            // An answer the engine refused (out of its bounds) leaves its question open.
            Status::NeedsAnswer { next_question } => Err(Unanswerable(next_question)),
        }
    }

    fn answer(&self, question: Q, company: &Company, counts: Counts) -> Option<Answer> {
        // A deputy earlier in the plan takes the one slot, whatever the company said before.
        if question == Q::DeputyExemptionUsed && counts.deputy_slot_used {
            return Some(Answer::Choice(O::Yes));
        }
        if let Some(answer) = self.answers.get(question) {
            return Some(answer.clone());
        }
        if let Some(answer) = company.answers.get(question) {
            return Some(answer.clone());
        }
        let choice = |option| Some(Answer::Choice(option));
        match question {
            Q::Role => choice(O::Employer),
            Q::ResidencePermit => choice(O::NoPermit),
            Q::SpecialStatus => choice(O::NoSpecialStatus),
            Q::EaeuPurpose => choice(O::Employment),
            // Planned from abroad: no days spent yet.
            Q::EaeuDaysIn180 => Some(Answer::Number(0)),
            Q::Purpose if self.is_transfer() => choice(O::IntraCorporateTransfer),
            Q::Purpose => choice(O::Employment),
            Q::DeputyExemptionUsed => choice(O::No),
            Q::KazakhStaff => Some(Answer::Number(counts.kazakh)),
            Q::ForeignStaff if self.is_transfer() => Some(Answer::Number(counts.transferred)),
            Q::ForeignStaff => Some(Answer::Number(counts.foreign)),
            // A hire the plan does not say is an extension is a new permit (or transfer).
            Q::PermitRequest => choice(O::NewPermit),
            // A plan is made before the posting: the result says to post first.
            Q::VacancyPosted => choice(O::No),
            _ => None,
        }
    }
}
