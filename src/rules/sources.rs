//! The registry of legal sources. Rules cite a [`SourceId`], never free text, so every
//! conclusion can be traced to an act, an article, an address and the day it was last checked.
//! The act's title and article are user-visible text and live in the translation files under
//! `source.<id>.title` and `source.<id>.article`.

use chrono::NaiveDate;
use serde::Serialize;

use super::ids::id_enum;

id_enum! {
    /// One cited provision of one act (or one secondary report of it).
    pub enum SourceId {
        EaeuTreatyArt97 => "eaeu_treaty_art97",
        EaeuStay90Days => "eaeu_stay_90_days",
        EaeuTrpWithin90Days => "eaeu_trp_within_90_days",
        ContractRegistration => "contract_registration",
        MigrationLawArt36_1 => "migration_law_art36_1",
        Resolution1041 => "resolution_1041",
        Resolution1041Item1 => "resolution_1041_item_1",
        Resolution1041Item2 => "resolution_1041_item_2",
        Resolution1041Item3 => "resolution_1041_item_3",
        Resolution1041Item4 => "resolution_1041_item_4",
        Resolution1041Item5 => "resolution_1041_item_5",
        Resolution1041Item6 => "resolution_1041_item_6",
        Resolution1041NotFullyRead => "resolution_1041_not_fully_read",
        OneDeputyLimit2025 => "one_deputy_limit_2025",
        ForeignOwnedHeadsExemption => "foreign_owned_heads_exemption",
        BranchHeadExemption => "branch_head_exemption",
        AifcEmployment => "aifc_employment",
        SezProjectStaff => "sez_project_staff",
        AstanaHubRepealed => "astana_hub_repealed",
        AtaZholyCard => "ata_zholy_card",
        ResidencePermits => "residence_permits",
        TrpAfterEmployerChange => "trp_after_employer_change",
        TrpForTreatyVisaFree => "trp_for_treaty_visa_free",
        TrpTreatyStatesUnconfirmed => "trp_treaty_states_unconfirmed",
        TrpApplicationDeadline => "trp_application_deadline",
        TrpDocuments => "trp_documents",
        TrpSeasonalUnconfirmed => "trp_seasonal_unconfirmed",
        WorkVisaInKazakhstan => "work_visa_in_kazakhstan",
        Order279Categories => "order_279_categories",
        Order279Validity => "order_279_validity",
        Order279LocalContent => "order_279_local_content",
        Order93SmallBusiness => "order_93_small_business",
        SmallBusinessExemptBeforeOrder93 => "small_business_exempt_before_order_93",
        Order93VacancyPosting => "order_93_vacancy_posting",
        Order279Restrictions => "order_279_restrictions",
        Order279Refusal => "order_279_refusal",
        Order279Procedure => "order_279_procedure",
        LocalSearchAbolished2017 => "local_search_abolished_2017",
        PermitFee => "permit_fee",
        SeasonalFee => "seasonal_fee",
        Quota2026 => "quota_2026",
        QuotaRequest => "quota_request",
        IntraCorporateTransfer => "intra_corporate_transfer",
        VisaRules => "visa_rules",
        VisaRulesC3 => "visa_rules_c3",
        VisaRulesBusiness => "visa_rules_business",
        VisaRulesInvestor => "visa_rules_investor",
        VisaRulesC5 => "visa_rules_c5",
        Mentoring197 => "mentoring_197",
        ArrivalNotice => "arrival_notice",
        Iin => "iin",
        SelfEmployment236 => "self_employment_236",
        LabourImmigrants => "labour_immigrants",
        LabourImmigrantTreatyStates => "labour_immigrant_treaty_states",
        AdminCodePenalties => "admin_code_penalties",
        AdminCodeOverstay => "admin_code_overstay",
        Apostille => "apostille",
        EntryRegimeListed => "entry_regime_listed",
        EntryRegimeReported => "entry_regime_reported",
        EntryRegimeEarlierList => "entry_regime_earlier_list",
        EntryRegimeUncertain => "entry_regime_uncertain",
        EntryRegimeNotInForce => "entry_regime_not_in_force",
        EntryRegimeVisaRequired => "entry_regime_visa_required",
        VisaFreeNoWork => "visa_free_no_work",
        HolidaysLaw => "holidays_law",
        ProductionCalendar => "production_calendar",
        StayRules => "stay_rules",
        PublishedGuide => "published_guide",
        LegalAssistanceConventions => "legal_assistance_conventions",
        MinskMoldova => "minsk_moldova",
        MinskUkraineWithdrawal => "minsk_ukraine_withdrawal",
        NeoNomadVisa => "neo_nomad_visa",
        DigitalNomadPilot => "digital_nomad_pilot",
        Mci => "mci",
        LabourImmigrantTax2026 => "labour_immigrant_tax_2026",
        AdminCodeEmployerFine => "admin_code_employer_fine",
        Order93IctAgreement => "order_93_ict_agreement",
        MentoringIctUnsettled => "mentoring_ict_unsettled",
        InvestorNoExemptionFound => "investor_no_exemption_found",
        BusinessVisaValidityUncertain => "business_visa_validity_uncertain",
    }
}

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

