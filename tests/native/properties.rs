//! Properties over random answer sets: evaluation never panics, and it either concludes or asks
//! a question that applies and is still unanswered.

use kz_eligibility::rules::{Answers, QuestionId, Status, evaluate, is_asked, relevant};
use proptest::prelude::*;

use super::as_of;

/// A pair of (question id, value): mostly valid samples, sometimes arbitrary text.
fn pair() -> impl Strategy<Value = (String, String)> {
    let questions = QuestionId::ALL.to_vec();
    prop_oneof![
        4 => (proptest::sample::select(questions.clone()), any::<prop::sample::Index>()).prop_map(
            |(question, index)| {
                let samples = question.sample_answers();
                let answer = &samples[index.index(samples.len())];
                (question.as_str().to_owned(), answer.encode())
            }
        ),
        1 => (proptest::sample::select(questions), ".{0,12}")
            .prop_map(|(question, value)| (question.as_str().to_owned(), value)),
        1 => (".{0,12}", ".{0,12}"),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn evaluation_concludes_or_asks_an_open_question(pairs in prop::collection::vec(pair(), 0..24)) {
        let (answers, _) = Answers::decode(pairs.iter().map(|(q, v)| (q.as_str(), v.as_str())));
        let kept = relevant(&answers, as_of());
        match evaluate(&answers, as_of()).status {
            Status::Complete { .. } => {
                for question in QuestionId::ALL {
                    prop_assert!(!is_asked(*question, &kept, as_of()) || kept.is_answered(*question));
                }
            }
            Status::NeedsAnswer { next_question } => {
                prop_assert!(is_asked(next_question, &kept, as_of()));
                prop_assert!(!kept.is_answered(next_question));
            }
        }
    }

    #[test]
    fn dropping_irrelevant_answers_is_settled_in_one_pass(pairs in prop::collection::vec(pair(), 0..24)) {
        let (answers, _) = Answers::decode(pairs.iter().map(|(q, v)| (q.as_str(), v.as_str())));
        let once = relevant(&answers, as_of());
        prop_assert_eq!(relevant(&once, as_of()), once.clone());
        // What is kept is asked, and nothing that is asked and answered is dropped.
        for (question, answer) in answers.iter() {
            let asked = is_asked(question, &once, as_of());
            prop_assert_eq!(once.get(question), asked.then_some(answer), "{}", question);
        }
        // Irrelevant answers never change the outcome.
        prop_assert_eq!(evaluate(&answers, as_of()), evaluate(&once, as_of()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// A request from the command line or the JS API is untrusted: any text is read into a
    /// request or a clear error, never a panic; an object of answers keeps its valid answers.
    #[test]
    fn any_request_text_is_read_or_refused_never_a_panic(text in ".{0,64}") {
        let _ = kz_eligibility::report::Request::parse(&text);
    }

    #[test]
    fn a_request_object_keeps_its_valid_answers(
        pairs in prop::collection::vec(pair(), 0..12),
        numbers in any::<bool>(),
    ) {
        let answers: serde_json::Map<String, serde_json::Value> = pairs
            .iter()
            .map(|(q, v)| {
                let value = match v.parse::<i64>() {
                    Ok(n) if numbers => serde_json::Value::from(n),
                    _ => serde_json::Value::from(v.as_str()),
                };
                (q.clone(), value)
            })
            .collect();
        let json = serde_json::json!({ "answers": answers }).to_string();
        let request = kz_eligibility::report::Request::parse(&json).expect("an object is a request");
        let (direct, _) = Answers::decode(answers.iter().map(|(q, v)| {
            (q.as_str(), v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string()))
        }).collect::<Vec<_>>().iter().map(|(q, v)| (*q, v.as_str())));
        prop_assert_eq!(request.answers, direct);
    }
}
