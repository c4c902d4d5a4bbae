//! The questions the engine can ask, as data: id, kind and options. When each is asked is in
//! `flow.rs`. Their wording lives in the translation files under `question.<id>.*`.

use super::ids::id_enum;

id_enum! {
    /// A question, keyed by a stable id so that saved answers survive a change of order.
    pub enum QuestionId {
        Role => "role",
        Citizenship => "citizenship",
        ResidencePermit => "residence_permit",
        EaeuDaysIn180 => "eaeu_days_in_180",
        SpecialStatus => "special_status",
        Purpose => "purpose",
        Position => "position",
        EmployerType => "employer_type",
        ForeignOwned => "foreign_owned",
        DeputyExemptionUsed => "deputy_exemption_used",
        SezProjectListed => "sez_project_listed",
        EmployerHeadcount => "employer_headcount",
        KazakhStaff => "kazakh_staff",
        ForeignStaff => "foreign_staff",
        PermitRequest => "permit_request",
        ExtensionsSoFar => "extensions_so_far",
        VacancyPosted => "vacancy_posted",
        IctMonthsWithCompany => "ict_months_with_company",
        IctCompanyCountry => "ict_company_country",
        VisitActivities => "visit_activities",
        VisitDays => "visit_days",
        InvestorRole => "investor_role",
        InvestmentOver300k => "investment_over_300k",
    }
}

id_enum! {
    /// An answer option of a choice question. Its wording is `question.<question>.option.<id>`.
    pub enum OptionId {
        Worker => "worker",
        Employer => "employer",
        Yes => "yes",
        No => "no",
        NoPermit => "none",
        Temporary => "temporary",
        Permanent => "permanent",
        NoSpecialStatus => "no_special_status",
        Kandas => "kandas",
        AtaZholy => "ata_zholy",
        Refugee => "refugee",
        AsylumSeeker => "asylum_seeker",
        HumanitarianImmigrant => "humanitarian_immigrant",
        TraffickingVictim => "trafficking_victim",
        NonCustodialSentence => "non_custodial_sentence",
        HighlyQualified => "highly_qualified",
        Employment => "employment",
        IntraCorporateTransfer => "intra_corporate_transfer",
        BusinessVisit => "business_visit",
        SeasonalWork => "seasonal_work",
        HouseholdWork => "household_work",
        SelfEmployment => "self_employment",
        StartBusiness => "start_business",
        Investment => "investment",
        JoinFamily => "join_family",
        ChiefExecutive => "chief_executive",
        DeputyHead => "deputy_head",
        HeadOfDivision => "head_of_division",
        Specialist => "specialist",
        SkilledWorker => "skilled_worker",
        KazakhCompany => "kazakh_company",
        Branch => "branch_or_representative_office",
        AifcParticipant => "aifc_participant",
        SezParticipant => "sez_participant",
        AstanaHubParticipant => "astana_hub_participant",
        NewPermit => "new_permit",
        Extension => "extension",
        Meetings => "meetings",
        Conference => "conference",
        InstallationOrRepair => "installation_or_repair",
        ConsultingOrAudit => "consulting_or_audit",
        Training => "training",
        PaidWork => "paid_work",
        HeadOrDeputy => "head_or_deputy",
        OtherRole => "other_role",
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one of these options.
    SingleChoice(&'static [OptionId]),
    /// One or more of these options.
    MultipleChoice(&'static [OptionId]),
    /// A citizenship or a company's home state, from the country list.
    Country,
    /// A whole number within bounds. `samples` are one value per equivalence class of the
    /// rules (both sides of every threshold), which the exhaustive walk uses.
    Number {
        min: u32,
        max: u32,
        samples: &'static [u32],
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: QuestionKind,
}

const YES_NO: &[OptionId] = &[OptionId::Yes, OptionId::No];

impl QuestionId {
    pub const fn question(self) -> Question {
        use OptionId as O;
        use QuestionKind::*;
        let kind = match self {
            QuestionId::Role => SingleChoice(&[O::Worker, O::Employer]),
            QuestionId::Citizenship | QuestionId::IctCompanyCountry => Country,
            QuestionId::ResidencePermit => SingleChoice(&[O::NoPermit, O::Temporary, O::Permanent]),
            QuestionId::EaeuDaysIn180 => Number {
                min: 0,
                max: 180,
                samples: &[0, 90, 91],
            },
            QuestionId::SpecialStatus => SingleChoice(&[
                O::NoSpecialStatus,
                O::Kandas,
                O::AtaZholy,
                O::Refugee,
                O::AsylumSeeker,
                O::HumanitarianImmigrant,
                O::TraffickingVictim,
                O::NonCustodialSentence,
                O::HighlyQualified,
            ]),
            QuestionId::Purpose => SingleChoice(&[
                O::Employment,
                O::IntraCorporateTransfer,
                O::BusinessVisit,
                O::SeasonalWork,
                O::HouseholdWork,
                O::SelfEmployment,
                O::StartBusiness,
                O::Investment,
                O::JoinFamily,
            ]),
            QuestionId::Position => SingleChoice(&[
                O::ChiefExecutive,
                O::DeputyHead,
                O::HeadOfDivision,
                O::Specialist,
                O::SkilledWorker,
            ]),
            QuestionId::EmployerType => SingleChoice(&[
                O::KazakhCompany,
                O::Branch,
                O::AifcParticipant,
                O::SezParticipant,
                O::AstanaHubParticipant,
            ]),
            QuestionId::ForeignOwned
            | QuestionId::DeputyExemptionUsed
            | QuestionId::SezProjectListed
            | QuestionId::VacancyPosted
            | QuestionId::InvestmentOver300k => SingleChoice(YES_NO),
            QuestionId::EmployerHeadcount => Number {
                min: 1,
                max: 1_000_000,
                samples: &[20, 21],
            },
            QuestionId::KazakhStaff => Number {
                min: 0,
                max: 1_000_000,
                samples: &[9],
            },
            QuestionId::ForeignStaff => Number {
                min: 0,
                max: 1_000_000,
                samples: &[0, 50],
            },
            QuestionId::PermitRequest => SingleChoice(&[O::NewPermit, O::Extension]),
            QuestionId::ExtensionsSoFar => Number {
                min: 0,
                max: 20,
                samples: &[0, 3],
            },
            QuestionId::IctMonthsWithCompany => Number {
                min: 0,
                max: 600,
                samples: &[11, 12],
            },
            QuestionId::VisitActivities => MultipleChoice(&[
                O::Meetings,
                O::Conference,
                O::InstallationOrRepair,
                O::ConsultingOrAudit,
                O::Training,
                O::PaidWork,
            ]),
            QuestionId::VisitDays => Number {
                min: 1,
                max: 365,
                samples: &[14, 30, 31, 90, 91],
            },
            QuestionId::InvestorRole => SingleChoice(&[O::HeadOrDeputy, O::OtherRole]),
        };
        Question { id: self, kind }
    }
}

impl Question {
    /// The options of a choice question; empty for other kinds.
    pub fn options(&self) -> &'static [OptionId] {
        match self.kind {
            QuestionKind::SingleChoice(options) | QuestionKind::MultipleChoice(options) => options,
            QuestionKind::Country | QuestionKind::Number { .. } => &[],
        }
    }
}
