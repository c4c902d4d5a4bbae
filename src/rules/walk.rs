//! Every path through the questions, enumerated by asking the engine itself. Countries and
//! numbers are walked by equivalence class: one country per distinct combination of the facts
//! the rules read about a country, and each number question's sample values (both sides of
//! every threshold). Multiple-choice questions are walked with each option alone and with all
//! options together. The role (worker or employer) changes what the app shows first, never
//! the outcome (a test checks this), so the walk takes one role.

use chrono::NaiveDate;

use super::answers::{Answer, Answers};
use super::countries::Country;
use super::engine::evaluate;
use super::entry_regimes::{EntryRegime, entry};
use super::memberships::{is_eaeu_partner, is_wto_member, needs_apostille};
use super::outcome::{Outcome, Status};
use super::questions::{QuestionId, QuestionKind};

/// One complete path: the answers given and where they lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub answers: Answers,
    pub outcome: Outcome,
}

/// One representative country per class of what the rules read about a citizenship (or, for
/// the company's home state, its WTO membership). Visa-free regimes that differ only in their
/// number of days fall in one class here; `visa_free_variants` walks each of those separately
/// through the business visit, the one route that reads the days.
pub fn representative_countries(question: QuestionId) -> Vec<Country> {
    let mut seen = Vec::new();
    let mut representatives = Vec::new();
    for country in Country::all() {
        let class = if question == QuestionId::Citizenship {
            let entry = entry(country);
            let regime = match entry.regime {
                EntryRegime::VisaFree { .. } => "visa_free".to_owned(),
                other => format!("{other:?}"),
            };
            format!(
                "{regime} {:?} {} {}",
                entry.source,
                is_eaeu_partner(country),
                needs_apostille(country)
            )
        } else {
            is_wto_member(country).to_string()
        };
        if !seen.contains(&class) {
            seen.push(class);
            representatives.push(country);
        }
    }
    representatives
}

/// One country per distinct visa-free regime (days per entry and limit): the business visit's
/// day thresholds are checked against each.
pub fn visa_free_variants() -> Vec<Country> {
    let mut seen = Vec::new();
    let mut representatives = Vec::new();
    for country in Country::all() {
        let entry = entry(country);
        if matches!(entry.regime, EntryRegime::VisaFree { .. }) && !seen.contains(&entry) {
            seen.push(entry);
            representatives.push(country);
        }
    }
    representatives
}

/// The answers the walk tries for a question.
pub fn sample_answers(question: QuestionId) -> Vec<Answer> {
    match question.question().kind {
        QuestionKind::SingleChoice(_) if question == QuestionId::Role => {
            vec![Answer::Choice(super::questions::OptionId::Worker)]
        }
        QuestionKind::SingleChoice(options) => options.iter().map(|o| Answer::Choice(*o)).collect(),
        QuestionKind::MultipleChoice(options) => options
            .iter()
            .map(|o| Answer::Choices(vec![*o]))
            .chain(std::iter::once(Answer::Choices(options.to_vec())))
            .collect(),
        QuestionKind::Country => representative_countries(question)
            .into_iter()
            .map(Answer::Country)
            .collect(),
        QuestionKind::Number { samples, .. } => {
            samples.iter().map(|n| Answer::Number(*n)).collect()
        }
    }
}

/// All complete paths as of the given day, in a stable order.
pub fn walk(as_of: NaiveDate) -> Vec<Path> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::new()];
    while let Some(answers) = pending.pop() {
        match evaluate(&answers, as_of).status {
            Status::Complete { outcome } => paths.push(Path {
                answers,
                outcome: *outcome,
            }),
            Status::NeedsAnswer { next_question } => {
                for answer in sample_answers(next_question).into_iter().rev() {
                    pending.push(answers.clone().with(next_question, answer));
                }
            }
        }
    }
    paths
}

/// The committed snapshot of the walk: a tree of the answers in the order they are asked, with
/// one line per complete path that ends in its outcome: the primary route (eligibility and
/// visa), the other routes weighed, the notes other than the seed notes (which follow from the
/// route alone), and the key of the outcome in full. The role is left out: it never changes an
/// outcome. After the tree, each distinct outcome in full under its key (in key order): every
/// route with its verdict, permit, work right, stay limits and reasons (with their parameters
/// and sources), the notes, the obligations (party, time limit) and the documents (provider,
/// legalisation), so that a change in what an outcome asks people to do or bring is a diff.
pub fn snapshot(paths: &[Path], as_of: NaiveDate) -> String {
    let mut out = String::new();
    let mut previous: Vec<String> = Vec::new();
    let mut details = std::collections::BTreeMap::new();
    for path in paths {
        let steps: Vec<String> = super::flow::applicable(&path.answers, as_of)
            .into_iter()
            .filter(|question| *question != QuestionId::Role)
            .filter_map(|question| {
                let answer = path.answers.get(question)?;
                Some(format!("{question}={}", answer.encode()))
            })
            .collect();
        let shared = steps
            .iter()
            .zip(&previous)
            .take_while(|(a, b)| a == b)
            .count()
            .min(steps.len().saturating_sub(1));
        let keys: Vec<String> = outcome_parts(&path.outcome, &path.answers)
            .into_iter()
            .map(|part| {
                let key = format!("{:08x}", fnv1a(&part) as u32);
                if let Some(earlier) = details.insert(key.clone(), part.clone()) {
                    assert_eq!(earlier, part, "two parts share the key {key}");
                }
                key
            })
            .collect();
        for (depth, step) in steps.iter().enumerate().skip(shared) {
            out.push_str(&" ".repeat(depth));
            out.push_str(step);
            if depth + 1 == steps.len() {
                out.push_str(" => ");
                out.push_str(&outcome_summary(&path.outcome));
                out.push_str(" #");
                out.push_str(&keys.join(" #"));
            }
            out.push('\n');
        }
        previous = steps;
    }
    out.push_str(OUTCOMES_HEADING);
    out.push('\n');
    for (key, part) in details {
        out.push('#');
        out.push_str(&key);
        out.push(' ');
        out.push_str(&part);
    }
    out
}

