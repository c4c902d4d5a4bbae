//! The reference as Markdown: the same document as the HTML page, for reading in a repository
//! or pasting into a review.

use std::fmt::Write;

use super::history::{CHANGES, WalkDiff};
use super::{Reference, dates, party};
use crate::i18n::keys;
use crate::rules::{QuestionId, RULES_REVIEWED, RULES_VERSION};

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
    let source = |id| format!("{}: {}", lang.text("verdict.source"), r.source_line(id));
    // A statement's source and, where it answers a published claim, where that was published.
    let sources = |reason: &crate::rules::Reason| match reason.claim {
        Some(claim) => format!(
            "{}; {}: {}",
            source(reason.source),
            lang.text("verdict.claim_source"),
            r.source_line(claim)
        ),
        None => source(reason.source),
    };

    let _ = writeln!(out, "## {}\n", r.text("reference.routes", &[]));
    for route in &r.routes {
        let _ = writeln!(
            out,
            "### {}\n",
            lang.text(&keys::route_headline(route.route))
        );
        let _ = writeln!(
            out,
            "{}\n",
            r.text(
                "reference.route.outcomes",
                &[("paths", &lang.number(route.paths as i64))]
            )
        );
        for (key, value) in r.summary(route) {
            let _ = writeln!(out, "- **{}**: {value}", r.text(key, &[]));
        }
        if !route.stays.is_empty() {
            let _ = writeln!(out, "\n#### {}\n", r.text("reference.route.stay", &[]));
            for stay in &route.stays {
                let _ = writeln!(out, "- {} ({})", lang.stay_rule(stay), source(stay.source));
            }
        }
        let _ = writeln!(out, "\n#### {}\n", r.text("reference.route.leads", &[]));
        for (question, answers) in &route.leads {
            let answers = r.answers(*question, answers.as_deref());
            let _ = writeln!(
                out,
                "- {}: {answers}",
                lang.text(&keys::question_title(*question))
            );
        }
        let _ = writeln!(
            out,
            "\n#### {}\n",
            r.text("reference.route.statements", &[])
        );
        for reason in &route.reasons {
            let _ = writeln!(
                out,
                "- {} ({})",
                r.statement(&keys::reason(reason.id)),
                sources(reason)
            );
        }
        for (heading, list) in [
            (lang.text("verdict.notes").to_owned(), &route.notes),
            (r.text("reference.route.why_not", &[]), &route.why_not),
        ] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n#### {heading}\n");
            for reason in list {
                let _ = writeln!(
                    out,
                    "- {} ({})",
                    r.statement(&keys::reason(reason.id)),
                    sources(reason)
                );
            }
        }
        let _ = writeln!(
            out,
            "\n#### {}\n",
            r.text("reference.route.obligations", &[])
        );
        if route.obligations.is_empty() {
            let _ = writeln!(out, "{}", r.text("reference.route.no_obligations", &[]));
        }
        for obligation in &route.obligations {
            let deadline = obligation
                .deadline
                .map(|rule| format!(" **{}**", lang.deadline(rule)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- {} ({}){deadline} ({})",
                lang.text(&keys::obligation(obligation.id)),
                party(lang, obligation.party, "obligations"),
                source(obligation.source)
            );
        }
        let _ = writeln!(out, "\n#### {}\n", r.text("reference.route.documents", &[]));
        if route.documents.is_empty() {
            let _ = writeln!(out, "{}", r.text("reference.route.no_documents", &[]));
        }
        for document in &route.documents {
            let _ = writeln!(
                out,
                "- {} ({})",
                lang.text(&keys::document(document.id)),
                party(lang, document.provider, "documents")
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", r.text("reference.questions", &[]));
    for id in QuestionId::ALL {
        let _ = writeln!(
            out,
            "### {}\n\n{}\n",
            lang.text(&keys::question_title(*id)),
            lang.text(&keys::question_hint(*id))
        );
        for option in id.question().options() {
            let _ = writeln!(out, "- {}", lang.text(&keys::option(*id, *option)));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", r.text("reference.sources", &[]));
    for (n, id) in r.sources().into_iter().enumerate() {
        let source = id.source();
        let _ = writeln!(
            out,
            "{}. {}. <{}>. {} {}. {}",
            n + 1,
            r.source_line(id),
            source.url,
            r.text(
                "reference.source.confidence",
                &[("confidence", lang.text(keys::confidence(source.confidence)))]
            ),
            lang.text(keys::read(source.read)),
            lang.format(
                "verdict.last_verified",
                &[("date", &lang.date(source.last_verified))]
            )
        );
    }

    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        r.text("reference.calendar", &[]),
        r.text("reference.calendar.intro", &[])
    );
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        r.text("reference.calendar.year", &[]),
        r.text("reference.calendar.status", &[]),
        r.text("reference.calendar.working_days", &[]),
        r.text("reference.calendar.days_off", &[])
    );
    for year in &r.years {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            year.year,
            r.year_status(year),
            lang.number(year.working_days),
            dates(lang, &year.days_off)
        );
    }

    let _ = writeln!(out, "\n## {}\n", r.text("reference.changes", &[]));
    for (version, date) in CHANGES.iter().rev() {
        let _ = writeln!(
            out,
            "- **{version}** ({}): {}",
            lang.date(*date),
            lang.text(&format!("changelog.{version}"))
        );
    }
    for line in r.changes(diff) {
        let _ = writeln!(out, "\n{line}");
    }
    let _ = writeln!(out, "\n{}", lang.text("app.disclaimer"));
    out
}
