//! The rules in plain language: the whole rule set as one document (`eligibility reference`),
//! built from the engine's own walk of every answer path, so it can never disagree with the
//! calculator. For each route: what leads there, what it allows, the visa and the permit, the
//! statements the engine gives with their sources, the obligations with their time limits and
//! the documents; then the questions, the sources, the working-day calendar and the changes.
//! Written as HTML (`html`) or Markdown (`markdown`).

pub mod document;
pub mod history;
mod html;
mod markdown;
pub mod snapshot;

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::i18n::{Lang, keys};
use crate::rules::{
    Answer, CALENDAR_SOURCES, CalendarStatus, Document, Eligibility, Obligation, Party, Path,
    QuestionId, Reason, RouteId, SourceId, StayRule, Visa, WorkPermit, WorkRight, applicable,
    calendar_status, dated_facts, walk, weekday_days_off, working_days_between,
};

pub use html::html;
pub use markdown::markdown;

/// Everything the engine can conclude about one route, gathered over the walked paths that end
/// in it.
pub struct RouteEntry {
    pub route: RouteId,
    /// How many walked paths end in it.
    pub paths: usize,
    /// Each question asked on those paths, with the answers given there (in the order the walk
    /// tries them); `None` where every answer the walk tries leads here.
    pub leads: Vec<(QuestionId, Option<Vec<Answer>>)>,
    pub eligible: Vec<Eligibility>,
    pub permits: Vec<WorkPermit>,
    pub work: Vec<WorkRight>,
    pub visas: Vec<Visa>,
    /// One of each statement with each of its sources, in order of first appearance.
    pub reasons: Vec<Reason>,
    /// The notes that come with it (where the seed article and the official sources differ,
    /// for instance).
    pub notes: Vec<Reason>,
    /// What the engine says of it when it is weighed but another route is the answer.
    pub why_not: Vec<Reason>,
    pub obligations: Vec<Obligation>,
    pub documents: Vec<Document>,
    /// The stay limits of the citizenships that lead here, where the app offers its stay
    /// calculator (EAEU citizens and visits without a visa).
    pub stays: Vec<StayRule>,
}

/// A year of the working-day calendar.
pub struct Year {
    pub year: i32,
    pub status: CalendarStatus,
    pub working_days: i64,
    pub days_off: Vec<NaiveDate>,
}

/// The whole rule set, as of a day.
pub struct Reference {
    pub lang: Lang,
    pub as_of: NaiveDate,
    pub paths: usize,
    pub routes: Vec<RouteEntry>,
    pub years: Vec<Year>,
    /// The walk of the current rules, as committed snapshots write it, for the changes section.
    pub snapshot: String,
}

/// The years the calendar section shows: those with published or computed calendars.
pub const YEARS: std::ops::RangeInclusive<i32> = 2024..=2028;

impl Reference {
    /// Walks the rules as of `as_of` and gathers the document.
    pub fn build(lang: Lang, as_of: NaiveDate) -> Reference {
        Reference::from_walk(lang, as_of, &walk(as_of))
    }

    /// Gathers the document from a walk of the rules as of `as_of`.
    pub fn from_walk(lang: Lang, as_of: NaiveDate, paths: &[Path]) -> Reference {
        let routes = RouteId::ALL
            .iter()
            .map(|route| route_entry(*route, paths, as_of))
            .collect();
        let years = YEARS
            .map(|year| {
                // From the eve of the year (exclusive) to its last day (inclusive).
                let eve = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap_or(as_of);
                let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(as_of);
                Year {
                    year,
                    status: calendar_status(year),
                    working_days: working_days_between(eve, last),
                    days_off: weekday_days_off(year),
                }
            })
            .collect();
        Reference {
            lang,
            as_of,
            paths: paths.len(),
            routes,
            years,
            snapshot: snapshot::snapshot(paths, as_of),
        }
    }

