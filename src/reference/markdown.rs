//! The reference as Markdown: the same blocks as the HTML page ([`super::document`]), for
//! reading in a repository or pasting into a review.

use std::fmt::Write;

use super::Reference;
use super::document::{Block, Inline, document};
use super::history::WalkDiff;
use crate::rules::{RULES_REVIEWED, RULES_VERSION};

/// The whole document; `diff` is the comparison with the previous version's walk, if kept.
pub fn markdown(r: &Reference, diff: Option<&WalkDiff>) -> String {
    let lang = r.lang;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", r.text("reference.title", &[]));
    let _ = writeln!(out, "{}\n", r.text("reference.intro", &[]));
    let _ = writeln!(
        out,
        "{}\n",
        r.text(
            "reference.version",
            &[
                ("version", RULES_VERSION),
                ("date", &lang.date(RULES_REVIEWED)),
                ("as_of", &lang.date(r.as_of)),
                ("paths", &lang.number(r.paths as i64)),
            ],
        )
    );
    for block in document(r, diff) {
        write_block(&mut out, r, &block);
    }
    let _ = writeln!(out, "{}", lang.text("app.disclaimer"));
    out
}

fn inlines(r: &Reference, content: &[Inline]) -> String {
    let mut out = String::new();
    for (index, inline) in content.iter().enumerate() {
        let space = if index > 0 { " " } else { "" };
        match inline {
            Inline::Text(text) => out.push_str(text),
            Inline::Strong(text) => {
                let _ = write!(out, "{space}**{text}**");
            }
            // Headings carry no ids in Markdown: a link inside the file would lead nowhere.
            Inline::Internal { text, .. } => out.push_str(text),
            Inline::External { href, .. } => {
                let _ = write!(out, "<{href}>");
            }
            Inline::Cite { label, source } => {
                let _ = write!(
                    out,
                    "{space}({}: {})",
                    r.lang.text(label),
                    r.lang.source_name(*source)
                );
            }
        }
    }
    out
}

/// A table cell: a pipe would end it.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn write_block(out: &mut String, r: &Reference, block: &Block) {
    match block {
        Block::Section {
            level, title, body, ..
        } => {
            let _ = writeln!(out, "{} {title}\n", "#".repeat(usize::from(*level)));
            for inner in body {
                write_block(out, r, inner);
            }
        }
        Block::Paragraph { content, .. } => {
            let _ = writeln!(out, "{}\n", inlines(r, content));
        }
        Block::List { ordered, items, .. } => {
            for (index, item) in items.iter().enumerate() {
                let marker = if *ordered {
                    format!("{}.", index + 1)
                } else {
                    "-".to_owned()
                };
                let _ = writeln!(out, "{marker} {}", inlines(r, &item.content));
            }
            out.push('\n');
        }
        Block::Summary(rows) => {
            for (label, value) in rows {
                let _ = writeln!(out, "- **{label}**: {value}");
            }
            out.push('\n');
        }
        // A table of labelled rows reads as a list of "label: value".
        Block::Table(table) if table.head.is_empty() => {
            for row in &table.rows {
                let _ = writeln!(
                    out,
                    "- {}: {}",
                    inlines(r, std::slice::from_ref(&row.header)),
                    row.cells.join("; ")
                );
            }
            out.push('\n');
        }
        Block::Table(table) => {
            let columns = table
                .head
                .len()
                .max(1 + table.rows.first().map_or(1, |row| row.cells.len()));
            let head = if table.head.is_empty() {
                vec![String::new(); columns]
            } else {
                table.head.clone()
            };
            let _ = writeln!(
                out,
                "| {} |\n|{}|",
                head.iter().map(|h| cell(h)).collect::<Vec<_>>().join(" | "),
                vec!["---"; columns].join("|")
            );
            for row in &table.rows {
                let cells: Vec<String> =
                    std::iter::once(inlines(r, std::slice::from_ref(&row.header)))
                        .chain(row.cells.iter().cloned())
                        .map(|text| cell(&text))
                        .collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
            out.push('\n');
        }
    }
}
