//! Each decoder of untrusted input, over random and hostile text: it reads or refuses within
//! its limit (never a panic, never more than a screenful of problems, never a long echo, never
//! more hires than a plan holds), and what is valid comes back exactly. The answers fragment
//! has its own properties (`fragment_properties.rs`).

use chrono::NaiveDate;
use kz_eligibility::bounded::{MAX_ECHO, SHOWN};
use kz_eligibility::hiring::link::{decode, encode, read_text, text};
use kz_eligibility::hiring::wire::{
    MAX_HIRES, MAX_LABEL, Problems, Written, company, hires_from_csv, hires_to_csv, plan_from_json,
    text_of_file,
};
use kz_eligibility::hiring::{COMPANY_QUESTIONS, Company, HIRE_QUESTIONS, Hire};
use kz_eligibility::report::Request;
use kz_eligibility::rules::{Answer, Answers, QuestionId};
use proptest::prelude::*;

fn assert_bounded(problems: &Problems) {
    assert!(problems.len() <= SHOWN, "{} shown", problems.len());
    for problem in problems.iter() {
        for echoed in [&problem.key, &problem.value] {
            assert!(echoed.len() <= MAX_ECHO + 3, "{echoed:?}");
        }
    }
}

fn assert_hires_bounded(hires: &[Hire]) {
    assert!(hires.len() <= MAX_HIRES);
    assert!(
        hires
            .iter()
            .all(|hire| hire.label.chars().count() <= MAX_LABEL)
    );
}

/// Answers to some of `questions`, each one of its question's samples.
fn answers(questions: &'static [QuestionId]) -> impl Strategy<Value = Answers> {
    prop::collection::vec(
        (any::<bool>(), any::<prop::sample::Index>()),
        questions.len(),
    )
    .prop_map(move |picks| {
        let mut answers = Answers::new();
        for (question, (given, index)) in questions.iter().zip(picks) {
            let samples = question.sample_answers();
            let answer: &Answer = &samples[index.index(samples.len())];
            if given && *answer != Answer::Unknown {
                answers = answers.with(*question, answer.clone());
            }
        }
        answers
    })
}

fn hire() -> impl Strategy<Value = Hire> {
    (
        ".{0,100}",
        2026i32..2030,
        1u32..=12,
        answers(HIRE_QUESTIONS),
    )
        .prop_map(|(label, year, month, answers)| Hire {
            label,
            start: NaiveDate::from_ymd_opt(year, month, 1).unwrap(),
            answers,
        })
}

fn plan() -> impl Strategy<Value = (Company, Vec<Hire>)> {
    (
        answers(COMPANY_QUESTIONS),
        prop::array::uniform6(0u32..5000),
        prop::collection::vec(hire(), 0..12),
    )
        .prop_map(|(answers, staff, hires)| {
            let company = Company {
                answers,
                kazakh: [staff[0], staff[1]],
                foreign: [staff[2], staff[3]],
                transferred: [staff[4], staff[5]],
            };
            (company, hires)
        })
}

/// Up to `most` of `pieces`, chosen with repeats and in any order, run together.
fn joined(pieces: Vec<&'static str>, most: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces), 0..most).prop_map(|chosen| chosen.concat())
}

