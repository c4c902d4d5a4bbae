//! The registry of legal sources. Rules cite a [`SourceId`], never free text, so every
//! conclusion can be traced to an act, an article, an address and the day it was last checked.
//! The act's title and article are user-visible text and live in the translation files under
//! `source.<id>.title` and `source.<id>.article`.

use chrono::NaiveDate;
use serde::Serialize;

use super::ids::id_enum;

id_enum! {
    /// One cited provision of one act.
    pub enum SourceId {
        /// Treaty on the Eurasian Economic Union of 29 May 2014, art. 97(1): workers of member
        /// states need no permit for labour activity in the state of employment.
        EaeuTreatyArt97 => "eaeu_treaty_art97",
        /// Law "On population migration" No. 477-IV, art. 36-1: foreigners work under a permit
        /// issued to the employer, unless exempt.
        MigrationLawArt36_1 => "migration_law_art36_1",
        /// Government Resolution No. 1041 of 24 Nov 2023: the categories exempt from a permit.
        Resolution1041 => "resolution_1041",
    }
}

/// How far a statement can be trusted, as tagged in `rules-research.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in an official source (adilet, egov, gov.kz, enbek, invest.gov.kz).
    Official,
    /// Only secondary sources (law firms, Big-4 alerts, news) say so.
    Secondary,
    /// Sources conflict or the text in force was not found.
    Uncertain,
}

/// The citation data of a source; its title and article are looked up by id in the
/// translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: SourceId,
    pub url: &'static str,
    pub confidence: Confidence,
    pub last_verified: NaiveDate,
}

/// The day `rules-research.md` was compiled and these sources were read.
const RESEARCH_2026_11_24: NaiveDate = super::ymd(2026, 11, 24);

impl SourceId {
    pub const fn source(self) -> Source {
        let (url, confidence, last_verified) = match self {
            SourceId::EaeuTreatyArt97 => (
                // Kazakhstan's ratification law, which carries the treaty text.
                "https://adilet.zan.kz/rus/docs/Z1400000240",
                Confidence::Official,
                RESEARCH_2026_11_24,
            ),
            SourceId::MigrationLawArt36_1 => (
                "https://adilet.zan.kz/rus/docs/Z1100000477",
                Confidence::Official,
                RESEARCH_2026_11_24,
            ),
            SourceId::Resolution1041 => (
                "https://adilet.zan.kz/rus/docs/P2300001041",
                Confidence::Official,
                RESEARCH_2026_11_24,
            ),
        };
        Source {
            id: self,
            url,
            confidence,
            last_verified,
        }
    }
}
