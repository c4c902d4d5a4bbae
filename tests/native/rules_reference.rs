//! The generated rules reference (`eligibility reference`) says everything the engine can
//! conclude: every route, every statement's source and every document of the walk, in each
//! language, with no broken link inside the page; and the rules' history is kept.

use std::collections::BTreeSet;

use kz_eligibility::i18n::{Lang, MISSING_TEXT};
use kz_eligibility::reference::history::{CHANGES, HISTORY_DIR, compare, outcomes};
use kz_eligibility::reference::{Reference, html, markdown};
use kz_eligibility::rules::{RULES_VERSION, RouteId, SourceId};

use super::as_of;
use super::walk::paths;

fn page(lang: Lang) -> String {
    html(&Reference::from_walk(lang, as_of(), paths()), None)
}

/// The values of an attribute throughout a page.
fn attribute_values<'a>(page: &'a str, name: &str) -> BTreeSet<&'a str> {
    let marker = format!(" {name}=\"");
    page.match_indices(&marker)
        .map(|(at, _)| {
            let rest = &page[at + marker.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn the_page_names_every_route_source_and_document_the_walk_can_produce() {
    let page = page(Lang::En);
    let routes = attribute_values(&page, "data-route");
    let sources = attribute_values(&page, "data-source");
    let documents = attribute_values(&page, "data-document");
    let reasons = attribute_values(&page, "data-reason");
    for route in RouteId::ALL {
        assert!(routes.contains(route.as_str()), "route {route} is missing");
    }
    // Every source the rules know is cited somewhere, so the page lists them all.
    for source in SourceId::ALL {
        let item = format!("<li id=\"source-{source}\"");
        assert!(page.contains(&item), "source {source} is not listed");
    }
    for path in paths() {
        let outcome = &path.outcome;
        let statements = outcome
            .routes()
            .flat_map(|route| route.reasons.iter())
            .chain(&outcome.notes);
        for reason in statements {
            assert!(
                reasons.contains(reason.id.as_str()),
                "statement {} is missing",
                reason.id
            );
            assert!(
                sources.contains(reason.source.as_str()),
                "source {} is missing",
                reason.source
            );
        }
        for obligation in &outcome.obligations {
            assert!(page.contains(&format!("data-obligation=\"{}\"", obligation.id)));
            assert!(
                sources.contains(obligation.source.as_str()),
                "source {}",
                obligation.source
            );
        }
        for document in &outcome.documents {
            assert!(
                documents.contains(document.id.as_str()),
                "document {} is missing",
                document.id
            );
        }
    }
}

#[test]
fn every_link_inside_the_page_has_its_target() {
    for lang in Lang::ALL {
        let page = page(*lang);
        let ids = attribute_values(&page, "id");
        let targets: Vec<&str> = attribute_values(&page, "href")
            .into_iter()
            .filter_map(|href| href.strip_prefix('#'))
            .collect();
        assert!(
            targets.len() > 50,
            "{lang:?}: only {} distinct links inside the page",
            targets.len()
        );
        for target in targets {
            assert!(ids.contains(target), "{lang:?}: #{target} leads nowhere");
        }
    }
}

#[test]
fn every_language_is_complete_and_every_placeholder_filled() {
    for lang in Lang::ALL {
        let reference = Reference::from_walk(*lang, as_of(), paths());
        for text in [html(&reference, None), markdown(&reference, None)] {
            assert!(!text.contains(MISSING_TEXT), "{lang:?} lacks a text");
            let unfilled = text.split('{').skip(1).find(|rest| {
                rest.split_once('}').is_some_and(|(name, _)| {
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                })
            });
            assert!(
                unfilled.is_none(),
                "{lang:?}: an unfilled placeholder: {unfilled:?}"
            );
        }
    }
}

#[test]
fn the_page_runs_nothing_and_says_which_rules_it_shows() {
    let page = page(Lang::Ru);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ru\">"));
    assert!(
        !page.contains("<script"),
        "the reference must work without scripts"
    );
    assert!(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
    assert!(page.contains(RULES_VERSION));
    for year in 2024..=2028 {
        assert!(
            page.contains(&format!("data-year=\"{year}\"")),
            "calendar {year}"
        );
    }
}

#[test]
fn the_changelog_ends_with_the_current_rules_and_keeps_each_earlier_walk() {
    let (latest, _) = CHANGES.last().unwrap();
    assert_eq!(
        *latest, RULES_VERSION,
        "add a changelog entry for the new rules version"
    );
    let root = env!("CARGO_MANIFEST_DIR");
    for (version, _) in &CHANGES[..CHANGES.len() - 1] {
        let kept = format!("{root}/{HISTORY_DIR}/{version}.walk.txt");
        assert!(std::path::Path::new(&kept).exists(), "{kept} is missing");
    }
    for window in CHANGES.windows(2) {
        // Two versions may be published on one day.
        assert!(
            window[0].1 <= window[1].1,
            "versions in order of publication"
        );
    }
}

#[test]
fn the_walk_comparison_counts_added_removed_and_moved_paths() {
    let old = "\
citizenship=KZ => kazakh_citizen:yes:-
citizenship=US
 purpose=employment => employer_work_permit:yes:C3
 purpose=visit => business_visa:yes:B1
";
    let new = "\
citizenship=KZ => kazakh_citizen:yes:-
citizenship=US
 purpose=employment => intra_corporate_transfer:yes:C3
 purpose=study => business_visa:no:-
";
    assert_eq!(outcomes(old).len(), 3);
    assert_eq!(
        outcomes(old)
            .get("citizenship=US purpose=visit")
            .map(String::as_str),
        Some("business_visa:yes:B1")
    );
    let diff = compare("2026.1.1", old, new);
    assert_eq!((diff.added, diff.removed, diff.changed), (1, 1, 1));
    assert_eq!(
        diff.moved,
        vec![(
            "employer_work_permit".to_owned(),
            "intra_corporate_transfer".to_owned(),
            1
        )]
    );
}

#[test]
fn the_reference_reads_the_committed_walk_snapshot_the_same_way() {
    let committed = include_str!("../snapshots/walk.txt");
    assert_eq!(outcomes(committed).len(), paths().len());
    let diff = compare("same", committed, committed);
    assert_eq!((diff.added, diff.removed, diff.changed), (0, 0, 0));
}

#[test]
fn the_page_and_the_markdown_say_the_same_things() {
    use kz_eligibility::reference::document::{Block, Inline, document};
    // Every text of the one document is in both renderings.
    fn texts(block: &Block, out: &mut Vec<String>) {
        let inline = |inline: &Inline, out: &mut Vec<String>| {
            if let Inline::Text(text) | Inline::Strong(text) = inline {
                out.push(text.clone());
            }
        };
        match block {
            Block::Section { title, body, .. } => {
                out.push(title.clone());
                body.iter().for_each(|b| texts(b, out));
            }
            Block::Paragraph { content, .. } => content.iter().for_each(|i| inline(i, out)),
            Block::List { items, .. } => items
                .iter()
                .flat_map(|item| &item.content)
                .for_each(|i| inline(i, out)),
            Block::Summary(rows) => rows
                .iter()
                .for_each(|(label, value)| out.extend([label.clone(), value.clone()])),
            Block::Table(table) => {
                out.extend(table.head.iter().cloned());
                table.rows.iter().for_each(|row| {
                    inline(&row.header, out);
                    out.extend(row.cells.iter().cloned());
                });
            }
        }
    }
    for lang in Lang::ALL {
        let reference = Reference::from_walk(*lang, as_of(), paths());
        let page = html_escape::decode_html_entities(&html(&reference, None)).into_owned();
        let file = markdown(&reference, None);
        let mut all = Vec::new();
        for block in document(&reference, None) {
            texts(&block, &mut all);
        }
        assert!(all.len() > 500, "{lang:?}: only {} texts", all.len());
        for text in all.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            assert!(page.contains(text), "{lang:?}: the page lacks {text:?}");
            assert!(
                file.contains(&text.replace('|', "\\|")) || file.contains(text),
                "{lang:?}: the Markdown lacks {text:?}"
            );
        }
    }
}