    /// Every source the document cites, in the order of [`SourceId::ALL`]: all of them, since
    /// every source is cited by some route's statements, duties or documents, or by the
    /// calendar (a test checks this).
    pub fn sources(&self) -> Vec<SourceId> {
        let cited: BTreeSet<&str> = self
            .routes
            .iter()
            .flat_map(|route| {
                route
                    .reasons
                    .iter()
                    .chain(&route.notes)
                    .chain(&route.why_not)
                    .flat_map(|r| std::iter::once(r.source).chain(r.claim))
                    .chain(route.obligations.iter().map(|o| o.source))
                    .chain(route.documents.iter().map(|d| d.source))
                    .chain(
                        route
                            .documents
                            .iter()
                            .filter_map(|d| d.legalisation.source()),
                    )
                    .chain(route.stays.iter().map(|s| s.source))
            })
            .chain(CALENDAR_SOURCES.iter().copied())
            .chain(dated_facts().into_iter().flat_map(|table| {
                table
                    .spans
                    .into_iter()
                    .map(|span| span.source)
                    .chain(table.otherwise)
            }))
            .map(SourceId::as_str)
            .collect();
        SourceId::ALL
            .iter()
            .copied()
            .filter(|id| cited.contains(id.as_str()))
            .collect()
    }

    /// The sentences that compare this version's walk with the previous one's (or say there
    /// is none), for both renderers.
    fn changes(&self, diff: Option<&history::WalkDiff>) -> Vec<String> {
        let lang = self.lang;
        let Some(diff) = diff else {
            return vec![self.text("reference.changes.first", &[])];
        };
        let count = |n: usize| lang.number(n as i64);
        let mut lines = vec![self.text(
            "reference.changes.walk",
            &[
                ("previous", &diff.previous),
                ("added", &count(diff.added)),
                ("removed", &count(diff.removed)),
                ("changed", &count(diff.changed)),
            ],
        )];
        let headline = |route: &str| {
            RouteId::parse(route).map_or(route.to_owned(), |id| {
                lang.text(&keys::route_headline(id)).to_owned()
            })
        };
        for (from, to, n) in &diff.moved {
            lines.push(self.text(
                "reference.changes.moved",
                &[
                    ("count", &count(*n)),
                    ("from", &headline(from)),
                    ("to", &headline(to)),
                ],
            ));
        }
        lines
    }

    /// A text of the reference, with `{name}` placeholders filled.
    fn text(&self, key: &str, values: &[(&str, &str)]) -> String {
        self.lang.format(key, values)
    }

    /// A statement's words, its parameters (which differ from path to path) shown as "…".
    fn statement(&self, key: &str) -> String {
        let mut text = self.lang.text(key).to_owned();
        while let Some(start) = text.find('{') {
            let Some(end) = text[start..].find('}') else {
                break;
            };
            text.replace_range(
                start..start + end + 1,
                self.lang.text("reference.placeholder"),
            );
        }
        text
    }

