//! The result as blocks, worded once: the verdict, the summary, the numbered plan, the document
//! checklist by who provides each paper, the reasons, the other routes, the notes and the
//! sources as numbered footnotes. The result page, its print view and the exported files all
//! render these blocks, so what one shows the others cannot leave out.
//!
//! Dates the visitor gives change only the deadlines' dates: [`When`] works those out for one
//! deadline, so the page can redo them without rebuilding the rest.

mod footnotes;

use chrono::NaiveDate;

use crate::i18n::{Lang, keys};
use crate::rules::{
    Anchor, Confidence, Deadline, Document, Eligibility, Obligation, Outcome, Party, RULES_VERSION,
    Reason, ReasonId, RouteAssessment, RouteId, Stage, Standing, StayRule, WorkPermit,
    input_anchor, plan, standing,
};

use footnotes::Footnotes;
pub use footnotes::{Cite, SourceEntry};

/// A statement with the footnotes of the sources it rests on (and of the published claim it
/// answers, where it answers one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: ReasonId,
    pub text: String,
    pub cites: Vec<Cite>,
}

/// One line of the summary box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// A stable name for tests and styles: `permit`, `admission`, `work`, `confidence`, `as_of`.
    pub name: &'static str,
    pub label: String,
    pub value: String,
}

/// Something one party must do, in a step of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Action {
    pub obligation: Obligation,
    /// Who does it, as a short label.
    pub party: String,
    pub text: String,
    /// The time limit as the law words it, where it sets one.
    pub rule: Option<String>,
    pub cite: Cite,
}

/// A document, as the plan and the checklist list it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentLine {
    pub document: Document,
    pub text: String,
    /// What the paper needs before it is handed in (apostille, translation...), if anything.
    pub legalisation: Option<String>,
    pub cite: Cite,
}

/// An online service a step names, with its address in the page's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceLink {
    pub name: &'static str,
    pub url: &'static str,
}

/// One numbered step of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanStep {
    pub number: usize,
    pub stage: Stage,
    pub title: String,
    /// What the step is about where its duties do not say it (the visa to get, who applies).
    pub lead: Option<String>,
    pub actions: Vec<Action>,
    pub documents: Vec<DocumentLine>,
    /// The dates asked in this step: each where the first deadline counting from it is.
    pub dates: Vec<Anchor>,
    /// The online services where the step's duties are done and its papers filed, each once.
    pub services: Vec<ServiceLink>,
}

/// The papers one party provides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentGroup {
    pub party: Party,
    pub title: String,
    pub documents: Vec<DocumentLine>,
}

/// Another route weighed, and why it is or is not available.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub route: RouteId,
    pub eligible: Eligibility,
    pub headline: String,
    pub verdict: String,
    pub statements: Vec<Statement>,
}

/// The whole result, worded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultBlocks {
    pub route: RouteId,
    pub headline: String,
    pub eligible: Eligibility,
    /// The verdict in words ("Available", "Likely, but confirm...").
    pub verdict: String,
    /// Where the route is what is open instead of the one the person came for: that route,
    /// and what refused it, in one sentence.
    pub instead: Option<Statement>,
    /// What cannot wait (the days of stay left, for one), said before anything else.
    pub urgent: Vec<Statement>,
    pub summary: Vec<SummaryRow>,
    pub steps: Vec<PlanStep>,
    pub checklist: Vec<DocumentGroup>,
    /// The stay limits where the route's answer depends on how long one may stay.
    pub stay: Option<(StayRule, Cite)>,
    pub reasons: Vec<Statement>,
    pub alternatives: Vec<Alternative>,
    pub notes: Vec<Statement>,
    pub sources: Vec<SourceEntry>,
}

