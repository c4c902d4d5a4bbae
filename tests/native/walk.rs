//! Every reachable path, enumerated through the engine, ends in one sourced outcome.

use std::collections::BTreeSet;

use chrono::Datelike;

use kz_eligibility::rules::{Confidence, RouteId, SourceId, walk::walk};

use super::as_of;

#[test]
fn every_path_ends_in_an_outcome_with_sourced_reasons() {
    let paths = walk(as_of());
    assert!(!paths.is_empty());
    for path in &paths {
        assert!(
            !path.outcome.reasons.is_empty(),
            "{:?} concludes without a reason",
            path.answers
        );
    }
}

#[test]
fn every_route_is_reachable() {
    let reached: BTreeSet<RouteId> = walk(as_of())
        .iter()
        .map(|path| path.outcome.route)
        .collect();
    for route in RouteId::ALL {
        assert!(reached.contains(route), "{route:?} is never reached");
    }
}

#[test]
fn the_walk_is_exhaustive_for_the_citizenship_question() {
    // Four EAEU states and "another country": five complete paths, no more, no fewer.
    assert_eq!(walk(as_of()).len(), 5);
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
        assert!(
            source.last_verified.year() >= 2024,
            "{id:?} was last verified too long ago to be trusted"
        );
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
