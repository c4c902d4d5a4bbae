//! Memberships that change the rules for a citizenship or a company's home state, each party
//! with the period its treaty is in force with Kazakhstan (`dated::Members`).

use chrono::NaiveDate;

use super::countries::Country;
use super::date::ymd;
use super::dated::{Member, Members, Membership, Since};
use super::ids::owns;
use super::legalisation::Legalisation;
use super::sources::SourceId;

owns! {
    sources {
        MinskMoldova = "minsk_moldova" from (
            "https://rusia.mfa.gov.md/ro/content/apostila",
            Secondary,
            OfficialSummary,
            CHECKED_2026_12_07,
        ),
        MinskUkraineWithdrawal = "minsk_ukraine_withdrawal" from (
            "https://minjust.gov.ua/m/informatsiyne-povidomlennya-schodo-zupinennya-dii-ta-vihodu-z-konventsii-pro-pravovu-dopomogu-i-pravovi-vidnosini-u-tsivilnih-simeynih-ta-kriminalnih-spravah-vid-22-sichnya-1993-roku-ta-protokolu-do-nei",
            Secondary,
            OfficialSummary,
            CHECKED_2026_12_07,
        ),
    }
}

/// The other member states of the Eurasian Economic Union (EAEU Treaty; Armenia and
/// Kyrgyzstan joined in 2015).
pub const EAEU_PARTNERS: &str = "AM BY KG RU";

pub fn is_eaeu_partner(country: Country) -> bool {
    country.is_listed_in(EAEU_PARTNERS)
}

const fn minsk(codes: &'static str, since: Since) -> Member {
    Member {
        codes,
        since,
        until: None,
        source: SourceId::LegalAssistanceConventions,
    }
}

/// The day the sources confirm the parties on: Ukraine's notice of its withdrawal names the
/// states its cooperation under the convention had covered (docs/research, 7 Dec 2026). The
/// day each joined is not read, so earlier days are not known.
const PARTIES_CONFIRMED: NaiveDate = ymd(2023, 12, 29);

/// States party to the 1993 Minsk / 2002 Chisinau conventions on legal assistance with
/// Kazakhstan: their documents need no apostille or legalisation, only a notarised
/// translation. Between two Chisinau parties Chisinau replaces Minsk; either way no apostille.
pub const LEGAL_ASSISTANCE: Members = Members {
    id: "legal_assistance",
    members: &[
        minsk("AM", Since::KnownFrom(PARTIES_CONFIRMED)),
        minsk("AZ", Since::KnownFrom(PARTIES_CONFIRMED)),
        minsk("BY", Since::KnownFrom(PARTIES_CONFIRMED)),
        // No denunciation found, but a Moldovan agency lists Georgia under bilateral treaties.
        minsk("GE", Since::Unsettled),
        minsk("KG", Since::KnownFrom(PARTIES_CONFIRMED)),
        // Minsk 1993 in force for Moldova from 26 Mar 1996; no denunciation found.
        Member {
            codes: "MD",
            since: Since::KnownFrom(ymd(1996, 3, 26)),
            until: None,
            source: SourceId::MinskMoldova,
        },
        // Russia ratified Chisinau from 28 Jun 2023; it was a Minsk party before.
        minsk("RU", Since::KnownFrom(PARTIES_CONFIRMED)),
        minsk("TJ", Since::KnownFrom(PARTIES_CONFIRMED)),
        minsk("TM", Since::KnownFrom(PARTIES_CONFIRMED)),
        minsk("UZ", Since::KnownFrom(PARTIES_CONFIRMED)),
        // Ukraine's withdrawal took effect on 29 Dec 2023 (its law of 23 Dec 2022 suspended the
        // convention towards Russia and Belarus only).
        Member {
            codes: "UA",
            since: Since::KnownFrom(ymd(2022, 12, 23)),
            until: Some(ymd(2023, 12, 29)),
            source: SourceId::MinskUkraineWithdrawal,
        },
    ],
    otherwise: None,
};

const fn apostille(codes: &'static str, since: Since) -> Member {
    Member {
        codes,
        since,
        until: None,
        source: SourceId::Apostille,
    }
}

