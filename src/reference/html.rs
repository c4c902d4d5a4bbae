//! The reference as a static HTML page: no script, styled by the app's stylesheet (the build
//! puts its hashed name in place of [`APP_CSS`]), printable, every statement linked to its
//! source in the page. It renders the document's blocks ([`super::document`]) in the page's
//! frame: the title, the links to the app and the other languages, the contents.

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as esc};

use super::document::{Block, Inline, Item, Table, contents, document};
use super::history::WalkDiff;
use super::{Reference, file_name, source_anchor};
use crate::i18n::Lang;
use crate::rules::{RULES_REVIEWED, RULES_VERSION};

/// The stylesheet address the page is written with; the build replaces it with the app's
/// hashed stylesheet (`scripts/build/pages.mjs`).
pub const APP_CSS: &str = "main.css";

/// The page's own policy: it runs nothing and loads only the app's stylesheet.
const POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
                      form-action 'none'";

/// The whole page; `diff` is the comparison with the previous version's walk, if kept.
pub fn html(reference: &Reference, diff: Option<&WalkDiff>) -> String {
    let r = reference;
    let lang = r.lang;
    let mut out = String::new();
    let title = r.text("reference.title", &[]);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{tag}\">\n<head>\n<meta charset=\"utf-8\" />\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\" />\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"{APP_CSS}\" />\n\
         <link rel=\"icon\" href=\"favicon.svg\" />\n</head>\n<body>\n\
         <header class=\"site-header\"><p class=\"site-title\">{app}</p></header>\n\
         <main id=\"main\" class=\"page reference\">\n<h1 class=\"heading\">{title}</h1>\n",
        tag = lang.tag(),
        title = esc(&title),
        app = esc(lang.text("app.title")),
    );
    let _ = writeln!(out, "<p>{}</p>", esc(&r.text("reference.intro", &[])));
    let _ = writeln!(
        out,
        "<p data-testid=\"reference-version\">{}</p>",
        esc(&r.text(
            "reference.version",
            &[
                ("version", RULES_VERSION),
                ("date", &lang.date(RULES_REVIEWED)),
                ("as_of", &lang.date(r.as_of)),
                ("paths", &lang.number(r.paths as i64)),
            ],
        ))
    );
    navigation(&mut out, r);
    table_of_contents(&mut out, r);
    for block in document(r, diff) {
        write_block(&mut out, r, &block);
    }
    let _ = writeln!(
        out,
        "<p class=\"disclaimer\">{}</p>\n</main>\n<footer class=\"site-footer\"><p>{}</p></footer>\n</body>\n</html>",
        esc(lang.text("app.disclaimer")),
        esc(lang.text("app.privacy"))
    );
    out
}

