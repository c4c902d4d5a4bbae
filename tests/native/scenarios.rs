//! One row per case: who answers what, and where the rules must lead.

use kz_eligibility::rules::{
    Answer, Answers, OptionId, PermitNeed, QuestionId, RouteId, SourceId, Step, evaluate,
};

use super::as_of;

struct Case {
    citizenship: OptionId,
    route: RouteId,
    work_permit: PermitNeed,
    cites: &'static [SourceId],
}

const CASES: &[Case] = &[
    Case {
        citizenship: OptionId::Russia,
        route: RouteId::EaeuCitizen,
        work_permit: PermitNeed::NotRequired,
        cites: &[SourceId::EaeuTreatyArt97],
    },
    Case {
        citizenship: OptionId::Belarus,
        route: RouteId::EaeuCitizen,
        work_permit: PermitNeed::NotRequired,
        cites: &[SourceId::EaeuTreatyArt97],
    },
    Case {
        citizenship: OptionId::Kyrgyzstan,
        route: RouteId::EaeuCitizen,
        work_permit: PermitNeed::NotRequired,
        cites: &[SourceId::EaeuTreatyArt97],
    },
    Case {
        citizenship: OptionId::Armenia,
        route: RouteId::EaeuCitizen,
        work_permit: PermitNeed::NotRequired,
        cites: &[SourceId::EaeuTreatyArt97],
    },
    Case {
        citizenship: OptionId::OtherCountry,
        route: RouteId::EmployerWorkPermit,
        work_permit: PermitNeed::RequiredUnlessExempt,
        cites: &[SourceId::MigrationLawArt36_1, SourceId::Resolution1041],
    },
];

#[test]
fn with_no_answers_the_first_question_is_citizenship() {
    match evaluate(&Answers::new(), as_of()) {
        Step::Ask(question) => assert_eq!(question.id, QuestionId::Citizenship),
        Step::Conclude(outcome) => panic!("concluded without answers: {outcome:?}"),
    }
}

#[test]
fn citizenship_decides_the_route_and_the_permit_need() {
    for case in CASES {
        let answers =
            Answers::new().with(QuestionId::Citizenship, Answer::Choice(case.citizenship));
        let Step::Conclude(outcome) = evaluate(&answers, as_of()) else {
            panic!("{:?}: no conclusion", case.citizenship);
        };
        assert_eq!(outcome.route, case.route, "{:?}", case.citizenship);
        assert_eq!(
            outcome.work_permit, case.work_permit,
            "{:?}",
            case.citizenship
        );
        let cited: Vec<SourceId> = outcome.reasons.iter().map(|reason| reason.source).collect();
        for source in case.cites {
            assert!(
                cited.contains(source),
                "{:?} must cite {source:?}",
                case.citizenship
            );
        }
    }
}

#[test]
fn the_eaeu_verdict_rests_on_treaty_article_97() {
    let answers = Answers::new().with(QuestionId::Citizenship, Answer::Choice(OptionId::Armenia));
    let Step::Conclude(outcome) = evaluate(&answers, as_of()) else {
        panic!("no conclusion");
    };
    assert_eq!(outcome.reasons[0].source, SourceId::EaeuTreatyArt97);
}

#[test]
fn every_option_of_the_citizenship_question_has_a_scenario() {
    let kz_eligibility::rules::QuestionKind::Choice(options) =
        QuestionId::Citizenship.question().kind;
    for option in options {
        assert!(
            CASES.iter().any(|case| case.citizenship == *option),
            "no scenario for {option:?}"
        );
    }
}
