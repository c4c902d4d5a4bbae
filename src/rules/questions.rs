//! The ids of the questions and their options, and the forms a question can take. Each question
//! is declared (its form, when it is asked, the answers the walk tries) by the route family
//! whose law it serves, in `routes/`. Their wording lives in the translation files under
//! `question.<id>.*`.

use super::ids::id_enum;

id_enum! {
    /// A question, keyed by a stable id so that saved answers survive a change of order.
    pub enum QuestionId {
        Role => "role",
        Citizenship => "citizenship",
        ResidencePermit => "residence_permit",
        EaeuDaysIn180 => "eaeu_days_in_180",
        EaeuPurpose => "eaeu_purpose",
        SpecialStatus => "special_status",
        Purpose => "purpose",
        Position => "position",
        EmployerType => "employer_type",
        ForeignOwned => "foreign_owned",
        DeputyExemptionUsed => "deputy_exemption_used",
        SezProjectListed => "sez_project_listed",
        EmployerHeadcount => "employer_headcount",
        SmallBusinessEntity => "small_business_entity",
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
        RemoteIncomeOver3000 => "remote_income_over_3000",
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
        OtherListedCategory => "other_listed_category",
        Employment => "employment",
        IntraCorporateTransfer => "intra_corporate_transfer",
        BusinessVisit => "business_visit",
        SeasonalWork => "seasonal_work",
        HouseholdWork => "household_work",
        SelfEmployment => "self_employment",
        StartBusiness => "start_business",
        Investment => "investment",
        JoinFamily => "join_family",
        RemoteWork => "remote_work",
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
    /// A whole number within bounds.
    Number { min: u32, max: u32 },
}

/// A question's form. Each is declared by the route family whose law it serves
/// (`routes/<family>.rs`); [`QuestionId::question`] finds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: QuestionKind,
}

/// The options of a yes-or-no question.
pub const YES_NO: &[OptionId] = &[OptionId::Yes, OptionId::No];

impl Question {
    /// The options of a choice question; empty for other kinds.
    pub fn options(&self) -> &'static [OptionId] {
        match self.kind {
            QuestionKind::SingleChoice(options) | QuestionKind::MultipleChoice(options) => options,
            QuestionKind::Country | QuestionKind::Number { .. } => &[],
        }
    }
}
