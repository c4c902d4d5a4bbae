//! Finding a country as the visitor types: any part of its name, ignoring case and the accents
//! of Latin letters ("turk" finds "Türkiye", "cote" finds "Côte d'Ivoire"), or its code.

use crate::rules::Country;

/// Lower case, without the accents of Latin letters.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
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
            other => other,
        })
        .collect()
}

/// Whether a country whose name is `name` matches what the visitor typed; an empty query
/// matches every country.
pub fn country_matches(name: &str, country: Country, query: &str) -> bool {
    let query = fold(query.trim());
    query.is_empty() || fold(name).contains(&query) || country.as_str().eq_ignore_ascii_case(&query)
}
