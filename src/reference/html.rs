//! The reference as a static HTML page: no script, styled by the app's stylesheet (the build
//! puts its hashed name in place of [`APP_CSS`]), printable, every statement linked to its
//! source in the page.

use std::fmt::Write;

use super::history::{CHANGES, WalkDiff};
use super::{Reference, RouteEntry, dates, file_name, party, route_anchor, source_anchor};
use crate::i18n::{Lang, keys};
use crate::rules::{DeadlineRule, QuestionId, QuestionKind, RULES_REVIEWED, RULES_VERSION};

/// The stylesheet address the page is written with; the build replaces it with the app's
/// hashed stylesheet (`scripts/pages.mjs`).
pub const APP_CSS: &str = "main.css";

/// The page's own policy: it runs nothing and loads only the app's stylesheet.
const POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; \
                      form-action 'none'";

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The whole page; `diff` is the comparison with the previous version's walk, if kept.
pub fn html(reference: &Reference, diff: Option<&WalkDiff>) -> String {
    let r = reference;
    let lang = r.lang;
    let mut out = String::new();
    let title = esc(&r.text("reference.title", &[]));
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
    contents(&mut out, r);

    let _ = writeln!(
        out,
        "<section aria-labelledby=\"routes\">\n<h2 id=\"routes\">{}</h2>",
        esc(&r.text("reference.routes", &[]))
    );
    for route in &r.routes {
        route_section(&mut out, r, route);
    }
    out.push_str("</section>\n");
    questions(&mut out, r);
    sources(&mut out, r);
    calendar(&mut out, r);
    changes(&mut out, r, diff);
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

fn contents(out: &mut String, r: &Reference) {
    let _ = writeln!(
        out,
        "<nav aria-labelledby=\"contents\" class=\"print-hide\">\n<h2 id=\"contents\">{}</h2>\n<ol>",
        esc(&r.text("reference.contents", &[]))
    );
    let _ = writeln!(
        out,
        "<li><a href=\"#routes\">{}</a>\n<ol>",
        esc(&r.text("reference.routes", &[]))
    );
    for route in &r.routes {
        let _ = writeln!(
            out,
            "<li><a href=\"#{}\">{}</a></li>",
            route_anchor(route.route),
            esc(r.lang.text(&keys::route_headline(route.route)))
        );
    }
    out.push_str("</ol></li>\n");
    for (id, key) in [
        ("questions", "reference.questions"),
        ("sources", "reference.sources"),
        ("calendar", "reference.calendar"),
        ("changes", "reference.changes"),
    ] {
        let _ = writeln!(
            out,
            "<li><a href=\"#{id}\">{}</a></li>",
            esc(&r.text(key, &[]))
        );
    }
    out.push_str("</ol>\n</nav>\n");
}

fn cite(r: &Reference, source: crate::rules::SourceId) -> String {
    cite_as(r, "verdict.source", source)
}

fn cite_as(r: &Reference, label: &str, source: crate::rules::SourceId) -> String {
    format!(
        " <a class=\"source-inline\" href=\"#{}\">{}: {}</a>",
        source_anchor(source),
        esc(r.lang.text(label)),
        esc(&r.source_line(source))
    )
}

/// A statement's source and, where it answers a published claim, where that was published.
fn cite_reason(r: &Reference, reason: &crate::rules::Reason) -> String {
    let mut cited = cite(r, reason.source);
    if let Some(claim) = reason.claim {
        cited.push_str(&cite_as(r, "verdict.claim_source", claim));
    }
    cited
}

fn route_section(out: &mut String, r: &Reference, route: &RouteEntry) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "<section class=\"reference-route\" aria-labelledby=\"{id}\" data-route=\"{route}\">\n\
         <h3 id=\"{id}\">{}</h3>\n<p>{}</p>",
        esc(lang.text(&keys::route_headline(route.route))),
        esc(&r.text(
            "reference.route.outcomes",
            &[("paths", &lang.number(route.paths as i64))]
        )),
        id = route_anchor(route.route),
        route = route.route,
    );
    let rows = r.summary(route);
    out.push_str("<dl class=\"summary\">\n");
    for (key, value) in rows {
        let _ = writeln!(
            out,
            "<div class=\"summary-row\"><dt class=\"summary-key\">{}</dt><dd class=\"summary-value\">{}</dd></div>",
            esc(&r.text(key, &[])),
            esc(&value)
        );
    }
    out.push_str("</dl>\n");
    if !route.stays.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul>",
            esc(&r.text("reference.route.stay", &[]))
        );
        for stay in &route.stays {
            let _ = writeln!(
                out,
                "<li>{}{}</li>",
                esc(&lang.stay_rule(stay)),
                cite(r, stay.source)
            );
        }
        out.push_str("</ul>\n");
    }

    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<p class=\"hint\">{}</p>",
        esc(&r.text("reference.route.leads", &[])),
        esc(&r.text("reference.route.leads_hint", &[]))
    );
    let _ = writeln!(
        out,
        "<table class=\"reference-leads\">\n<caption class=\"visually-hidden\">{}</caption>\n<tbody>",
        esc(&r.text("reference.route.leads", &[]))
    );
    for (question, answers) in &route.leads {
        let answers = r.answers(*question, answers.as_deref());
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#question-{question}\">{}</a></th><td>{}</td></tr>",
            esc(lang.text(&keys::question_title(*question))),
            esc(&answers)
        );
    }
    out.push_str("</tbody>\n</table>\n");

    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<ul class=\"reasons\">",
        esc(&r.text("reference.route.statements", &[]))
    );
    for reason in &route.reasons {
        let _ = writeln!(
            out,
            "<li data-reason=\"{}\">{}{}</li>",
            reason.id,
            esc(&r.statement(&keys::reason(reason.id))),
            cite_reason(r, reason)
        );
    }
    out.push_str("</ul>\n");

    for (heading, list) in [
        (lang.text("verdict.notes").to_owned(), &route.notes),
        (r.text("reference.route.why_not", &[]), &route.why_not),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<h4>{}</h4>\n<ul class=\"reasons\">", esc(&heading));
        for reason in list {
            let _ = writeln!(
                out,
                "<li data-reason=\"{}\">{}{}</li>",
                reason.id,
                esc(&r.statement(&keys::reason(reason.id))),
                cite_reason(r, reason)
            );
        }
        out.push_str("</ul>\n");
    }

    let obligations = route.obligations.iter().map(|obligation| {
        let deadline = obligation
            .deadline
            .map(|rule: DeadlineRule| format!(" <strong>{}</strong>", esc(&lang.deadline(rule))))
            .unwrap_or_default();
        format!(
            "<li data-obligation=\"{}\">{} ({}){deadline}{}</li>",
            obligation.id,
            esc(lang.text(&keys::obligation(obligation.id))),
            esc(party(lang, obligation.party, "obligations")),
            cite(r, obligation.source)
        )
    });
    list_section(
        out,
        r,
        [
            "reference.route.obligations",
            "reference.route.no_obligations",
        ],
        "obligations",
        obligations.collect(),
    );
    let documents = route.documents.iter().map(|document| {
        let needs = keys::legalisation(document.legalisation);
        let legalisation = needs
            .map(|what| {
                format!(
                    " {}",
                    lang.format("result.legalisation", &[("what", lang.text(what))])
                )
            })
            .unwrap_or_default();
        // The convention the legalisation rests on, as its source.
        let convention = document
            .legalisation
            .source()
            .map(|source| cite(r, source))
            .unwrap_or_default();
        format!(
            "<li data-document=\"{}\">{} ({}){}{convention}</li>",
            document.id,
            esc(lang.text(&keys::document(document.id))),
            esc(party(lang, document.provider, "documents")),
            esc(&legalisation)
        )
    });
    list_section(
        out,
        r,
        ["reference.route.documents", "reference.route.no_documents"],
        "checklist-plain",
        documents.collect(),
    );
    out.push_str("</section>\n");
}

