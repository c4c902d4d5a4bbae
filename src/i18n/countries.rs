//! Country names in every language, from the table `scripts/countries.mjs` generates out of
//! CLDR (the npm package `i18n-iso-countries`): one line per code with the English, Russian and
//! Kazakh names and the other names CLDR knows, which search also matches ("USA", "Россия").

use std::sync::OnceLock;

use super::Lang;
use crate::rules::Country;

const TABLE: &str = include_str!("countries.tsv");

/// One country's names.
#[derive(Debug)]
pub struct Names {
    pub country: Country,
    /// Indexed like [`Lang::ALL`].
    shown: [&'static str; 3],
    /// Other names, separated by `|`.
    others: &'static str,
}

impl Names {
    pub fn shown(&self, lang: Lang) -> &'static str {
        self.shown[lang.index()]
    }

    pub fn others(&self) -> impl Iterator<Item = &'static str> {
        self.others.split('|').filter(|name| !name.is_empty())
    }
}

/// Every row of the table whose code the rules know, in code order. Lines that do not parse
/// are skipped; a test checks that every country has its names.
pub fn table() -> &'static [Names] {
    static TABLE_ROWS: OnceLock<Vec<Names>> = OnceLock::new();
    TABLE_ROWS.get_or_init(|| TABLE.lines().filter_map(parse_line).collect())
}

fn parse_line(line: &'static str) -> Option<Names> {
    let mut cells = line.split('\t');
    let country = Country::parse(cells.next()?)?;
    let shown = [cells.next()?, cells.next()?, cells.next()?];
    Some(Names {
        country,
        shown,
        others: cells.next().unwrap_or(""),
    })
}

/// The names of one country, if the table has them.
pub fn names(country: Country) -> Option<&'static Names> {
    let rows = table();
    rows.binary_search_by(|row| row.country.cmp(&country))
        .ok()
        .map(|index| &rows[index])
}
