//! The reference as one document of blocks, worded once: every route with what leads there,
//! what it allows, its statements, duties and documents, then the questions, the sources, the
//! calendar and the changes. The HTML page and the Markdown file render these blocks, so they
//! cannot say different things.

use super::history::{CHANGES, WalkDiff};
use super::{Reference, RouteEntry, dates, party, route_anchor, source_anchor};
use crate::i18n::keys;
use crate::rules::{
    Country, DatedTable, QuestionId, QuestionKind, Reason, Shown, Since, SourceId, dated_facts,
};

/// A run of text inside a paragraph, list item or table cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    /// A link to another part of the document.
    Internal {
        target: String,
        text: String,
    },
    /// A link out of the document.
    External {
        href: String,
        text: String,
    },
    /// A statement's source, linked to its entry in the sources list: `label` is the key of
    /// "Source" or "The claim".
    Cite {
        label: &'static str,
        source: SourceId,
    },
}

/// A list item, with the attribute that names what it holds (`data-reason` and the like) and,
/// where other parts link to it, its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub data: Option<(&'static str, String)>,
    pub id: Option<String>,
    pub content: Vec<Inline>,
}

impl Item {
    fn text(text: String) -> Item {
        Item {
            data: None,
            id: None,
            content: vec![Inline::Text(text)],
        }
    }
}

/// A row of a table: its header cell, then its cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub data: Option<(&'static str, String)>,
    pub header: Inline,
    pub cells: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub class: &'static str,
    pub caption: String,
    /// Column headings; none for a table of labelled rows.
    pub head: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A part of the document under a heading of `level` (2 to 4).
    Section {
        level: u8,
        id: Option<String>,
        title: String,
        class: Option<&'static str>,
        data: Option<(&'static str, String)>,
        body: Vec<Block>,
    },
    Paragraph {
        content: Vec<Inline>,
        class: Option<&'static str>,
        testid: Option<&'static str>,
    },
    List {
        ordered: bool,
        class: Option<&'static str>,
        items: Vec<Item>,
    },
    /// Labelled values, one per line.
    Summary(Vec<(String, String)>),
    Table(Table),
}

fn paragraph(text: String) -> Block {
    Block::Paragraph {
        content: vec![Inline::Text(text)],
        class: None,
        testid: None,
    }
}

fn section(level: u8, id: Option<String>, title: String, body: Vec<Block>) -> Block {
    Block::Section {
        level,
        id,
        title,
        class: None,
        data: None,
        body,
    }
}

fn cite(source: SourceId) -> Inline {
    Inline::Cite {
        label: "verdict.source",
        source,
    }
}

/// A statement with its source and, where it answers a published claim, where that was
/// published.
fn statement(r: &Reference, reason: &Reason) -> Item {
    let mut content = vec![
        Inline::Text(r.statement(&keys::reason(reason.id))),
        cite(reason.source),
    ];
    if let Some(claim) = reason.claim {
        content.push(Inline::Cite {
            label: "verdict.claim_source",
            source: claim,
        });
    }
    Item {
        data: Some(("data-reason", reason.id.as_str().to_owned())),
        id: None,
        content,
    }
}

/// The document after its title and introduction; `diff` is the comparison with the previous
/// version's walk, if kept.
pub fn document(r: &Reference, diff: Option<&WalkDiff>) -> Vec<Block> {
    vec![
        section(
            2,
            Some("routes".to_owned()),
            r.text("reference.routes", &[]),
            r.routes
                .iter()
                .map(|route| route_section(r, route))
                .collect(),
        ),
        questions(r),
        facts(r),
        sources(r),
        calendar(r),
        changes(r, diff),
    ]
}

/// A part of the document in its table of contents: its anchor, its title, the parts within.
pub struct Part {
    pub anchor: String,
    pub title: String,
    pub parts: Vec<(String, String)>,
}

/// The parts of the document, for its table of contents.
pub fn contents(r: &Reference) -> Vec<Part> {
    let routes = r
        .routes
        .iter()
        .map(|route| {
            (
                route_anchor(route.route),
                r.lang.text(&keys::route_headline(route.route)).to_owned(),
            )
        })
        .collect();
    let mut parts = vec![Part {
        anchor: "routes".to_owned(),
        title: r.text("reference.routes", &[]),
        parts: routes,
    }];
    for (anchor, key) in [
        ("questions", "reference.questions"),
        ("facts", "reference.facts"),
        ("sources", "reference.sources"),
        ("calendar", "reference.calendar"),
        ("changes", "reference.changes"),
    ] {
        parts.push(Part {
            anchor: anchor.to_owned(),
            title: r.text(key, &[]),
            parts: Vec::new(),
        });
    }
    parts
}

