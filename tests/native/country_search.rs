//! The country picker's names and search, which are plain Rust and tested here rather than in
//! a browser.

use kz_eligibility::i18n::Lang;
use kz_eligibility::i18n::countries;
use kz_eligibility::i18n::search::{country_matches, fold};
use kz_eligibility::rules::Country;

/// The names, in `lang`, of the countries a visitor finds by typing `query` on a page in `lang`.
fn found_in(lang: Lang, query: &str) -> Vec<&'static str> {
    Country::all()
        .filter(|c| country_matches(*c, query))
        .map(|c| lang.country(c))
        .collect()
}

fn found(query: &str) -> Vec<&'static str> {
    found_in(Lang::En, query)
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

#[test]
fn every_country_has_a_name_in_every_language() {
    for country in Country::all() {
        let names = countries::names(country);
        assert!(names.is_some(), "{country} is missing from countries.tsv");
        for lang in Lang::ALL {
            assert!(
                !lang.country(country).trim().is_empty(),
                "{country} {lang:?}"
            );
        }
    }
    assert_eq!(
        countries::table().len(),
        250,
        "a line of countries.tsv did not parse"
    );
}

#[test]
fn names_are_written_in_the_language_of_the_page() {
    let germany = Country::parse("DE").unwrap();
    assert_eq!(Lang::En.country(germany), "Germany");
    assert_eq!(Lang::Ru.country(germany), "Германия");
    assert_eq!(Lang::Kk.country(Country::KAZAKHSTAN), "Қазақстан");
    assert_eq!(
        Lang::Ru.country(Country::parse("KG").unwrap()),
        "Кыргызстан"
    );
    assert_eq!(Lang::Kk.country(Country::parse("CN").unwrap()), "Қытай");
}

#[test]
fn a_russian_page_finds_countries_in_russian_and_in_english() {
    assert!(found_in(Lang::Ru, "герм").contains(&"Германия"));
    assert!(found_in(Lang::Ru, "germ").contains(&"Германия"));
    assert_eq!(fold("Ёлка"), "елка");
    // Other names CLDR knows are found too.
    assert!(found_in(Lang::Ru, "киргизия").contains(&"Кыргызстан"));
    assert!(found_in(Lang::En, "usa").contains(&"United States"));
    // Full names CLDR lacks are added, "ё" or "е" alike.
    assert!(found_in(Lang::Ru, "соединенные штаты").contains(&"США"));
}

#[test]
fn a_kazakh_page_finds_countries_with_or_without_kazakh_letters() {
    assert!(found_in(Lang::Kk, "қазақ").contains(&"Қазақстан"));
    assert!(found_in(Lang::Kk, "казак").contains(&"Қазақстан"));
    assert!(found_in(Lang::Kk, "kazakh").contains(&"Қазақстан"));
    assert!(found_in(Lang::Kk, "өзбек").contains(&"Өзбекстан"));
}

#[test]
fn a_name_in_any_of_the_apps_languages_finds_the_country_on_any_page() {
    let india = Lang::Kk.country(Country::parse("IN").unwrap());
    assert!(found_in(Lang::Kk, "Индия").contains(&india));
    assert!(found_in(Lang::En, "Үндістан").contains(&"India"));
    assert!(found_in(Lang::Ru, "India").contains(&"Индия"));
}
