//! Business visits without employment. Visa-free citizens may come for meetings, negotiations
//! and conferences within their visa-free days; installation, repair, consulting, audit and
//! training are never allowed visa-free and take a B2 business visa; paid work for a Kazakh
//! employer is never a business visit. Without a visa-free regime: B1 (conferences), B2
//! (installation, consulting, audit), B3 (negotiations, contracts). (Visa Rules; Decree 148.)

use chrono::NaiveDate;

use super::applicant::comes_for;
use super::employer_permit::unasked;
use crate::rules::answers::Answers;
use crate::rules::documents::document;
use crate::rules::entry_regimes::{EntryRegime, StayLimit, entry_on};
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::obligations::arrival_notice;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;
use crate::rules::stay::StayRule;

owns! {
    reasons {
        BusinessVisaCategory = "business_visa_category",
        BusinessVisaMultipleEntryUnconfirmed = "business_visa_multiple_entry_unconfirmed",
        BusinessVisaNoEmployment = "business_visa_no_employment",
        BusinessVisaStayFits = "business_visa_stay_fits",
        BusinessVisaStayTooLong = "business_visa_stay_too_long",
        NoVisaFreeRegime = "no_visa_free_regime",
        SeedBusinessVisaCodes = "seed_business_visa_codes" guide,
        TrainingVisaUncertain = "training_visa_uncertain",
        VisaFreeExcludesServices = "visa_free_excludes_services",
        VisaFreeLimitUnconfirmed = "visa_free_limit_unconfirmed",
        VisaFreeRollingLimit = "visa_free_rolling_limit",
        VisaFreeStayFits = "visa_free_stay_fits",
        VisaFreeStayTooLong = "visa_free_stay_too_long",
        VisitExcludesPaidWork = "visit_excludes_paid_work",
    }
    documents {
        BusinessInvitation = "business_invitation" at Admission,
    }
    sources {
        VisaRulesBusiness = "visa_rules_business"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_30),
        BusinessVisaValidityUncertain = "business_visa_validity_uncertain"
            from (ADILET_VISA_RULES, Uncertain, Report, CHECKED_2026_11_30),
    }
}

/// Longest stay per visit on a B1 or B3 visa; a B2 allows 90.
const B1_B3_STAY_DAYS: u32 = 30;
const B2_STAY_DAYS: u32 = 90;

pub const FAMILY: Family = Family {
    asks: &[
        Ask::choices(
            Q::VisitActivities,
            &[
                O::Meetings,
                O::Conference,
                O::InstallationOrRepair,
                O::ConsultingOrAudit,
                O::Training,
                O::PaidWork,
            ],
            |a, _| comes_for(a, O::BusinessVisit),
        ),
        Ask::number(Q::VisitDays, (1, 365), &[14, 30, 31, 90, 91], |a, _| {
            comes_for(a, O::BusinessVisit)
        }),
    ],
};

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::BusinessVisit) {
        f.routes.extend(assess(a, as_of));
    }
}

fn needs_b2(activities: &[O]) -> bool {
    activities.iter().any(|a| {
        matches!(
            a,
            O::InstallationOrRepair | O::ConsultingOrAudit | O::Training
        )
    })
}

