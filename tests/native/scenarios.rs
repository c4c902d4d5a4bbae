//! The scenario table (`tests/scenarios.txt`): cases that read like the rules, one small block
//! each, with the answers as a share link's fragment, the primary route, its eligibility, visa
//! and work permit, the statements the outcome must (and must not) make, and the obligations
//! it must (and must not) list.

use kz_eligibility::reference::snapshot::route_label;
use kz_eligibility::rules::{
    Answers, OptionId, Outcome, QuestionId, Status, evaluate as evaluate_rules, relevant,
};

use crate::fixtures::read;

const TABLE: &str = include_str!("../scenarios.txt");

/// One case of the table, as written there.
#[derive(Debug, Default)]
struct Case {
    line: usize,
    name: String,
    fragment: String,
    expect: String,
    says: Vec<String>,
    never: Vec<String>,
    does: Vec<String>,
    skips: Vec<String>,
    papers: Vec<String>,
    lacks: Vec<String>,
    instead: Option<String>,
}

/// Reads the table; a line it cannot place is an error naming the line.
fn cases() -> Result<Vec<Case>, String> {
    let mut cases: Vec<Case> = Vec::new();
    for (index, line) in TABLE.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() || line.starts_with("##") {
            continue;
        }
        if !line.starts_with(' ') {
            cases.push(Case {
                line: number,
                name: line.to_owned(),
                ..Case::default()
            });
            continue;
        }
        let case = cases
            .last_mut()
            .ok_or(format!("line {number}: no case before it"))?;
        let line = line.trim();
        let words = |rest: &str| rest.split_whitespace().map(str::to_owned).collect();
        if let Some(fragment) = line.strip_prefix('#') {
            case.fragment = fragment.to_owned();
        } else if let Some(expect) = line.strip_prefix("=> ") {
            case.expect = expect.to_owned();
        } else if let Some(says) = line.strip_prefix("says ") {
            case.says = words(says);
        } else if let Some(never) = line.strip_prefix("not ") {
            case.never = words(never);
        } else if let Some(does) = line.strip_prefix("does ") {
            case.does = words(does);
        } else if let Some(skips) = line.strip_prefix("skips ") {
            case.skips = words(skips);
        } else if let Some(papers) = line.strip_prefix("papers ") {
            case.papers = words(papers);
        } else if let Some(lacks) = line.strip_prefix("lacks ") {
            case.lacks = words(lacks);
        } else if let Some(instead) = line.strip_prefix("instead of ") {
            case.instead = Some(instead.to_owned());
        } else {
            return Err(format!("line {number}: cannot read {line:?}"));
        }
    }
    Ok(cases)
}

/// The case's answers as `role` would give them, and their outcome; the fragment must be read
/// whole, every answer kept and asked.
fn evaluate(case: &Case, role: OptionId) -> Result<Outcome, String> {
    let (answers, day, rejected) = read(&case.fragment);
    if !rejected.is_empty() {
        return Err(format!("rejected {rejected:?}"));
    }
    let given = case
        .fragment
        .split('&')
        .filter(|pair| !pair.starts_with("asof="))
        .count();
    let asked = relevant(&answers, day);
    if asked.len() != given {
        return Err(format!("{} of {given} answers are asked", asked.len()));
    }
    let answers: Answers = answers.with_choice(QuestionId::Role, role);
    match evaluate_rules(&answers, day).status {
        Status::Complete { outcome } => Ok(*outcome),
        Status::NeedsAnswer { next_question } => Err(format!("still asks {next_question}")),
    }
}

fn said(outcome: &Outcome) -> Vec<&'static str> {
    outcome
        .routes()
        .flat_map(|route| &route.reasons)
        .chain(&outcome.notes)
        .map(|reason| reason.id.as_str())
        .collect()
}

/// What the case finds wrong with its outcome, if anything.
fn check(case: &Case) -> Result<(), String> {
    let outcome = evaluate(case, OptionId::Worker)?;
    let primary = &outcome.primary;
    let got = format!(
        "{} permit {}",
        route_label(primary),
        primary.work_permit.as_str()
    );
    if got != case.expect {
        return Err(format!("expected {}, got {got}", case.expect));
    }
    listed("say", &said(&outcome), &case.says, &case.never)?;
    let duties: Vec<&str> = outcome.obligations.iter().map(|o| o.id.as_str()).collect();
    listed("list", &duties, &case.does, &case.skips)?;
    // A paper is named alone, or as `id:legalisation` with what it needs.
    let papers: Vec<String> = outcome
        .documents
        .iter()
        .flat_map(|d| {
            let needs = serde_json::to_value(d.legalisation).unwrap_or_default();
            [
                d.id.as_str().to_owned(),
                format!("{}:{}", d.id, needs.as_str().unwrap_or_default()),
            ]
        })
        .collect();
    let papers: Vec<&str> = papers.iter().map(String::as_str).collect();
    listed("ask for", &papers, &case.papers, &case.lacks)?;
    let refused = outcome.instead_of.map(|route| route.as_str().to_owned());
    match &case.instead {
        Some(_) if refused != case.instead => Err(format!(
            "stands instead of {refused:?}, not {:?}",
            case.instead
        )),
        _ => Ok(()),
    }
}

/// Every id of `must` among `present`, none of `must_not`; `verb` names the list in the error.
fn listed(
    verb: &str,
    present: &[&str],
    must: &[String],
    must_not: &[String],
) -> Result<(), String> {
    if let Some(missing) = must.iter().find(|id| !present.contains(&id.as_str())) {
        return Err(format!("does not {verb} {missing} ({verb}s {present:?})"));
    }
    match must_not.iter().find(|id| present.contains(&id.as_str())) {
        Some(unwanted) => Err(format!("{verb}s {unwanted}")),
        None => Ok(()),
    }
}

#[test]
fn every_scenario_reaches_its_route_with_its_reasons() {
    let failures: Vec<String> = cases()
        .unwrap()
        .iter()
        .filter_map(|case| {
            check(case)
                .err()
                .map(|why| format!("line {} ({}): {why}", case.line, case.name))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_scenario_is_whole_and_named_once() {
    let cases = cases().unwrap();
    assert!(cases.len() >= 100, "{} scenarios", cases.len());
    let mut names: Vec<&str> = cases.iter().map(|case| case.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "a name is used twice");
    for case in &cases {
        assert!(
            !case.fragment.is_empty() && !case.expect.is_empty() && !case.says.is_empty(),
            "line {} ({}): a case needs its answers, its route and what it says",
            case.line,
            case.name
        );
    }
}

#[test]
fn the_role_never_changes_the_outcome() {
    for case in cases().unwrap() {
        assert_eq!(
            evaluate(&case, OptionId::Employer),
            evaluate(&case, OptionId::Worker),
            "line {} ({})",
            case.line,
            case.name
        );
    }
}
