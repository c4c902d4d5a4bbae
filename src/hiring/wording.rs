//! The assessed plan in words, once: what the plan screen shows, what its Markdown export
//! writes and what its calendar file holds all come from these.

use chrono::NaiveDate;

use super::assessment::{Breach, Fee, HireResult, PlanAssessment, QuotaLine};
use super::hire::{Hire, Unanswerable};
use super::wire::{Place, Problem, Problems, Reason};
use crate::i18n::{Lang, keys};
use crate::ics::Event;
use crate::rules::{Deadline, ObligationId, QuestionId};

/// A hire's permit fee, for example "30,000–60,000 tenge".
pub fn fee(lang: Lang, fee: Fee) -> String {
    match fee {
        Fee::None => lang.text("hiring.fee.none").to_owned(),
        Fee::Free => lang.text("hiring.fee.free").to_owned(),
        Fee::Unknown => lang.text("hiring.fee.unknown").to_owned(),
        Fee::RangeKzt { min, max } => lang.format(
            "hiring.fee.range_kzt",
            &[
                ("min", &lang.number(min as i64)),
                ("max", &lang.number(max as i64)),
            ],
        ),
        Fee::RangeMci { min, max } => lang.format(
            "hiring.fee.range_mci",
            &[("min", &lang.number(min)), ("max", &lang.number(max))],
        ),
    }
}

/// Why the plan could not assess a hire: the question it does not answer.
pub fn unanswerable(lang: Lang, missing: Unanswerable) -> String {
    lang.format(
        "hiring.unanswerable",
        &[("question", lang.text(&keys::question_title(missing.0)))],
    )
}

/// The hire's route and verdict, for example "Work permit through the employer (Available)".
pub fn route(lang: Lang, result: &HireResult) -> String {
    format!(
        "{} ({})",
        lang.text(&keys::route_headline(result.outcome.primary.route)),
        lang.text(keys::eligibility(result.outcome.primary.eligible))
    )
}

/// The share of Kazakh citizens (or of transferred staff) once the hire is counted, as the
/// engine states it.
pub fn share(lang: Lang, result: &HireResult) -> Option<String> {
    result.share.map(|share| stated(lang, &share.statement()))
}

/// A statement of the engine in the reader's words.
pub fn stated(lang: Lang, reason: &crate::rules::Reason) -> String {
    lang.render(&keys::reason(reason.id), &reason.params)
}

/// The category group's name: "1–2" or "3–4".
pub fn group(group: u8) -> &'static str {
    if group == 0 { "1–2" } else { "3–4" }
}

/// The breach, then each fix, one sentence each.
pub fn breach(lang: Lang, breach: &Breach) -> Vec<String> {
    let mut said = vec![lang.format(
        "hiring.breach",
        &[
            ("row", &(breach.hire + 1).to_string()),
            ("group", group(breach.group)),
        ],
    )];
    if let Some(count) = breach.add_kazakh {
        said.push(lang.format("hiring.fix_add", &[("count", &lang.number(count))]));
    }
    if !breach.recategorise.is_empty() {
        let positions: Vec<&str> = breach
            .recategorise
            .iter()
            .map(|option| lang.text(&keys::option(QuestionId::Position, *option)))
            .collect();
        said.push(lang.format("hiring.fix_move", &[("positions", &positions.join("; "))]));
    }
    said.push(lang.text("hiring.fix_drop").to_owned());
    said
}

/// One line of the quota request; a request whose day has passed is said to have passed, not
/// set as a task.
pub fn quota_line(lang: Lang, line: &QuotaLine, as_of: NaiveDate) -> String {
    let date = line
        .request_by
        .map(|date| lang.date(date))
        .unwrap_or_else(|| lang.text("hiring.no_date").to_owned());
    let passed = line.request_by.is_some_and(|date| date < as_of);
    lang.format(
        if passed {
            "hiring.quota_line_passed"
        } else {
            "hiring.quota_line"
        },
        &[
            ("year", &line.year.to_string()),
            ("category", &line.category.to_string()),
            ("new", &line.new_permits.to_string()),
            ("extensions", &line.extensions.to_string()),
            ("date", &date),
        ],
    )
}

/// The fees: the total known in tenge, and the hires whose fee is not.
pub fn fees(lang: Lang, plan: &PlanAssessment) -> Vec<String> {
    let (min, max) = plan.known_fees_kzt();
    let unknown = plan.unknown_fees();
    let mut said = Vec::new();
    if max > 0 || unknown.is_empty() {
        said.push(lang.format(
            "hiring.fees_known",
            &[
                ("min", &lang.number(min as i64)),
                ("max", &lang.number(max as i64)),
            ],
        ));
    }
    if !unknown.is_empty() {
        let rows: Vec<String> = unknown
            .iter()
            .map(|index| (index + 1).to_string())
            .collect();
        said.push(lang.format("hiring.fees_unknown", &[("rows", &rows.join(", "))]));
    }
    said
}

/// The hires as the plan names them, from their labels in order: each one's number, and its
/// label if it has one.
pub fn hire_names<'a>(labels: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    labels
        .into_iter()
        .enumerate()
        .map(|(index, label)| match label.trim() {
            "" => (index + 1).to_string(),
            label => format!("{} ({label})", index + 1),
        })
        .collect()
}

/// One date and duty of the merged timeline, with every hire it falls on.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLine {
    pub date: Option<NaiveDate>,
    pub id: ObligationId,
    /// The deadline as the first of its hires has it (the rule and its source are the same
    /// for all).
    pub deadline: Deadline,
    pub hires: Vec<usize>,
}

