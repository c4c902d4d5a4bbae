//! How a foreign document must be made acceptable, and the convention each way rests on.

use serde::Serialize;

use super::ids::owns;
use super::sources::SourceId;

owns! {
    sources {
        Apostille = "apostille" from (
            "https://www.hcch.net/en/instruments/conventions/status-table/?cid=41",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        LegalAssistanceConventions = "legal_assistance_conventions"
            from ("https://new.wpk.kz/iin_abroad", Secondary, Report, CHECKED_2026_11_30),
    }
}

/// How a foreign document must be made acceptable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Legalisation {
    /// Nothing beyond the original.
    None,
    /// A notarised translation into Kazakh or Russian (the legal-assistance conventions).
    Translation,
    /// An apostille and a notarised translation (the Apostille Convention).
    ApostilleAndTranslation,
    /// Consular legalisation and a notarised translation (a state outside both).
    ConsularLegalisationAndTranslation,
    /// A notarised translation, and an apostille or consular legalisation as the authority
    /// confirms: the sources do not settle whether a convention applied on the day.
    ToConfirm,
}

impl Legalisation {
    /// The convention (or its absence) the requirement rests on.
    pub const fn source(self) -> Option<SourceId> {
        match self {
            Legalisation::None => None,
            Legalisation::Translation => Some(SourceId::LegalAssistanceConventions),
            Legalisation::ApostilleAndTranslation
            | Legalisation::ConsularLegalisationAndTranslation
            | Legalisation::ToConfirm => Some(SourceId::Apostille),
        }
    }
}