/// A list of a route under its heading (`keys`: the heading, and the sentence shown when the
/// list is empty); `items` are its `<li>` elements.
fn list_section(out: &mut String, r: &Reference, keys: [&str; 2], class: &str, items: Vec<String>) {
    let _ = writeln!(out, "<h4>{}</h4>", esc(&r.text(keys[0], &[])));
    if items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&r.text(keys[1], &[])));
    } else {
        let _ = writeln!(out, "<ul class=\"{class}\">\n{}\n</ul>", items.join("\n"));
    }
}

fn questions(out: &mut String, r: &Reference) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"questions\">\n<h2 id=\"questions\">{}</h2>",
        esc(&r.text("reference.questions", &[]))
    );
    for id in QuestionId::ALL {
        let question = id.question();
        let kind = match question.kind {
            QuestionKind::SingleChoice(_) => r.text("reference.question.kind.single", &[]),
            QuestionKind::MultipleChoice(_) => r.text("reference.question.kind.multiple", &[]),
            QuestionKind::Country => r.text("reference.question.kind.country", &[]),
            QuestionKind::Number { min, max, .. } => r.text(
                "reference.question.kind.number",
                &[
                    ("min", &lang.number(i64::from(min))),
                    ("max", &lang.number(i64::from(max))),
                ],
            ),
        };
        let _ = writeln!(
            out,
            "<h3 id=\"question-{id}\">{}</h3>\n<p class=\"hint\">{}</p>\n<p>{}</p>",
            esc(lang.text(&keys::question_title(*id))),
            esc(lang.text(&keys::question_hint(*id))),
            esc(&kind)
        );
        if !question.options().is_empty() {
            out.push_str("<ul>\n");
            for option in question.options() {
                let _ = writeln!(
                    out,
                    "<li>{}</li>",
                    esc(lang.text(&keys::option(*id, *option)))
                );
            }
            out.push_str("</ul>\n");
        }
    }
    out.push_str("</section>\n");
}

