//! Intra-corporate transfer: a manager, head or specialist with at least a year at a foreign
//! company of a WTO member state, transferred to its Kazakh branch, subsidiary or
//! representative office. Permit up to 3 years, extendable once by 1 year; free; outside the
//! quota; no Kazakh employment contract; ICT staff at most 50 % of Kazakh staff of the same
//! category; the employer commits to a special condition (training Kazakh citizens or creating
//! jobs). Whether the enbek.kz posting applies to transfers is uncertain.

use chrono::NaiveDate;

use super::applicant::comes_for;
use super::employer_permit::{category, staff_unknown};
use crate::rules::admission::for_work;
use crate::rules::answers::Answers;
use crate::rules::countries::Country;
use crate::rules::date::ymd;
use crate::rules::dated::{Dated, Period, Shown};
use crate::rules::documents::document;
use crate::rules::family::{Ask, Declared, Family, Findings, Samples};
use crate::rules::ids::owns;
use crate::rules::memberships::is_wto_member;
use crate::rules::obligations;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q, QuestionKind};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        IctNotWtoMember = "ict_not_wto_member",
        IctPositionEligible = "ict_position_eligible",
        IctRatioBreached = "ict_ratio_breached",
        IctRatioMet = "ict_ratio_met",
        IctSkilledWorkersExcluded = "ict_skilled_workers_excluded",
        IctTenureMet = "ict_tenure_met",
        IctTenureShort = "ict_tenure_short",
        IctTermsAndFee = "ict_terms_and_fee",
        IctExtensionAllowed = "ict_extension_allowed",
        IctExtensionLimitReached = "ict_extension_limit_reached",
        IctTermsNotKnown = "ict_terms_not_known",
        IctVacancyPostingUncertain = "ict_vacancy_posting_uncertain",
        IctWtoMember = "ict_wto_member",
        IctRatioToCheck = "ict_ratio_to_check" to_check,
    }
    obligations {
        IctSpecialCondition = "ict_special_condition" at WhileWorking,
        IctAgreementRegistration = "ict_agreement_registration" at Apply,
        CheckIctShare = "check_ict_share" at Prepare,
    }
    documents {
        IctHostCompanyLetter = "ict_host_company_letter" at Apply,
        IctSendingCompanyLetter = "ict_sending_company_letter" at Apply,
    }
    sources {
        IntraCorporateTransfer = "intra_corporate_transfer"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_24),
        Order93IctAgreement = "order_93_ict_agreement"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_30),
        MentoringIctUnsettled = "mentoring_ict_unsettled" from (
            "https://adilet.zan.kz/rus/docs/V2400034507",
            Uncertain,
            Report,
            CHECKED_2026_11_30,
        ),
    }
}

/// What a transfer takes and how long it may last.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Months with the sending company, at least.
    pub min_months: u32,
    /// Transferred staff, at most this share of the Kazakh staff of the category, in per cent.
    pub max_share: u32,
    /// The permit's term, in years, at most.
    pub years: u32,
    /// How many extensions, each of `extension_years`.
    pub extensions: u32,
    pub extension_years: u32,
}

/// The transfer's limits (Migration Law art. 1 p. 6-1 and Order 279, as reported). Where the
/// rules' knowledge starts: Order 279's entry into force.
pub const LIMITS: Dated<Limits> = Dated {
    id: "ict_limits",
    periods: &[Period {
        from: ymd(2023, 7, 1),
        until: None,
        value: Limits {
            min_months: 12,
            max_share: 50,
            years: 3,
            extensions: 1,
            extension_years: 1,
        },
        source: SourceId::IntraCorporateTransfer,
    }],
    show: |limits| Shown::IctLimits {
        min_months: limits.min_months,
        max_share: limits.max_share,
        years: limits.years,
        extension_years: limits.extension_years,
    },
};

