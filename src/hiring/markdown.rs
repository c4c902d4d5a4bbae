//! The assessed plan as Markdown, in one language: what the plan screen's export and print
//! give, and what an HR team pastes into its own documents.

use chrono::NaiveDate;

use super::assessment::PlanAssessment;
use super::hire::Hire;
use super::wire::{Problem, Problems};
use super::wording;
use crate::i18n::Lang;
use crate::rules::{QuestionId, RULES_VERSION};

/// A table cell or list item: no line breaks, and no `|` to break the table.
fn cell(text: &str) -> String {
    text.replace(['\n', '\r'], " ").replace('|', "\\|")
}

/// Text someone typed (a label, a value from a file), escaped so that a Markdown renderer shows
/// it as written: every character that could start emphasis, a link, code, an HTML tag or an
/// entity is escaped with a backslash (`|` is [`cell`]'s to escape).
fn typed(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '('
                | ')'
                | '<'
                | '>'
                | '!'
                | '~'
                | '#'
                | '&'
                | '{'
                | '}'
                | '"'
                | '\''
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The plan, its hires in order and what holds across them, as Markdown.
pub fn markdown(
    lang: Lang,
    hires: &[Hire],
    plan: &PlanAssessment,
    problems: &Problems,
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
                wording::unanswerable(lang, *missing),
                String::new(),
                String::new(),
            ),
            Ok(result) => (
                wording::route(lang, result),
                wording::share(lang, result).unwrap_or_default(),
                wording::fee(lang, result.fee),
            ),
        };
        let row = [
            (index + 1).to_string(),
            typed(&hire.label),
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
        Some(breach) => out.push_str(&wording::breach(lang, breach).join(" ")),
    }
    out.push_str(&format!("\n\n## {}\n\n", lang.text("hiring.quota")));
    if plan.quota.is_empty() {
        out.push_str(lang.text("hiring.no_quota"));
        out.push('\n');
    }
    for line in &plan.quota {
        out.push_str(&format!("- {}\n", wording::quota_line(lang, line, as_of)));
    }
    out.push_str(&format!("\n## {}\n\n", lang.text("hiring.fees")));
    out.push_str(&wording::fees(lang, plan).join(" "));
    out.push_str(&format!("\n\n## {}\n\n", lang.text("hiring.timeline")));
    let labels: Vec<String> = hires.iter().map(|hire| typed(&hire.label)).collect();
    let names = wording::hire_names(labels.iter().map(String::as_str));
    for line in wording::timeline(plan) {
        let date = line
            .date
            .map(|date| lang.date(date))
            .unwrap_or_else(|| lang.text("hiring.no_date").to_owned());
        let text = format!(
            "{date}: {} {}",
            lang.text(&crate::i18n::keys::obligation(line.id)),
            wording::timeline_hires(lang, &names, &line)
        );
        out.push_str(&format!("- {}\n", cell(&text)));
    }
    if let Some(note) = wording::timeline_note(lang, plan) {
        out.push_str(&format!("\n{note}\n"));
    }
    if !problems.is_empty() {
        out.push_str(&format!("\n## {}\n\n", lang.text("hiring.ignored")));
        let escaped = problems.map(|problem| Problem {
            key: typed(&problem.key),
            value: typed(&problem.value),
            ..problem.clone()
        });
        for line in wording::problems(lang, &escaped) {
            out.push_str(&format!("- {}\n", cell(&line)));
        }
    }
    out
}
