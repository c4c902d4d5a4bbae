//! The result as a plan and as blocks: every duty and every document of every walked outcome is
//! in exactly one step, the steps come in the order things happen, and the blocks hold all the
//! outcome says, each source once as a footnote.

use std::collections::HashSet;

use kz_eligibility::blocks::ResultBlocks;
use kz_eligibility::i18n::Lang;
use kz_eligibility::rules::{Party, Visa, plan};

use super::as_of;
use super::walk::paths;

/// The distinct outcomes of the walk.
fn outcomes() -> Vec<&'static kz_eligibility::rules::Outcome> {
    let mut seen = HashSet::new();
    paths()
        .iter()
        .map(|path| &path.outcome)
        .filter(|outcome| seen.insert(format!("{outcome:?}")))
        .collect()
}

#[test]
fn every_duty_and_document_is_in_exactly_one_step_and_the_steps_are_in_order() {
    for outcome in outcomes() {
        let steps = plan(outcome, Party::Employer);
        let stages: Vec<_> = steps.iter().map(|step| step.stage).collect();
        let mut sorted = stages.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(stages, sorted, "steps out of order or repeated");
        let duties: Vec<_> = steps.iter().flat_map(|s| &s.obligations).collect();
        assert_eq!(duties.len(), outcome.obligations.len());
        for duty in &outcome.obligations {
            assert!(duties.contains(&duty), "{:?} in no step", duty.id);
        }
        let papers: Vec<_> = steps.iter().flat_map(|s| &s.documents).collect();
        assert_eq!(papers.len(), outcome.documents.len());
        for step in &steps {
            assert!(step.obligations.iter().all(|o| o.id.stage() == step.stage));
            assert!(step.documents.iter().all(|d| d.id.stage() == step.stage));
        }
    }
}

#[test]
fn a_route_that_needs_a_visa_or_residence_permit_has_a_step_to_get_it() {
    use kz_eligibility::rules::Stage;
    for outcome in outcomes() {
        let needs = matches!(
            outcome.primary.visa,
            Visa::Required { .. } | Visa::ResidencePermit { .. } | Visa::CheckWithConsulate
        );
        let has = plan(outcome, Party::Worker)
            .iter()
            .any(|s| s.stage == Stage::Admission);
        assert!(!needs || has, "{:?}", outcome.primary.route);
    }
}

#[test]
fn the_blocks_cite_each_source_once_and_every_mark_has_its_entry() {
    for outcome in outcomes() {
        let blocks = ResultBlocks::new(Lang::En, outcome, Party::Employer, as_of());
        let numbers: Vec<usize> = blocks.sources.iter().map(|s| s.number).collect();
        assert_eq!(numbers, (1..=blocks.sources.len()).collect::<Vec<_>>());
        let ids: HashSet<_> = blocks.sources.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), blocks.sources.len(), "a source listed twice");
        let mut cites = Vec::new();
        for step in &blocks.steps {
            cites.extend(step.actions.iter().map(|a| a.cite));
            cites.extend(step.documents.iter().map(|d| d.cite));
        }
        cites.extend(blocks.documents().map(|d| d.cite));
        for statement in blocks
            .reasons
            .iter()
            .chain(&blocks.notes)
            .chain(blocks.alternatives.iter().flat_map(|a| &a.statements))
        {
            cites.extend(statement.cites.iter().copied());
        }
        cites.extend(blocks.stay.map(|(_, cite)| cite));
        for cite in cites {
            let entry = &blocks.sources[cite.number - 1];
            assert_eq!(
                entry.id, cite.source,
                "footnote {} points elsewhere",
                cite.number
            );
        }
        // Every document of the outcome is in the checklist, with the reader's own first.
        assert_eq!(blocks.documents().count(), outcome.documents.len());
        if let Some(first) = blocks.checklist.first()
            && outcome
                .documents
                .iter()
                .any(|d| d.provider == Party::Employer)
        {
            assert_eq!(first.party, Party::Employer);
        }
    }
}

#[test]
fn a_workers_plan_leaves_out_the_employers_own_planning() {
    use kz_eligibility::rules::ObligationId;
    let mut checked = 0;
    for outcome in outcomes() {
        if !outcome
            .obligations
            .iter()
            .any(|o| o.id == ObligationId::QuotaRequest)
        {
            continue;
        }
        checked += 1;
        let ids = |reader| {
            ResultBlocks::new(Lang::En, outcome, reader, as_of())
                .steps
                .iter()
                .flat_map(|s| s.actions.iter().map(|a| a.obligation.id))
                .collect::<Vec<_>>()
        };
        assert!(!ids(Party::Worker).contains(&ObligationId::QuotaRequest));
        assert!(ids(Party::Employer).contains(&ObligationId::QuotaRequest));
    }
    assert!(checked > 0);
}

#[test]
fn the_acts_are_linked_in_the_pages_language_where_the_site_has_it() {
    let outcome = outcomes()[0];
    for (lang, path) in [(Lang::Kk, "/kaz/"), (Lang::Ru, "/rus/")] {
        let blocks = ResultBlocks::new(lang, outcome, Party::Worker, as_of());
        let adilet: Vec<_> = blocks
            .sources
            .iter()
            .filter(|s| s.url.starts_with("https://adilet.zan.kz/"))
            .collect();
        assert!(!adilet.is_empty());
        assert!(adilet.iter().all(|s| s.url.contains(path)), "{lang:?}");
    }
}

/// The steps link to the state's online services where they are done: the enbek.kz posting,
/// the application on migration.enbek.kz, the residence permit on egov.kz (in the page's
/// language), and the export carries the addresses.
#[test]
fn each_step_links_the_online_service_where_it_is_done() {
    use kz_eligibility::export::Export;
    use kz_eligibility::rules::Stage;
    let (answers, day, _) = crate::fixtures::read(
        "role=employer&citizenship=UZ&residence_permit=none&special_status=no_special_status&purpose=employment&position=skilled_worker&employer_type=kazakh_company&permit_request=new_permit&employer_headcount=300&kazakh_staff=250&foreign_staff=3&vacancy_posted=no",
    );
    let outcome = crate::fixtures::outcome(&answers, day);
    let services = |lang: Lang, stage: Stage| -> Vec<(&'static str, &'static str)> {
        ResultBlocks::new(lang, &outcome, Party::Employer, day)
            .steps
            .into_iter()
            .filter(|step| step.stage == stage)
            .flat_map(|step| step.services)
            .map(|link| (link.name, link.url))
            .collect()
    };
    assert_eq!(
        services(Lang::En, Stage::Prepare),
        [("enbek.kz", "https://www.enbek.kz/ru")]
    );
    assert_eq!(
        services(Lang::En, Stage::Apply),
        [("migration.enbek.kz", "https://migration.enbek.kz/")]
    );
    assert!(services(Lang::Kk, Stage::Admission).contains(&("egov.kz", "https://egov.kz/cms/kk")));
    assert!(services(Lang::En, Stage::Arrival).contains(&("eqonaq.kz", "https://eqonaq.kz/")));
    let blocks = ResultBlocks::new(Lang::En, &outcome, Party::Employer, day);
    let markdown = Export {
        lang: Lang::En,
        blocks: &blocks,
        timeline: &[],
        ticked: &[],
        link: "https://example.org/#v=1",
        as_of: day,
        today: day,
    }
    .markdown();
    assert!(
        markdown.contains("Online services: enbek.kz (https://www.enbek.kz/ru)"),
        "{markdown}"
    );
}
