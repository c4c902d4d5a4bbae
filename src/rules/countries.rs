//! Citizenships: ISO 3166-1 alpha-2 codes (plus XK, Kosovo), as the country picker offers them.
//! What a citizenship means for entry and work lives in `entry_regimes.rs` and
//! `memberships.rs`; names live in the translation files under `country.<CODE>`.

use std::fmt;

/// A country or territory whose citizens the rules can assess. Only codes in [`Country::all`]
/// can be built, so an unknown code is unrepresentable rather than silently visa-free.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Country([u8; 2]);

/// Every code, sorted, as printed by the npm package `i18n-iso-countries` 7.14.
const CODES: &str = "\
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE \
    BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD \
    CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM \
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF \
    GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU \
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN \
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME \
    MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA \
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM \
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI \
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK \
    TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI \
    VN VU WF WS XK YE YT ZA ZM ZW";

impl Country {
    pub const KAZAKHSTAN: Country = Country(*b"KZ");

    /// Every country, in code order.
    pub fn all() -> impl Iterator<Item = Country> {
        CODES.split_ascii_whitespace().map(|code| {
            let bytes = code.as_bytes();
            Country([bytes[0], bytes[1]])
        })
    }

    /// Total decoder: the code in upper case, or `None` for anything not in the list.
    pub fn parse(code: &str) -> Option<Country> {
        let bytes = code.as_bytes();
        if bytes.len() != 2 {
            return None;
        }
        let wanted = [bytes[0], bytes[1]];
        Country::all().find(|country| country.0 == wanted)
    }

    /// The first country, in code order, of each class `class` sorts countries into: the
    /// countries the exhaustive walk tries where only the class matters to the rules.
    pub fn one_per_class<K: PartialEq>(class: impl Fn(Country) -> K) -> Vec<Country> {
        let mut seen = Vec::new();
        let mut representatives = Vec::new();
        for country in Country::all() {
            let key = class(country);
            if !seen.contains(&key) {
                seen.push(key);
                representatives.push(country);
            }
        }
        representatives
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII capitals by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Whether the country is one of `codes`, a rule table's codes apart by whitespace.
    pub fn is_listed_in(self, codes: &str) -> bool {
        // A byte scan: the progress estimate sorts all 250 countries into classes through
        // these tables while a step is being drawn.
        let bytes = codes.as_bytes();
        let apart = |at: Option<&u8>| at.is_none_or(u8::is_ascii_whitespace);
        bytes.windows(2).enumerate().any(|(at, pair)| {
            pair == self.0
                && apart(at.checked_sub(1).and_then(|before| bytes.get(before)))
                && apart(bytes.get(at + 2))
        })
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Country;

    #[test]
    fn a_country_is_listed_only_as_a_whole_code_of_its_own() {
        let uz = Country::parse("UZ").expect("Uzbekistan");
        for listed in ["UZ", "TJ UZ", "UZ TJ", "KG\n    UZ   TJ", "  UZ  "] {
            assert!(uz.is_listed_in(listed), "{listed:?}");
        }
        for unlisted in ["", "U Z", "UZB", "XUZ", "TJ KG", "UZUZ", "uz"] {
            assert!(!uz.is_listed_in(unlisted), "{unlisted:?}");
        }
    }
}
