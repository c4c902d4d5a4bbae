//! The `eligibility` command: JSON in, JSON out, clear errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn eligibility(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eligibility"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn an_eaeu_citizen_gets_the_outcome_with_its_source() {
    let report = json(&eligibility(
        &[],
        r#"{"answers": {"citizenship": "ru"}, "as_of": "2026-11-25"}"#,
    ));
    assert_eq!(report["status"], "complete");
    assert_eq!(report["as_of"], "2026-11-25");
    let outcome = &report["outcome"];
    assert_eq!(outcome["route"], "eaeu_citizen");
    assert_eq!(outcome["work_permit"], "not_required");
    assert_eq!(
        outcome["headline"],
        "You can work in Kazakhstan without a work permit"
    );
    let source = &outcome["reasons"][0]["source"];
    assert_eq!(source["id"], "eaeu_treaty_art97");
    assert_eq!(
        source["title"],
        "Treaty on the Eurasian Economic Union of 29 May 2014"
    );
    assert_eq!(source["article"], "Article 97(1)");
    assert_eq!(source["url"], "https://adilet.zan.kz/rus/docs/Z1400000240");
    assert_eq!(source["confidence"], "official");
    assert_eq!(source["last_verified"], "2026-11-24");
}

#[test]
fn without_answers_it_names_the_next_question_and_its_options() {
    let report = json(&eligibility(&["--as-of", "2026-11-25"], "{}"));
    assert_eq!(report["status"], "needs_answer");
    assert_eq!(report["next_question"]["id"], "citizenship");
    assert_eq!(report["next_question"]["text"], "What is your citizenship?");
    let options: Vec<&str> = report["next_question"]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|option| option["id"].as_str().unwrap())
        .collect();
    assert_eq!(options, ["ru", "by", "kg", "am", "other"]);
}

#[test]
fn reads_a_file_and_reports_the_answers_it_ignored() {
    let path = std::env::temp_dir().join(format!("eligibility-cli-{}.json", std::process::id()));
    std::fs::write(&path, r#"{"answers": {"citizenship": "other", "age": 30}}"#).unwrap();
    let report = json(&eligibility(
        &[path.to_str().unwrap(), "--as-of", "2026-11-25"],
        "",
    ));
    std::fs::remove_file(&path).unwrap();
    assert_eq!(report["outcome"]["route"], "employer_work_permit");
    assert_eq!(report["ignored"][0]["question"], "age");
    assert_eq!(report["ignored"][0]["value"], "30");
    assert_eq!(report["ignored"][0]["reason"], "unknown_question");
}

#[test]
fn unreadable_input_is_a_clear_error_not_a_panic() {
    for (input, message) in [
        ("not json", "the input is not JSON"),
        ("[1, 2]", "must be a JSON object"),
        (r#"{"answers": ["ru"]}"#, "\"answers\" must be an object"),
        (r#"{"as_of": "25.11.2026"}"#, "\"as_of\" must be a date"),
    ] {
        let output = eligibility(&[], input);
        assert_eq!(output.status.code(), Some(2), "{input}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{input}: {stderr}");
        assert!(!stderr.contains("panicked"), "{input}: {stderr}");
    }
}
