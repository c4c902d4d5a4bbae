//! `docs/answers.md` documents the answer ids and values; it is generated from the engine and
//! must match it.

use kz_eligibility::i18n::Lang;
use kz_eligibility::report::answers_reference;

#[test]
fn the_answers_reference_matches_the_engine() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/answers.md");
    let generated = answers_reference(Lang::En);
    if std::env::var_os("UPDATE_SNAPSHOT").is_some() {
        std::fs::write(file, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(file).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/answers.md is out of date: run UPDATE_SNAPSHOT=1 cargo test answers_reference"
    );
    for id in kz_eligibility::rules::QuestionId::ALL {
        assert!(
            committed.contains(&format!("## `{id}`")),
            "{id} is not documented"
        );
    }
}
