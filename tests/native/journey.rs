//! The questionnaire's navigation, as the URL fragment carries it.

use kz_eligibility::journey::{Location, Screen};
use kz_eligibility::rules::{
    Answer, Answers, Country, LONGEST_JOURNEY, OptionId, QuestionId as Q, applicable,
};

use super::as_of;

fn at(fragment: &str) -> Location {
    let (location, rejected) = Location::parse(fragment, as_of());
    assert!(rejected.is_empty(), "{fragment}: {rejected:?}");
    location
}

const EAEU: &str =
    "role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=12";

#[test]
fn an_empty_or_hostile_fragment_opens_the_start_page() {
    for fragment in ["", "#", "#at=start", "#&&&", "#at=q.nonsense", "#%%%=="] {
        let (location, _) = Location::parse(fragment, as_of());
        assert_eq!(location.screen, Screen::Start, "{fragment}");
    }
}

#[test]
fn a_fragment_round_trips() {
    // Written once, a fragment records the schema and rules version and then reads back whole.
    let location = at(&at(&format!("#at=check&{EAEU}")).to_fragment());
    assert_eq!(location.screen, Screen::Check);
    assert_eq!(at(&location.to_fragment()), location);
    assert!(location.to_fragment().starts_with("v=1&rules="));
}

#[test]
fn every_walked_answer_set_survives_a_link() {
    for path in kz_eligibility::rules::walk(as_of()) {
        let location = Location {
            answers: path.answers.clone(),
            ..Location::start()
        }
        .at(Screen::Result);
        let (read, rejected) = Location::parse(&location.to_fragment(), as_of());
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(read.answers, path.answers);
        assert_eq!(read.screen, Screen::Result);
    }
}

#[test]
fn a_link_from_another_schema_or_rules_version_is_read_and_flagged() {
    let (location, _) = Location::parse(
        &format!("#v=2&rules=2025.01.0&was=business_visa&at=result&{EAEU}"),
        as_of(),
    );
    assert!(location.saved.unknown_schema);
    assert_eq!(location.saved.rules.as_deref(), Some("2025.01.0"));
    assert_eq!(
        location.saved.primary,
        kz_eligibility::rules::RouteId::parse("business_visa")
    );
    assert_eq!(location.screen, Screen::Result);
    let (location, _) = Location::parse("#rules=<script>&was=nonsense", as_of());
    assert_eq!(location.saved.rules, None);
    assert_eq!(location.saved.primary, None);
}

#[test]
fn bad_answers_are_dropped_and_the_rest_kept() {
    let (location, rejected) = Location::parse(
        "#at=result&role=worker&citizenship=XX&shoe_size=44",
        as_of(),
    );
    assert_eq!(rejected.len(), 2);
    assert_eq!(location.answers.choice(Q::Role), Some(OptionId::Worker));
    // The result needs complete answers: the visitor is taken to the next question.
    assert_eq!(location.screen, Screen::Question(Q::Citizenship));
}

#[test]
fn answering_leads_to_the_next_question_then_to_check_your_answers() {
    let location = at("#at=q.citizenship&role=worker");
    let next = location.after_answer(
        Q::Citizenship,
        Answer::Country(Country::parse("KG").unwrap()),
        as_of(),
    );
    assert_eq!(next.screen, Screen::Question(Q::ResidencePermit));
    let done = at(&format!("#at=q.eaeu_days_in_180&{EAEU}"));
    assert_eq!(
        done.after_answer(Q::EaeuDaysIn180, Answer::Number(12), as_of())
            .screen,
        Screen::Check
    );
}

#[test]
fn back_goes_to_the_previous_question_and_keeps_the_answers() {
    let location = at(&format!("#at=q.eaeu_days_in_180&{EAEU}"));
    let back = location.back(as_of());
    assert_eq!(back.screen, Screen::Question(Q::EaeuPurpose));
    assert_eq!(back.answers, location.answers);
    assert_eq!(at("#at=q.role").back(as_of()).screen, Screen::Start);
    assert_eq!(
        at(&format!("#at=result&{EAEU}")).back(as_of()).screen,
        Screen::Check
    );
}

#[test]
fn changing_an_early_answer_keeps_later_ones_that_apply_and_asks_what_became_relevant() {
    let check = at(&format!("#at=check&{EAEU}"));
    let change = check.change(Q::Citizenship);
    assert_eq!(change.screen, Screen::Question(Q::Citizenship));
    // From Kyrgyzstan to India: no longer EAEU, so the status question becomes relevant; the
    // residence answer still applies and is kept.
    let next = change.after_answer(
        Q::Citizenship,
        Answer::Country(Country::parse("IN").unwrap()),
        as_of(),
    );
    assert_eq!(next.screen, Screen::Question(Q::SpecialStatus));
    assert_eq!(
        next.answers.choice(Q::ResidencePermit),
        Some(OptionId::NoPermit)
    );
    // Changing to another EAEU state needs nothing new: back to the check page.
    let same = change.after_answer(
        Q::Citizenship,
        Answer::Country(Country::parse("RU").unwrap()),
        as_of(),
    );
    assert_eq!(same.screen, Screen::Check);
}

