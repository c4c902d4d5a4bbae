//! The other names of each country, which search matches besides its name in the page's language
//! and in English ("USA", "Россия"): a table `scripts/countries.mjs` generates out of CLDR (the
//! npm package `i18n-iso-countries`), one line per code. The names a country is shown by are
//! texts of each language (`country.<CODE>` in `questions.json`), written by the same script.

use std::sync::OnceLock;

use crate::rules::Country;

const TABLE: &str = include_str!("countries.tsv");

/// One country's other names.
#[derive(Debug)]
pub struct Names {
    pub country: Country,
    /// Separated by `|`.
    others: &'static str,
}

impl Names {
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
    Some(Names {
        country,
        others: cells.next().unwrap_or(""),
    })
}

/// The other names of one country, if the table has them.
pub fn names(country: Country) -> Option<&'static Names> {
    let rows = table();
    rows.binary_search_by(|row| row.country.cmp(&country))
        .ok()
        .map(|index| &rows[index])
}
