//! The result as a file to keep, in Markdown or plain text: everything the result page shows
//! (the verdict, the summary, the plan with its dates, the checklist with its ticks and what
//! each paper needs, the reasons, the other routes, the notes, the sources in full), the rules
//! version and a link that reopens the answers. It renders the page's own blocks.

use chrono::NaiveDate;

use crate::blocks::{Cite, ResultBlocks, Statement, When};
use crate::i18n::Lang;
use crate::rules::{Deadline, DocumentId, RULES_REVIEWED, RULES_VERSION};

enum Line {
    Title(String),
    Heading(String),
    Subheading(String),
    Paragraph(String),
    Item(String),
    Check(bool, String),
}

/// What the export is made from.
pub struct Export<'a> {
    pub lang: Lang,
    pub blocks: &'a ResultBlocks,
    pub timeline: &'a [Deadline],
    pub ticked: &'a [DocumentId],
    /// The full address that reopens these answers.
    pub link: &'a str,
    pub as_of: NaiveDate,
    pub today: NaiveDate,
}

/// Footnote marks as a file writes them: "[3]", "[3*]".
fn marks(cites: &[Cite]) -> String {
    cites
        .iter()
        .map(|cite| format!("[{}{}]", cite.number, cite.marker()))
        .collect::<Vec<_>>()
        .join("")
}