impl ResultBlocks {
    /// The outcome worded for `reader` (whose lists come first), under the rules as of `as_of`.
    pub fn new(lang: Lang, outcome: &Outcome, reader: Party, as_of: NaiveDate) -> Self {
        let mut notes = Footnotes::default();
        let primary = &outcome.primary;
        let (urgent, other_notes): (Vec<Reason>, Vec<Reason>) = outcome
            .notes
            .iter()
            .cloned()
            .partition(|note| note.id.is_urgent());
        let urgent = statements(lang, reader, &urgent, &mut notes);
        let instead = outcome.refused().and_then(|refused| {
            let why = refused.reasons.first()?;
            let mut said = statements(lang, reader, std::slice::from_ref(why), &mut notes);
            let mut statement = said.pop()?;
            // The route's phrase ends in a colon in every language: the refusal follows it.
            statement.text = format!(
                "{} {}",
                lang.text(&keys::route_instead_of(refused.route)),
                statement.text
            );
            Some(statement)
        });
        let summary = summary(lang, outcome, reader, as_of);
        let steps = steps(lang, outcome, reader, &mut notes);
        let checklist = checklist(lang, outcome, reader, &mut notes);
        let stay = primary
            .stay
            .map(|rule| (rule, notes.cite(rule.source, false)));
        let reasons = statements(lang, reader, &primary.reasons, &mut notes);
        let alternatives = outcome
            .alternatives
            .iter()
            .map(|route| Alternative {
                route: route.route,
                eligible: route.eligible,
                headline: lang
                    .text_for(&keys::route_headline(route.route), reader)
                    .to_owned(),
                verdict: lang
                    .text_for(keys::eligibility(route.eligible), reader)
                    .to_owned(),
                statements: statements(lang, reader, &route.reasons, &mut notes),
            })
            .collect();
        let notes_said = statements(lang, reader, &other_notes, &mut notes);
        ResultBlocks {
            route: primary.route,
            headline: lang
                .text_for(&keys::route_headline(primary.route), reader)
                .to_owned(),
            eligible: primary.eligible,
            verdict: lang
                .text_for(keys::eligibility(primary.eligible), reader)
                .to_owned(),
            instead,
            urgent,
            summary,
            steps,
            checklist,
            stay,
            reasons,
            alternatives,
            notes: notes_said,
            sources: notes.entries(lang),
        }
    }

    /// Every document of the checklist, whoever provides it.
    pub fn documents(&self) -> impl Iterator<Item = &DocumentLine> {
        self.checklist.iter().flat_map(|group| &group.documents)
    }
}

fn summary(lang: Lang, outcome: &Outcome, reader: Party, as_of: NaiveDate) -> Vec<SummaryRow> {
    let primary = &outcome.primary;
    let row = |name: &'static str, value: String| SummaryRow {
        name,
        label: lang.text(&format!("summary.{name}")).to_owned(),
        value,
    };
    vec![
        row("permit", permit_text(lang, outcome, reader)),
        row("admission", lang.visa(primary.visa)),
        row("work", lang.text(keys::work(primary.work)).to_owned()),
        row("confidence", confidence_text(lang, primary)),
        row(
            "as_of",
            lang.format(
                "summary.as_of_value",
                &[("date", &lang.date(as_of)), ("version", RULES_VERSION)],
            ),
        ),
    ]
}

/// Whether a work permit is needed and, if so, who applies for it.
fn permit_text(lang: Lang, outcome: &Outcome, reader: Party) -> String {
    let key = match (outcome.primary.work_permit, outcome.permit_applicant()) {
        (WorkPermit::Required, Some(Party::Employer)) => "summary.permit.employer_applies",
        (WorkPermit::Required, Some(Party::Worker)) => "summary.permit.worker_applies",
        (WorkPermit::Required, None) => "summary.permit.required",
        (WorkPermit::NotRequired, _) => "summary.permit.not_required",
        (WorkPermit::NotApplicable, _) => "summary.permit.not_applicable",
    };
    lang.text_for(key, reader).to_owned()
}

/// How far the verdict's reasons rest on official texts: all of them, or how many.
fn confidence_text(lang: Lang, route: &RouteAssessment) -> String {
    let total = route.reasons.len();
    let official = route
        .reasons
        .iter()
        .filter(|reason| reason.source.source().confidence == Confidence::Official)
        .count();
    if official == total {
        lang.text("summary.confidence.official").to_owned()
    } else {
        lang.format(
            "summary.confidence.partly",
            &[
                ("official", &official.to_string()),
                ("total", &total.to_string()),
            ],
        )
    }
}

