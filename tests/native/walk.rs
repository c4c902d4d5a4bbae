//! Every reachable path, enumerated through the engine, ends in exactly one primary route whose
//! every statement is sourced; business visits never allow employment.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::Datelike;
use kz_eligibility::rules::{
    Asks, Confidence, RULES_REVIEWED, Read, RouteId, SourceId, Visa, WorkPermit, WorkRight,
};
use kz_eligibility::rules::{Path, walk};

use super::as_of;

pub(super) fn paths() -> &'static [Path] {
    static PATHS: OnceLock<Vec<Path>> = OnceLock::new();
    PATHS.get_or_init(|| walk(as_of()))
}

#[test]
fn the_walk_ends_and_every_path_has_sourced_routes() {
    assert!(paths().len() > 1_000, "only {} paths", paths().len());
    for path in paths() {
        for route in path.outcome.routes() {
            assert!(
                !route.reasons.is_empty(),
                "{:?}: {:?} has no reason",
                path.answers,
                route.route
            );
        }
    }
}

#[test]
fn every_route_is_reachable_as_the_primary_route() {
    let reached: BTreeSet<RouteId> = paths().iter().map(|p| p.outcome.primary.route).collect();
    let never: Vec<_> = RouteId::ALL
        .iter()
        .filter(|r| !reached.contains(r))
        .collect();
    assert!(never.is_empty(), "never primary: {never:?}");
}

#[test]
fn no_route_lets_someone_work_without_saying_how() {
    for path in paths() {
        for route in path.outcome.routes() {
            // A route that allows work either needs a permit or says why it does not.
            if route.work != WorkRight::None {
                assert_ne!(
                    route.work_permit,
                    WorkPermit::NotApplicable,
                    "{:?}",
                    route.route
                );
            } else {
                assert_ne!(
                    route.work_permit,
                    WorkPermit::NotRequired,
                    "{:?}",
                    route.route
                );
            }
        }
    }
}

#[test]
fn a_business_visit_never_allows_employment() {
    for path in paths() {
        for route in path.outcome.routes() {
            if matches!(
                route.route,
                RouteId::BusinessVisitVisaFree | RouteId::BusinessVisa
            ) {
                assert_eq!(route.work, WorkRight::None, "{:?}", path.answers);
                assert_eq!(route.work_permit, WorkPermit::NotApplicable);
            }
        }
    }
}

#[test]
fn a_visa_free_route_is_only_offered_with_its_limits() {
    for path in paths() {
        for route in path.outcome.routes() {
            if let Visa::VisaFree { days_per_entry, .. } = route.visa {
                assert!(
                    days_per_entry > 0 && days_per_entry <= 90,
                    "{:?}",
                    path.answers
                );
            }
        }
    }
}

#[test]
fn every_obligation_and_document_has_a_source_and_every_deadline_a_rule() {
    let mut obligations = BTreeSet::new();
    for path in paths() {
        for obligation in &path.outcome.obligations {
            obligations.insert(obligation.id);
            assert!(SourceId::ALL.contains(&obligation.source));
        }
        for document in &path.outcome.documents {
            assert!(SourceId::ALL.contains(&document.source));
        }
    }
    assert!(obligations.len() >= 15, "only {obligations:?}");
}

#[test]
fn every_source_has_an_address_and_a_verification_date() {
    for id in SourceId::ALL {
        let source = id.source();
        assert_eq!(source.id, *id);
        assert!(source.url.starts_with("https://"), "{id:?}: {}", source.url);
        assert!(
            source.last_verified <= RULES_REVIEWED,
            "{id:?} verified after the rules' review"
        );
        assert!(source.last_verified.year() >= 2024, "{id:?} is stale");
    }
}

#[test]
fn official_sources_point_to_official_sites_and_were_read_there() {
    const OFFICIAL_HOSTS: &[&str] = &[
        "https://adilet.zan.kz/",
        "https://egov.kz/",
        "https://www.gov.kz/",
        "https://enbek.gov.kz/",
        "https://www.enbek.gov.kz/",
        "https://invest.gov.kz/",
    ];
    for id in SourceId::ALL {
        let source = id.source();
        if source.confidence == Confidence::Official {
            assert!(
                OFFICIAL_HOSTS
                    .iter()
                    .any(|host| source.url.starts_with(host)),
                "{id:?} is tagged official but points to {}",
                source.url
            );
            // Official only where the act or an official page was read, never a report of it.
            assert_ne!(source.read, Read::Report, "{id:?}");
        }
    }
}

