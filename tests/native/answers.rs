//! Untrusted answers: keep what is valid, report the rest, never panic.

use kz_eligibility::rules::{Answer, Answers, Country, OptionId, QuestionId, Rejection};

#[test]
fn valid_answers_of_every_kind_are_kept() {
    let (answers, rejected) = Answers::decode([
        ("role", "employer"),
        ("citizenship", "BY"),
        ("visit_activities", "training,meetings"),
        ("visit_days", "14"),
    ]);
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(answers.choice(QuestionId::Role), Some(OptionId::Employer));
    assert_eq!(
        answers.country(QuestionId::Citizenship),
        Country::parse("BY")
    );
    // Ticked options come back in the question's order.
    assert_eq!(
        answers.choices(QuestionId::VisitActivities),
        [OptionId::Meetings, OptionId::Training]
    );
    assert_eq!(answers.number(QuestionId::VisitDays), Some(14));
    assert_eq!((answers.len(), answers.is_empty()), (4, false));
    assert!(Answers::new().is_empty());
}

#[test]
fn unknown_questions_and_invalid_values_are_dropped_and_reported() {
    let (answers, rejected) = Answers::decode([
        ("citizenship", "atlantis"),
        ("citizenship", "by"),
        ("favourite_colour", "blue"),
        ("visit_days", "0"),
        ("visit_days", "366"),
        ("visit_days", "-5"),
        ("visit_days", "1e3"),
        ("visit_days", " 14"),
        ("visit_days", "+14"),
        ("visit_days", ""),
        // More than ten digits, even if they are leading zeros.
        ("visit_days", "00000000014"),
        ("visit_activities", ""),
        ("visit_activities", "meetings,dancing"),
        ("role", "worker,employer"),
        ("", ""),
    ]);
    assert!(answers.is_empty(), "{answers:?}");
    let reasons: Vec<Rejection> = rejected.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == Rejection::UnknownQuestion)
            .count(),
        2
    );
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == Rejection::InvalidValue)
            .count(),
        13
    );
}

#[test]
fn a_number_is_up_to_ten_digits_leading_zeros_included() {
    let (answers, rejected) = Answers::decode([("visit_days", "0000000014")]);
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(answers.number(QuestionId::VisitDays), Some(14));
}

#[test]
fn a_valid_answer_survives_beside_invalid_ones() {
    let (answers, rejected) = Answers::decode([
        ("nonsense", "1"),
        ("citizenship", "AM"),
        ("citizenship\0", "AM"),
    ]);
    assert_eq!(
        answers.country(QuestionId::Citizenship),
        Country::parse("AM")
    );
    assert_eq!(rejected.len(), 2);
}

#[test]
fn answers_of_the_wrong_kind_are_not_recorded() {
    let answers = Answers::new()
        .with(QuestionId::Citizenship, Answer::Number(7))
        .with(QuestionId::VisitDays, Answer::Number(400))
        .with(QuestionId::Role, Answer::Choice(OptionId::Kandas));
    assert!(answers.is_empty());
}

#[test]
fn every_answer_encodes_to_what_it_decodes_from() {
    for path in kz_eligibility::rules::walk(super::as_of())
        .iter()
        .take(2_000)
    {
        for (question, answer) in path.answers.iter() {
            assert_eq!(
                Answer::decode(question, &answer.encode()).as_ref(),
                Some(answer)
            );
        }
    }
}

#[test]
fn a_typed_number_may_be_grouped_as_people_write_it() {
    let staff = QuestionId::KazakhStaff;
    for typed in [
        "1200",
        "1 200",
        "1,200",
        "1.200",
        "1\u{a0}200",
        " 1 200 ",
        "1'200",
    ] {
        assert_eq!(
            Answer::read_typed(staff, typed),
            Some(Answer::Number(1200)),
            "{typed:?}"
        );
    }
    assert_eq!(
        Answer::read_typed(staff, "1 000 000"),
        Some(Answer::Number(1_000_000))
    );
    // Grouped or not, the question's range still holds.
    assert_eq!(Answer::read_typed(staff, "1 000 001"), None);
    // Not a grouping: a decimal, mixed separators, groups not of three, signs.
    for typed in [
        "1,5",
        "1,2000",
        "1 200,000",
        "12 00",
        ",200",
        "-5",
        "1e3",
        "",
    ] {
        assert_eq!(Answer::read_typed(staff, typed), None, "{typed:?}");
    }
    // Links keep the strict decoder: digits only.
    assert_eq!(Answer::decode(staff, "1 200"), None);
}

#[test]
fn an_answer_fits_its_question_exactly_when_it_survives_encoding_and_decoding() {
    // Every kind of answer against every question: each option alone, pairs of options in
    // both orders and twice over, no option at all, countries, numbers around every bound,
    // and "I don't know".
    let options: Vec<OptionId> = QuestionId::ALL
        .iter()
        .flat_map(|question| question.question().options().iter().copied())
        .collect();
    let mut samples = vec![Answer::Unknown, Answer::Choices(Vec::new())];
    for (i, option) in options.iter().enumerate() {
        samples.push(Answer::Choice(*option));
        samples.push(Answer::Choices(vec![*option]));
        samples.push(Answer::Choices(vec![*option, *option]));
        if let Some(next) = options.get(i + 1) {
            samples.push(Answer::Choices(vec![*option, *next]));
            samples.push(Answer::Choices(vec![*next, *option]));
        }
    }
    samples.extend(Country::all().step_by(7).map(Answer::Country));
    for question in QuestionId::ALL {
        if let kz_eligibility::rules::QuestionKind::Number { min, max } = question.question().kind {
            for n in [
                min.saturating_sub(1),
                min,
                min + 1,
                max.saturating_sub(1),
                max,
                max.saturating_add(1),
            ] {
                samples.push(Answer::Number(n));
            }
        }
    }
    samples.extend([0, 1, 9, 10, 999_999_999, u32::MAX].map(Answer::Number));
    for question in QuestionId::ALL.iter().copied() {
        for answer in &samples {
            let round_trip = Answer::decode(question, &answer.encode()).as_ref() == Some(answer);
            assert_eq!(answer.fits(question), round_trip, "{question:?} {answer:?}");
        }
    }
}