const DEPUTY: &str = "role=employer&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=deputy_head&employer_type=kazakh_company&foreign_owned=no&permit_request=new_permit&employer_headcount=300&kazakh_staff=40&foreign_staff=2&vacancy_posted=yes";

#[test]
fn staff_counted_for_another_category_group_are_asked_again_and_the_check_page_says_why() {
    let change = at(&format!("#at=check&{DEPUTY}")).change(Q::Position);
    // The counts were of heads and deputies (categories 1-2); a specialist is counted among
    // categories 3-4, so both counts are asked again, one after the other.
    let next = change.after_answer(Q::Position, Answer::Choice(OptionId::Specialist), as_of());
    assert_eq!(next.screen, Screen::Question(Q::KazakhStaff));
    assert!(!next.answers.is_answered(Q::KazakhStaff));
    assert!(!next.answers.is_answered(Q::ForeignStaff));
    assert_eq!(next.reasked, [Q::KazakhStaff, Q::ForeignStaff]);
    assert!(next.changing);
    // The note of why survives the address.
    let (read_back, _) = Location::parse(&next.to_fragment(), as_of());
    assert_eq!(read_back.reasked, next.reasked);
    let next = next.after_answer(Q::KazakhStaff, Answer::Number(300), as_of());
    assert_eq!(next.screen, Screen::Question(Q::ForeignStaff));
    let done = next.after_answer(Q::ForeignStaff, Answer::Number(3), as_of());
    assert_eq!(done.screen, Screen::Check);
    assert_eq!(done.reasked, [Q::KazakhStaff, Q::ForeignStaff]);
    assert_eq!(done.answers.number(Q::KazakhStaff), Some(300));
    // Seen the result, the note is gone.
    assert!(done.at(Screen::Result).reasked.is_empty());
}

#[test]
fn a_change_that_keeps_what_the_staff_counts_mean_keeps_the_counts() {
    // A chief executive is in the same group as a deputy: nothing is asked again.
    let change = at(&format!("#at=check&{DEPUTY}")).change(Q::Position);
    let next = change.after_answer(
        Q::Position,
        Answer::Choice(OptionId::ChiefExecutive),
        as_of(),
    );
    assert_eq!(next.answers.number(Q::KazakhStaff), Some(40));
    assert!(next.reasked.is_empty());
    // From employment to a transfer, the same numbers count other staff: asked again.
    let change = at(&format!("#at=check&{DEPUTY}")).change(Q::Purpose);
    let next = change.after_answer(
        Q::Purpose,
        Answer::Choice(OptionId::IntraCorporateTransfer),
        as_of(),
    );
    assert_eq!(next.reasked, [Q::KazakhStaff, Q::ForeignStaff]);
    // A hostile note is read as far as it names questions.
    let (location, _) = Location::parse(
        &format!("#at=check&{DEPUTY}&again=kazakh_staff,<x>,"),
        as_of(),
    );
    assert_eq!(location.reasked, [Q::KazakhStaff]);
}

#[test]
fn progress_counts_the_questions_asked_and_the_most_still_possible() {
    let (n, total) = at("#at=q.role").progress(as_of()).unwrap();
    assert_eq!((n, total), (1, LONGEST_JOURNEY));
    let (n, total) = at(&format!("#at=q.eaeu_days_in_180&{EAEU}"))
        .progress(as_of())
        .unwrap();
    assert_eq!((n, total), (5, 5));
    let employment = at(
        "#at=q.position&role=employer&citizenship=US&residence_permit=none&special_status=no_special_status&purpose=employment",
    );
    let (n, total) = employment.progress(as_of()).unwrap();
    assert_eq!(n, 6);
    assert!(
        total >= 12,
        "an employment journey can still ask about the permit and the staff: {total}"
    );
    assert_eq!(at("#at=start").progress(as_of()), None);
}

#[test]
fn the_longest_journey_is_the_longest_walked_path() {
    let longest = super::walk::paths()
        .iter()
        .map(|path| applicable(&path.answers, as_of()).len())
        .max()
        .unwrap();
    // The walk takes one role; the role question is asked in every journey.
    let with_role = longest + usize::from(!super::walk::paths()[0].answers.is_answered(Q::Role));
    assert_eq!(with_role, LONGEST_JOURNEY);
}