fn route_section(r: &Reference, route: &RouteEntry) -> Block {
    let lang = r.lang;
    let mut body = vec![
        paragraph(r.text(
            "reference.route.outcomes",
            &[("paths", &lang.number(route.paths as i64))],
        )),
        Block::Summary(
            r.summary(route)
                .into_iter()
                .map(|(key, value)| (r.text(key, &[]), value))
                .collect(),
        ),
    ];
    if !route.stays.is_empty() {
        body.push(section(
            4,
            None,
            r.text("reference.route.stay", &[]),
            vec![Block::List {
                ordered: false,
                class: None,
                items: route
                    .stays
                    .iter()
                    .map(|stay| Item {
                        data: None,
                        id: None,
                        content: vec![Inline::Text(lang.stay_rule(stay)), cite(stay.source)],
                    })
                    .collect(),
            }],
        ));
    }
    body.push(section(
        4,
        None,
        r.text("reference.route.leads", &[]),
        vec![
            Block::Paragraph {
                content: vec![Inline::Text(r.text("reference.route.leads_hint", &[]))],
                class: Some("hint"),
                testid: None,
            },
            Block::Table(Table {
                class: "reference-leads",
                caption: r.text("reference.route.leads", &[]),
                head: Vec::new(),
                rows: route
                    .leads
                    .iter()
                    .map(|(question, answers)| Row {
                        data: None,
                        header: Inline::Internal {
                            target: format!("question-{question}"),
                            text: lang.text(&keys::question_title(*question)).to_owned(),
                        },
                        cells: vec![r.answers(*question, answers.as_deref())],
                    })
                    .collect(),
            }),
        ],
    ));
    let statements = |list: &[Reason]| Block::List {
        ordered: false,
        class: Some("reasons"),
        items: list.iter().map(|reason| statement(r, reason)).collect(),
    };
    body.push(section(
        4,
        None,
        r.text("reference.route.statements", &[]),
        vec![statements(&route.reasons)],
    ));
    for (heading, list) in [
        (lang.text("verdict.notes").to_owned(), &route.notes),
        (r.text("reference.route.why_not", &[]), &route.why_not),
    ] {
        if !list.is_empty() {
            body.push(section(4, None, heading, vec![statements(list)]));
        }
    }
    let obligations = route
        .obligations
        .iter()
        .map(|obligation| {
            let mut content = vec![Inline::Text(format!(
                "{} ({})",
                lang.text(&keys::obligation(obligation.id)),
                party(lang, obligation.party, "obligations")
            ))];
            if let Some(rule) = obligation.deadline {
                content.push(Inline::Strong(lang.deadline(rule)));
            }
            content.push(cite(obligation.source));
            Item {
                data: Some(("data-obligation", obligation.id.as_str().to_owned())),
                id: None,
                content,
            }
        })
        .collect();
    body.push(list_or_none(
        r,
        [
            "reference.route.obligations",
            "reference.route.no_obligations",
        ],
        "obligations",
        obligations,
    ));
    let documents = route
        .documents
        .iter()
        .map(|document| {
            let mut text = format!(
                "{} ({})",
                lang.text(&keys::document(document.id)),
                party(lang, document.provider, "documents")
            );
            if let Some(needs) = lang.legalisation(document.legalisation) {
                text.push(' ');
                text.push_str(&needs);
            }
            let mut content = vec![Inline::Text(text)];
            // The convention the legalisation rests on, as its source.
            content.extend(document.legalisation.source().map(cite));
            Item {
                data: Some(("data-document", document.id.as_str().to_owned())),
                id: None,
                content,
            }
        })
        .collect();
    body.push(list_or_none(
        r,
        ["reference.route.documents", "reference.route.no_documents"],
        "checklist-plain",
        documents,
    ));
    Block::Section {
        level: 3,
        id: Some(route_anchor(route.route)),
        title: lang.text(&keys::route_headline(route.route)).to_owned(),
        class: Some("reference-route"),
        data: Some(("data-route", route.route.as_str().to_owned())),
        body,
    }
}

