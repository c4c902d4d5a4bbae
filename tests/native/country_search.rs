//! The country picker's search, which is plain Rust and tested here rather than in a browser.

use kz_eligibility::i18n::search::{country_matches, fold};
use kz_eligibility::i18n::{Lang, keys};
use kz_eligibility::rules::Country;

fn found(query: &str) -> Vec<&'static str> {
    Country::all()
        .filter(|c| country_matches(Lang::En.text(&keys::country(*c)), *c, query))
        .map(|c| Lang::En.text(&keys::country(c)))
        .collect()
}

#[test]
fn any_part_of_the_name_finds_the_country_whatever_the_case_and_accents() {
    assert!(found("turk").contains(&"Türkiye"));
    assert!(found("TÜRK").contains(&"Türkiye"));
    assert!(found("cote").contains(&"Côte d'Ivoire"));
    assert!(found("stan").contains(&"Kazakhstan"));
    assert_eq!(fold("São Tomé"), "sao tome");
}

#[test]
fn the_two_letter_code_finds_the_country() {
    assert!(found("kg").contains(&"Kyrgyzstan"));
    assert!(found("GB").contains(&"United Kingdom"));
}

#[test]
fn an_empty_query_lists_every_country_and_nonsense_lists_none() {
    assert_eq!(found("  ").len(), 250);
    assert!(found("qqqq").is_empty());
}