/// The questions of a path in the order they are asked, each with "question n of m" as its
/// page shows it, answering one at a time as a visitor would.
fn progress_along(answers: &Answers) -> Vec<(Q, usize, usize)> {
    let mut location = at("#at=q.role");
    let mut seen = Vec::new();
    while let Screen::Question(question) = location.screen {
        let (n, total) = location.progress(as_of()).unwrap();
        seen.push((question, n, total));
        let answer = match (question, answers.get(question)) {
            (_, Some(answer)) => answer.clone(),
            (Q::Role, None) => Answer::Choice(OptionId::Worker),
            (question, None) => panic!("the path has no answer to {question}"),
        };
        location = location.after_answer(question, answer, as_of());
    }
    seen
}

#[test]
fn the_progress_total_never_grows_over_a_journey() {
    let named = [
        // An Uzbek welder; an HR manager of a wholly foreign-owned company; a Kazakh IT owner
        // hiring; a Kyrgyz engineer on day 85.
        "role=worker&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment&position=skilled_worker&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=300&small_business_entity=no&kazakh_staff=250&foreign_staff=3&vacancy_posted=yes",
        "role=employer&citizenship=DE&residence_permit=none&special_status=no_special_status&purpose=employment&position=deputy_head&employer_type=kazakh_company&foreign_owned=yes&deputy_exemption_used=no",
        "role=employer&citizenship=IN&residence_permit=none&special_status=no_special_status&purpose=employment&position=specialist&employer_type=astana_hub_participant&permit_request=new_permit&employer_headcount=15&small_business_entity=yes&vacancy_posted=no",
        "role=worker&citizenship=KG&residence_permit=none&eaeu_purpose=employment&eaeu_days_in_180=85",
    ]
    .map(|fragment| at(fragment).answers);
    // Every 97th walked path besides: each class of journey, without the minutes of all.
    let walked = super::walk::paths()
        .iter()
        .step_by(97)
        .map(|path| path.answers.clone());
    for answers in named.into_iter().chain(walked) {
        let steps = progress_along(&answers);
        let asked = steps.len();
        for pair in steps.windows(2) {
            let [(_, _, before), (question, n, total)] = pair else {
                unreachable!()
            };
            assert!(
                total <= before && n <= total,
                "{question}: question {n} of {total} after a total of {before}, answering {answers:?}"
            );
        }
        // The last answer may end the journey sooner than the longest way on would.
        let (_, _, last) = steps[asked - 1];
        assert!(last >= asked, "{steps:?}");
    }
}

/// Prints the longest fragment of any walked journey, with its dates, for the closing note.
#[test]
#[ignore]
fn longest_fragment() {
    use kz_eligibility::rules::Dates;
    let longest = kz_eligibility::rules::walk(as_of())
        .into_iter()
        .map(|path| {
            let dates = Dates::new()
                .with(kz_eligibility::rules::Anchor::StartOfWork, as_of())
                .with(kz_eligibility::rules::Anchor::Entry, as_of())
                .with(kz_eligibility::rules::Anchor::VacancyPosting, as_of())
                .with(kz_eligibility::rules::Anchor::PermitExpiry, as_of())
                .with(kz_eligibility::rules::Anchor::VisaExpiry, as_of());
            Location {
                answers: path.answers,
                dates,
                ..Location::start()
            }
            .at(Screen::Result)
            .to_fragment()
        })
        .max_by_key(String::len)
        .unwrap();
    println!("{} chars: #{longest}", longest.len());
}

#[test]
fn a_step_shown_at_once_is_the_location_its_address_reads_back_as() {
    // The app shows its own steps without parsing the address it writes: what it shows must be
    // what a reload of that address would show.
    for fragment in [
        "#at=start".to_owned(),
        format!("#at=check&{EAEU}"),
        format!("#at=result&{EAEU}"),
        format!("#v=1&rules=2025.01.0&was=business_visa&at=result&{EAEU}"),
        format!("#at=q.residence_permit&{EAEU}"),
        "#at=result&role=worker".to_owned(),
    ] {
        let (location, _) = Location::parse(&fragment, as_of());
        let (read_back, _) = Location::parse(&location.to_fragment(), as_of());
        assert_eq!(location.clone().written(as_of()), read_back, "{fragment}");
        let moved = match location.screen {
            Screen::Question(question) => {
                location.after_answer(question, question.sample_answers().remove(0), as_of())
            }
            _ => location.after_answer(Q::Role, Answer::Choice(OptionId::Worker), as_of()),
        };
        let (moved_back, _) = Location::parse(&moved.to_fragment(), as_of());
        assert_eq!(
            moved.written(as_of()),
            moved_back,
            "{fragment}, after an answer"
        );
    }
}