/// The day `rules-research.md` and `entry-regimes.md` were compiled and these sources read.
const RESEARCH_2026_11_24: NaiveDate = super::date::ymd(2026, 11, 24);
/// The review of the treaty states' admission, the fees, the quota, the penalties, the
/// exemptions and the labour-market test (sources read again or for the first time).
const REVIEW_2026_11_30: NaiveDate = super::date::ymd(2026, 11, 30);
/// The source audit of the dated facts (apostille and legal-assistance parties, the quota
/// request, the small-business exemption, the transfer's term, the EAEU stay).
const AUDIT_2026_12_07: NaiveDate = super::date::ymd(2026, 12, 7);

const ADILET_TREATY: &str = "https://adilet.zan.kz/rus/docs/Z1400000240";
const ADILET_MIGRATION_LAW: &str = "https://adilet.zan.kz/rus/docs/Z1100000477";
const ADILET_RESOLUTION_1041: &str = "https://adilet.zan.kz/rus/docs/P2300001041";
const ADILET_ORDER_279: &str = "https://adilet.zan.kz/rus/docs/V2300032977";
const ADILET_VISA_RULES: &str = "https://adilet.zan.kz/rus/docs/V1600014531";
const ADILET_DECREE_148: &str = "https://adilet.zan.kz/rus/docs/P1200000148";
const EGOV_FOREIGN_LABOUR: &str = "https://egov.kz/cms/ru/articles/inostrannyi_trud";
const GOV_KZ_RESIDENCE: &str = "https://www.gov.kz/situations/572";
const GOV_KZ_TRP_SERVICE: &str = "https://www.gov.kz/services/4631";