/// A route's list under its heading (`keys`: the heading, and the sentence said when the list
/// is empty).
fn list_or_none(r: &Reference, keys: [&str; 2], class: &'static str, items: Vec<Item>) -> Block {
    let body = if items.is_empty() {
        vec![paragraph(r.text(keys[1], &[]))]
    } else {
        vec![Block::List {
            ordered: false,
            class: Some(class),
            items,
        }]
    };
    section(4, None, r.text(keys[0], &[]), body)
}

fn questions(r: &Reference) -> Block {
    let lang = r.lang;
    let mut body = Vec::new();
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
        let mut part = vec![
            Block::Paragraph {
                content: vec![Inline::Text(
                    lang.text(&keys::question_hint(*id)).to_owned(),
                )],
                class: Some("hint"),
                testid: None,
            },
            paragraph(kind),
        ];
        if !question.options().is_empty() {
            part.push(Block::List {
                ordered: false,
                class: None,
                items: question
                    .options()
                    .iter()
                    .map(|option| Item::text(lang.text(&keys::option(*id, *option)).to_owned()))
                    .collect(),
            });
        }
        body.push(section(
            3,
            Some(format!("question-{id}")),
            lang.text(&keys::question_title(*id)).to_owned(),
            part,
        ));
    }
    section(
        2,
        Some("questions".to_owned()),
        r.text("reference.questions", &[]),
        body,
    )
}

/// The facts the law changes, each period with its dates, its value and its source.
fn facts(r: &Reference) -> Block {
    let mut body = vec![paragraph(r.text("reference.facts.intro", &[]))];
    body.extend(dated_facts().iter().map(|table| fact(r, table)));
    section(
        2,
        Some("facts".to_owned()),
        r.text("reference.facts", &[]),
        body,
    )
}

fn fact(r: &Reference, table: &DatedTable) -> Block {
    let lang = r.lang;
    let name = r.text(&format!("fact.{}", table.id), &[]);
    let mut sources: Vec<SourceId> = Vec::new();
    for span in &table.spans {
        if !sources.contains(&span.source) {
            sources.push(span.source);
        }
    }
    sources.extend(table.otherwise);
    let day = |day: chrono::NaiveDate| match day {
        chrono::NaiveDate::MIN => "—".to_owned(),
        day => lang.date(day),
    };
    let until = |until: Option<chrono::NaiveDate>| {
        until.map_or_else(
            || r.text("reference.fact.open", &[]),
            |until| lang.date(until),
        )
    };
    let members = table.spans.iter().any(|span| span.member.is_some());
    let head = if members {
        [
            "reference.facts.state",
            "reference.facts.from",
            "reference.facts.until",
            "reference.facts.value",
        ]
    } else {
        [
            "reference.facts.from",
            "reference.facts.until",
            "reference.facts.value",
            "reference.facts.source",
        ]
    };
    let rows = table
        .spans
        .iter()
        .map(|span| match span.member.and_then(Country::parse) {
            Some(country) => Row {
                data: Some(("data-member", country.as_str().to_owned())),
                header: Inline::Text(lang.country(country).to_owned()),
                cells: vec![day(span.from), until(span.until), shown(r, span.value)],
            },
            None => Row {
                data: None,
                header: Inline::Text(day(span.from)),
                cells: vec![
                    until(span.until),
                    shown(r, span.value),
                    lang.source_name(span.source),
                ],
            },
        })
        .collect();
    Block::Section {
        level: 3,
        id: Some(format!("fact-{}", table.id)),
        title: name.clone(),
        class: None,
        data: Some(("data-fact", table.id.to_owned())),
        body: vec![
            Block::Paragraph {
                content: sources.into_iter().map(cite).collect(),
                class: None,
                testid: None,
            },
            Block::Table(Table {
                class: "reference-facts",
                caption: name,
                head: head.into_iter().map(|key| r.text(key, &[])).collect(),
                rows,
            }),
        ],
    }
}

