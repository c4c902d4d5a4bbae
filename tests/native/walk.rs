//! Every reachable path, enumerated through the engine, ends in exactly one primary route whose
//! every statement is sourced; business visits never allow employment.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::Datelike;
use kz_eligibility::rules::walk::{Path, walk};
use kz_eligibility::rules::{Confidence, RouteId, SourceId, Visa, WorkPermit, WorkRight};

use super::as_of;

fn paths() -> &'static [Path] {
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
            source.last_verified <= as_of(),
            "{id:?} verified in the future"
        );
        assert!(source.last_verified.year() >= 2024, "{id:?} is stale");
    }
}

#[test]
fn official_sources_point_to_official_sites() {
    const OFFICIAL_HOSTS: &[&str] = &[
        "https://adilet.zan.kz/",
        "https://egov.kz/",
        "https://www.gov.kz/",
        "https://enbek.gov.kz/",
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
        }
    }
}

#[test]
fn every_country_in_the_rule_tables_is_a_real_code() {
    use kz_eligibility::rules::Country;
    use kz_eligibility::rules::memberships::{
        EAEU_PARTNERS, LEGAL_ASSISTANCE_CONVENTION, WTO_MEMBERS,
    };
    let codes = kz_eligibility::rules::entry_regimes::table_codes()
        .chain(EAEU_PARTNERS.split_whitespace())
        .chain(LEGAL_ASSISTANCE_CONVENTION.split_whitespace())
        .chain(WTO_MEMBERS.split_whitespace());
    for code in codes {
        assert!(
            Country::parse(code).is_some(),
            "{code} is not a country code"
        );
    }
    assert_eq!(
        WTO_MEMBERS.split_whitespace().count(),
        165,
        "166 members less the EU"
    );
}