/// What some route asks, by the routes that ask it, over the whole walk.
fn askers<K: Ord>(key: impl Fn(&Asks) -> Vec<K>) -> BTreeMap<K, BTreeSet<RouteId>> {
    let mut askers: BTreeMap<K, BTreeSet<RouteId>> = BTreeMap::new();
    for path in paths() {
        for route in path.outcome.routes() {
            for item in key(&route.asks) {
                askers.entry(item).or_default().insert(route.route);
            }
        }
    }
    askers
}

#[test]
fn a_plan_holds_nothing_that_only_another_route_asks() {
    let obligations = askers(|asks| asks.obligations.iter().map(|o| o.id).collect());
    let documents = askers(|asks| asks.documents.iter().map(|d| d.id).collect());
    let only = |routes: Option<&BTreeSet<RouteId>>| match routes {
        Some(routes) if routes.len() == 1 => routes.first().copied(),
        _ => None,
    };
    let mut checked = 0;
    for path in paths() {
        let primary = path.outcome.primary.route;
        for obligation in &path.outcome.obligations {
            if let Some(owner) = only(obligations.get(&obligation.id)) {
                checked += 1;
                assert_eq!(owner, primary, "{:?} in {:?}", obligation.id, path.answers);
            }
        }
        for document in &path.outcome.documents {
            if let Some(owner) = only(documents.get(&document.id)) {
                checked += 1;
                assert_eq!(owner, primary, "{:?} in {:?}", document.id, path.answers);
            }
        }
    }
    // The transfer's agreement and letters, the nomad's papers...: some are owned alone.
    assert!(checked > 100, "only {checked} owned items checked");
}

/// The committed snapshot: any change of the rules shows as a diff of this file. After a
/// deliberate change, regenerate it with `UPDATE_SNAPSHOT=1 cargo test snapshot`.
#[test]
fn the_walk_matches_the_committed_snapshot() {
    let actual = kz_eligibility::reference::snapshot::snapshot(paths(), as_of());
    crate::fixtures::matches_snapshot("walk.txt", &actual, "the rules changed");
}

/// Every statement some walked outcome makes.
fn said_in_walk() -> BTreeSet<kz_eligibility::rules::ReasonId> {
    paths()
        .iter()
        .flat_map(|p| {
            p.outcome
                .routes()
                .flat_map(|r| &r.reasons)
                .chain(&p.outcome.notes)
        })
        .map(|reason| reason.id)
        .collect()
}

#[test]
fn every_seed_claim_is_answered_somewhere_in_the_walk() {
    use kz_eligibility::rules::ReasonId;
    let said = said_in_walk();
    let seed: Vec<_> = ReasonId::ALL
        .iter()
        .filter(|id| id.as_str().starts_with("seed_"))
        .collect();
    assert!(seed.len() >= 12, "{seed:?}");
    for id in seed {
        assert!(said.contains(id), "{id:?} is never said");
    }
}

#[test]
fn every_reason_the_rules_know_is_said_somewhere() {
    use kz_eligibility::rules::ReasonId;
    let said = said_in_walk();
    // Statements of other days than the walk's (rules no longer in force, years whose quota
    // and MCI are not in the rules) are covered by the dated scenarios.
    const ONLY_ON_OTHER_DAYS: &[ReasonId] = &[
        ReasonId::RatioExemptSmallBranch,
        ReasonId::RatioExemptSmallBusinessAnySize,
        ReasonId::IctTermsNotKnown,
        ReasonId::LabourImmigrantTaxNotKnown,
        ReasonId::EntryRegimeNotYetInForce,
        ReasonId::LabourMarketTestBeforeOrder93,
        ReasonId::MciNotKnown,
        ReasonId::QuotaNotInRules,
        ReasonId::NeoNomadNotYet,
    ];
    // What the employer must check follows an "I don't know", which the walk leaves out: the
    // walk with it is tests/native/unknowns.rs.
    let unsaid: Vec<_> = ReasonId::ALL
        .iter()
        .filter(|id| !said.contains(id) && !ONLY_ON_OTHER_DAYS.contains(id) && !id.is_to_check())
        .collect();
    assert!(unsaid.is_empty(), "never said: {unsaid:?}");
}

