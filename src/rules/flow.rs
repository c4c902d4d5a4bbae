//! Which question comes next. Questions are asked in one fixed order, each when a family that
//! asks it says so; the first applicable unanswered one is next. Because answers are keyed by
//! question id, changing an early answer keeps every later answer that still applies.

use chrono::NaiveDate;

use super::answers::Answers;
use super::questions::QuestionId as Q;
use super::routes::FAMILIES;

/// The order in which questions are considered: data, kept here only, so that saved answers
/// keep their meaning. A question's condition reads only questions before it.
pub const ORDER: &[Q] = &[
    Q::Role,
    Q::Citizenship,
    Q::ResidencePermit,
    Q::EaeuPurpose,
    Q::EaeuDaysIn180,
    Q::SpecialStatus,
    Q::Purpose,
    Q::Position,
    Q::EmployerType,
    Q::ForeignOwned,
    Q::DeputyExemptionUsed,
    Q::SezProjectListed,
    Q::IctMonthsWithCompany,
    Q::IctCompanyCountry,
    Q::PermitRequest,
    Q::ExtensionsSoFar,
    Q::EmployerHeadcount,
    Q::SmallBusinessEntity,
    Q::KazakhStaff,
    Q::ForeignStaff,
    Q::VacancyPosted,
    Q::VisitActivities,
    Q::VisitDays,
    Q::InvestorRole,
    Q::InvestmentOver300k,
    Q::RemoteIncomeOver3000,
];

/// Whether `question` applies, given the answers so far and the law in force on `as_of`: some
/// family asks it.
pub fn is_asked(question: Q, a: &Answers, as_of: NaiveDate) -> bool {
    FAMILIES
        .iter()
        .flat_map(|family| family.asks)
        .any(|ask| ask.question() == question && (ask.condition())(a, as_of))
}

/// The next question to ask, or `None` when the answers are complete.
pub fn next_question(a: &Answers, as_of: NaiveDate) -> Option<Q> {
    ORDER
        .iter()
        .copied()
        .find(|question| is_asked(*question, a, as_of) && !a.is_answered(*question))
}

/// The questions that apply to these answers, in order: answered or not.
pub fn applicable(a: &Answers, as_of: NaiveDate) -> Vec<Q> {
    ORDER
        .iter()
        .copied()
        .filter(|question| is_asked(*question, a, as_of))
        .collect()
}

/// The answers to questions that apply, dropping those that an earlier change made
/// irrelevant. A question's condition looks only at questions before it in [`ORDER`], so one
/// pass in that order settles everything.
pub fn relevant(a: &Answers, as_of: NaiveDate) -> Answers {
    ORDER
        .iter()
        .fold(Answers::new(), |kept, question| match a.get(*question) {
            Some(answer) if is_asked(*question, &kept, as_of) => {
                kept.with(*question, answer.clone())
            }
            _ => kept,
        })
}

/// An honest estimate of how many questions this journey will have: those answered, plus the
/// ones a typical continuation asks (each remaining question answered with its first sample).
/// It can change as answers come, hence "about".
pub fn estimated_total(a: &Answers, as_of: NaiveDate) -> usize {
    let mut answers = relevant(a, as_of);
    // Every question is asked at most once, so this ends within ORDER.len() rounds.
    for _ in 0..ORDER.len() {
        let Some(question) = next_question(&answers, as_of) else {
            break;
        };
        let Some(answer) = question.sample_answers().into_iter().next() else {
            break;
        };
        answers = answers.with(question, answer);
    }
    applicable(&answers, as_of).len()
}