/// The line that separates the tree of paths from the parts of the outcomes in full.
pub const OUTCOMES_HEADING: &str = "== outcomes in full ==";

/// 64-bit FNV-1a: a stable key for a part's text, the same on every platform and version.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// An outcome in full, in parts that many outcomes share: each route weighed (verdict, visa,
/// permit, work right, stay limits, reasons with their parameters and sources), the notes,
/// the obligations (party, time limit) and the documents (provider, legalisation).
fn outcome_parts(outcome: &Outcome, answers: &Answers) -> Vec<String> {
    use super::outcome::{DeadlineRule, Reason, RouteAssessment};
    use std::fmt::Write;
    let reason = |out: &mut String, kind: &str, r: &Reason| {
        let _ = write!(out, " {kind} {}", r.id);
        for param in &r.params {
            let value = match &param.value {
                super::outcome::Value::Number(n) => n.to_string(),
                super::outcome::Value::Country(c) => c.to_string(),
                super::outcome::Value::Visa(v) => v.to_string(),
                super::outcome::Value::Date(d) => d.to_string(),
            };
            let _ = write!(out, " {}={value}", param.name);
        }
        let _ = writeln!(out, " ({})", r.source);
    };
    let route = |r: &RouteAssessment| {
        let mut out = format!(
            "route {} {:?} {:?} permit={} work={:?}\n",
            r.route,
            r.eligible,
            r.visa,
            r.work_permit.as_str(),
            r.work
        );
        if let Some(stay) = super::stay::StayRule::for_route(r.route, answers) {
            let _ = writeln!(
                out,
                " stay {} days per entry, rolling {:?} ({})",
                stay.days_per_entry, stay.rolling, stay.source
            );
        }
        for r in &r.reasons {
            reason(&mut out, "reason", r);
        }
        out
    };
    let mut parts: Vec<String> = outcome.routes().map(route).collect();
    let mut notes = String::from("notes\n");
    for note in &outcome.notes {
        reason(&mut notes, "note", note);
    }
    let mut obligations = String::from("obligations\n");
    for o in &outcome.obligations {
        let deadline = match o.deadline {
            None => "no time limit".to_owned(),
            Some(DeadlineRule::YearlyBy { month, day }) => format!("yearly by {day}.{month}"),
            Some(rule) => format!("{rule:?}"),
        };
        let _ = writeln!(
            obligations,
            " {} {:?}: {deadline} ({})",
            o.id, o.party, o.source
        );
    }
    let mut documents = String::from("documents\n");
    for d in &outcome.documents {
        let _ = writeln!(
            documents,
            " {} {:?} {:?} ({})",
            d.id, d.provider, d.legalisation, d.source
        );
    }
    parts.extend([notes, obligations, documents]);
    parts
}

fn outcome_summary(outcome: &Outcome) -> String {
    use super::outcome::{Eligibility, RouteAssessment, Visa};
    let route = |r: &RouteAssessment| {
        let visa = match r.visa {
            Visa::NotNeeded => "-".to_owned(),
            Visa::VisaFree { days_per_entry, .. } => format!("free{days_per_entry}"),
            Visa::Required { code } => code.as_str().to_owned(),
            Visa::CheckWithConsulate => "consulate".to_owned(),
        };
        let eligible = match r.eligible {
            Eligibility::Yes => "yes",
            Eligibility::Confirm => "confirm",
            Eligibility::No => "no",
        };
        format!("{}:{eligible}:{visa}", r.route)
    };
    let mut parts = vec![route(&outcome.primary)];
    parts.extend(
        outcome
            .alternatives
            .iter()
            .map(|r| format!("also {}", route(r))),
    );
    parts.extend(
        outcome
            .notes
            .iter()
            .map(|n| n.id.as_str())
            .filter(|id| !id.starts_with("seed_"))
            .map(|id| format!("note {id}")),
    );
    parts.join(", ")
}
