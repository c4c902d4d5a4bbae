//! Which question comes next. Questions are asked in one fixed order, each when a family that
//! asks it says so; the first applicable unanswered one is next. Because answers are keyed by
//! question id, changing an early answer keeps every later answer that still applies.

use chrono::NaiveDate;

use super::answers::{Answer, Answers};
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
    // Two plain loops, not a flattened iterator: this runs for every question at every
    // evaluation (fifty hires at each staff count typed into the hiring plan), and the
    // flattened form cost more than the conditions it tests.
    for family in FAMILIES {
        for ask in family.asks {
            if ask.question() == question && (ask.condition())(a, as_of) {
                return true;
            }
        }
    }
    false
}

/// Records `answer` to `question`, forgetting each later answer whose meaning it changes (staff
/// counted for the position's category group, when the position moves to another group):
/// those are asked again, and are returned, in question order, to say why.
pub fn answer(a: &Answers, question: Q, answer: Answer) -> (Answers, Vec<Q>) {
    let mut after = a.clone().with(question, answer);
    let mut stale = Vec::new();
    for later in ORDER.iter().copied().filter(|later| a.is_answered(*later)) {
        if let Some(meaning) = super::catalogue::declared(later).meaning
            && meaning(a) != meaning(&after)
        {
            after.remove(later);
            stale.push(later);
        }
    }
    (after, stale)
}

/// Whether the visitor is offered "I don't know" for `question`: where its family allows it,
/// and to a worker, who may not know the employer's numbers (the employer knows them).
pub fn offers_unknown(question: Q, a: &Answers) -> bool {
    question.may_be_unknown() && super::routes::reader(a) == super::outcome::Party::Worker
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

/// How many questions this journey can come to at most: those that apply so far, plus the
/// longest continuation that the declared sample answers (one per class of what the rules
/// read, both sides of every threshold) can lead to. Each answer narrows the continuations, so
/// the total shrinks or stays as the visitor goes on, and never grows.
pub fn estimated_total(a: &Answers, as_of: NaiveDate) -> usize {
    let mut budget = SEARCH_BUDGET;
    longest(&relevant(a, as_of), 0, 0, as_of, &mut budget).unwrap_or(LONGEST_JOURNEY)
}

/// The most questions any journey asks (the role included); a test checks it against the
/// walk of every path.
pub const LONGEST_JOURNEY: usize = 15;

/// How many branches the progress search may open. It stops at the first continuation as long
/// as the longest journey, so it opens a few dozen at most (70 from the start, 24 on average
/// over the walk's journeys); the budget only bounds a case no test has met.
const SEARCH_BUDGET: usize = 2_000;

/// The most questions asked along any continuation of `a` from `ORDER[from]` on, `count`
/// having applied before it; `None` once the budget is spent. A question's condition reads
/// only earlier questions, so one pass in order settles each branch.
fn longest(
    a: &Answers,
    from: usize,
    mut count: usize,
    as_of: NaiveDate,
    budget: &mut usize,
) -> Option<usize> {
    for (index, question) in ORDER.iter().copied().enumerate().skip(from) {
        let answered = a.is_answered(question);
        if !is_asked(question, a, as_of) {
            // An answer kept from before no longer applies here: it must not steer what follows.
            if answered {
                let mut without = a.clone();
                without.remove(question);
                return longest(&without, index + 1, count, as_of, budget);
            }
            continue;
        }
        count += 1;
        if answered {
            continue;
        }
        *budget = budget.checked_sub(1)?;
        let mut most = count;
        for answer in question.path_answers() {
            let mut next = a.clone();
            next.insert(question, answer);
            most = most.max(longest(&next, index + 1, count, as_of, budget)?);
            // No journey is longer: the rest cannot change the answer.
            if most >= LONGEST_JOURNEY {
                break;
            }
        }
        return Some(most);
    }
    Some(count)
}
