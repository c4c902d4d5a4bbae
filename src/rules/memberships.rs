//! Memberships that change the rules for a citizenship or a company's home state.

use super::countries::Country;

fn listed(codes: &str, country: Country) -> bool {
    codes
        .split_whitespace()
        .any(|code| code == country.as_str())
}

/// The other member states of the Eurasian Economic Union (EAEU Treaty; Armenia and
/// Kyrgyzstan joined in 2015).
pub const EAEU_PARTNERS: &str = "AM BY KG RU";

pub fn is_eaeu_partner(country: Country) -> bool {
    listed(EAEU_PARTNERS, country)
}

/// States party to the 1993 Minsk / 2002 Chisinau conventions on legal assistance with
/// Kazakhstan: their documents need no apostille (rules-research §5).
pub const LEGAL_ASSISTANCE_CONVENTION: &str = "AM AZ BY GE KG RU TJ TM UZ";

pub fn needs_apostille(country: Country) -> bool {
    !listed(LEGAL_ASSISTANCE_CONVENTION, country) && country != Country::KAZAKHSTAN
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
    listed(WTO_MEMBERS, country)
}
