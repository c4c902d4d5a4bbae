//! The questionnaire's navigation, as the URL fragment carries it.

use kz_eligibility::journey::{Location, Screen};
use kz_eligibility::rules::{Answer, Country, OptionId, QuestionId as Q};

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
        location.answers.clone().with(
            Q::Citizenship,
            Answer::Country(Country::parse("KG").unwrap()),
        ),
        as_of(),
    );
    assert_eq!(next.screen, Screen::Question(Q::ResidencePermit));
    let done = at(&format!("#at=q.eaeu_days_in_180&{EAEU}"));
    assert_eq!(
        done.after_answer(done.answers.clone(), as_of()).screen,
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
    let answers = change.answers.clone().with(
        Q::Citizenship,
        Answer::Country(Country::parse("IN").unwrap()),
    );
    let next = change.after_answer(answers, as_of());
    assert_eq!(next.screen, Screen::Question(Q::SpecialStatus));
    assert_eq!(
        next.answers.choice(Q::ResidencePermit),
        Some(OptionId::NoPermit)
    );
    // Changing to another EAEU state needs nothing new: back to the check page.
    let same = change.after_answer(
        change.answers.clone().with(
            Q::Citizenship,
            Answer::Country(Country::parse("RU").unwrap()),
        ),
        as_of(),
    );
    assert_eq!(same.screen, Screen::Check);
}

#[test]
fn progress_counts_the_questions_asked_and_estimates_the_rest() {
    let (n, total) = at("#at=q.role").progress(as_of()).unwrap();
    assert!(n == 1 && (4..=12).contains(&total), "{n} of {total}");
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
        total >= 8,
        "an employment journey has more to come: {total}"
    );
    assert_eq!(at("#at=start").progress(as_of()), None);
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
        let moved = location.after_answer(location.answers.clone(), as_of());
        let (moved_back, _) = Location::parse(&moved.to_fragment(), as_of());
        assert_eq!(
            moved.written(as_of()),
            moved_back,
            "{fragment}, after an answer"
        );
    }
}