/// Parties to the Hague Apostille Convention of 1961, each from the day it is in force with
/// Kazakhstan (in force for Kazakhstan since 30 Jan 2001; for a state that joined later, from
/// its own entry into force; no objection by or to Kazakhstan found). The dates are the HCCH
/// status table's, read with the sources in docs/research/2026-12-07-apostille-all-dates.md.
pub const APOSTILLE: Members = Members {
    id: "apostille",
    members: &[
        // States that were parties before Kazakhstan joined: from its day, 30 Jan 2001.
        apostille(
            "\
                AD AG AM AR AT AU BA BB BE BN BS BW BY BZ CH CO CY CZ DE DM ES FI FJ FR \
                GB GR HR HU IE IL IT JP KN LI LR LS LT LU LV MH MK MT MU MW MX NA NL NO \
                NU PA PT RS RU SC SE SI SM SR SV SZ TO TR TT US VC VE VU WS ZA",
            Since::Joined(ymd(2001, 1, 30)),
        ),
        apostille("RO", Since::Joined(ymd(2001, 3, 16))),
        apostille("BG", Since::Joined(ymd(2001, 4, 29))),
        apostille("EE", Since::Joined(ymd(2001, 9, 30))),
        apostille("NZ", Since::Joined(ymd(2001, 11, 22))),
        apostille("SK", Since::Joined(ymd(2002, 2, 18))),
        apostille("GD", Since::Joined(ymd(2002, 4, 7))),
        apostille("LC", Since::Joined(ymd(2002, 7, 31))),
        apostille("MC", Since::Joined(ymd(2002, 12, 31))),
        apostille("UA", Since::Joined(ymd(2003, 12, 22))),
        apostille("AL", Since::Joined(ymd(2004, 5, 9))),
        apostille("HN", Since::Joined(ymd(2004, 9, 30))),
        apostille("IS", Since::Joined(ymd(2004, 11, 27))),
        apostille("AZ", Since::Joined(ymd(2005, 3, 2))),
        apostille("EC", Since::Joined(ymd(2005, 4, 2))),
        apostille("CK", Since::Joined(ymd(2005, 4, 30))),
        apostille("IN", Since::Joined(ymd(2005, 7, 14))),
        apostille("PL", Since::Joined(ymd(2005, 8, 14))),
        apostille("ME", Since::Joined(ymd(2006, 6, 3))),
        apostille("DK", Since::Joined(ymd(2006, 12, 29))),
        apostille("MD", Since::Joined(ymd(2007, 3, 16))),
        apostille("GE", Since::Joined(ymd(2007, 5, 14))),
        apostille("KR", Since::Joined(ymd(2007, 7, 14))),
        apostille("ST", Since::Joined(ymd(2008, 9, 13))),
        apostille("DO", Since::Joined(ymd(2009, 8, 30))),
        apostille("MN", Since::Joined(ymd(2009, 12, 31))),
        apostille("CV", Since::Joined(ymd(2010, 2, 13))),
        apostille("PE", Since::Joined(ymd(2010, 9, 30))),
        apostille("KG", Since::Joined(ymd(2011, 7, 31))),
        apostille("CR", Since::Joined(ymd(2011, 12, 14))),
        apostille("OM", Since::Joined(ymd(2012, 1, 30))),
        apostille("UZ", Since::Joined(ymd(2012, 4, 15))),
        apostille("UY", Since::Joined(ymd(2012, 10, 14))),
        apostille("NI", Since::Joined(ymd(2013, 5, 14))),
        apostille("BH", Since::Joined(ymd(2013, 12, 31))),
        apostille("PY", Since::Joined(ymd(2014, 8, 30))),
        apostille("BI", Since::Joined(ymd(2015, 2, 13))),
        apostille("TJ", Since::Joined(ymd(2015, 10, 31))),
        apostille("BR MA", Since::Joined(ymd(2016, 8, 14))),
        apostille("CL", Since::Joined(ymd(2016, 8, 30))),
        apostille("GT", Since::Joined(ymd(2017, 9, 18))),
        apostille("TN", Since::Joined(ymd(2018, 3, 30))),
        apostille("BO", Since::Joined(ymd(2018, 5, 7))),
        apostille("GY", Since::Joined(ymd(2019, 4, 18))),
        apostille("PH", Since::Joined(ymd(2019, 5, 14))),
        apostille("PW", Since::Joined(ymd(2020, 6, 23))),
        apostille("JM", Since::Joined(ymd(2021, 7, 3))),
        apostille("SG", Since::Joined(ymd(2021, 9, 16))),
        apostille("ID", Since::Joined(ymd(2022, 6, 4))),
        apostille("SA", Since::Joined(ymd(2022, 12, 7))),
        apostille("PK", Since::Joined(ymd(2023, 3, 9))),
        apostille("SN", Since::Joined(ymd(2023, 3, 23))),
        apostille("CN", Since::Joined(ymd(2023, 11, 7))),
        apostille("CA", Since::Joined(ymd(2024, 1, 11))),
        apostille("RW", Since::Joined(ymd(2024, 6, 5))),
        apostille("BD", Since::Joined(ymd(2025, 3, 30))),
        apostille("DZ", Since::Joined(ymd(2026, 7, 9))),
        apostille("VN", Since::Joined(ymd(2026, 9, 11))),
        // The depositary lists Kosovo (no Kazakh objection), but Kazakhstan does not recognise it.
        apostille("XK", Since::Unsettled),
    ],
    otherwise: None,
};