/// A dated fact's value in words.
fn shown(r: &Reference, value: Shown) -> String {
    let lang = r.lang;
    match value {
        Shown::Amount(amount) => lang.number(amount),
        Shown::Mci(mci) => r.text("reference.fact.mci", &[("mci", &lang.number(mci))]),
        Shown::Rolling { days, window } => r.text(
            "reference.fact.rolling",
            &[
                ("days", &lang.number(days)),
                ("window", &lang.number(window)),
            ],
        ),
        Shown::PerCategory(counts) => {
            let [one, two, three, four] = counts.map(|count| lang.number(count));
            r.text(
                "reference.fact.per_category",
                &[
                    ("one", &one),
                    ("two", &two),
                    ("three", &three),
                    ("four", &four),
                ],
            )
        }
        Shown::DayOfYear { month, day } => {
            lang.deadline(crate::rules::DeadlineRule::YearlyBy { month, day })
        }
        Shown::Shares(managers, others) => r.text(
            "reference.fact.shares",
            &[
                ("managers", &managers.to_string()),
                ("others", &others.to_string()),
            ],
        ),
        Shown::UpTo(Some(max)) => r.text("reference.fact.up_to", &[("max", &lang.number(max))]),
        Shown::UpTo(None) => r.text("reference.fact.any_size", &[]),
        Shown::NoExemption => r.text("reference.fact.no_exemption", &[]),
        Shown::Member(Since::Joined(_)) => r.text("reference.fact.joined", &[]),
        Shown::Member(Since::KnownFrom(_)) => r.text("reference.fact.known_from", &[]),
        Shown::Member(Since::Unsettled) => r.text("reference.fact.unsettled", &[]),
        Shown::IctLimits {
            min_months,
            max_share,
            years,
            extension_years,
        } => r.text(
            "reference.fact.ict",
            &[
                ("months", &lang.number(min_months)),
                ("share", &max_share.to_string()),
                ("years", &lang.number(years)),
                ("extension", &lang.number(extension_years)),
            ],
        ),
    }
}

fn sources(r: &Reference) -> Block {
    let lang = r.lang;
    let items = r
        .sources()
        .into_iter()
        .map(|id| {
            let source = id.source();
            Item {
                data: Some(("data-source", id.as_str().to_owned())),
                id: Some(source_anchor(id)),
                content: vec![
                    Inline::Text(format!("{}. ", r.lang.source_name(id))),
                    Inline::External {
                        href: lang.source_url(id),
                        text: lang.source_url(id),
                    },
                    Inline::Text(format!(
                        ". {} {}. {}",
                        r.text(
                            "reference.source.confidence",
                            &[("confidence", lang.text(keys::confidence(source.confidence)))]
                        ),
                        lang.text(keys::read(source.read)),
                        lang.format(
                            "verdict.last_verified",
                            &[("date", &lang.date(source.last_verified))]
                        )
                    )),
                ],
            }
        })
        .collect();
    section(
        2,
        Some("sources".to_owned()),
        r.text("reference.sources", &[]),
        vec![Block::List {
            ordered: true,
            class: Some("sources-list"),
            items,
        }],
    )
}

fn calendar(r: &Reference) -> Block {
    let lang = r.lang;
    section(
        2,
        Some("calendar".to_owned()),
        r.text("reference.calendar", &[]),
        vec![
            Block::Paragraph {
                content: vec![
                    Inline::Text(r.text("reference.calendar.intro", &[])),
                    cite(SourceId::HolidaysLaw),
                    cite(SourceId::ProductionCalendar),
                ],
                class: None,
                testid: None,
            },
            Block::Table(Table {
                class: "reference-calendar",
                caption: r.text("reference.calendar", &[]),
                head: [
                    "reference.calendar.year",
                    "reference.calendar.status",
                    "reference.calendar.working_days",
                    "reference.calendar.days_off",
                ]
                .into_iter()
                .map(|key| r.text(key, &[]))
                .collect(),
                rows: r
                    .years
                    .iter()
                    .map(|year| Row {
                        data: Some(("data-year", year.year.to_string())),
                        header: Inline::Text(year.year.to_string()),
                        cells: vec![
                            lang.calendar_note(year.year),
                            lang.number(year.working_days),
                            dates(lang, &year.days_off),
                        ],
                    })
                    .collect(),
            }),
        ],
    )
}

fn changes(r: &Reference, diff: Option<&WalkDiff>) -> Block {
    let lang = r.lang;
    let mut body = vec![Block::List {
        ordered: false,
        class: None,
        items: CHANGES
            .iter()
            .rev()
            .map(|(version, date)| Item {
                data: Some(("data-version", (*version).to_owned())),
                id: None,
                content: vec![
                    Inline::Strong((*version).to_owned()),
                    Inline::Text(format!(
                        " ({}): {}",
                        lang.date(*date),
                        lang.text(&format!("changelog.{version}"))
                    )),
                ],
            })
            .collect(),
    }];
    body.extend(r.changes(diff).into_iter().map(|line| Block::Paragraph {
        content: vec![Inline::Text(line)],
        class: None,
        testid: Some("walk-diff"),
    }));
    section(
        2,
        Some("changes".to_owned()),
        r.text("reference.changes", &[]),
        body,
    )
}
