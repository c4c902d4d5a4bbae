//! Hostile links and stored values: reading never panics and keeps only valid answers.

use kz_eligibility::journey::Location;
use kz_eligibility::rules::{Answer, Answers};
use proptest::prelude::*;

use super::as_of;

/// A valid fragment of a long journey, to mutate.
const VALID: &str = "v=1&rules=2026.11.1&at=result&role=employer&citizenship=US&residence_permit=none\
&special_status=no_special_status&purpose=employment&position=specialist&employer_type=kazakh_company\
&permit_request=new_permit&employer_headcount=120&kazakh_staff=95&foreign_staff=4&vacancy_posted=yes\
&date.start_of_work=2026-03-20&mentoring=9&asof=2026-05-01";

fn assert_only_valid(location: &Location) {
    // Every kept answer is a valid answer to its question.
    for (question, answer) in location.answers.iter() {
        assert_eq!(
            Answer::decode(question, &answer.encode()).as_ref(),
            Some(answer)
        );
    }
    // And what is shown can be written and read back.
    let (again, rejected) = Location::parse(&location.to_fragment(), as_of());
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(again.answers, location.answers);
}

#[test]
fn the_valid_fragment_reads_whole() {
    let (location, rejected) = Location::parse(VALID, as_of());
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(location.answers.len(), 12);
    assert_only_valid(&location);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,300}") {
        let (location, _) = Location::parse(&text, as_of());
        assert_only_valid(&location);
    }

    #[test]
    fn byte_mutations_of_a_valid_fragment_keep_only_valid_answers(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = VALID.as_bytes().to_vec();
        for (index, byte, kind) in edits {
            let at = index.index(bytes.len().max(1));
            match kind {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at.min(bytes.len()), byte),
                _ if at < bytes.len() => { bytes.remove(at); }
                _ => {}
            }
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        let text = String::from_utf8_lossy(&bytes);
        let (location, _) = Location::parse(&text, as_of());
        assert_only_valid(&location);
        // Nothing is invented: each kept answer was in the input.
        let (original, _) = Answers::decode(
            text.split('&').filter_map(|pair| pair.split_once('=')),
        );
        for (question, answer) in location.answers.iter() {
            prop_assert_eq!(original.get(question), Some(answer));
        }
    }
}
