//! The assessed plan as Markdown, in one language: what the plan screen's export and print
//! give, and what an HR team pastes into its own documents.

use chrono::NaiveDate;

use super::assessment::{Fee, PlanAssessment};
use super::hire::Hire;
use super::wire::{Problem, Reason};
use crate::i18n::{Lang, keys};
use crate::rules::{QuestionId, RULES_VERSION};

/// A table cell: no line breaks, and no `|` to break the table.
fn cell(text: &str) -> String {
    text.replace(['\n', '\r'], " ").replace('|', "\\|")
}

fn fee(lang: Lang, fee: Fee) -> String {
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

fn reason(lang: Lang, reason: Reason) -> &'static str {
    lang.text(match reason {
        Reason::UnknownKey => "hiring.reason.unknown_key",
        Reason::InvalidValue => "hiring.reason.invalid_value",
        Reason::IncompleteRow => "hiring.reason.incomplete_row",
        Reason::Unreadable => "hiring.reason.unreadable",
        Reason::TooManyHires => "hiring.reason.too_many_hires",
    })
}

/// The plan, its hires in order and what holds across them, as Markdown.
pub fn markdown(
    lang: Lang,
    hires: &[Hire],
    plan: &PlanAssessment,
    problems: &[Problem],
    as_of: NaiveDate,
) -> String {
    let mut out = format!("# {}\n\n", lang.text("hiring.title"));
    out.push_str(&lang.format(
        "hiring.as_of",
        &[("date", &lang.date(as_of)), ("version", RULES_VERSION)],
    ));
    out.push_str(&format!("\n\n## {}\n\n", lang.text("hiring.hires")));
    let columns = [
        "row",
        "label",
        "start",
        "citizenship",
        "position",
        "route",
        "share",
        "fee",
    ];
    let header: Vec<&str> = columns
        .iter()
        .map(|column| lang.text(&format!("hiring.col.{column}")))
        .collect();
    out.push_str(&format!(
        "| {} |\n|{}\n",
        header.join(" | "),
        "---|".repeat(columns.len())
    ));
    for (index, (hire, result)) in hires.iter().zip(&plan.hires).enumerate() {
        let answer = |question| {
            hire.answers
                .get(question)
                .map(|answer| lang.answer(question, answer))
                .unwrap_or_default()
        };
        let (route, share, fee_text) = match result {
            Err(missing) => (
                lang.format(
                    "hiring.unanswerable",
                    &[("question", lang.text(&keys::question_title(missing.0)))],
                ),
                String::new(),
                String::new(),
            ),
            Ok(result) => (
                format!(
                    "{} ({})",
                    lang.text(&keys::route_headline(result.outcome.primary.route)),
                    lang.text(keys::eligibility(result.outcome.primary.eligible))
                ),
                result
                    .share
                    .as_ref()
                    .map(|reason| lang.render(&keys::reason(reason.id), &reason.params))
                    .unwrap_or_default(),
                fee(lang, result.fee),
            ),
        };
        let row = [
            (index + 1).to_string(),
            hire.label.clone(),
            // The month as the plan's files write it, in every language.
            hire.start.format("%Y-%m").to_string(),
            answer(QuestionId::Citizenship),
            answer(QuestionId::Position),
            route,
            share,
            fee_text,
        ];
        let cells: Vec<String> = row.iter().map(|text| cell(text)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push_str(&format!("\n## {}\n\n", lang.text("hiring.ratio")));
    match &plan.first_breach {
        None => out.push_str(lang.text("hiring.no_breach")),
        Some(breach) => {
            let group = if breach.group == 0 { "1–2" } else { "3–4" };
            out.push_str(&lang.format(
                "hiring.breach",
                &[("row", &(breach.hire + 1).to_string()), ("group", group)],
            ));
            if let Some(count) = breach.add_kazakh {
                out.push(' ');
                out.push_str(&lang.format("hiring.fix_add", &[("count", &lang.number(count))]));
            }
            if !breach.recategorise.is_empty() {
                let positions: Vec<&str> = breach
                    .recategorise
                    .iter()
                    .map(|option| lang.text(&keys::option(QuestionId::Position, *option)))
                    .collect();
                out.push(' ');
                out.push_str(
                    &lang.format("hiring.fix_move", &[("positions", &positions.join("; "))]),
                );
            }
            out.push(' ');
            out.push_str(lang.text("hiring.fix_drop"));
        }
    }
    out.push_str(&format!("\n\n## {}\n\n", lang.text("hiring.quota")));
    if plan.quota.is_empty() {
        out.push_str(lang.text("hiring.no_quota"));
        out.push('\n');
    }
    for line in &plan.quota {
        let date = line
            .request_by
            .map(|date| lang.date(date))
            .unwrap_or_else(|| lang.text("hiring.no_date").to_owned());
        // A request whose day has passed is said to have passed, not set as a task.
        let passed = line.request_by.is_some_and(|date| date < as_of);
        out.push_str("- ");
        out.push_str(&lang.format(
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
        ));
        out.push('\n');
    }
    out.push_str(&format!("\n## {}\n\n", lang.text("hiring.fees")));
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
    out.push_str(&said.join(" "));
    out.push_str(&format!("\n\n## {}\n\n", lang.text("hiring.timeline")));
    // One line per date and duty, naming every hire it falls on, in the timeline's order.
    let mut lines: Vec<(Option<NaiveDate>, crate::rules::ObligationId, Vec<String>)> = Vec::new();
    for (index, deadline) in &plan.timeline {
        let date = deadline.due.and_then(|due| due.date());
        let id = deadline.obligation.id;
        let hire = match hires.get(*index).map(|hire| hire.label.as_str()) {
            Some(label) if !label.is_empty() => format!("{} ({})", index + 1, cell(label)),
            _ => (index + 1).to_string(),
        };
        match lines.iter_mut().find(|(d, i, _)| *d == date && *i == id) {
            Some((_, _, rows)) => rows.push(hire),
            None => lines.push((date, id, vec![hire])),
        }
    }
    for (date, id, rows) in lines {
        let date = date
            .map(|date| lang.date(date))
            .unwrap_or_else(|| lang.text("hiring.no_date").to_owned());
        out.push_str(&format!(
            "- {date}: {} {}\n",
            lang.text(&keys::obligation(id)),
            lang.format("hiring.timeline_rows", &[("rows", &rows.join(", "))])
        ));
    }
    if !problems.is_empty() {
        out.push_str(&format!("\n## {}\n\n", lang.text("hiring.ignored")));
        for problem in problems {
            let values = [
                ("key", problem.key.as_str()),
                ("value", problem.value.as_str()),
                ("reason", reason(lang, problem.reason)),
            ];
            let line = match problem.row {
                Some(row) => {
                    let row = row.to_string();
                    let mut with_row = vec![("row", row.as_str())];
                    with_row.extend(values);
                    lang.format("hiring.ignored_line", &with_row)
                }
                None => lang.format("hiring.ignored_file", &values),
            };
            out.push_str(&format!("- {}\n", cell(&line)));
        }
    }
    out
}
