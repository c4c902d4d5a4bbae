//! Memberships that change the rules for a citizenship or a company's home state.

use chrono::NaiveDate;

use super::countries::Country;
use super::date::ymd;
use super::legalisation::Legalisation;

/// The other member states of the Eurasian Economic Union (EAEU Treaty; Armenia and
/// Kyrgyzstan joined in 2015).
pub const EAEU_PARTNERS: &str = "AM BY KG RU";

pub fn is_eaeu_partner(country: Country) -> bool {
    country.is_listed_in(EAEU_PARTNERS)
}

/// States party to the 1993 Minsk / 2002 Chisinau conventions on legal assistance with
/// Kazakhstan: their documents need no apostille or legalisation, only a notarised translation
/// (rules-research §5; Ukraine left the Minsk convention on 23 Dec 2022).
pub const LEGAL_ASSISTANCE_CONVENTION: &str = "AM AZ BY GE KG RU TJ TM UZ";

/// Parties to the Hague Apostille Convention of 1961 for which it is in force (127, the HCCH
/// status table as of January 2026; Kazakhstan since 30 Jan 2001).
pub const APOSTILLE_CONVENTION: &str = "\
    AD AG AL AM AR AT AU AZ BA BB BD BE BG BH BI BN BO BR BS BW BY BZ CA CH CK CL CN CO CR CV CY \
    CZ DE DK DM DO EC EE ES FI FJ FR GB GD GE GR GT GY HN HR HU ID IE IL IN IS IT JM JP KG KN KR \
    KZ LC LI LR LS LT LU LV MA MC MD ME MH MK MN MT MU MW MX NA NI NL NO NU NZ OM PA PE PH PK PL \
    PT PW PY RO RS RU RW SA SC SE SG SI SK SM SN SR ST SV SZ TJ TN TO TR TT UA US UY UZ VC VE VU \
    WS XK ZA";

/// Parties whose accession takes effect later, and the day it does.
const APOSTILLE_CONVENTION_FROM: [(&str, NaiveDate); 2] =
    [("DZ", ymd(2026, 7, 9)), ("VN", ymd(2026, 9, 11))];

/// How documents issued in a country are made acceptable in Kazakhstan, apart from the day: the
/// class a citizenship falls in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentRegime {
    /// Kazakhstan's own documents.
    Domestic,
    /// A party to the legal-assistance conventions: a translation only.
    LegalAssistance,
    /// A party to the Apostille Convention, from the day given (always, if none).
    Apostille(Option<NaiveDate>),
    /// Neither: consular legalisation.
    Consular,
}

pub fn document_regime(country: Country) -> DocumentRegime {
    if country == Country::KAZAKHSTAN {
        DocumentRegime::Domestic
    } else if country.is_listed_in(LEGAL_ASSISTANCE_CONVENTION) {
        DocumentRegime::LegalAssistance
    } else if country.is_listed_in(APOSTILLE_CONVENTION) {
        DocumentRegime::Apostille(None)
    } else if let Some((_, from)) = APOSTILLE_CONVENTION_FROM
        .iter()
        .find(|(code, _)| *code == country.as_str())
    {
        DocumentRegime::Apostille(Some(*from))
    } else {
        DocumentRegime::Consular
    }
}

/// What a document issued in `country` needs on `as_of`.
pub fn legalisation(country: Country, as_of: NaiveDate) -> Legalisation {
    match document_regime(country) {
        DocumentRegime::Domestic => Legalisation::None,
        DocumentRegime::LegalAssistance => Legalisation::Translation,
        DocumentRegime::Apostille(from) if from.is_none_or(|day| as_of >= day) => {
            Legalisation::ApostilleAndTranslation
        }
        DocumentRegime::Apostille(_) | DocumentRegime::Consular => {
            Legalisation::ConsularLegalisationAndTranslation
        }
    }
}

/// WTO members as of 30 Aug 2024 (166 with the EU; the EU itself is not a country here, its
/// member states are; Hong Kong, Macao and Chinese Taipei are separate customs territories).
/// Used by the intra-corporate transfer rule (the sending company's state).
pub const WTO_MEMBERS: &str = "\
    AF AL AO AG AR AM AU AT BH BD BB BE BZ BJ BO BW BR BN BG BF \
    BI CV KH CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ CD DK \
    DJ DM DO EC EG SV EE SZ FJ FI FR GA GM GE DE GH GR GD GT GN \
    GW GY HT HN HK HU IS IN ID IE IL IT JM JP JO KZ KE KR KW KG \
    LA LV LS LR LI LT LU MO MG MW MY MV ML MT MR MU MX MD MN ME \
    MA MZ MM NA NP NL NZ NI NE NG MK NO OM PK PA PG PY PE PH PL \
    PT QA RO RU RW KN LC VC WS SA SN SC SL SG SK SI SB ZA ES LK \
    SR SE CH TW TJ TZ TH TL TG TO TT TN TR UG UA AE GB US UY VU \
    VE VN YE ZM ZW";

pub fn is_wto_member(country: Country) -> bool {
    country.is_listed_in(WTO_MEMBERS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legalised(code: &str, on: NaiveDate) -> Legalisation {
        legalisation(Country::parse(code).unwrap(), on)
    }

    #[test]
    fn documents_need_what_the_conventions_say_for_the_citizenship() {
        let today = ymd(2026, 11, 30);
        // The legal-assistance conventions come first: a translation only.
        assert_eq!(legalised("UZ", today), Legalisation::Translation);
        assert_eq!(legalised("TM", today), Legalisation::Translation);
        // Ukraine left the Minsk convention: an apostille.
        assert_eq!(
            legalised("UA", today),
            Legalisation::ApostilleAndTranslation
        );
        assert_eq!(
            legalised("DE", today),
            Legalisation::ApostilleAndTranslation
        );
        assert_eq!(
            legalised("NG", today),
            Legalisation::ConsularLegalisationAndTranslation
        );
        // Viet Nam's accession takes effect on 11 Sep 2026.
        assert_eq!(
            legalised("VN", ymd(2026, 9, 10)),
            Legalisation::ConsularLegalisationAndTranslation
        );
        assert_eq!(
            legalised("VN", ymd(2026, 9, 11)),
            Legalisation::ApostilleAndTranslation
        );
        assert_eq!(legalised("KZ", today), Legalisation::None);
    }

    #[test]
    fn the_apostille_table_has_127_real_countries() {
        let codes: Vec<&str> = APOSTILLE_CONVENTION.split_whitespace().collect();
        assert_eq!(codes.len(), 127);
        for code in codes {
            assert!(Country::parse(code).is_some(), "{code}");
        }
    }
}
