//! Obligations shared by several routes, each with its time limit and source.

use super::ids::owns;
use super::outcome::{Anchor, DeadlineRule, Obligation, ObligationId, Party, VisaCode};
use super::sources::SourceId;

owns! {
    obligations {
        ArrivalNotice = "arrival_notice" at Arrival,
        ContractRegistration = "contract_registration" at StartWork,
        FeePayment = "fee_payment" at Apply,
        Iin = "iin" at Arrival,
        KeepLocalContentRatio = "keep_local_content_ratio" at WhileWorking,
        MentorAppointment = "mentor_appointment" at StartWork,
        MentorReport = "mentor_report" at WhileWorking,
        MentoringPeriod = "mentoring_period" at WhileWorking,
        PermitExtension = "permit_extension" at Renewal,
        PermitNotTransferable = "permit_not_transferable" at WhileWorking,
        PermitRegionOnly = "permit_region_only" at WhileWorking,
        QuotaRequest = "quota_request" at Prepare,
        ReplaceSkilledWorker = "replace_skilled_worker" at WhileWorking,
        TrpAfterEmployerChange = "trp_after_employer_change" at Renewal,
        TrpApplication = "trp_application" at Admission,
        TrpYearlyReissue = "trp_yearly_reissue" at Renewal,
        VacancyPosting = "vacancy_posting" at Prepare,
        WorkVisaExtension = "work_visa_extension" at Renewal,
    }
    sources {
        ContractRegistration = "contract_registration"
            from (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, CHECKED_2026_11_24),
        TrpAfterEmployerChange = "trp_after_employer_change"
            from (GOV_KZ_RESIDENCE, Official, OfficialSummary, CHECKED_2026_11_30),
        TrpApplicationDeadline = "trp_application_deadline" from (
            "https://adilet.zan.kz/rus/docs/V1500012880",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        Order279Validity = "order_279_validity"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_24),
        Order279LocalContent = "order_279_local_content"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_30),
        Order93VacancyPosting = "order_93_vacancy_posting"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_30),
        Order279Restrictions = "order_279_restrictions"
            from (ADILET_ORDER_279, Official, OfficialText, CHECKED_2026_11_24),
        Order279Refusal = "order_279_refusal"
            from (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, CHECKED_2026_11_30),
        Order279Procedure = "order_279_procedure"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_24),
        QuotaRequest = "quota_request"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_24),
        Mentoring197 = "mentoring_197" from (
            "https://adilet.zan.kz/rus/docs/V2400034507",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        ArrivalNotice = "arrival_notice"
            from (ADILET_DECREE_148, Secondary, Report, CHECKED_2026_11_24),
        Iin = "iin" from (EGOV_FOREIGN_LABOUR, Secondary, Report, CHECKED_2026_11_24),
    }
}

const fn obligation(
    id: ObligationId,
    party: Party,
    deadline: Option<DeadlineRule>,
    source: SourceId,
) -> Obligation {
    Obligation {
        id,
        party,
        deadline,
        source,
    }
}

/// The host (employer, landlord or hotel) notifies the migration authority of each arrival.
pub const fn arrival_notice() -> Obligation {
    obligation(
        ObligationId::ArrivalNotice,
        Party::Employer,
        Some(DeadlineRule::WorkingDaysAfter {
            anchor: Anchor::Entry,
            working_days: 3,
        }),
        SourceId::ArrivalNotice,
    )
}

/// The employment contract is registered in the state employment-contract system.
pub const fn contract_registration() -> Obligation {
    obligation(
        ObligationId::ContractRegistration,
        Party::Employer,
        None,
        SourceId::ContractRegistration,
    )
}

/// The worker obtains an individual identification number (in person since February 2024).
pub const fn iin() -> Obligation {
    obligation(ObligationId::Iin, Party::Worker, None, SourceId::Iin)
}