impl Export<'_> {
    fn statements(&self, lines: &mut Vec<Line>, statements: &[Statement]) {
        for statement in statements {
            lines.push(Line::Item(format!(
                "{} {}",
                statement.text,
                marks(&statement.cites)
            )));
        }
    }

    fn lines(&self) -> Vec<Line> {
        let lang = self.lang;
        let blocks = self.blocks;
        let mut lines = vec![Line::Title(blocks.headline.clone())];
        if let Some(instead) = &blocks.instead {
            lines.push(Line::Paragraph(format!(
                "{} {}",
                instead.text,
                marks(&instead.cites)
            )));
        }
        lines.push(Line::Paragraph(blocks.verdict.clone()));
        for statement in &blocks.urgent {
            lines.push(Line::Paragraph(format!(
                "{} {} {}",
                lang.text("result.urgent"),
                statement.text,
                marks(&statement.cites)
            )));
        }
        for row in &blocks.summary {
            lines.push(Line::Item(format!("{}: {}", row.label, row.value)));
        }
        if !blocks.steps.is_empty() {
            lines.push(Line::Heading(lang.text("plan.title").to_owned()));
        }
        for step in &blocks.steps {
            lines.push(Line::Subheading(format!("{}. {}", step.number, step.title)));
            if let Some(lead) = &step.lead {
                lines.push(Line::Paragraph(lead.clone()));
            }
            for action in &step.actions {
                let when = self
                    .timeline
                    .iter()
                    .find(|entry| entry.obligation.id == action.obligation.id)
                    .map(|entry| When::new(lang, entry, self.today));
                let dated = when.as_ref().and_then(|when| {
                    when.due.as_ref().map(|due| match &when.standing_text {
                        Some(standing) => format!(" [{due}, {standing}]"),
                        None => format!(" [{due}]"),
                    })
                });
                lines.push(Line::Item(format!(
                    "{}: {}{}{} {}",
                    action.party,
                    action.text,
                    action
                        .rule
                        .as_ref()
                        .map(|rule| format!(" {rule}"))
                        .unwrap_or_default(),
                    dated.unwrap_or_default(),
                    marks(&[action.cite])
                )));
            }
            if !step.services.is_empty() {
                let links: Vec<String> = step
                    .services
                    .iter()
                    .map(|service| format!("{} ({})", service.name, service.url))
                    .collect();
                lines.push(Line::Paragraph(format!(
                    "{} {}",
                    lang.text("plan.services"),
                    links.join(", ")
                )));
            }
            if !step.documents.is_empty() {
                lines.push(Line::Paragraph(
                    lang.format(
                        "plan.documents",
                        &[(
                            "documents",
                            &step
                                .documents
                                .iter()
                                .map(|line| line.text.as_str())
                                .collect::<Vec<_>>()
                                .join("; "),
                        )],
                    ),
                ));
            }
        }
        let documents: Vec<_> = blocks.documents().collect();
        if !documents.is_empty() {
            let ready = documents
                .iter()
                .filter(|line| self.ticked.contains(&line.document.id))
                .count();
            lines.push(Line::Heading(format!(
                "{} ({})",
                lang.text("result.checklist"),
                lang.format(
                    "checklist.count",
                    &[
                        ("ready", &ready.to_string()),
                        ("total", &documents.len().to_string())
                    ]
                )
            )));
        }
        for group in &blocks.checklist {
            lines.push(Line::Subheading(group.title.clone()));
            for line in &group.documents {
                lines.push(Line::Check(
                    self.ticked.contains(&line.document.id),
                    format!(
                        "{}{} {}",
                        line.text,
                        line.legalisation
                            .as_ref()
                            .map(|needs| format!(" ({needs})"))
                            .unwrap_or_default(),
                        marks(&[line.cite])
                    ),
                ));
            }
        }
        if let Some((rule, cite)) = &blocks.stay {
            lines.push(Line::Heading(lang.text("stay.title").to_owned()));
            lines.push(Line::Paragraph(format!(
                "{} {}",
                lang.stay_rule(rule),
                marks(&[*cite])
            )));
        }
        lines.push(Line::Heading(lang.text("verdict.reasons").to_owned()));
        self.statements(&mut lines, &blocks.reasons);
        if !blocks.alternatives.is_empty() {
            lines.push(Line::Heading(lang.text("verdict.alternatives").to_owned()));
        }
        for route in &blocks.alternatives {
            lines.push(Line::Subheading(format!(
                "{} ({})",
                route.headline, route.verdict
            )));
            self.statements(&mut lines, &route.statements);
        }
        if !blocks.notes.is_empty() {
            lines.push(Line::Heading(lang.text("verdict.notes").to_owned()));
            self.statements(&mut lines, &blocks.notes);
        }
        lines.push(Line::Paragraph(lang.text("app.disclaimer").to_owned()));
        lines.push(Line::Heading(lang.text("result.sources").to_owned()));
        lines.push(Line::Paragraph(lang.text("footnote.legend").to_owned()));
        for source in &blocks.sources {
            lines.push(Line::Item(format!(
                "[{}] {} ({}). {}",
                source.number, source.title, source.url, source.standing
            )));
        }
        lines.push(Line::Paragraph(format!(
            "{} {}",
            lang.format(
                "app.rules_version",
                &[
                    ("version", RULES_VERSION),
                    ("date", &lang.date(RULES_REVIEWED))
                ]
            ),
            lang.format("export.as_of", &[("date", &lang.date(self.as_of))])
        )));
        lines.push(Line::Paragraph(
            lang.format("export.link", &[("link", self.link)]),
        ));
        lines
    }

    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for line in self.lines() {
            match line {
                Line::Title(text) => out.push_str(&format!("# {text}\n\n")),
                Line::Heading(text) => out.push_str(&format!("\n## {text}\n\n")),
                Line::Subheading(text) => out.push_str(&format!("\n### {text}\n\n")),
                Line::Paragraph(text) => out.push_str(&format!("\n{text}\n")),
                Line::Item(text) => out.push_str(&format!("- {text}\n")),
                Line::Check(ticked, text) => {
                    out.push_str(&format!("- [{}] {text}\n", if ticked { "x" } else { " " }))
                }
            }
        }
        out
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        for line in self.lines() {
            match line {
                Line::Title(text) => {
                    out.push_str(&format!("{text}\n{}\n\n", "=".repeat(text.chars().count())))
                }
                Line::Heading(text) => {
                    out.push_str(&format!("\n{text}\n{}\n", "-".repeat(text.chars().count())))
                }
                Line::Subheading(text) => out.push_str(&format!("\n{text}\n")),
                Line::Paragraph(text) => out.push_str(&format!("\n{text}\n")),
                Line::Item(text) => out.push_str(&format!("* {text}\n")),
                Line::Check(ticked, text) => {
                    out.push_str(&format!("[{}] {text}\n", if ticked { "x" } else { " " }))
                }
            }
        }
        out
    }
}