#[test]
fn every_visa_free_regime_is_swept_through_the_business_visit() {
    use kz_eligibility::rules::{Answers, Country, Eligibility, Status, evaluate};
    use kz_eligibility::rules::{EntryRegime, entry_regime as entry};
    // One country per distinct visa-free regime (days per entry and limit): the walk takes
    // one visa-free country, as only the business visit reads the days.
    let visa_free = |country| matches!(entry(country).regime, EntryRegime::VisaFree { .. });
    let variants = Country::one_per_class(|country| visa_free(country).then(|| entry(country)))
        .into_iter()
        .filter(|country| visa_free(*country))
        .collect::<Vec<_>>();
    assert!(variants.len() >= 8, "{variants:?}");
    for country in variants {
        let EntryRegime::VisaFree { days_per_entry, .. } = entry(country).regime else {
            unreachable!("only visa-free variants")
        };
        for days in [1, 14, 15, 30, 31, 90, 91, 365] {
            let (answers, rejected) = Answers::decode([
                ("role", "worker"),
                ("citizenship", country.as_str()),
                ("residence_permit", "none"),
                ("special_status", "no_special_status"),
                ("purpose", "business_visit"),
                ("visit_activities", "meetings"),
                ("visit_days", &days.to_string()),
            ]);
            assert!(rejected.is_empty());
            let Status::Complete { outcome } = evaluate(&answers, as_of()).status else {
                panic!("{country} {days}: incomplete");
            };
            let visa_free = outcome
                .routes()
                .find(|r| r.route == RouteId::BusinessVisitVisaFree)
                .unwrap();
            let fits = days <= u32::from(days_per_entry);
            assert_eq!(
                visa_free.eligible == Eligibility::Yes,
                fits,
                "{country} {days} days"
            );
        }
    }
}

#[test]
fn every_walked_outcome_reads_whole_in_every_language() {
    use kz_eligibility::i18n::Lang;
    use kz_eligibility::rules::Party;
    // Paths that reach the same outcome are read once.
    let mut seen = std::collections::HashSet::new();
    let distinct: Vec<&Path> = paths()
        .iter()
        .filter(|path| seen.insert(format!("{:?}", path.outcome)))
        .collect();
    for lang in Lang::ALL {
        for path in &distinct {
            assert_reads_whole(*lang, path, Party::Employer);
        }
    }
}

/// Everything the result page and the export say of a path, as `reader` reads it, with every
/// placeholder filled.
pub(super) fn assert_reads_whole(
    lang: kz_eligibility::i18n::Lang,
    path: &Path,
    reader: kz_eligibility::rules::Party,
) {
    use kz_eligibility::blocks::ResultBlocks;
    use kz_eligibility::export::Export;
    use kz_eligibility::i18n::{MISSING_TEXT, keys};
    let outcome = &path.outcome;
    let mut texts: Vec<String> = Vec::new();
    for route in outcome.routes() {
        texts.push(
            lang.text_for(&keys::route_headline(route.route), reader)
                .to_owned(),
        );
        texts.extend(
            route
                .reasons
                .iter()
                .map(|reason| lang.render_for(&keys::reason(reason.id), &reason.params, reader)),
        );
    }
    texts.extend(
        outcome
            .notes
            .iter()
            .map(|note| lang.render_for(&keys::reason(note.id), &note.params, reader)),
    );
    texts.extend(
        path.answers
            .iter()
            .map(|(question, answer)| lang.answer(question, answer)),
    );
    let blocks = ResultBlocks::new(lang, outcome, reader, as_of());
    texts.push(
        Export {
            lang,
            blocks: &blocks,
            timeline: &[],
            ticked: &[],
            link: "https://example.org/#v=1",
            as_of: as_of(),
            today: as_of(),
        }
        .markdown(),
    );
    for text in texts {
        assert!(
            !text.contains(MISSING_TEXT) && !text.contains('{') && !text.contains('}'),
            "{lang:?} {:?}: {text}",
            path.answers
        );
    }
}
