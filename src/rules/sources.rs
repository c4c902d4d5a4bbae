//! The registry of legal sources. Rules cite a [`SourceId`], never free text, so every
//! conclusion can be traced to an act, an article, an address and the day it was last checked.
//! The act's title and article are user-visible text and live in the translation files under
//! `source.<id>.title` and `source.<id>.article`.

use chrono::NaiveDate;
use serde::Serialize;

use super::ids::{id_enum, owns};

owns! {
    sources {
        PublishedGuide = "published_guide" from (
            "https://weproject.media/en/articles/detail/visa-and-residency-requirements-for-foreign-workers-in-kazakhstan/",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
    }
}

// The enum and each source's citation data, gathered from every rules file's `owns!` by the
// build (`build/owned_ids.rs`): a source is declared in the file of the law that cites it.
include!(concat!(env!("OUT_DIR"), "/sources_ids.rs"));

/// How far a statement can be trusted, as tagged in `rules-research.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in an official source (adilet, egov, gov.kz, enbek, invest.gov.kz).
    Official,
    /// Only secondary sources (law firms, Big-4 alerts, news) say so.
    Secondary,
    /// Sources conflict or the text in force was not found.
    Uncertain,
}

/// What was read when the source was last checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Read {
    /// The act's own text, on the official legal database.
    OfficialText,
    /// An official portal's page on it (egov.kz, gov.kz, enbek.gov.kz), not the act itself.
    OfficialSummary,
    /// A report of it (a law firm's or adviser's alert, the press, a published guide): the act
    /// itself was not read.
    Report,
}

/// The citation data of a source; its title and article are looked up by id in the
/// translation files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: SourceId,
    pub url: &'static str,
    pub confidence: Confidence,
    pub read: Read,
    /// The day this source was last checked (each its own: never one date for all).
    pub last_verified: NaiveDate,
}

// The days sources were checked and the acts several files cite, as the declarations
// (`owns!`) name them: each source states its own day.

/// The day `rules-research.md` and `entry-regimes.md` were compiled and these sources read.
const CHECKED_2026_11_24: NaiveDate = super::date::ymd(2026, 11, 24);
/// The review of the treaty states' admission, the fees, the quota, the penalties, the
/// exemptions and the labour-market test (sources read again or for the first time).
const CHECKED_2026_11_30: NaiveDate = super::date::ymd(2026, 11, 30);
/// The source audit of the dated facts (apostille and legal-assistance parties, the quota
/// request, the small-business exemption, the transfer's term, the EAEU stay).
const CHECKED_2026_12_07: NaiveDate = super::date::ymd(2026, 12, 7);

const ADILET_TREATY: &str = "https://adilet.zan.kz/rus/docs/Z1400000240";
const ADILET_MIGRATION_LAW: &str = "https://adilet.zan.kz/rus/docs/Z1100000477";
const ADILET_RESOLUTION_1041: &str = "https://adilet.zan.kz/rus/docs/P2300001041";
const ADILET_ORDER_279: &str = "https://adilet.zan.kz/rus/docs/V2300032977";
const ADILET_VISA_RULES: &str = "https://adilet.zan.kz/rus/docs/V1600014531";
const ADILET_DECREE_148: &str = "https://adilet.zan.kz/rus/docs/P1200000148";
const EGOV_FOREIGN_LABOUR: &str = "https://egov.kz/cms/ru/articles/inostrannyi_trud";
const GOV_KZ_RESIDENCE: &str = "https://www.gov.kz/situations/572";
const GOV_KZ_TRP_SERVICE: &str = "https://www.gov.kz/services/4631";
