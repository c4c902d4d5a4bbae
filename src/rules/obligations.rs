//! Obligations shared by several routes, each with its time limit and source.

use super::outcome::{Anchor, DeadlineRule, Obligation, ObligationId, Party, VisaCode};
use super::sources::SourceId;

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