/// How documents issued in `country` are made acceptable in Kazakhstan on `as_of`. Where a
/// convention's standing on that day is not known, the authority must confirm which applies.
pub fn legalisation(country: Country, as_of: NaiveDate) -> Legalisation {
    if country == Country::KAZAKHSTAN {
        return Legalisation::None;
    }
    match (
        LEGAL_ASSISTANCE.on(country, as_of),
        APOSTILLE.on(country, as_of),
    ) {
        (Membership::Party(_), _) => Legalisation::Translation,
        (Membership::NotKnown(_), _) | (_, Membership::NotKnown(_)) => Legalisation::ToConfirm,
        (Membership::NotParty, Membership::Party(_)) => Legalisation::ApostilleAndTranslation,
        (Membership::NotParty, Membership::NotParty) => {
            Legalisation::ConsularLegalisationAndTranslation
        }
    }
}

/// The class of a citizenship for what its documents need, as the tables stand at their
/// latest: what the walk tries one country of.
pub fn document_class(country: Country) -> Legalisation {
    legalisation(country, ymd(9999, 12, 31))
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
    fn documents_need_what_the_conventions_say_for_the_citizenship_on_the_day() {
        let today = ymd(2026, 11, 30);
        // The legal-assistance conventions come first: a translation only.
        assert_eq!(legalised("UZ", today), Legalisation::Translation);
        assert_eq!(legalised("TM", today), Legalisation::Translation);
        assert_eq!(legalised("MD", today), Legalisation::Translation);
        // Ukraine: a Minsk party until 28 Dec 2023, an apostille from the next day.
        assert_eq!(
            legalised("UA", ymd(2023, 12, 28)),
            Legalisation::Translation
        );
        assert_eq!(
            legalised("UA", ymd(2023, 12, 29)),
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
        // Each party from its own day: Canada from 11 Jan 2024, China from 7 Nov 2023.
        for (code, day) in [
            ("CA", ymd(2024, 1, 11)),
            ("CN", ymd(2023, 11, 7)),
            ("VN", ymd(2026, 9, 11)),
        ] {
            assert_eq!(
                legalised(code, day.pred_opt().unwrap()),
                Legalisation::ConsularLegalisationAndTranslation,
                "{code}"
            );
            assert_eq!(
                legalised(code, day),
                Legalisation::ApostilleAndTranslation,
                "{code}"
            );
        }
        // What the sources leave open is to be confirmed.
        assert_eq!(legalised("GE", today), Legalisation::ToConfirm);
        assert_eq!(legalised("XK", today), Legalisation::ToConfirm);
        assert_eq!(legalised("RU", ymd(2020, 1, 1)), Legalisation::ToConfirm);
        assert_eq!(legalised("KZ", today), Legalisation::None);
    }

    #[test]
    fn the_apostille_table_has_every_party_once_and_real_countries() {
        let codes: Vec<&str> = APOSTILLE
            .members
            .iter()
            .flat_map(|m| m.codes.split_whitespace())
            .collect();
        // 127 parties in force in January 2026 less Kazakhstan itself, and two since.
        assert_eq!(codes.len(), 128);
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        let minsk = LEGAL_ASSISTANCE
            .members
            .iter()
            .flat_map(|m| m.codes.split_whitespace());
        for code in codes.iter().copied().chain(minsk) {
            assert!(Country::parse(code).is_some(), "{code}");
        }
    }
}