fn assess(a: &Answers, as_of: NaiveDate) -> Vec<RouteAssessment> {
    let activities = a.choices(Q::VisitActivities);
    let days = a.number(Q::VisitDays).unwrap_or(1);
    let paid_work = activities.contains(&O::PaidWork);
    let b2 = needs_b2(activities);
    let Some(country) = a.country(Q::Citizenship) else {
        return Vec::new();
    };
    let regime = entry_on(country, as_of);
    let mut routes = Vec::new();

    // Visa-free visit. What refuses it leads: the first reason carries the verdict.
    let mut reasons = Vec::new();
    let mut failed = Vec::new();
    let mut visa = Visa::CheckWithConsulate;
    match regime.regime {
        EntryRegime::VisaFree {
            days_per_entry,
            limit,
        } => {
            visa = Visa::VisaFree {
                days_per_entry,
                limit,
            };
            let fits = days <= u32::from(days_per_entry);
            (if fits { &mut reasons } else { &mut failed }).push(
                Reason::new(
                    if fits {
                        ReasonId::VisaFreeStayFits
                    } else {
                        ReasonId::VisaFreeStayTooLong
                    },
                    regime.source,
                )
                .with("country", Value::Country(country))
                .with_number("days", days)
                .with_number("max", days_per_entry),
            );
            match limit {
                StayLimit::Rolling { days, window } => reasons.push(
                    Reason::new(ReasonId::VisaFreeRollingLimit, regime.source)
                        .with_number("days", days)
                        .with_number("window", window),
                ),
                StayLimit::Unconfirmed => reasons.push(Reason::new(
                    ReasonId::VisaFreeLimitUnconfirmed,
                    SourceId::EntryRegimeUncertain,
                )),
            }
        }
        _ => {
            failed.push(
                Reason::new(
                    ReasonId::NoVisaFreeRegime,
                    SourceId::EntryRegimeVisaRequired,
                )
                .with("country", Value::Country(country)),
            );
        }
    }
    if b2 {
        failed.push(Reason::new(
            ReasonId::VisaFreeExcludesServices,
            SourceId::VisaFreeNoWork,
        ));
    }
    if paid_work {
        failed.push(Reason::new(
            ReasonId::VisitExcludesPaidWork,
            SourceId::VisaFreeNoWork,
        ));
    }
    reasons.insert(
        0,
        Reason::new(ReasonId::VisaFreeNoWorkAllowed, SourceId::VisaFreeNoWork),
    );
    let open = failed.is_empty();
    failed.extend(reasons);
    let reasons = failed;
    // On a day before the regime's known start, what held then is to be confirmed.
    let regime_unsure = regime.source == SourceId::EntryRegimeNotInForce;
    routes.push(RouteAssessment {
        route: RouteId::BusinessVisitVisaFree,
        eligible: if !open {
            Eligibility::No
        } else if regime_unsure {
            Eligibility::Confirm
        } else {
            Eligibility::Yes
        },
        visa,
        work_permit: WorkPermit::NotApplicable,
        work: WorkRight::None,
        reasons,
        stay: StayRule::for_regime(regime.regime),
        facts: Facts::default(),
        asks: Asks::default(),
    });

    // Business visa.
    let code = if b2 {
        VisaCode::B2
    } else if activities.contains(&O::Meetings) {
        VisaCode::B3
    } else {
        VisaCode::B1
    };
    let max_stay = if code == VisaCode::B2 {
        B2_STAY_DAYS
    } else {
        B1_B3_STAY_DAYS
    };
    let fits = days <= max_stay;
    let mut reasons = vec![
        Reason::new(ReasonId::BusinessVisaCategory, SourceId::VisaRulesBusiness)
            .with("visa", Value::Visa(code)),
        Reason::new(
            if fits {
                ReasonId::BusinessVisaStayFits
            } else {
                ReasonId::BusinessVisaStayTooLong
            },
            SourceId::VisaRulesBusiness,
        )
        .with("visa", Value::Visa(code))
        .with_number("days", days)
        .with_number("max", max_stay),
        Reason::new(
            ReasonId::BusinessVisaNoEmployment,
            SourceId::VisaRulesBusiness,
        ),
    ];
    // Longer than one B1/B3 stay: multiple-entry B1/B3 visas are reported for up to a year
    // (the question's limit on the visit), with stays per entry the sources do not settle.
    let multiple_entry = !fits && code != VisaCode::B2;
    if multiple_entry {
        reasons.push(
            Reason::new(
                ReasonId::BusinessVisaMultipleEntryUnconfirmed,
                SourceId::BusinessVisaValidityUncertain,
            )
            .with("visa", Value::Visa(code))
            .with_number("days", days),
        );
    }
    if activities.contains(&O::Training) {
        reasons.push(Reason::new(
            ReasonId::TrainingVisaUncertain,
            SourceId::VisaRulesBusiness,
        ));
    }
    if paid_work {
        reasons.push(Reason::new(
            ReasonId::VisitExcludesPaidWork,
            SourceId::VisaFreeNoWork,
        ));
    }
    let eligible = if paid_work || !(fits || multiple_entry) {
        Eligibility::No
    } else if multiple_entry || activities.contains(&O::Training) {
        Eligibility::Confirm
    } else {
        Eligibility::Yes
    };
    routes.push(RouteAssessment {
        route: RouteId::BusinessVisa,
        eligible,
        visa: Visa::abroad(code),
        work_permit: WorkPermit::NotApplicable,
        work: WorkRight::None,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    });

    let visit = Asks {
        obligations: vec![arrival_notice()],
        documents: documents(),
        notes: vec![Reason::new(
            ReasonId::SeedBusinessVisaCodes,
            SourceId::VisaRules,
        )],
    };
    for route in &mut routes {
        route.asks = visit.clone();
    }
    if paid_work {
        routes.push(unasked(
            a,
            as_of,
            vec![Reason::new(
                ReasonId::PaidWorkNeedsPermit,
                SourceId::MigrationLawArt36_1,
            )],
        ));
    }
    routes
}

fn documents() -> Vec<Document> {
    vec![
        document(
            DocumentId::BusinessInvitation,
            Party::Employer,
            SourceId::VisaRulesBusiness,
        ),
        document(
            DocumentId::PassportValidity,
            Party::Worker,
            SourceId::VisaRules,
        ),
    ]
}