pub const FAMILY: Family = Family {
    asks: &[
        // The position and the staff numbers are declared with the employer's permit.
        Ask::AlsoAsks(Q::Position, |a, _| transfer(a)),
        Ask::number(Q::IctMonthsWithCompany, (0, 600), &[11, 12], |a, _| {
            transfer(a)
        }),
        Ask::Declares(
            Declared::new(
                Q::IctCompanyCountry,
                QuestionKind::Country,
                // Only the sending state's WTO membership matters.
                // The sending state decides no later question (the walk: `company_classes`).
                Samples::Countries(|| vec![Country::KAZAKHSTAN]),
            ),
            |a, _| transfer(a),
        ),
        // A transfer is extended at most once: the extension asks how many there were.
        Ask::AlsoAsks(Q::PermitRequest, |a, _| transfer(a)),
        Ask::AlsoAsks(Q::ExtensionsSoFar, |a, _| {
            transfer(a) && a.is(Q::PermitRequest, O::Extension)
        }),
        Ask::AlsoAsks(Q::KazakhStaff, |a, _| transfer(a)),
        Ask::AlsoAsks(Q::ForeignStaff, |a, _| transfer(a)),
    ],
};

/// One sending state per class of what the transfer reads of it: WTO membership.
pub fn company_classes() -> Vec<Country> {
    Country::one_per_class(is_wto_member)
}

fn transfer(a: &Answers) -> bool {
    comes_for(a, O::IntraCorporateTransfer)
}

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if transfer(a) {
        let admission = for_work(a, VisaCode::C3);
        let mut route = match LIMITS.value(as_of) {
            Some(limits) => assess(a, limits, admission.visa, admission.reasons),
            None => not_known(as_of, admission.visa, admission.reasons),
        };
        let asks = &mut route.asks;
        if staff_unknown(a) {
            asks.obligations.push(Obligation {
                id: ObligationId::CheckIctShare,
                party: Party::Employer,
                deadline: None,
                source: SourceId::IntraCorporateTransfer,
            });
        }
        // The one extension, once taken, is the last.
        asks.obligations
            .extend(obligations(!a.is(Q::PermitRequest, O::Extension)));
        // No change of employer within a transfer: the TRP's re-issue for one does not apply.
        asks.obligations.extend(
            admission
                .obligations
                .into_iter()
                .filter(|o| o.id != ObligationId::TrpAfterEmployerChange),
        );
        asks.documents.extend(documents());
        asks.documents.extend(admission.documents);
        f.routes.push(route);
    }
}