/// Text that looks like a plan's, mutated: the pieces decoders trip over, in any order.
fn plan_like() -> impl Strategy<Value = String> {
    let pieces = vec![
        "label",
        "start",
        "citizenship",
        "position",
        ",",
        ";",
        "\t",
        "\"",
        "\"\"",
        "\n",
        "\r\n",
        "2027-03",
        "2027-13",
        "UZ",
        "specialist",
        "=",
        "&",
        "'",
        "-",
        "a=b",
        "\u{feff}",
        "",
        "employer_type=kazakh_company",
        "kazakh_staff_3_4=9",
    ];
    prop_oneof![joined(pieces, 80), ".{0,300}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn a_link_round_trips_its_plan_without_labels((company, hires) in plan()) {
        let read = decode(&encode(&company, &hires)).expect("a plan this app wrote is taken");
        prop_assert!(read.problems.is_empty(), "{:?}", &read.problems[..]);
        prop_assert_eq!(read.company, company);
        let unlabelled: Vec<Hire> = hires.into_iter().map(|hire| Hire { label: String::new(), ..hire }).collect();
        prop_assert_eq!(read.hires, unlabelled);
    }

    #[test]
    fn the_stored_plan_round_trips_byte_for_byte((company, hires) in plan()) {
        let read = read_text(&text(&company, &hires, true), true);
        prop_assert!(read.problems.is_empty(), "{:?}", &read.problems[..]);
        prop_assert_eq!(read.company, company);
        prop_assert_eq!(read.hires, hires);
    }

    #[test]
    fn the_csv_export_round_trips_through_import((_, hires) in plan()) {
        prop_assume!(!hires.is_empty());
        let written = hires_to_csv(&hires, Written::ForSpreadsheet);
        let (back, problems) = hires_from_csv(&written).expect("an export is taken");
        prop_assert!(problems.is_empty(), "{:?}", &problems[..]);
        prop_assert_eq!(back, hires);
    }

    #[test]
    fn any_link_value_is_taken_or_refused_within_bounds(text in plan_like(), raw in ".{0,200}") {
        use base64::Engine;
        let value = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6));
        for value in [value.as_str(), raw.as_str()] {
            match decode(value) {
                Ok(read) => {
                    assert_bounded(&read.problems);
                    assert_hires_bounded(&read.hires);
                    prop_assert!(read.hires.iter().all(|hire| hire.label.is_empty()));
                    prop_assert!(read.dropped <= read.kept);
                }
                Err(problems) => assert_bounded(&problems),
            }
        }
    }

    #[test]
    fn any_stored_text_is_read_within_bounds(text in plan_like()) {
        let read = read_text(&text, true);
        assert_bounded(&read.problems);
        assert_hires_bounded(&read.hires);
    }

    #[test]
    fn any_file_is_taken_or_refused_within_bounds(text in plan_like(), bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        for input in [text.as_bytes(), &bytes] {
            match text_of_file(input).and_then(|text| hires_from_csv(&text)) {
                Ok((hires, problems)) => {
                    prop_assert!(!hires.is_empty(), "a file taken has hires");
                    assert_hires_bounded(&hires);
                    assert_bounded(&problems);
                }
                Err(problems) => {
                    prop_assert!(!problems.is_empty(), "a refusal says why");
                    assert_bounded(&problems);
                }
            }
        }
    }

    #[test]
    fn any_company_pairs_are_read_within_bounds(text in plan_like()) {
        let (_, problems, _) = company(kz_eligibility::i18n::pairs(&text));
        assert_bounded(&problems);
    }

    #[test]
    fn any_json_plan_is_read_or_refused_within_bounds(text in plan_like(), json in json_like()) {
        for text in [text.as_str(), json.as_str()] {
            if let Ok(plan) = plan_from_json(text) {
                assert_bounded(&plan.problems);
                assert_hires_bounded(&plan.hires);
            }
        }
    }

    #[test]
    fn any_json_request_is_read_or_refused_within_bounds(json in json_like()) {
        if let Ok(request) = Request::parse(&json) {
            prop_assert!(request.ignored.len() <= SHOWN);
            for rejected in request.ignored.iter() {
                prop_assert!(rejected.value.len() <= MAX_ECHO + 3);
                prop_assert!(rejected.question.len() <= MAX_ECHO + 3);
            }
        }
    }
}

/// JSON-looking text: objects, arrays, numbers out of range, repeated keys, marks.
fn json_like() -> impl Strategy<Value = String> {
    let pieces = vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"answers\"",
        "\"hires\"",
        "\"company\"",
        "\"as_of\"",
        "\"start\"",
        "\"2027-03\"",
        "\"citizenship\"",
        "\"UZ\"",
        "1e309",
        "-0",
        "12",
        "null",
        "true",
        "\"2026-11-25\"",
        "\"role\"",
        "\"worker\"",
        "\u{feff}",
        " ",
    ];
    joined(pieces, 60)
}
