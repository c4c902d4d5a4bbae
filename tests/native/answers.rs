//! Untrusted answers: keep what is valid, report the rest, never panic.

use kz_eligibility::rules::{Answer, Answers, OptionId, QuestionId, Rejection};

#[test]
fn valid_answers_are_kept() {
    let (answers, rejected) = Answers::decode([("citizenship", "by")]);
    assert_eq!(
        answers.get(QuestionId::Citizenship),
        Some(Answer::Choice(OptionId::Belarus))
    );
    assert!(rejected.is_empty());
}

#[test]
fn unknown_questions_and_values_are_dropped_and_reported() {
    let (answers, rejected) = Answers::decode([
        ("citizenship", "atlantis"),
        ("favourite_colour", "blue"),
        ("", ""),
    ]);
    assert!(answers.is_empty());
    let reasons: Vec<Rejection> = rejected.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons,
        [
            Rejection::InvalidValue,
            Rejection::UnknownQuestion,
            Rejection::UnknownQuestion
        ]
    );
}

#[test]
fn a_valid_answer_survives_beside_invalid_ones() {
    let (answers, rejected) = Answers::decode([
        ("nonsense", "1"),
        ("citizenship", "am"),
        ("citizenship\0", "am"),
    ]);
    assert_eq!(
        answers.choice(QuestionId::Citizenship),
        Some(OptionId::Armenia)
    );
    assert_eq!(rejected.len(), 2);
}

#[test]
fn an_option_of_the_right_kind_is_still_checked_against_the_question() {
    // "other" is a valid option id; spelled in another case it is not.
    let (answers, rejected) = Answers::decode([("citizenship", "OTHER")]);
    assert!(answers.is_empty());
    assert_eq!(rejected[0].reason, Rejection::InvalidValue);
}
