//! Which question comes next. Questions are asked in a fixed order, each only when its
//! condition holds; the first applicable unanswered one is next. Because answers are keyed by
//! question id, changing an early answer keeps every later answer that still applies.

use chrono::NaiveDate;

use super::answers::Answers;
use super::countries::Country;
use super::memberships::is_eaeu_partner;
use super::questions::{OptionId as O, QuestionId as Q};
use super::routes::{employer_permit, exempt_categories};

/// The order in which questions are considered.
pub const ORDER: &[Q] = &[
    Q::Role,
    Q::Citizenship,
    Q::ResidencePermit,
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
    Q::KazakhStaff,
    Q::ForeignStaff,
    Q::VacancyPosted,
    Q::VisitActivities,
    Q::VisitDays,
    Q::InvestorRole,
    Q::InvestmentOver300k,
];

/// A foreign citizen (the rules do not concern Kazakh citizens).
pub fn is_foreigner(a: &Answers) -> bool {
    a.country(Q::Citizenship)
        .is_some_and(|country| country != Country::KAZAKHSTAN)
}

pub fn is_eaeu_citizen(a: &Answers) -> bool {
    a.country(Q::Citizenship).is_some_and(is_eaeu_partner)
}

/// A foreigner whose route depends on the purpose of the stay: not EAEU, not a permanent
/// resident, not in a personal exempt category.
pub fn needs_purpose(a: &Answers) -> bool {
    is_foreigner(a)
        && !is_eaeu_citizen(a)
        && !a.is(Q::ResidencePermit, O::Permanent)
        && matches!(
            a.choice(Q::SpecialStatus),
            Some(O::NoSpecialStatus | O::HighlyQualified)
        )
}

fn purpose(a: &Answers, purpose: O) -> bool {
    needs_purpose(a) && a.is(Q::Purpose, purpose)
}

/// Employment for which the employer's work permit is (or, if an exemption is uncertain, may
/// be) needed: its questions follow.
pub fn needs_employer_permit(a: &Answers) -> bool {
    purpose(a, O::Employment)
        && exempt_categories::employment_exemption(a)
            .is_none_or(|exemption| exemption.is_uncertain())
}

/// Whether `question` applies, given the answers so far and the law in force on `as_of`.
pub fn is_asked(question: Q, a: &Answers, as_of: NaiveDate) -> bool {
    match question {
        Q::Role | Q::Citizenship => true,
        Q::ResidencePermit => is_foreigner(a),
        Q::EaeuDaysIn180 => is_eaeu_citizen(a) && a.is(Q::ResidencePermit, O::NoPermit),
        Q::SpecialStatus => {
            is_foreigner(a) && !is_eaeu_citizen(a) && !a.is(Q::ResidencePermit, O::Permanent)
        }
        Q::Purpose => needs_purpose(a),
        Q::Position => purpose(a, O::Employment) || purpose(a, O::IntraCorporateTransfer),
        Q::EmployerType => purpose(a, O::Employment),
        Q::ForeignOwned => {
            purpose(a, O::Employment)
                && a.is(Q::EmployerType, O::KazakhCompany)
                && matches!(
                    a.choice(Q::Position),
                    Some(O::ChiefExecutive | O::DeputyHead)
                )
        }
        Q::DeputyExemptionUsed => {
            is_asked(Q::ForeignOwned, a, as_of)
                && a.is(Q::Position, O::DeputyHead)
                && a.is(Q::ForeignOwned, O::Yes)
        }
        Q::SezProjectListed => {
            purpose(a, O::Employment) && a.is(Q::EmployerType, O::SezParticipant)
        }
        Q::IctMonthsWithCompany | Q::IctCompanyCountry => purpose(a, O::IntraCorporateTransfer),
        Q::PermitRequest | Q::EmployerHeadcount => needs_employer_permit(a),
        Q::ExtensionsSoFar => needs_employer_permit(a) && a.is(Q::PermitRequest, O::Extension),
        // The staff numbers matter only where the local-content ratio applies.
        Q::KazakhStaff | Q::ForeignStaff => {
            (needs_employer_permit(a) && !employer_permit::is_ratio_exempt(a, as_of))
                || purpose(a, O::IntraCorporateTransfer)
        }
        // The enbek.kz posting applies to applications from 1 Sep 2025 (Order No. 93).
        Q::VacancyPosted => {
            needs_employer_permit(a)
                && a.is(Q::PermitRequest, O::NewPermit)
                && as_of >= employer_permit::ORDER_93_IN_FORCE
        }
        Q::VisitActivities | Q::VisitDays => purpose(a, O::BusinessVisit),
        Q::InvestorRole | Q::InvestmentOver300k => purpose(a, O::Investment),
    }
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
/// ones a typical continuation asks (each remaining question answered with its first option
/// or sample). It can change as answers come, hence "about".
pub fn estimated_total(a: &Answers, as_of: NaiveDate) -> usize {
    let mut answers = relevant(a, as_of);
    // Every question is asked at most once, so this ends within ORDER.len() rounds.
    for _ in 0..ORDER.len() {
        let Some(question) = next_question(&answers, as_of) else {
            break;
        };
        let Some(answer) = super::walk::sample_answers(question).into_iter().next() else {
            break;
        };
        answers = answers.with(question, answer);
    }
    applicable(&answers, as_of).len()
}
