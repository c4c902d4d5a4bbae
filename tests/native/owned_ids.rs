//! The build gathers the rules' ids from the files that declare them (`owns!`). These tests read
//! declarations the way the build does: whatever code surrounds them, each entry is found once,
//! and a second declaration of an id stops the build.

use std::path::{Path, PathBuf};

use kz_eligibility::rules::{DocumentId, ObligationId, ReasonId, SourceId};

#[allow(dead_code)]
#[path = "../../build/owned_ids.rs"]
mod gathered;

/// A folder of rules files for one test, each file given as (name, text).
fn tree(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("owned-ids-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("routes")).unwrap();
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    dir
}

fn names(entries: &[gathered::Entry]) -> Vec<&str> {
    entries.iter().map(|e| e.name.as_str()).collect()
}

const TRICKY: &str = r#"
// owns! { reasons { InAComment = "in_a_comment" } }
const QUOTE: char = '"';
const APOSTROPHE: char = '\'';
const TEXT: &str = "owns! { reasons { InAString = \"in_a_string\" } } // not a comment";
const RAW: &str = r"owns! { reasons { InARawString = "x" } }";
fn lifetime<'a>(x: &'a str) -> &'a str { x }
owns! {
    reasons {
        // A comment between entries.
        First = "first",
        Urgent = "urgent_one" urgent,
    }
    obligations {
        Duty = "duty" at Prepare,
    }
    sources {
        Act = "act" from ("https://example.org/a//b", Official, OfficialText, CHECKED),
        Long = "long" from (
            ADDRESS,
            Secondary,
            Report,
            CHECKED,
        ),
    }
}
"#;

#[test]
fn a_declaration_is_read_whatever_code_surrounds_it() {
    let dir = tree("tricky", &[("family.rs", TRICKY)]);
    let declared = gathered::gather(&dir);
    assert_eq!(names(&declared.reasons), ["First", "Urgent"]);
    assert_eq!(names(&declared.obligations), ["Duty"]);
    assert!(declared.documents.is_empty());
    assert_eq!(names(&declared.sources), ["Act", "Long"]);
    let sources = gathered::sources(&declared);
    assert!(sources.contains(
        r#"SourceId::Act => ("https://example.org/a//b", Confidence::Official, Read::OfficialText, CHECKED)"#
    ), "{sources}");
    assert!(sources.contains("SourceId::Long => (ADDRESS, Confidence::Secondary"));
    let messages = gathered::messages(&declared);
    assert!(messages.contains("fn is_urgent(self) -> bool { matches!(self, ReasonId::Urgent) }"));
    assert!(messages.contains("fn is_to_check(self) -> bool { false }"));
    assert!(gathered::stages(&declared).contains("ObligationId::Duty => Stage::Prepare,"));
}

#[test]
#[should_panic(expected = "the reason first is declared in")]
fn an_id_declared_in_two_files_stops_the_build() {
    let again = r#"owns! { reasons { First = "first" } }"#;
    let dir = tree(
        "twice",
        &[("family.rs", TRICKY), ("routes/other.rs", again)],
    );
    gathered::gather(&dir);
}

#[test]
#[should_panic(expected = "unknown mark `urgnet`")]
fn a_misspelt_mark_stops_the_build() {
    let dir = tree(
        "mark",
        &[(
            "family.rs",
            r#"owns! { reasons { First = "first" urgnet } }"#,
        )],
    );
    gathered::messages(&gathered::gather(&dir));
}

#[test]
#[should_panic(expected = "needs `at <Stage>`")]
fn a_duty_without_its_stage_stops_the_build() {
    let dir = tree(
        "stage",
        &[("family.rs", r#"owns! { obligations { Duty = "duty" } }"#)],
    );
    gathered::stages(&gathered::gather(&dir));
}

/// The enums the rules compile with are the declarations of `src/rules`, in the same order:
/// no id is listed anywhere else.
#[test]
fn the_rules_ids_are_their_files_declarations() {
    let declared = gathered::gather(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"));
    let spellings = |entries: &[gathered::Entry]| -> Vec<String> {
        entries
            .iter()
            .map(|e| e.spelling.trim_matches('"').to_owned())
            .collect()
    };
    let all = |ids: Vec<&str>| -> Vec<String> { ids.into_iter().map(str::to_owned).collect() };
    assert_eq!(
        spellings(&declared.reasons),
        all(ReasonId::ALL.iter().map(|id| id.as_str()).collect())
    );
    assert_eq!(
        spellings(&declared.obligations),
        all(ObligationId::ALL.iter().map(|id| id.as_str()).collect())
    );
    assert_eq!(
        spellings(&declared.documents),
        all(DocumentId::ALL.iter().map(|id| id.as_str()).collect())
    );
    assert_eq!(
        spellings(&declared.sources),
        all(SourceId::ALL.iter().map(|id| id.as_str()).collect())
    );
    // Each route family declares what it states: none leaves all its ids to other files.
    let routes = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/routes");
    for entry in std::fs::read_dir(&routes).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap();
        if name == "mod.rs" {
            continue;
        }
        let declares = declared.reasons.iter().any(|e| e.file == path);
        assert!(declares, "{name} declares no statement of its own");
    }
}