/// A day before the rules' knowledge of the transfer: its conditions are to be confirmed.
fn not_known(as_of: NaiveDate, visa: Visa, admission: Vec<Reason>) -> RouteAssessment {
    let mut reasons = vec![
        Reason::new(ReasonId::IctTermsNotKnown, SourceId::IntraCorporateTransfer)
            .with("date", Value::Date(as_of)),
    ];
    reasons.extend(admission);
    RouteAssessment {
        route: RouteId::IntraCorporateTransfer,
        eligible: Eligibility::Confirm,
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}

fn assess(a: &Answers, limits: &Limits, visa: Visa, admission: Vec<Reason>) -> RouteAssessment {
    // The checks that fail lead: the first reason carries the verdict.
    let mut failed = Vec::new();
    let mut reasons = Vec::new();
    // The staff numbers the share is counted from were not known: the host company checks.
    let share_unknown = staff_unknown(a);
    if share_unknown {
        reasons.push(
            Reason::new(ReasonId::IctRatioToCheck, SourceId::IntraCorporateTransfer)
                .with_number("max", limits.max_share),
        );
    }
    let mut check = |holds: bool, reason: Reason| {
        if holds {
            reasons.push(reason);
        } else {
            failed.push(reason);
        }
    };
    let position_ok = !a.is(Q::Position, O::SkilledWorker);
    check(
        position_ok,
        Reason::new(
            if position_ok {
                ReasonId::IctPositionEligible
            } else {
                ReasonId::IctSkilledWorkersExcluded
            },
            SourceId::IntraCorporateTransfer,
        ),
    );
    if let Some(months) = a.number(Q::IctMonthsWithCompany) {
        let enough = months >= limits.min_months;
        check(
            enough,
            Reason::new(
                if enough {
                    ReasonId::IctTenureMet
                } else {
                    ReasonId::IctTenureShort
                },
                SourceId::IntraCorporateTransfer,
            )
            .with_number("months", months)
            .with_number("min", limits.min_months),
        );
    }
    if let Some(country) = a.country(Q::IctCompanyCountry) {
        let member = is_wto_member(country);
        check(
            member,
            Reason::new(
                if member {
                    ReasonId::IctWtoMember
                } else {
                    ReasonId::IctNotWtoMember
                },
                SourceId::IntraCorporateTransfer,
            )
            .with("country", Value::Country(country)),
        );
    }
    let share =
        a.number(Q::KazakhStaff)
            .zip(a.number(Q::ForeignStaff))
            .map(|(kazakh, transferred)| Share::Transfer {
                transferred: transferred.saturating_add(1),
                kazakh,
                maximum: limits.max_share,
                source: SourceId::IntraCorporateTransfer,
            });
    if let Some(share) = share {
        check(share.is_met(), share.statement());
    }
    if let Some(done) = a.number(Q::ExtensionsSoFar) {
        let possible = done < limits.extensions;
        check(
            possible,
            Reason::new(
                if possible {
                    ReasonId::IctExtensionAllowed
                } else {
                    ReasonId::IctExtensionLimitReached
                },
                SourceId::IntraCorporateTransfer,
            )
            .with_number("years", limits.years)
            .with_number("extension", limits.extension_years),
        );
    }
    reasons.push(
        Reason::new(ReasonId::IctTermsAndFee, SourceId::IntraCorporateTransfer)
            .with_number("years", limits.years)
            .with_number("extension", limits.extension_years),
    );
    reasons.push(Reason::new(
        ReasonId::IctVacancyPostingUncertain,
        SourceId::IntraCorporateTransfer,
    ));
    reasons.extend(admission);
    let open = failed.is_empty();
    failed.extend(reasons);
    let reasons = failed;
    RouteAssessment {
        route: RouteId::IntraCorporateTransfer,
        eligible: if !open {
            Eligibility::No
        } else if share_unknown {
            Eligibility::Confirm
        } else {
            Eligibility::Yes
        },
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts {
            category: a.choice(Q::Position).and_then(category),
            share,
            fee: Some(PermitFee::Free),
        },
        asks: Asks::default(),
    }
}

fn obligations(extendable: bool) -> Vec<Obligation> {
    let mut list = vec![Obligation {
        id: ObligationId::IctSpecialCondition,
        party: Party::Employer,
        deadline: None,
        source: SourceId::IntraCorporateTransfer,
    }];
    // Order 93 registers the transfer agreement, not an employment contract; whether Order
    // 197's mentoring covers transfers is unsettled, so its duties cite that doubt.
    list.push(Obligation {
        id: ObligationId::IctAgreementRegistration,
        party: Party::Employer,
        deadline: None,
        source: SourceId::Order93IctAgreement,
    });
    list.extend(
        obligations::foreign_labour(1, extendable)
            .into_iter()
            .filter(|o| o.id != ObligationId::ContractRegistration)
            .map(|mut o| {
                if o.source == SourceId::Mentoring197 {
                    o.source = SourceId::MentoringIctUnsettled;
                }
                o
            }),
    );
    list
}

fn documents() -> Vec<Document> {
    vec![
        document(
            DocumentId::IctSendingCompanyLetter,
            Party::Worker,
            SourceId::IntraCorporateTransfer,
        ),
        document(
            DocumentId::IctHostCompanyLetter,
            Party::Employer,
            SourceId::IntraCorporateTransfer,
        ),
        document(
            DocumentId::PermitApplication,
            Party::Employer,
            SourceId::IntraCorporateTransfer,
        ),
        document(
            DocumentId::PassportCopy,
            Party::Worker,
            SourceId::IntraCorporateTransfer,
        ),
    ]
}
