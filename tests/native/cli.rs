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
    // The command may exit before reading (a usage error): a closed pipe is not a failure here.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
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
fn evaluate_gives_an_eaeu_citizen_the_outcome_with_its_sources_and_texts() {
    let report = json(&eligibility(
        &["evaluate"],
        r#"{"answers": {"role": "worker", "citizenship": "RU", "residence_permit": "none", "eaeu_purpose": "employment",
            "eaeu_days_in_180": "12"}, "as_of": "2026-11-25"}"#,
    ));
    assert_eq!(report["status"], "complete");
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["as_of"], "2026-11-25");
    assert_eq!(report["rules_reviewed"], "2026-12-07");
    let primary = &report["outcome"]["primary"];
    assert_eq!(primary["route"], "eaeu_citizen");
    assert_eq!(primary["eligible"], "yes");
    assert_eq!(primary["work_permit"], "not_required");
    assert_eq!(primary["reasons"][0]["id"], "eaeu_no_work_permit");
    assert_eq!(primary["reasons"][0]["source"], "eaeu_treaty_art97");
    let source = &report["sources"]["eaeu_treaty_art97"];
    assert_eq!(
        source["title"],
        "Treaty on the Eurasian Economic Union of 29 May 2014"
    );
    assert_eq!(source["article"], "Article 97(1)");
    assert_eq!(source["url"], "https://adilet.zan.kz/rus/docs/Z1400000240");
    assert_eq!(source["confidence"], "official");
    assert_eq!(source["last_verified"], "2026-11-24");
    assert_eq!(
        report["texts"]["reason.eaeu_stay_90_in_180"],
        "Without a residence permit, an EAEU citizen may stay up to 90 days in any 180 days."
    );
}

#[test]
fn evaluate_speaks_the_language_asked_for() {
    let input = r#"{"answers": {"role": "worker", "citizenship": "RU", "residence_permit": "none", "eaeu_purpose": "employment",
        "eaeu_days_in_180": "12"}, "as_of": "2026-11-25"}"#;
    for lang in ["ru", "kk"] {
        let report = json(&eligibility(&["evaluate", "--lang", lang], input));
        let catalog = kz_eligibility::i18n::Lang::from_tag(lang).unwrap();
        assert_eq!(
            report["texts"]["route.eaeu_citizen.headline"],
            catalog.text("route.eaeu_citizen.headline")
        );
        assert_ne!(
            report["texts"]["route.eaeu_citizen.headline"],
            kz_eligibility::i18n::Lang::En.text("route.eaeu_citizen.headline")
        );
    }
}

#[test]
fn evaluate_without_answers_names_the_next_question() {
    let report = json(&eligibility(&["evaluate", "--as-of", "2026-11-25"], "{}"));
    assert_eq!(report["status"], "needs_answer");
    assert_eq!(report["next_question"], "role");
    assert_eq!(report["texts"]["question.role.title"], "Who are you?");
}

#[test]
fn evaluate_reads_a_file_and_reports_the_answers_it_ignored() {
    let path = std::env::temp_dir().join(format!("eligibility-cli-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{"answers": {"role": "employer", "citizenship": "KZ", "age": 30}}"#,
    )
    .unwrap();
    let report = json(&eligibility(
        &["evaluate", path.to_str().unwrap(), "--as-of", "2026-11-25"],
        "",
    ));
    std::fs::remove_file(&path).unwrap();
    assert_eq!(report["outcome"]["primary"]["route"], "kazakh_citizen");
    assert_eq!(report["ignored"][0]["question"], "age");
    assert_eq!(report["ignored"][0]["value"], "30");
    assert_eq!(report["ignored"][0]["reason"], "unknown_question");
}

#[test]
fn questions_lists_the_catalogue_in_order() {
    let catalogue = json(&eligibility(&["questions"], ""));
    let ids: Vec<&str> = catalogue
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids[..3], ["role", "citizenship", "residence_permit"]);
    assert_eq!(ids.len(), kz_eligibility::rules::QuestionId::ALL.len());
    let days = catalogue
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "visit_days")
        .unwrap();
    assert_eq!(days["kind"], "number");
    assert_eq!(days["max"], 365);
}

#[test]
fn walk_counts_paths_per_route() {
    let output = eligibility(&["walk", "--as-of", "2026-11-25"], "");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let total: usize = text
        .lines()
        .next()
        .unwrap()
        .trim_end_matches(" paths")
        .parse()
        .unwrap();
    let summed: usize = text
        .lines()
        .skip(1)
        .map(|line| {
            line.split_whitespace()
                .next()
                .unwrap()
                .parse::<usize>()
                .unwrap()
        })
        .sum();
    assert_eq!(total, summed);
    assert!(text.contains("employer_work_permit"));
}

