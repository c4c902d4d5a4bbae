//! Citizens of the Eurasian Economic Union's other member states (Russia, Belarus, Kyrgyzstan,
//! Armenia) work in Kazakhstan without a permit and outside the protections of the national
//! labour market (EAEU Treaty art. 97(1)). They stay 90 days in 180 without registration or
//! visa; to stay longer they need a temporary residence permit for the term of the contract,
//! applied for within 90 days of entry; the contract is registered.

use chrono::NaiveDate;

use super::applicant::is_eaeu_citizen;
use crate::rules::answers::Answers;
use crate::rules::documents::{document, employment_contract};
use crate::rules::entry_regimes::{EntryRegime, StayLimit};
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::obligations;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId, QuestionId};
use crate::rules::sources::SourceId;
use crate::rules::stay::StayRule;

owns! {
    reasons {
        EaeuHasResidencePermit = "eaeu_has_residence_permit",
        EaeuNoLabourMarketTest = "eaeu_no_labour_market_test",
        EaeuNoWorkPermit = "eaeu_no_work_permit",
        EaeuStay90In180 = "eaeu_stay_90_in_180",
        EaeuDaysLeft = "eaeu_days_left" urgent,
        EaeuStayAtLimit = "eaeu_stay_at_limit" urgent,
        EaeuStayExceeded = "eaeu_stay_exceeded" urgent,
        EaeuVisitNoContract = "eaeu_visit_no_contract",
        EaeuTrpToStayLonger = "eaeu_trp_to_stay_longer",
        EaeuStayOverLimit = "eaeu_stay_over_limit",
        EaeuOverstayWhatToDo = "eaeu_overstay_what_to_do",
        SeedEaeuConfirmed = "seed_eaeu_confirmed" guide,
    }
    obligations {
        EaeuTrpApplication = "eaeu_trp_application" at Admission,
    }
    sources {
        EaeuTreatyArt97 = "eaeu_treaty_art97"
            from (ADILET_TREATY, Official, OfficialText, CHECKED_2026_11_24),
        EaeuStay90Days = "eaeu_stay_90_days"
            from (EGOV_FOREIGN_LABOUR, Official, OfficialSummary, CHECKED_2026_11_24),
        EaeuTrpWithin90Days = "eaeu_trp_within_90_days"
            from (EGOV_FOREIGN_LABOUR, Secondary, Report, CHECKED_2026_11_24),
        AdminCodeOverstay = "admin_code_overstay"
            from ("https://oq.gov.kz/en/news/872", Secondary, Report, CHECKED_2026_12_07),
    }
}

/// Days an EAEU citizen may stay in any 180 without a residence permit.
pub const VISA_FREE_DAYS: u16 = 90;

pub const FAMILY: Family = Family {
    asks: &[
        // Whether they come to work decides what must be done: a short business visit needs no
        // contract, IIN or residence permit.
        Ask::choice(
            QuestionId::EaeuPurpose,
            &[OptionId::Employment, OptionId::BusinessVisit],
            |a, _| without_residence_permit(a),
        ),
        Ask::number(
            QuestionId::EaeuDaysIn180,
            (0, 180),
            &[0, 85, 90, 91],
            |a, _| without_residence_permit(a),
        ),
    ],
};

fn without_residence_permit(a: &Answers) -> bool {
    is_eaeu_citizen(a) && a.is(QuestionId::ResidencePermit, OptionId::NoPermit)
}

/// A business visit, not work: what employment brings does not apply.
fn visits(a: &Answers) -> bool {
    a.is(QuestionId::EaeuPurpose, OptionId::BusinessVisit)
}

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if !is_eaeu_citizen(a) {
        return;
    }
    let mut route = assess(a);
    let asks = &mut route.asks;
    asks.documents.push(document(
        DocumentId::PassportCopy,
        Party::Worker,
        SourceId::EaeuStay90Days,
    ));
    if visits(a) {
        asks.obligations.push(obligations::arrival_notice());
    } else {
        asks.obligations.extend(obligations(a, as_of));
        asks.documents.push(employment_contract());
    }
    asks.notes.extend(stay_note(a, as_of));
    f.routes.push(route);
}

/// The last day of the visa-free stay, from the days already spent: counting today as one of
/// them, the days left follow today. `None` before arrival or once the limit is reached.
fn last_visa_free_day(a: &Answers, as_of: NaiveDate) -> Option<(u32, NaiveDate)> {
    let used = a.number(QuestionId::EaeuDaysIn180)?;
    let left = u32::from(VISA_FREE_DAYS).checked_sub(used)?;
    if used == 0 || left == 0 {
        return None;
    }
    Some((
        left,
        as_of.checked_add_days(chrono::Days::new(u64::from(left)))?,
    ))
}

