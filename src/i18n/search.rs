//! Finding a country as the visitor types: any part of its name in any of the app's languages
//! whose texts are at hand (the page's, English, and the others once fetched: "Индия" finds
//! India on a Kazakh page), under another name CLDR knows, or its code; ignoring case, the accents of Latin
//! letters ("turk" finds "Türkiye") and the letters Kazakh adds to Cyrillic, so that a visitor
//! on a Russian keyboard finds "Қазақстан" by typing "казак".

use super::Lang;
use super::countries;
use crate::rules::Country;

/// Lower case, without the accents of Latin letters, "ё" as "е" and Kazakh letters as their
/// nearest Russian ones.
pub fn fold(text: &str) -> String {
    lower_case(text)
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ё' => 'е',
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' => 'и',
            other => other,
        })
        .collect()
}

#[cfg(not(all(target_arch = "wasm32", feature = "app")))]
fn lower_case(text: &str) -> String {
    text.to_lowercase()
}

/// In the web app, the browser's own lower-casing: Rust's would bring its Unicode case tables
/// into the first load.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
fn lower_case(text: &str) -> String {
    String::from(js_sys::JsString::from(text).to_lower_case())
}

/// Whether `country` matches what the visitor typed, whatever the page's language; an empty
/// query matches every country.
pub fn country_matches(country: Country, query: &str) -> bool {
    matches_folded(country, &fold(query.trim()))
}

/// [`country_matches`] for a query already trimmed and folded, so a list is searched with one
/// fold of the query rather than one per country.
pub fn matches_folded(country: Country, query: &str) -> bool {
    if query.is_empty() || country.as_str().eq_ignore_ascii_case(query) {
        return true;
    }
    let others = countries::names(country)
        .into_iter()
        .flat_map(|names| names.others());
    // A language whose texts are not here yet gives the English name in its place.
    Lang::ALL
        .iter()
        .map(|any| any.country(country))
        .chain(others)
        .any(|name| fold(name).contains(query))
}
