//! The rules' history: a short entry for each rules version (its words are the
//! `changelog.<version>` texts), and a machine-made comparison of the walk of the current rules
//! with the committed walk of the version before. When the rules version changes, the old
//! `tests/snapshots/walk.txt` is kept as `docs/rules-history/<old version>.walk.txt`.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::rules::ymd;

/// One rules version: its number and the day it was published. Newest last; the last is
/// [`crate::rules::RULES_VERSION`] (a test checks this).
pub const CHANGES: &[(&str, NaiveDate)] = &[
    ("2026.11.1", ymd(2026, 11, 24)),
    ("2026.11.2", ymd(2026, 11, 30)),
    ("2026.11.3", ymd(2026, 11, 30)),
    ("2026.11.4", ymd(2026, 11, 30)),
    ("2026.12.1", ymd(2026, 12, 7)),
];

/// Where earlier versions' walks are kept, relative to the project root.
pub const HISTORY_DIR: &str = "docs/rules-history";

/// How the walk of one version differs from the walk of another.
#[derive(Debug, PartialEq, Eq)]
pub struct WalkDiff {
    pub previous: String,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    /// Paths whose primary route changed, counted by (from, to), in route order.
    pub moved: Vec<(String, String, usize)>,
}

/// Each complete path of a committed walk snapshot (its answers, joined) with its outcome.
/// Lines that are not part of the tree are ignored, and so are the outcomes in full that follow
/// it (an outcome line ends with their key, so a change in one still shows as a change).
pub fn outcomes(snapshot: &str) -> BTreeMap<String, String> {
    let mut steps: Vec<&str> = Vec::new();
    let mut paths = BTreeMap::new();
    let tree = snapshot
        .lines()
        .take_while(|line| *line != super::snapshot::OUTCOMES_HEADING);
    for line in tree {
        let depth = line.len() - line.trim_start_matches(' ').len();
        let (step, outcome) = match line.trim_start_matches(' ').split_once(" => ") {
            Some((step, outcome)) => (step, Some(outcome)),
            None => (line.trim_start_matches(' '), None),
        };
        if step.is_empty() || depth > steps.len() {
            continue;
        }
        steps.truncate(depth);
        steps.push(step);
        if let Some(outcome) = outcome {
            paths.insert(steps.join(" "), outcome.to_owned());
        }
    }
    paths
}

/// The primary route of an outcome line (`route:eligibility:visa, also …`).
fn primary(outcome: &str) -> &str {
    outcome.split(':').next().unwrap_or_default()
}

/// Compares the current walk with the walk of `previous`.
pub fn compare(previous: &str, old: &str, new: &str) -> WalkDiff {
    let (old, new) = (outcomes(old), outcomes(new));
    let mut moved: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut changed = 0;
    for (path, outcome) in &new {
        if let Some(before) = old.get(path)
            && before != outcome
        {
            changed += 1;
            let (from, to) = (primary(before), primary(outcome));
            if from != to {
                *moved.entry((from.to_owned(), to.to_owned())).or_default() += 1;
            }
        }
    }
    WalkDiff {
        previous: previous.to_owned(),
        added: new.keys().filter(|path| !old.contains_key(*path)).count(),
        removed: old.keys().filter(|path| !new.contains_key(*path)).count(),
        changed,
        moved: moved
            .into_iter()
            .map(|((from, to), count)| (from, to, count))
            .collect(),
    }
}

/// The comparison with the version before the current one, if its walk is kept in `dir`.
pub fn compare_with_previous(dir: &std::path::Path, current_walk: &str) -> Option<WalkDiff> {
    let (previous, _) = CHANGES.iter().rev().nth(1)?;
    let old = std::fs::read_to_string(dir.join(format!("{previous}.walk.txt"))).ok()?;
    Some(compare(previous, &old, current_walk))
}