impl SourceId {
    pub const fn source(self) -> Source {
        use Confidence::{Official, Secondary, Uncertain};
        use Read::{OfficialSummary, OfficialText, Report};
        use SourceId::*;
        const D24: NaiveDate = RESEARCH_2026_11_24;
        const D30: NaiveDate = REVIEW_2026_11_30;
        const D07: NaiveDate = AUDIT_2026_12_07;
        let (url, confidence, read, last_verified) = match self {
            EaeuTreatyArt97 => (ADILET_TREATY, Official, OfficialText, D24),
            EaeuStay90Days => (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, D24),
            EaeuTrpWithin90Days => (EGOV_FOREIGN_LABOUR, Secondary, Report, D24),
            ContractRegistration => (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, D24),
            MigrationLawArt36_1 => (ADILET_MIGRATION_LAW, Official, OfficialText, D24),
            Resolution1041 | Resolution1041Item1 | Resolution1041Item2 | Resolution1041Item3
            | Resolution1041Item4 | Resolution1041Item5 | Resolution1041Item6 => {
                (ADILET_RESOLUTION_1041, Official, OfficialText, D30)
            }
            // Items 7 onwards could not be read: what they hold is not known here.
            Resolution1041NotFullyRead => (ADILET_RESOLUTION_1041, Uncertain, OfficialText, D30),
            OneDeputyLimit2025 => (
                "https://www.zakon.kz/pravo/6488099-utochnen-perechen-inostrantsev-rabotayushchikh-v-kazakhstane-bez-razresheniy.html",
                Secondary,
                Report,
                D30,
            ),
            ForeignOwnedHeadsExemption => (ADILET_RESOLUTION_1041, Secondary, Report, D30),
            BranchHeadExemption => (ADILET_RESOLUTION_1041, Secondary, Report, D24),
            AifcEmployment => ("https://expatcentre.aifc.kz/", Secondary, Report, D24),
            SezProjectStaff => (
                "https://adilet.zan.kz/rus/docs/V2300032958",
                Secondary,
                Report,
                D24,
            ),
            AstanaHubRepealed => (ADILET_RESOLUTION_1041, Uncertain, Report, D30),
            AtaZholyCard => (ADILET_MIGRATION_LAW, Secondary, Report, D24),
            ResidencePermits => (GOV_KZ_RESIDENCE, Official, OfficialSummary, D30),
            TrpAfterEmployerChange => (GOV_KZ_RESIDENCE, Official, OfficialSummary, D30),
            TrpForTreatyVisaFree => (GOV_KZ_RESIDENCE, Secondary, Report, D30),
            TrpTreatyStatesUnconfirmed => (GOV_KZ_RESIDENCE, Uncertain, Report, D30),
            TrpApplicationDeadline => (
                "https://adilet.zan.kz/rus/docs/V1500012880",
                Secondary,
                Report,
                D30,
            ),
            TrpDocuments => (GOV_KZ_TRP_SERVICE, Official, OfficialSummary, D30),
            TrpSeasonalUnconfirmed => (GOV_KZ_TRP_SERVICE, Uncertain, OfficialSummary, D30),
            WorkVisaInKazakhstan => (ADILET_VISA_RULES, Secondary, Report, D30),
            Order279Categories => (ADILET_ORDER_279, Official, OfficialText, D24),
            Order279Validity => (ADILET_ORDER_279, Secondary, Report, D24),
            Order279LocalContent => (ADILET_ORDER_279, Secondary, Report, D30),
            Order93SmallBusiness => (ADILET_ORDER_279, Secondary, Report, D30),
            SmallBusinessExemptBeforeOrder93 => (
                "https://dos-immigration.kz/en/uncategorized/quota-for-recruitment-of-foreign-labor-force-in-2025",
                Secondary,
                Report,
                D07,
            ),
            Order93VacancyPosting => (ADILET_ORDER_279, Secondary, Report, D30),
            Order279Restrictions => (ADILET_ORDER_279, Official, OfficialText, D24),
            Order279Refusal => (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, D30),
            Order279Procedure => (ADILET_ORDER_279, Secondary, Report, D24),
            LocalSearchAbolished2017 => (
                "https://www.fragomen.com/insights/work-permit-process-to-be-simplified-exemption-for-heads-of-branches-to-be-eliminated.html",
                Secondary,
                Report,
                D30,
            ),
            PermitFee => (
                "https://adilet.zan.kz/rus/docs/P1800000157",
                Uncertain,
                Report,
                D30,
            ),
            SeasonalFee => (
                "https://adilet.zan.kz/rus/docs/P1800000157",
                Secondary,
                Report,
                D30,
            ),
            Quota2026 => (
                "https://www.gov.kz/memleket/entities/enbek",
                Secondary,
                Report,
                D30,
            ),
            QuotaRequest => (ADILET_ORDER_279, Secondary, Report, D24),
            IntraCorporateTransfer => (ADILET_ORDER_279, Secondary, Report, D24),
            VisaRules => (ADILET_VISA_RULES, Secondary, Report, D24),
            VisaRulesC3 => (ADILET_VISA_RULES, Secondary, Report, D24),
            VisaRulesBusiness => (ADILET_VISA_RULES, Secondary, Report, D30),
            VisaRulesInvestor => (ADILET_VISA_RULES, Secondary, Report, D30),
            VisaRulesC5 => (ADILET_VISA_RULES, Secondary, Report, D24),
            Mentoring197 => (
                "https://adilet.zan.kz/rus/docs/V2400034507",
                Secondary,
                Report,
                D30,
            ),
            ArrivalNotice => (ADILET_DECREE_148, Secondary, Report, D24),
            Iin => (EGOV_FOREIGN_LABOUR, Secondary, Report, D24),
            SelfEmployment236 => (
                "https://adilet.zan.kz/rus/docs/V2300032887",
                Secondary,
                Report,
                D24,
            ),
            LabourImmigrants => (ADILET_MIGRATION_LAW, Secondary, Report, D30),
            // The article's official text was read as of about 2021 (a mirror of the official
            // database); later amendments were not checked.
            LabourImmigrantTreatyStates => (ADILET_MIGRATION_LAW, Secondary, OfficialText, D30),
            AdminCodeOverstay => ("https://oq.gov.kz/en/news/872", Secondary, Report, D07),
            AdminCodePenalties => (
                "https://adilet.zan.kz/rus/docs/K1400000235",
                Uncertain,
                Report,
                D30,
            ),
            Apostille => (
                "https://www.hcch.net/en/instruments/conventions/status-table/?cid=41",
                Secondary,
                Report,
                D30,
            ),
            LegalAssistanceConventions => ("https://new.wpk.kz/iin_abroad", Secondary, Report, D30),
            MinskMoldova => (
                "https://rusia.mfa.gov.md/ro/content/apostila",
                Secondary,
                OfficialSummary,
                D07,
            ),
            MinskUkraineWithdrawal => (
                "https://minjust.gov.ua/m/informatsiyne-povidomlennya-schodo-zupinennya-dii-ta-vihodu-z-konventsii-pro-pravovu-dopomogu-i-pravovi-vidnosini-u-tsivilnih-simeynih-ta-kriminalnih-spravah-vid-22-sichnya-1993-roku-ta-protokolu-do-nei",
                Secondary,
                OfficialSummary,
                D07,
            ),
            EntryRegimeListed => (ADILET_DECREE_148, Official, OfficialText, D24),
            EntryRegimeEarlierList => (ADILET_DECREE_148, Secondary, Report, D24),
            EntryRegimeUncertain => (ADILET_DECREE_148, Uncertain, Report, D24),
            EntryRegimeNotInForce => (ADILET_DECREE_148, Uncertain, Report, D07),
            EntryRegimeVisaRequired => (ADILET_DECREE_148, Secondary, Report, D24),
            VisaFreeNoWork => (ADILET_DECREE_148, Secondary, Report, D30),
            HolidaysLaw => (
                "https://adilet.zan.kz/rus/docs/Z010000267_",
                Official,
                OfficialText,
                D24,
            ),
            ProductionCalendar => (
                "https://www.enbek.gov.kz/ru/node/363012",
                Official,
                OfficialSummary,
                D24,
            ),
            StayRules => (ADILET_DECREE_148, Secondary, Report, D24),
            InvestorNoExemptionFound => (
                "https://itrp.aifc.kz/en/faq?category=20",
                Uncertain,
                Report,
                D30,
            ),
            BusinessVisaValidityUncertain => (ADILET_VISA_RULES, Uncertain, Report, D30),
            Mci => (
                "https://adilet.zan.kz/rus/docs/Z2500000239",
                Secondary,
                Report,
                D30,
            ),
            LabourImmigrantTax2026 => (EGOV_FOREIGN_LABOUR, Secondary, Report, D30),
            AdminCodeEmployerFine => (
                "https://adilet.zan.kz/rus/docs/K1400000235",
                Uncertain,
                Report,
                D30,
            ),
            Order93IctAgreement => (ADILET_ORDER_279, Secondary, Report, D30),
            MentoringIctUnsettled => (
                "https://adilet.zan.kz/rus/docs/V2400034507",
                Uncertain,
                Report,
                D30,
            ),
            NeoNomadVisa => (ADILET_VISA_RULES, Secondary, Report, D30),
            DigitalNomadPilot => ("https://astanahub.com/", Uncertain, Report, D30),
            PublishedGuide => (
                "https://weproject.media/en/articles/detail/visa-and-residency-requirements-for-foreign-workers-in-kazakhstan/",
                Secondary,
                Report,
                D30,
            ),
            EntryRegimeReported => (ADILET_DECREE_148, Secondary, Report, D24),
        };
        Source {
            id: self,
            url,
            confidence,
            read,
            last_verified,
        }
    }
}