/// The merged timeline with one line per date and duty, in the timeline's order.
pub fn timeline(plan: &PlanAssessment) -> Vec<TimelineLine> {
    let mut lines: Vec<TimelineLine> = Vec::new();
    for (index, deadline) in &plan.timeline {
        let date = deadline.due.and_then(|due| due.date());
        let id = deadline.obligation.id;
        match lines
            .iter_mut()
            .find(|line| line.date == date && line.id == id)
        {
            Some(line) => line.hires.push(*index),
            None => lines.push(TimelineLine {
                date,
                id,
                deadline: deadline.clone(),
                hires: vec![*index],
            }),
        }
    }
    lines
}

/// What the timeline's dates before the start of work are, when it has any: the latest the
/// rules' own time limits leave, the review of the application coming on top.
pub fn timeline_note(lang: Lang, plan: &PlanAssessment) -> Option<&'static str> {
    plan.timeline
        .iter()
        .any(|(_, deadline)| deadline.is_latest_before_start())
        .then(|| lang.text("hiring.timeline_latest"))
}

/// "(hires 1 (Welder), 2)", from the names of [`hire_names`].
pub fn timeline_hires(lang: Lang, names: &[String], line: &TimelineLine) -> String {
    let named: Vec<&str> = line
        .hires
        .iter()
        .filter_map(|index| names.get(*index).map(String::as_str))
        .collect();
    lang.format("hiring.timeline_rows", &[("rows", &named.join(", "))])
}

/// The dated lines of the timeline as calendar events: one per date and duty, naming its
/// hires, so that two hires never make two events with one identity.
pub fn calendar_events(lang: Lang, hires: &[Hire], plan: &PlanAssessment) -> Vec<Event> {
    let names = hire_names(hires.iter().map(|hire| hire.label.as_str()));
    timeline(plan)
        .into_iter()
        .filter_map(|line| {
            let date = line.date?;
            let mut event = crate::ics::deadline_events(lang, std::slice::from_ref(&line.deadline))
                .into_iter()
                .next()?;
            event.uid = format!(
                "plan-{}-{}@kz-eligibility",
                line.id,
                crate::iso_date::compact(date)
            );
            event.summary = format!("{} {}", event.summary, timeline_hires(lang, &names, &line));
            Some(event)
        })
        .collect()
}

/// What was left out of a file or link, and why: a whole sentence for the whole input, else
/// where and what.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    if problem.reason == Reason::MissingColumn {
        return lang.format(
            "hiring.missing_column",
            &[("key", &problem.key), ("value", &problem.value)],
        );
    }
    if problem.is_whole() {
        return lang
            .text(match problem.reason {
                Reason::Empty => "hiring.whole.empty",
                Reason::NotUtf8 => "hiring.whole.not_utf8",
                Reason::NoHires => "hiring.whole.no_hires",
                Reason::MostlyUnreadable => "hiring.whole.mostly_unreadable",
                Reason::TooLarge => "hiring.whole.too_large",
                _ => "hiring.whole.unreadable",
            })
            .to_owned();
    }
    let reason = lang.text(match problem.reason {
        Reason::UnknownKey => "hiring.reason.unknown_key",
        Reason::InvalidValue => "hiring.reason.invalid_value",
        Reason::Duplicate => "hiring.reason.duplicate",
        Reason::IncompleteRow => "hiring.reason.incomplete_row",
        Reason::TooManyHires => "hiring.reason.too_many_hires",
        Reason::UnclosedQuote => "hiring.reason.unclosed_quote",
        Reason::TooLarge => "hiring.reason.too_large",
        Reason::Unreadable
        | Reason::Empty
        | Reason::NotUtf8
        | Reason::MissingColumn
        | Reason::NoHires
        | Reason::MostlyUnreadable => "hiring.reason.unreadable",
    });
    let values = [
        ("key", problem.key.as_str()),
        ("value", problem.value.as_str()),
        ("reason", reason),
    ];
    // "Row 3" of a file as a spreadsheet shows it, "Hire 3" of a JSON plan or a link; only the
    // place when the whole row is meant.
    let whole_row = problem.key.is_empty();
    let (key, name, number) = match (problem.place, whole_row) {
        (Some(Place::Row(row)), false) => ("hiring.ignored_line", "row", row),
        (Some(Place::Row(row)), true) => ("hiring.ignored_line_only", "row", row),
        (Some(Place::Hire(hire)), false) => ("hiring.ignored_hire", "hire", hire),
        (Some(Place::Hire(hire)), true) => ("hiring.ignored_hire_only", "hire", hire),
        // A column of a file's header that no plan has.
        (None, _) if problem.reason == Reason::UnknownKey && problem.value.is_empty() => {
            return lang.format("hiring.ignored_column", &values);
        }
        (None, _) => return lang.format("hiring.ignored_file", &values),
    };
    let number = number.to_string();
    let mut with_place = vec![(name, number.as_str())];
    with_place.extend(values);
    lang.format(key, &with_place)
}

/// Every problem kept, worded, and a last line for those beyond them.
pub fn problems(lang: Lang, problems: &Problems) -> Vec<String> {
    let mut lines: Vec<String> = problems.iter().map(|p| problem(lang, p)).collect();
    if problems.more() > 0 {
        lines.push(lang.format(
            "hiring.ignored_more",
            &[("count", &lang.number(problems.more() as i64))],
        ));
    }
    lines
}
