//! Every text the rules and the app can show exists in every language.

use kz_eligibility::i18n::{Catalog, Lang, keys};
use kz_eligibility::rules::messages::{DocumentId, ObligationId, ReasonId};
use kz_eligibility::rules::{
    Confidence, Country, Eligibility, QuestionId, RouteId, SourceId, WorkPermit,
};

/// Every key derived from rule data.
fn rule_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for id in QuestionId::ALL {
        keys.extend([
            keys::question_title(*id),
            keys::question_hint(*id),
            keys::question_error(*id),
        ]);
        let question = id.question();
        keys.extend(
            question
                .options()
                .iter()
                .map(|option| keys::option(*id, *option)),
        );
    }
    keys.extend(Country::all().map(keys::country));
    keys.extend(RouteId::ALL.iter().map(|id| keys::route_headline(*id)));
    keys.extend(ReasonId::ALL.iter().map(|id| keys::reason(*id)));
    keys.extend(ObligationId::ALL.iter().map(|id| keys::obligation(*id)));
    keys.extend(DocumentId::ALL.iter().map(|id| keys::document(*id)));
    for id in SourceId::ALL {
        keys.extend([keys::source_title(*id), keys::source_article(*id)]);
    }
    for confidence in [
        Confidence::Official,
        Confidence::Secondary,
        Confidence::Uncertain,
    ] {
        keys.push(keys::confidence(confidence).to_owned());
    }
    for need in [
        WorkPermit::Required,
        WorkPermit::NotRequired,
        WorkPermit::NotApplicable,
    ] {
        keys.push(keys::work_permit(need).to_owned());
    }
    for eligible in [Eligibility::Yes, Eligibility::Confirm, Eligibility::No] {
        keys.push(keys::eligibility(eligible).to_owned());
    }
    keys
}

/// Every literal key the app's source code passes to `text(...)` or `format(...)`.
fn app_keys() -> Vec<String> {
    let mut keys = Vec::new();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app")).unwrap();
    for file in files {
        let code = std::fs::read_to_string(file.unwrap().path()).unwrap();
        for call in ["lang.text(\"", "lang.format(\""] {
            for (start, _) in code.match_indices(call) {
                let rest = &code[start + call.len()..];
                keys.push(rest[..rest.find('"').unwrap()].to_owned());
            }
        }
    }
    keys
}

#[test]
fn every_catalog_is_valid_json_of_key_to_text() {
    for lang in Lang::ALL {
        let catalog = Catalog::parse(lang.source_text());
        assert!(catalog.is_ok(), "{lang:?}: {:?}", catalog.err());
    }
}

#[test]
fn every_rule_text_exists_in_every_language() {
    for lang in Lang::ALL {
        let missing: Vec<String> = rule_keys()
            .into_iter()
            .filter(|key| lang.catalog().get(key).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:#?}");
    }
}

#[test]
fn every_app_text_exists_in_every_language() {
    let keys = app_keys();
    assert!(keys.len() >= 10, "the key scan found too little: {keys:?}");
    for lang in Lang::ALL {
        for key in &keys {
            assert!(lang.catalog().get(key).is_some(), "{lang:?} lacks {key}");
        }
    }
}

#[test]
fn no_text_is_empty() {
    for lang in Lang::ALL {
        for key in lang.catalog().keys() {
            let text = lang.catalog().get(key).unwrap();
            assert!(!text.trim().is_empty(), "{lang:?} {key} is empty");
        }
    }
}

#[test]
fn placeholders_are_filled() {
    let text = Lang::En.format("verdict.last_verified", &[("date", "2026-11-24")]);
    assert_eq!(text, "Last verified 2026-11-24");
}