fn navigation(out: &mut String, r: &Reference) {
    let lang = r.lang;
    let others: Vec<String> = Lang::ALL
        .iter()
        .filter(|other| **other != lang)
        .map(|other| {
            format!(
                "<a href=\"{}\" hreflang=\"{tag}\" lang=\"{tag}\">{}</a>",
                file_name(*other, "html"),
                esc(Lang::En.text(&format!("language.name.{}", other.tag()))),
                tag = other.tag()
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "<ul class=\"reference-links print-hide\">\n<li><a href=\"./?lang={tag}\">{open}</a></li>\n\
         <li>{label}: {others}</li>\n<li><a href=\"{md}\">{markdown}</a></li>\n</ul>",
        tag = lang.tag(),
        open = esc(&r.text("reference.open_app", &[])),
        label = esc(&r.text("reference.other_languages", &[])),
        others = others.join(", "),
        md = file_name(lang, "md"),
        markdown = esc(&r.text("reference.markdown", &[])),
    );
}

fn table_of_contents(out: &mut String, r: &Reference) {
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"contents\" class=\"print-hide\">\n<h2 id=\"contents\">{}</h2>\n<ol>",
        esc(&r.text("reference.contents", &[]))
    );
    for part in contents(r) {
        let _ = write!(
            out,
            "<li><a href=\"#{}\">{}</a>",
            part.anchor,
            esc(&part.title)
        );
        if !part.parts.is_empty() {
            out.push_str("\n<ol>\n");
            for (id, title) in part.parts {
                let _ = writeln!(out, "<li><a href=\"#{id}\">{}</a></li>", esc(&title));
            }
            out.push_str("</ol>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}

fn write_inlines(out: &mut String, r: &Reference, content: &[Inline]) {
    for (index, inline) in content.iter().enumerate() {
        let space = if index > 0 { " " } else { "" };
        match inline {
            Inline::Text(text) => out.push_str(&esc(text)),
            Inline::Strong(text) => {
                let _ = write!(out, "{space}<strong>{}</strong>", esc(text));
            }
            Inline::Internal { target, text } => {
                let _ = write!(out, "<a href=\"#{}\">{}</a>", attr(target), esc(text));
            }
            Inline::External { href, text } => {
                let _ = write!(
                    out,
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    attr(href),
                    esc(text)
                );
            }
            Inline::Cite { label, source } => {
                let _ = write!(
                    out,
                    "{space}<a class=\"source-inline\" href=\"#{}\">{}: {}</a>",
                    source_anchor(*source),
                    esc(r.lang.text(label)),
                    esc(&r.lang.source_name(*source))
                );
            }
        }
    }
}

/// ` name="value"` for an optional attribute.
fn attribute(name: &str, value: Option<&str>) -> String {
    value
        .map(|value| format!(" {name}=\"{}\"", attr(value)))
        .unwrap_or_default()
}

fn write_item(out: &mut String, r: &Reference, item: &Item) {
    out.push_str("<li");
    out.push_str(&attribute("id", item.id.as_deref()));
    if let Some((name, value)) = &item.data {
        out.push_str(&attribute(name, Some(value)));
    }
    out.push('>');
    write_inlines(out, r, &item.content);
    out.push_str("</li>\n");
}

fn write_table(out: &mut String, r: &Reference, table: &Table) {
    let _ = writeln!(
        out,
        "<table class=\"{}\">\n<caption class=\"visually-hidden\">{}</caption>",
        table.class,
        esc(&table.caption)
    );
    if !table.head.is_empty() {
        out.push_str("<thead><tr>");
        for heading in &table.head {
            let _ = write!(out, "<th scope=\"col\">{}</th>", esc(heading));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr");
        if let Some((name, value)) = &row.data {
            out.push_str(&attribute(name, Some(value)));
        }
        out.push_str("><th scope=\"row\">");
        write_inlines(out, r, std::slice::from_ref(&row.header));
        out.push_str("</th>");
        for cell in &row.cells {
            let _ = write!(out, "<td>{}</td>", esc(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn write_block(out: &mut String, r: &Reference, block: &Block) {
    match block {
        Block::Section {
            level,
            id,
            title,
            class,
            data,
            body,
        } => {
            // Parts with an anchor are sections of their own; a list's heading is only that.
            let wrapped = id.is_some() && *level < 4;
            if let (true, Some(id)) = (wrapped, id) {
                let _ = write!(out, "<section aria-labelledby=\"{}\"", attr(id));
                out.push_str(&attribute("class", *class));
                if let Some((name, value)) = data {
                    out.push_str(&attribute(name, Some(value)));
                }
                out.push_str(">\n");
            }
            let _ = writeln!(
                out,
                "<h{level}{}>{}</h{level}>",
                attribute("id", id.as_deref()),
                esc(title)
            );
            for inner in body {
                write_block(out, r, inner);
            }
            if wrapped {
                out.push_str("</section>\n");
            }
        }
        Block::Paragraph {
            content,
            class,
            testid,
        } => {
            let _ = write!(
                out,
                "<p{}{}>",
                attribute("class", *class),
                attribute("data-testid", *testid)
            );
            write_inlines(out, r, content);
            out.push_str("</p>\n");
        }
        Block::List {
            ordered,
            class,
            items,
        } => {
            let tag = if *ordered { "ol" } else { "ul" };
            let _ = writeln!(out, "<{tag}{}>", attribute("class", *class));
            for item in items {
                write_item(out, r, item);
            }
            let _ = writeln!(out, "</{tag}>");
        }
        Block::Summary(rows) => {
            out.push_str("<dl class=\"summary\">\n");
            for (label, value) in rows {
                let _ = writeln!(
                    out,
                    "<div class=\"summary-row\"><dt class=\"summary-key\">{}</dt><dd class=\"summary-value\">{}</dd></div>",
                    esc(label),
                    esc(value)
                );
            }
            out.push_str("</dl>\n");
        }
        Block::Table(table) => write_table(out, r, table),
    }
}