fn sources(out: &mut String, r: &Reference) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">{}</h2>\n<ol class=\"sources-list\">",
        esc(&r.text("reference.sources", &[]))
    );
    for id in r.sources() {
        let source = id.source();
        let _ = writeln!(
            out,
            "<li id=\"{}\" data-source=\"{id}\">{}. <a href=\"{url}\" rel=\"noopener noreferrer\">{url}</a>. {} {}. {}</li>",
            source_anchor(id),
            esc(&r.source_line(id)),
            esc(&r.text(
                "reference.source.confidence",
                &[("confidence", lang.text(keys::confidence(source.confidence)))]
            )),
            esc(lang.text(keys::read(source.read))),
            esc(&lang.format(
                "verdict.last_verified",
                &[("date", &lang.date(source.last_verified))]
            )),
            url = esc(source.url),
        );
    }
    out.push_str("</ol>\n</section>\n");
}

fn calendar(out: &mut String, r: &Reference) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"calendar\">\n<h2 id=\"calendar\">{}</h2>\n<p>{}{}{}</p>",
        esc(&r.text("reference.calendar", &[])),
        esc(&r.text("reference.calendar.intro", &[])),
        cite(r, crate::rules::SourceId::HolidaysLaw),
        cite(r, crate::rules::SourceId::ProductionCalendar),
    );
    let _ = writeln!(
        out,
        "<table class=\"reference-calendar\">\n<caption class=\"visually-hidden\">{}</caption>\n\
         <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&r.text("reference.calendar", &[])),
        esc(&r.text("reference.calendar.year", &[])),
        esc(&r.text("reference.calendar.status", &[])),
        esc(&r.text("reference.calendar.working_days", &[])),
        esc(&r.text("reference.calendar.days_off", &[])),
    );
    for year in &r.years {
        let _ = writeln!(
            out,
            "<tr data-year=\"{}\"><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            year.year,
            year.year,
            esc(&r.year_status(year)),
            lang.number(year.working_days),
            esc(&dates(lang, &year.days_off))
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

fn changes(out: &mut String, r: &Reference, diff: Option<&WalkDiff>) {
    let lang = r.lang;
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">{}</h2>\n<ul>",
        esc(&r.text("reference.changes", &[]))
    );
    for (version, date) in CHANGES.iter().rev() {
        let _ = writeln!(
            out,
            "<li data-version=\"{version}\"><strong>{version}</strong> ({}): {}</li>",
            esc(&lang.date(*date)),
            esc(lang.text(&format!("changelog.{version}")))
        );
    }
    out.push_str("</ul>\n");
    for line in r.changes(diff) {
        let _ = writeln!(out, "<p data-testid=\"walk-diff\">{}</p>", esc(&line));
    }
    out.push_str("</section>\n");
}
