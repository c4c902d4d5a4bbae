//! The checklist as a file to keep: the verdict, the reasons with their sources, the deadlines,
//! the documents with their ticks, the rules version and a link that reopens the answers. One
//! document model, written as Markdown or as plain text.

use chrono::NaiveDate;

use crate::i18n::{Lang, keys};
use crate::rules::{Deadline, DocumentId, Outcome, RULES_REVIEWED, RULES_VERSION, SourceId};

enum Block {
    Title(String),
    Heading(String),
    Paragraph(String),
    Item(String),
    Check(bool, String),
}

/// What the export is made from.
pub struct Export<'a> {
    pub lang: Lang,
    pub outcome: &'a Outcome,
    pub timeline: &'a [Deadline],
    pub ticked: &'a [DocumentId],
    /// The full address that reopens these answers.
    pub link: &'a str,
    pub as_of: NaiveDate,
}

impl Export<'_> {
    fn source(&self, id: SourceId) -> String {
        let lang = self.lang;
        format!(
            "{}, {} ({}; {}; {})",
            lang.text(&keys::source_title(id)),
            lang.text(&keys::source_article(id)),
            id.source().url,
            lang.text(keys::read(id.source().read)),
            lang.format(
                "verdict.last_verified",
                &[("date", &lang.date(id.source().last_verified))]
            )
        )
    }

    fn blocks(&self) -> Vec<Block> {
        let lang = self.lang;
        let primary = &self.outcome.primary;
        let mut blocks = vec![
            Block::Title(lang.text(&keys::route_headline(primary.route)).to_owned()),
            Block::Paragraph(format!(
                "{} {}",
                lang.text(keys::work_permit(primary.work_permit)),
                lang.text(keys::eligibility(primary.eligible))
            )),
            Block::Heading(lang.text("verdict.reasons").to_owned()),
        ];
        for reason in &primary.reasons {
            blocks.push(Block::Item(format!(
                "{} {}: {}",
                lang.render(&keys::reason(reason.id), &reason.params),
                lang.text("verdict.source"),
                self.source(reason.source)
            )));
        }
        let dated: Vec<&Deadline> = self.timeline.iter().filter(|e| e.due.is_some()).collect();
        if !self.outcome.obligations.is_empty() {
            blocks.push(Block::Heading(lang.text("verdict.obligations").to_owned()));
            for obligation in &self.outcome.obligations {
                let due = dated
                    .iter()
                    .find(|e| e.obligation.id == obligation.id)
                    .and_then(|e| e.due)
                    .and_then(|due| due.date())
                    .map(|date| format!(" [{}]", lang.date(date)));
                let rule = obligation
                    .deadline
                    .map(|rule| format!(" {}", lang.deadline(rule)));
                blocks.push(Block::Item(format!(
                    "{}{}{} {}: {}",
                    lang.text(&keys::obligation(obligation.id)),
                    rule.unwrap_or_default(),
                    due.unwrap_or_default(),
                    lang.text("verdict.source"),
                    self.source(obligation.source)
                )));
            }
        }
        if !self.outcome.documents.is_empty() {
            blocks.push(Block::Heading(lang.text("result.checklist").to_owned()));
            for document in &self.outcome.documents {
                let party = match document.provider {
                    crate::rules::Party::Worker => "party.worker.documents",
                    crate::rules::Party::Employer => "party.employer.documents",
                };
                blocks.push(Block::Check(
                    self.ticked.contains(&document.id),
                    format!(
                        "{} ({})",
                        lang.text(&keys::document(document.id)),
                        lang.text(party)
                    ),
                ));
            }
        }
        blocks.push(Block::Paragraph(lang.text("app.disclaimer").to_owned()));
        blocks.push(Block::Paragraph(format!(
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
        blocks.push(Block::Paragraph(
            lang.format("export.link", &[("link", self.link)]),
        ));
        blocks
    }

    pub fn markdown(&self) -> String {
        let mut out = String::new();
        for block in self.blocks() {
            match block {
                Block::Title(text) => out.push_str(&format!("# {text}\n\n")),
                Block::Heading(text) => out.push_str(&format!("\n## {text}\n\n")),
                Block::Paragraph(text) => out.push_str(&format!("\n{text}\n")),
                Block::Item(text) => out.push_str(&format!("- {text}\n")),
                Block::Check(ticked, text) => {
                    out.push_str(&format!("- [{}] {text}\n", if ticked { "x" } else { " " }))
                }
            }
        }
        out
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        for block in self.blocks() {
            match block {
                Block::Title(text) => {
                    out.push_str(&format!("{text}\n{}\n\n", "=".repeat(text.chars().count())))
                }
                Block::Heading(text) => {
                    out.push_str(&format!("\n{text}\n{}\n", "-".repeat(text.chars().count())))
                }
                Block::Paragraph(text) => out.push_str(&format!("\n{text}\n")),
                Block::Item(text) => out.push_str(&format!("* {text}\n")),
                Block::Check(ticked, text) => {
                    out.push_str(&format!("[{}] {text}\n", if ticked { "x" } else { " " }))
                }
            }
        }
        out
    }
}
