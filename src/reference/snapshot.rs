//! The committed snapshot of the walk (`tests/snapshots/walk.txt`): every walked path and its
//! outcome as text, so that any change of the rules shows as a diff a reviewer can read. The
//! rules reference compares it with the walk of the version before (`history.rs`).

use std::fmt::Write;

use chrono::NaiveDate;

use crate::rules::{
    DeadlineRule, Eligibility, Issued, Outcome, Path, QuestionId, Reason, RouteAssessment, Value,
    Visa, applicable,
};

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
        let steps: Vec<String> = applicable(&path.answers, as_of)
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
        let keys: Vec<String> = outcome_parts(&path.outcome)
            .into_iter()
            .map(|part| {
                let hash = fnv1a(&part);
                // Eight hex digits, or all sixteen should two parts ever share the first eight.
                let mut key = format!("{:08x}", hash as u32);
                if details.get(&key).is_some_and(|earlier| *earlier != part) {
                    key = format!("{hash:016x}");
                }
                details.insert(key.clone(), part);
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
fn outcome_parts(outcome: &Outcome) -> Vec<String> {
    let reason = |out: &mut String, kind: &str, r: &Reason| {
        let _ = write!(out, " {kind} {}", r.id);
        for param in &r.params {
            let value = match &param.value {
                Value::Number(n) => n.to_string(),
                Value::Year(y) => y.to_string(),
                Value::Country(c) => c.to_string(),
                Value::Visa(v) => v.to_string(),
                Value::Date(d) => d.to_string(),
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
        if let Some(stay) = r.stay {
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
    let mut parts = vec![route_label(&outcome.primary)];
    parts.extend(
        outcome
            .instead_of
            .map(|route| format!("instead of {route}")),
    );
    parts.extend(
        outcome
            .alternatives
            .iter()
            .map(|r| format!("also {}", route_label(r))),
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

/// A route as the snapshot and the scenario table write it: `route:eligibility:visa`, the
/// visa as `-` (none), `free<days per entry>`, its code (`+kz` where it can also be issued in
/// Kazakhstan), `trp` (a temporary residence permit instead of the work visa) or `consulate`.
pub fn route_label(r: &RouteAssessment) -> String {
    let visa = match r.visa {
        Visa::NotNeeded => "-".to_owned(),
        Visa::VisaFree { days_per_entry, .. } => format!("free{days_per_entry}"),
        Visa::Required {
            code,
            issued: Issued::Abroad,
        } => code.as_str().to_owned(),
        Visa::Required {
            code,
            issued: Issued::AbroadOrInKazakhstan,
        } => format!("{code}+kz"),
        Visa::ResidencePermit { .. } => "trp".to_owned(),
        Visa::CheckWithConsulate => "consulate".to_owned(),
    };
    let eligible = match r.eligible {
        Eligibility::Yes => "yes",
        Eligibility::Confirm => "confirm",
        Eligibility::No => "no",
    };
    format!("{}:{eligible}:{visa}", r.route)
}
