//! Obligations shared by several routes, each with its time limit and source.

use super::outcome::{Anchor, DeadlineRule, Obligation, ObligationId, Party};
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
/// marked, the intra-corporate transfer): mentoring, notices, extensions.
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
        obligation(
            ObligationId::WorkVisaExtension,
            Party::Worker,
            Some(DeadlineRule::WindowBefore {
                anchor: Anchor::VisaExpiry,
                earliest: 30,
                latest: 1,
            }),
            SourceId::VisaRulesC3,
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

/// The steps of a new employer permit: vacancy posting, quota request, fee.
pub fn new_permit_steps() -> Vec<Obligation> {
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
            Some(DeadlineRule::YearlyBy { month: 10, day: 1 }),
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