/// The plan's steps as `reader` needs them, worded.
fn steps(lang: Lang, outcome: &Outcome, reader: Party, notes: &mut Footnotes) -> Vec<PlanStep> {
    let mut asked: Vec<Anchor> = Vec::new();
    plan(outcome, reader)
        .into_iter()
        .enumerate()
        .map(|(index, step)| {
            let mut dates = Vec::new();
            for anchor in step
                .obligations
                .iter()
                .filter_map(|o| o.deadline.and_then(input_anchor))
            {
                if !asked.contains(&anchor) {
                    asked.push(anchor);
                    dates.push(anchor);
                }
            }
            let mut services: Vec<ServiceLink> = Vec::new();
            let named = step.obligations.iter().filter_map(|o| o.id.service());
            let filed = step.documents.iter().filter_map(|d| d.id.service());
            for service in named.chain(filed) {
                let link = ServiceLink {
                    name: service.as_str(),
                    url: lang.service_url(service),
                };
                if !services.contains(&link) {
                    services.push(link);
                }
            }
            PlanStep {
                number: index + 1,
                stage: step.stage,
                title: lang
                    .text(&format!("step.{}.title", step.stage.as_str()))
                    .to_owned(),
                lead: lead(lang, outcome, reader, step.stage),
                actions: step
                    .obligations
                    .into_iter()
                    .map(|obligation| Action {
                        party: lang
                            .text_for(&keys::party(obligation.party, "name"), reader)
                            .to_owned(),
                        text: lang
                            .text_for(&keys::obligation(obligation.id), reader)
                            .to_owned(),
                        rule: obligation.deadline.map(|rule| lang.deadline(rule)),
                        cite: notes.cite(obligation.source, false),
                        obligation,
                    })
                    .collect(),
                documents: step
                    .documents
                    .iter()
                    .map(|document| document_line(lang, reader, document, notes))
                    .collect(),
                dates,
                services,
            }
        })
        .collect()
}

/// What a step is about where its duties do not say it.
fn lead(lang: Lang, outcome: &Outcome, reader: Party, stage: Stage) -> Option<String> {
    match stage {
        Stage::Apply => outcome.permit_applicant().map(|party| {
            lang.text_for(&keys::party(party, "applies"), reader)
                .to_owned()
        }),
        Stage::Admission => {
            let visa = outcome.primary.visa;
            visa.is_obtained().then(|| lang.visa(visa))
        }
        _ => None,
    }
}

fn document_line(
    lang: Lang,
    reader: Party,
    document: &Document,
    notes: &mut Footnotes,
) -> DocumentLine {
    DocumentLine {
        document: document.clone(),
        text: lang
            .text_for(&keys::document(document.id), reader)
            .to_owned(),
        legalisation: lang.legalisation(document.legalisation),
        cite: notes.cite(document.source, false),
    }
}

/// The documents of an outcome by who provides them, for a list that shows no footnotes (the
/// hiring plan's, whose each hire links to its full result with its sources).
pub fn document_groups(lang: Lang, outcome: &Outcome, reader: Party) -> Vec<DocumentGroup> {
    checklist(lang, outcome, reader, &mut Footnotes::default())
}

fn checklist(
    lang: Lang,
    outcome: &Outcome,
    reader: Party,
    notes: &mut Footnotes,
) -> Vec<DocumentGroup> {
    let other = match reader {
        Party::Worker => Party::Employer,
        Party::Employer => Party::Worker,
    };
    [reader, other]
        .into_iter()
        .filter_map(|party| {
            let documents: Vec<DocumentLine> = outcome
                .documents
                .iter()
                .filter(|d| d.provider == party)
                .map(|d| document_line(lang, reader, d, notes))
                .collect();
            (!documents.is_empty()).then(|| DocumentGroup {
                party,
                title: lang
                    .text_for(&keys::party(party, "documents"), reader)
                    .to_owned(),
                documents,
            })
        })
        .collect()
}

fn statements(
    lang: Lang,
    reader: Party,
    reasons: &[Reason],
    notes: &mut Footnotes,
) -> Vec<Statement> {
    reasons
        .iter()
        .map(|reason| Statement {
            id: reason.id,
            text: lang.render_for(&keys::reason(reason.id), &reason.params, reader),
            cites: std::iter::once(notes.cite(reason.source, false))
                .chain(reason.claim.map(|claim| notes.cite(claim, true)))
                .collect(),
        })
        .collect()
}

/// A deadline's date worked out from the dates given, and where it stands today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct When {
    /// "By 3 March 2027", once the date it counts from is known.
    pub due: Option<String>,
    pub standing: Option<Standing>,
    pub standing_text: Option<String>,
    /// The working-day calendar of that year is not published yet.
    pub estimate: bool,
}

impl When {
    pub fn new(lang: Lang, deadline: &Deadline, today: NaiveDate) -> Self {
        let standing = deadline.due.and_then(|due| standing(due, today));
        When {
            due: deadline.due.map(|due| lang.due(due)),
            standing,
            standing_text: standing.map(|s| lang.standing(s)),
            estimate: deadline.estimate,
        }
    }
}