    /// The answers that lead to a route at one question, or "any answer" (`None`).
    fn answers(&self, question: QuestionId, answers: Option<&[Answer]>) -> String {
        match answers {
            None => self.text("reference.route.any", &[]),
            Some(list) => list
                .iter()
                .map(|answer| self.lang.answer(question, answer))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }

    /// A route's verdicts, permit needs, work rights and visas, each a label key with its
    /// values in words.
    fn summary(&self, route: &RouteEntry) -> [(&'static str, String); 4] {
        let lang = self.lang;
        let words = |list: Vec<String>| side_by_side(list);
        [
            (
                "reference.route.eligible",
                words(
                    route
                        .eligible
                        .iter()
                        .map(|e| lang.text(keys::eligibility(*e)).to_owned())
                        .collect(),
                ),
            ),
            (
                "reference.route.permit",
                words(
                    route
                        .permits
                        .iter()
                        .map(|p| lang.text(keys::work_permit(*p)).to_owned())
                        .collect(),
                ),
            ),
            (
                "reference.route.work",
                words(
                    route
                        .work
                        .iter()
                        .map(|w| lang.text(keys::work(*w)).to_owned())
                        .collect(),
                ),
            ),
            (
                "reference.route.visa",
                words(route.visas.iter().map(|v| lang.visa(*v)).collect()),
            ),
        ]
    }
}

fn push_unique<T: PartialEq + Clone>(list: &mut Vec<T>, item: &T) {
    if !list.contains(item) {
        list.push(item.clone());
    }
}

fn route_entry(route: RouteId, paths: &[Path], as_of: NaiveDate) -> RouteEntry {
    let mut entry = RouteEntry {
        route,
        paths: 0,
        leads: Vec::new(),
        eligible: Vec::new(),
        permits: Vec::new(),
        work: Vec::new(),
        visas: Vec::new(),
        reasons: Vec::new(),
        notes: Vec::new(),
        why_not: Vec::new(),
        obligations: Vec::new(),
        documents: Vec::new(),
        stays: Vec::new(),
    };
    let add = |list: &mut Vec<Reason>, reasons: &[Reason]| {
        for reason in reasons {
            // A statement can rest on different sources on different paths (an entry regime's
            // listing, for one): each pair is kept.
            if !list
                .iter()
                .any(|r| r.id == reason.id && r.source == reason.source)
            {
                list.push(reason.clone());
            }
        }
    };
    for path in paths {
        for weighed in path
            .outcome
            .alternatives
            .iter()
            .filter(|a| a.route == route)
        {
            add(&mut entry.why_not, &weighed.reasons);
        }
    }
    let mut asked: Vec<(QuestionId, Vec<Answer>)> = Vec::new();
    for path in paths.iter().filter(|p| p.outcome.primary.route == route) {
        entry.paths += 1;
        let primary = &path.outcome.primary;
        push_unique(&mut entry.eligible, &primary.eligible);
        push_unique(&mut entry.permits, &primary.work_permit);
        push_unique(&mut entry.work, &primary.work);
        push_unique(&mut entry.visas, &primary.visa);
        add(&mut entry.reasons, &primary.reasons);
        add(&mut entry.notes, &path.outcome.notes);
        for obligation in &path.outcome.obligations {
            if !entry.obligations.iter().any(|o| o.id == obligation.id) {
                entry.obligations.push(obligation.clone());
            }
        }
        for document in &path.outcome.documents {
            // Once per way it is legalised: that depends on the citizenship.
            if !entry
                .documents
                .iter()
                .any(|d| d.id == document.id && d.legalisation == document.legalisation)
            {
                entry.documents.push(document.clone());
            }
        }
        if let Some(stay) = &primary.stay {
            push_unique(&mut entry.stays, stay);
        }
        for question in applicable(&path.answers, as_of) {
            if question == QuestionId::Role {
                continue;
            }
            let Some(answer) = path.answers.get(question) else {
                continue;
            };
            match asked.iter_mut().find(|(q, _)| *q == question) {
                Some((_, answers)) => push_unique(answers, answer),
                None => asked.push((question, vec![answer.clone()])),
            }
        }
    }
    asked.sort_by_key(|(question, _)| QuestionId::ALL.iter().position(|q| q == question));
    entry.leads = asked
        .into_iter()
        .map(|(question, answers)| {
            let tried = question.sample_answers();
            let every = tried.iter().all(|answer| answers.contains(answer));
            let ordered = tried.into_iter().filter(|a| answers.contains(a)).collect();
            (question, (!every).then_some(ordered))
        })
        .collect();
    entry
}

/// Who does or provides it: `what` is "obligations" or "documents".
fn party(lang: Lang, party: Party, what: &str) -> &'static str {
    lang.text(&keys::party(party, what))
}

/// Values of one kind side by side: sentences one after another, short labels with ";".
fn side_by_side(items: Vec<String>) -> String {
    if items.iter().all(|item| item.ends_with('.')) {
        items.join(" ")
    } else {
        items.join("; ")
    }
}

/// The days of a year's list, written as the language writes dates.
fn dates(lang: Lang, days: &[NaiveDate]) -> String {
    days.iter()
        .map(|day| lang.date(*day))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The anchor of a route's section.
pub fn route_anchor(route: RouteId) -> String {
    format!("route-{route}")
}

/// The anchor of a source in the sources list.
pub fn source_anchor(source: SourceId) -> String {
    format!("source-{source}")
}

/// The file a language's page is written to, next to the app's `index.html`: the HTML page
/// is [`Lang::reference_page`], the Markdown beside it.
pub fn file_name(lang: Lang, extension: &str) -> String {
    format!(
        "{}.{extension}",
        lang.reference_page().trim_end_matches(".html")
    )
}