#[test]
fn malformed_input_is_a_clear_error_not_a_panic() {
    for (args, input, message) in [
        (&["evaluate"][..], "not json", "the input is not JSON"),
        (&["evaluate"][..], "[1, 2]", "must be a JSON object"),
        (
            &["evaluate"][..],
            r#"{"answers": ["ru"]}"#,
            "\"answers\" must be an object",
        ),
        (
            &["evaluate"][..],
            r#"{"as_of": "25.11.2026"}"#,
            "\"as_of\" must be a date",
        ),
        (
            &["evaluate", "--as-of", "tomorrow"][..],
            "{}",
            "--as-of must be YYYY-MM-DD",
        ),
        (
            &["questions", "--lang", "de"][..],
            "",
            "--lang must be en, ru or kk",
        ),
        (&[][..], "", "usage"),
        (&["fly"][..], "", "unknown command"),
    ] {
        let output = eligibility(args, input);
        assert_eq!(output.status.code(), Some(2), "{args:?} {input}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(message), "{input}: {stderr}");
        assert!(!stderr.contains("panicked"), "{input}: {stderr}");
    }
}

#[test]
fn plan_assesses_a_csv_of_hires_in_order_and_refuses_what_is_not_a_plan() {
    let report = json(&eligibility(
        &[
            "plan",
            "--company",
            "employer_type=kazakh_company&employer_headcount=300&kazakh_staff_3_4=18&foreign_staff_3_4=1",
            "--as-of",
            "2026-11-25",
        ],
        "label,start,citizenship,position,permit_request\nWelder 1,2027-03,UZ,skilled_worker,new_permit\nWelder 2,2027-03,UZ,skilled_worker,new_permit\nBad,2027-13,XX,pilot,new_permit\n",
    ));
    assert_eq!(report["hires"][0]["share"]["statement"], "ratio_met");
    assert_eq!(report["first_breach"]["row"], 2);
    assert_eq!(report["first_breach"]["add_kazakh"], 9);
    assert_eq!(report["quota"][0]["request_by"], "2026-09-30");
    // The bad hire is the sheet's fourth row (the header is the first).
    assert_eq!(report["ignored"][0]["place"]["row"], 4);
    assert_eq!(report["ignored"][0]["row"], 4);
    for input in ["nonsense", "[1, 2]", "{"] {
        let output = eligibility(&["plan"], input);
        assert_eq!(output.status.code(), Some(2), "{input}");
        assert!(!output.stderr.is_empty());
    }
}

#[test]
fn help_and_version_are_answers_on_standard_output() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["plan", "--help"],
        &["--version"],
        &["-V"],
    ] {
        let output = eligibility(args, "");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(output.stderr.is_empty(), "{args:?}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.contains("usage:") || text.starts_with("eligibility 0."),
            "{text}"
        );
    }
}

#[test]
fn an_argument_that_is_not_utf8_is_refused_with_exit_2_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    for args in [
        vec![
            "evaluate".as_ref(),
            std::ffi::OsStr::from_bytes(b"answers-\xff.json"),
        ],
        vec![
            "questions".as_ref(),
            "--lang".as_ref(),
            std::ffi::OsStr::from_bytes(b"\xc3"),
        ],
        vec![std::ffi::OsStr::from_bytes(b"\xfe")],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_eligibility"))
            .args(&args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("not UTF-8") || stderr.contains("invalid unicode"),
            "{stderr}"
        );
    }
}

#[test]
fn an_endless_or_oversized_input_is_refused_at_its_limit() {
    for (args, limit) in [
        (&["evaluate", "/dev/zero"][..], "16384"),
        (&["plan", "/dev/zero"], "1000000"),
    ] {
        let output = eligibility(args, "");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert!(
            stderr.contains(&format!("larger than {limit} bytes")),
            "{stderr}"
        );
    }
    // A CSV plan over the limit is said to be too large, not "not a plan".
    let large = format!("start\n{}", "2027-01\n".repeat(200_000));
    let output = eligibility(&["plan"], &large);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("larger than 1000000 bytes"), "{stderr}");
}

#[test]
fn bad_numbers_duplicates_and_long_values_are_listed_under_ignored_and_cut_short() {
    let long = "x".repeat(7_000);
    let report = json(&eligibility(
        &["evaluate"],
        &format!(
            "\u{feff}{{\"answers\": {{\"visit_days\": 1e309, \"role\": \"worker\", \"role\": \"employer\", \"{long}\": \"{long}\"}}}}"
        ),
    ));
    let ignored: Vec<(String, String, String)> = report["ignored"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| {
            let text = |key: &str| entry[key].as_str().unwrap().to_owned();
            (text("question"), text("value"), text("reason"))
        })
        .collect();
    assert_eq!(
        ignored[0],
        ("visit_days".into(), "1e309".into(), "invalid_value".into())
    );
    assert_eq!(
        ignored[1],
        ("role".into(), "employer".into(), "duplicate".into())
    );
    assert_eq!(
        ignored[2].1.chars().count(),
        61,
        "cut to 60 characters and an ellipsis"
    );
    assert_eq!(report["answers"]["role"], "worker");
    assert_eq!(report["ignored_more"], 0);
    // A plan: hires that are not a list are said, not silently none.
    let report = json(&eligibility(&["plan"], r#"{"hires": {}}"#));
    assert_eq!(report["ignored"][0]["key"], "hires");
    assert_eq!(report["ignored"][0]["reason"], "invalid_value");
    // A plan's CSV header without its start column is named.
    let output = eligibility(
        &["plan"],
        "citizenship,position,permit_request\nUZ,specialist,new_permit\n",
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("no \u{201c}start\u{201d} column"),
        "{stderr}"
    );
}

#[test]
fn a_plan_of_many_bad_rows_lists_a_screenful_and_counts_the_rest() {
    let rows = "2027-13,XX\n".repeat(5_000);
    let report = json(&eligibility(
        &["plan"],
        &format!("start,citizenship\n2027-03,UZ\n{rows}"),
    ));
    assert_eq!(report["ignored"].as_array().unwrap().len(), 20);
    // Two problems a row (start and citizenship), 20 listed.
    assert_eq!(report["ignored_more"], 10_000 - 20);
}
