//! "I don't know": a worker may not know the employer's numbers (headcount, staff per group,
//! foreign staff, the vacancy's posting, the ownership). The answer is offered to the worker
//! only; what depends on it becomes "the employer must check", never a verdict the worker
//! cannot check.

use std::sync::OnceLock;

use kz_eligibility::blocks::ResultBlocks;
use kz_eligibility::i18n::Lang;
use kz_eligibility::journey::Location;
use kz_eligibility::rules::{
    Answer, Answers, Eligibility, LONGEST_JOURNEY, Obligation, ObligationId, Party, Path,
    QuestionId as Q, ReasonId, Stage, applicable, offers_unknown, walk_with_unknowns,
};

use super::as_of;
use crate::fixtures::{outcome as outcome_of, read};

/// Journeys into every question that allows "I don't know", walked with it tried wherever it
/// is allowed: an Uzbek worker (residence permit), an Indian one (visa), a German deputy head
/// and a transfer.
fn paths() -> &'static [Path] {
    static PATHS: OnceLock<Vec<Path>> = OnceLock::new();
    PATHS.get_or_init(|| {
        [
            "role=worker&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment",
            "role=worker&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment",
            "role=worker&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=intra_corporate_transfer",
        ]
        .into_iter()
        .flat_map(|start| walk_with_unknowns(read(start).0, as_of()))
        .collect()
    })
}

fn unknowns(answers: &Answers) -> Vec<Q> {
    answers
        .iter()
        .filter(|(_, answer)| **answer == Answer::Unknown)
        .map(|(question, _)| question)
        .collect()
}

#[test]
fn only_a_worker_is_offered_i_dont_know_and_only_where_a_question_allows_it() {
    let worker = read("role=worker").0;
    let employer = read("role=employer").0;
    for question in [
        Q::EmployerHeadcount,
        Q::SmallBusinessEntity,
        Q::KazakhStaff,
        Q::ForeignStaff,
        Q::VacancyPosted,
        Q::ForeignOwned,
    ] {
        assert!(offers_unknown(question, &worker), "{question}");
        assert!(!offers_unknown(question, &employer), "{question}");
    }
    for question in [
        Q::Citizenship,
        Q::Position,
        Q::EaeuDaysIn180,
        Q::PermitRequest,
    ] {
        assert!(!offers_unknown(question, &worker), "{question}");
        assert_eq!(Answer::decode(question, "unknown"), None, "{question}");
    }
    assert_eq!(
        Answer::decode(Q::KazakhStaff, "unknown"),
        Some(Answer::Unknown)
    );
    assert_eq!(
        Answer::read_typed(Q::KazakhStaff, " unknown "),
        Some(Answer::Unknown)
    );
}

#[test]
fn every_unknown_answer_is_left_for_the_employer_to_check_and_never_refuses() {
    let mut with_unknowns = 0;
    for path in paths() {
        let unknown = unknowns(&path.answers);
        if unknown.is_empty() {
            continue;
        }
        with_unknowns += 1;
        let outcome = &path.outcome;
        let says_to_check = outcome
            .routes()
            .flat_map(|route| &route.reasons)
            .any(|reason| reason.id.is_to_check());
        assert!(
            says_to_check,
            "{unknown:?} but nothing to check: {:?}",
            path.answers
        );
        // The employer's part of the plan lists what to check, before anything else: the
        // result's plan, or that of the other route the unknown answer concerns.
        let is_check = |o: &Obligation| {
            o.party == Party::Employer
                && o.id.stage() == Stage::Prepare
                && o.id.as_str().starts_with("check_")
        };
        let checks = outcome.obligations.iter().any(is_check)
            || outcome.alternatives.iter().any(|route| {
                route.reasons.iter().any(|reason| reason.id.is_to_check())
                    && route.asks.obligations.iter().any(is_check)
            });
        let only_posting = unknown == [Q::VacancyPosted];
        assert!(
            checks || only_posting,
            "no check for {unknown:?}: {:?}",
            path.answers
        );
        // Not knowing a number never refuses the permit on the local-content share.
        assert!(
            !(outcome.primary.eligible == Eligibility::No
                && outcome.primary.reasons[0].id == ReasonId::RatioBreached
                && (path.answers.is_unknown(Q::EmployerHeadcount)
                    || path.answers.is_unknown(Q::SmallBusinessEntity))),
            "{:?}",
            path.answers
        );
    }
    assert!(with_unknowns > 100, "{with_unknowns} paths with an unknown");
    println!(
        "{} paths walked with \"I don't know\", {with_unknowns} with at least one",
        paths().len()
    );
}

#[test]
fn paths_with_unknowns_read_whole_to_the_worker_in_every_language() {
    let mut seen = std::collections::HashSet::new();
    for path in paths() {
        if seen.insert(format!("{:?}", path.outcome)) {
            for lang in Lang::ALL {
                super::walk::assert_reads_whole(*lang, path, Party::Worker);
            }
        }
    }
}

#[test]
fn i_dont_know_never_makes_a_journey_longer_than_the_longest() {
    let longest = paths()
        .iter()
        .map(|path| applicable(&path.answers, as_of()).len())
        .max()
        .unwrap();
    assert!(longest <= LONGEST_JOURNEY, "{longest}");
}

#[test]
fn the_worker_reads_what_the_employer_must_check_in_the_first_step() {
    let (location, _) = Location::parse(
        "#role=worker&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment&position=skilled_worker&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=unknown&kazakh_staff=unknown&foreign_staff=unknown&vacancy_posted=unknown",
        as_of(),
    );
    let outcome = outcome_of(&location.answers, as_of());
    assert_eq!(outcome.primary.eligible, Eligibility::Confirm);
    let blocks = ResultBlocks::new(Lang::En, &outcome, Party::Worker, as_of());
    let first = &blocks.steps[0];
    assert_eq!(first.stage, Stage::Prepare);
    let check = first
        .actions
        .iter()
        .find(|action| action.obligation.id == ObligationId::CheckLocalContent)
        .expect("the employer's check is the first step");
    assert_eq!(check.party, "Employer");
    assert!(
        check
            .text
            .starts_with("Before applying, check the local-content ratio")
    );
    assert_eq!(blocks.verdict, Lang::En.text("eligibility.confirm"));
    // The check page reads the answer back.
    assert_eq!(Lang::Ru.answer(Q::KazakhStaff, &Answer::Unknown), "Не знаю");
}

#[test]
fn every_statement_of_what_to_check_is_said_in_the_walk_with_unknowns() {
    let said: std::collections::BTreeSet<ReasonId> = paths()
        .iter()
        .flat_map(|path| path.outcome.routes().flat_map(|route| &route.reasons))
        .map(|reason| reason.id)
        .collect();
    // What is checked only on other days than the walk's is covered by the dated scenarios.
    const ONLY_ON_OTHER_DAYS: &[ReasonId] = &[
        ReasonId::RatioExemptionToCheckAnySize,
        ReasonId::RatioRulesNotKnown,
    ];
    for id in ReasonId::ALL.iter().filter(|id| id.is_to_check()) {
        assert!(
            said.contains(id) || ONLY_ON_OTHER_DAYS.contains(id),
            "never said: {id}"
        );
    }
}
