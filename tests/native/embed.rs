//! The options a partner page passes to the embedded app: valid ones are kept, anything else
//! is ignored and never reaches the page.

use kz_eligibility::embed::{EmbedOptions, Theme, percent_decode};
use kz_eligibility::rules::{Answer, Country, OptionId, QuestionId};
use proptest::prelude::*;

#[test]
fn a_partner_snippet_gives_embed_mode_with_its_theme_and_presets() {
    let options = EmbedOptions::parse(
        "?embed=1&origin=https%3A%2F%2Fpartner.example&events=1&lang=ru&role=employer\
         &citizenship=US&accent=%230a6&font=Georgia%2C%20serif&radius=8px&theme=dark&transparent=1",
    );
    assert!(options.embedded && options.events && options.transparent);
    assert_eq!(
        options.parent_origin.as_deref(),
        Some("https://partner.example")
    );
    assert_eq!(options.theme, Some(Theme::Dark));
    let accent = options.accent.unwrap();
    assert_eq!(accent.colour, "#00aa66");
    assert_eq!(accent.text, "#0b0c0c");
    assert_eq!(options.font.as_deref(), Some("Georgia, serif"));
    assert_eq!(options.radius_px, Some(8));
    assert_eq!(
        options.presets.get(QuestionId::Role),
        Some(&Answer::Choice(OptionId::parse("employer").unwrap()))
    );
    assert_eq!(
        options.presets.get(QuestionId::Citizenship),
        Some(&Answer::Country(Country::parse("US").unwrap()))
    );
}

#[test]
fn a_dark_accent_gets_white_text_and_a_light_one_dark_text() {
    let text = |colour: &str| {
        EmbedOptions::parse(&format!("accent=%23{colour}"))
            .accent
            .unwrap()
            .text
    };
    assert_eq!(text("00758a"), "#ffffff");
    assert_eq!(text("000"), "#ffffff");
    assert_eq!(text("ffdd00"), "#0b0c0c");
    assert_eq!(text("FFFFFF"), "#0b0c0c");
}

#[test]
fn invalid_values_are_ignored_never_passed_on() {
    for query in [
        "accent=red",
        "accent=%23ff00zz",
        "accent=%2300f;background:url(x)",
        "accent=%23ff00ff00",
        "font=Arial;}body{display:none",
        "font=url(https://evil.example/x.woff)",
        "font=x%0A",
        "radius=100",
        "radius=-1",
        "radius=8em",
        "theme=neon",
        "origin=javascript:alert(1)",
        "origin=https://partner.example/path",
        "origin=https://partner.example:99999x",
        "origin=*",
        "role=king",
        "citizenship=ZZ",
        "question=answer",
        "accent=%E0%A4%A",
    ] {
        let options = EmbedOptions::parse(query);
        assert_eq!(
            (
                options.accent,
                options.font,
                options.radius_px,
                options.theme,
                options.parent_origin,
            ),
            (None, None, None, None, None),
            "{query}"
        );
        assert!(options.presets.is_empty(), "{query}");
    }
}

#[test]
fn only_who_is_asking_and_the_citizenship_can_be_preset() {
    let options = EmbedOptions::parse("role=worker&residence_permit=permanent&citizenship=kz");
    assert!(options.presets.get(QuestionId::Role).is_some());
    assert!(options.presets.get(QuestionId::ResidencePermit).is_none());
    assert!(options.presets.get(QuestionId::Citizenship).is_some());
}

#[test]
fn percent_decoding_is_total() {
    assert_eq!(percent_decode("a%20b+c").as_deref(), Some("a b c"));
    assert_eq!(percent_decode("%"), None);
    assert_eq!(percent_decode("%+f"), None);
    assert_eq!(percent_decode("%ff"), None, "not UTF-8");
    assert_eq!(percent_decode("%D0%AF").as_deref(), Some("Я"));
}

proptest! {
    #[test]
    fn any_query_is_read_without_panicking(query in ".{0,200}") {
        let options = EmbedOptions::parse(&query);
        if let Some(font) = options.font {
            let harmless = !font.contains([';', '(', '}', ':', '/']);
            prop_assert!(harmless, "font {:?}", font);
        }
        if let Some(accent) = options.accent {
            prop_assert_eq!(accent.colour.len(), 7);
        }
    }
}

#[test]
fn the_first_screen_knows_it_is_embedded_from_the_last_readable_embed_parameter() {
    use kz_eligibility::embed::requested;
    for (query, embedded) in [
        ("?embed=1", true),
        ("embed=1&lang=ru", true),
        ("?embed=%31", true),
        ("?embed=1&embed=%ZZ", true),
        ("?embed=0", false),
        ("?embed=1&embed=0", false),
        ("?embedded=1", false),
        ("", false),
    ] {
        assert_eq!(requested(query), embedded, "{query}");
        assert_eq!(EmbedOptions::parse(query).embedded, embedded, "{query}");
    }
}