/// The obligations that come with a foreign worker under Order 279 (employer permit and, where
/// marked, the intra-corporate transfer): mentoring, notices, extensions. Those of the visa or
/// the residence permit come with the admission (`admission.rs`).
pub fn foreign_labour(category: u8, extendable: bool) -> Vec<Obligation> {
    let mut list = vec![
        obligation(
            ObligationId::MentorAppointment,
            Party::Employer,
            Some(DeadlineRule::WorkingDaysAfter {
                anchor: Anchor::StartOfWork,
                working_days: 5,
            }),
            SourceId::Mentoring197,
        ),
        obligation(
            ObligationId::MentoringPeriod,
            Party::Employer,
            None,
            SourceId::Mentoring197,
        ),
        obligation(
            ObligationId::MentorReport,
            Party::Employer,
            Some(DeadlineRule::WorkingDaysBefore {
                anchor: Anchor::EndOfMentoring,
                working_days: 3,
            }),
            SourceId::Mentoring197,
        ),
        arrival_notice(),
        contract_registration(),
        iin(),
        obligation(
            ObligationId::PermitRegionOnly,
            Party::Employer,
            None,
            SourceId::Order279Restrictions,
        ),
        obligation(
            ObligationId::PermitNotTransferable,
            Party::Employer,
            None,
            SourceId::Order279Restrictions,
        ),
    ];
    if extendable {
        list.push(obligation(
            ObligationId::PermitExtension,
            Party::Employer,
            Some(DeadlineRule::WindowBefore {
                anchor: Anchor::PermitExpiry,
                earliest: 60,
                latest: 30,
            }),
            SourceId::Order279Validity,
        ));
    }
    if category == 4 {
        list.push(obligation(
            ObligationId::ReplaceSkilledWorker,
            Party::Employer,
            None,
            SourceId::Order279Refusal,
        ));
    }
    list
}

/// The steps of a new employer permit: vacancy posting, quota request (by the day of the year
/// given, where the rules know it), fee.
pub fn new_permit_steps(quota_request_by: Option<DeadlineRule>) -> Vec<Obligation> {
    vec![
        obligation(
            ObligationId::VacancyPosting,
            Party::Employer,
            Some(DeadlineRule::NotBeforeDaysAfter {
                anchor: Anchor::VacancyPosting,
                days: 15,
            }),
            SourceId::Order93VacancyPosting,
        ),
        obligation(
            ObligationId::QuotaRequest,
            Party::Employer,
            quota_request_by,
            SourceId::QuotaRequest,
        ),
        obligation(
            ObligationId::FeePayment,
            Party::Employer,
            Some(DeadlineRule::WorkingDaysAfter {
                anchor: Anchor::ApprovalNotice,
                working_days: 10,
            }),
            SourceId::Order279Procedure,
        ),
        obligation(
            ObligationId::KeepLocalContentRatio,
            Party::Employer,
            None,
            SourceId::Order279LocalContent,
        ),
    ]
}

/// The work visa is extended before it expires (the C3 at most 30 days ahead).
pub const fn work_visa_extension(code: VisaCode) -> Obligation {
    obligation(
        ObligationId::WorkVisaExtension,
        Party::Worker,
        Some(DeadlineRule::WindowBefore {
            anchor: Anchor::VisaExpiry,
            earliest: 30,
            latest: 1,
        }),
        visa_source(code),
    )
}

/// The source of what a work visa category takes.
pub const fn visa_source(code: VisaCode) -> SourceId {
    match code {
        VisaCode::C3 => SourceId::VisaRulesC3,
        _ => SourceId::VisaRules,
    }
}

/// What a temporary residence permit in place of the work visa brings: the employer applies
/// before the visa-free days run out, re-issues it each year and, after a change of employer,
/// the new employer's permit is taken out within 15 days.
pub fn residence_permit_duties(days_per_entry: u16) -> Vec<Obligation> {
    vec![
        obligation(
            ObligationId::TrpApplication,
            Party::Employer,
            Some(DeadlineRule::DaysAfter {
                anchor: Anchor::Entry,
                days: days_per_entry,
            }),
            SourceId::TrpApplicationDeadline,
        ),
        obligation(
            ObligationId::TrpYearlyReissue,
            Party::Employer,
            None,
            SourceId::ResidencePermits,
        ),
        obligation(
            ObligationId::TrpAfterEmployerChange,
            Party::Worker,
            Some(DeadlineRule::DaysAfter {
                anchor: Anchor::EmployerChange,
                days: 15,
            }),
            SourceId::TrpAfterEmployerChange,
        ),
    ]
}