fn assess(a: &Answers) -> RouteAssessment {
    let has_residence_permit = !a.is(QuestionId::ResidencePermit, OptionId::NoPermit);
    let mut reasons = vec![
        Reason::new(ReasonId::EaeuNoWorkPermit, SourceId::EaeuTreatyArt97),
        Reason::new(ReasonId::EaeuNoLabourMarketTest, SourceId::EaeuTreatyArt97),
    ];
    if has_residence_permit {
        reasons.push(Reason::new(
            ReasonId::EaeuHasResidencePermit,
            SourceId::ResidencePermits,
        ));
    } else {
        reasons.push(
            Reason::new(ReasonId::EaeuStay90In180, SourceId::EaeuStay90Days)
                .with_number("days", VISA_FREE_DAYS),
        );
        reasons.push(Reason::new(
            ReasonId::EaeuTrpToStayLonger,
            SourceId::EaeuTrpWithin90Days,
        ));
    }
    if visits(a) {
        reasons.push(Reason::new(
            ReasonId::EaeuVisitNoContract,
            SourceId::ContractRegistration,
        ));
    }
    reasons.push(Reason::new(
        ReasonId::SeedEaeuConfirmed,
        SourceId::EaeuTreatyArt97,
    ));
    // Past the limit without a residence permit the stay is already unlawful: that leads, with
    // what to do about it, and the route is not open until it is put right.
    let over = a
        .number(QuestionId::EaeuDaysIn180)
        .filter(|days| !has_residence_permit && *days > u32::from(VISA_FREE_DAYS));
    if let Some(days) = over {
        reasons.splice(
            0..0,
            [
                Reason::new(ReasonId::EaeuStayOverLimit, SourceId::EaeuStay90Days)
                    .with_number("days", days)
                    .with_number("limit", VISA_FREE_DAYS),
                Reason::new(ReasonId::EaeuOverstayWhatToDo, SourceId::AdminCodeOverstay),
            ],
        );
    }
    RouteAssessment {
        route: RouteId::EaeuCitizen,
        eligible: if over.is_some() {
            Eligibility::No
        } else {
            Eligibility::Yes
        },
        visa: if has_residence_permit {
            Visa::NotNeeded
        } else {
            Visa::VisaFree {
                days_per_entry: VISA_FREE_DAYS,
                limit: StayLimit::Rolling {
                    days: VISA_FREE_DAYS,
                    window: 180,
                },
            }
        },
        work_permit: WorkPermit::NotRequired,
        work: WorkRight::Employment,
        reasons,
        stay: StayRule::for_regime(EntryRegime::Eaeu),
        facts: Facts::default(),
        asks: Asks::default(),
    }
}

/// How many days of stay are left and until when, or a warning when the days already spent
/// reach or pass the visa-free limit.
fn stay_note(a: &Answers, as_of: NaiveDate) -> Option<Reason> {
    if !visits(a)
        && let Some((left, last)) = last_visa_free_day(a, as_of)
    {
        return Some(
            Reason::new(ReasonId::EaeuDaysLeft, SourceId::EaeuStay90Days)
                .with_number("left", left)
                .with("date", Value::Date(last)),
        );
    }
    let days = a.number(QuestionId::EaeuDaysIn180)?;
    let id = match days {
        d if d > u32::from(VISA_FREE_DAYS) => ReasonId::EaeuStayExceeded,
        d if d == u32::from(VISA_FREE_DAYS) => ReasonId::EaeuStayAtLimit,
        _ => return None,
    };
    Some(
        Reason::new(id, SourceId::EaeuStay90Days)
            .with_number("days", days)
            .with_number("limit", VISA_FREE_DAYS),
    )
}

fn obligations(a: &Answers, as_of: NaiveDate) -> Vec<Obligation> {
    let mut list = vec![
        obligations::contract_registration(),
        obligations::arrival_notice(),
        obligations::iin(),
    ];
    if a.is(QuestionId::ResidencePermit, OptionId::NoPermit) {
        list.push(Obligation {
            id: ObligationId::EaeuTrpApplication,
            party: Party::Worker,
            // One date everywhere: the last visa-free day where the days spent are known.
            deadline: Some(match last_visa_free_day(a, as_of) {
                Some((_, last)) => DeadlineRule::By { date: last },
                None => DeadlineRule::DaysAfter {
                    anchor: Anchor::Entry,
                    days: 90,
                },
            }),
            source: SourceId::EaeuTrpWithin90Days,
        });
    }
    list
}
