//! Investors: an A5 visa for heads and deputies of the investing company, an A6 visa for
//! investments above USD 300,000. The visa limits work to heading the investing company; no
//! source found exempts that work from the work permit, so the answer is "confirm", naming the
//! exemption that does exist (the chief executive and one deputy of a wholly foreign-owned
//! company, Resolution No. 1041).

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        InvestorHeadPermitUnconfirmed = "investor_head_permit_unconfirmed",
        InvestorOtherRoleNeedsPermit = "investor_other_role_needs_permit",
        InvestorVisa = "investor_visa",
        SeedInvestorExemption = "seed_investor_exemption" guide,
    }
    sources {
        VisaRulesInvestor = "visa_rules_investor"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_30),
        InvestorNoExemptionFound = "investor_no_exemption_found"
            from ("https://itrp.aifc.kz/en/faq?category=20", Uncertain, Report, CHECKED_2026_11_30),
    }
}

pub const FAMILY: Family = Family {
    asks: &[
        Ask::choice(Q::InvestorRole, &[O::HeadOrDeputy, O::OtherRole], |a, _| {
            comes_for(a, O::Investment)
        }),
        Ask::yes_no(Q::InvestmentOver300k, |a, _| comes_for(a, O::Investment)),
    ],
};

pub(super) fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::Investment) {
        f.routes.push(assess(a));
    }
}

fn assess(a: &Answers) -> RouteAssessment {
    let head = a.is(Q::InvestorRole, O::HeadOrDeputy);
    let code = if a.is(Q::InvestmentOver300k, O::Yes) {
        VisaCode::A6
    } else {
        VisaCode::A5
    };
    let mut reasons = vec![
        if head {
            Reason::new(
                ReasonId::InvestorHeadPermitUnconfirmed,
                SourceId::InvestorNoExemptionFound,
            )
        } else {
            Reason::new(
                ReasonId::InvestorOtherRoleNeedsPermit,
                SourceId::VisaRulesInvestor,
            )
        },
        Reason::new(ReasonId::InvestorVisa, SourceId::VisaRulesInvestor)
            .with("visa", Value::Visa(code)),
        Reason::new(ReasonId::SeedInvestorExemption, SourceId::VisaRulesInvestor),
    ];
    if !head {
        reasons.push(Reason::new(
            ReasonId::PaidWorkNeedsPermit,
            SourceId::MigrationLawArt36_1,
        ));
    }
    RouteAssessment {
        route: RouteId::Investor,
        eligible: if head {
            Eligibility::Confirm
        } else {
            Eligibility::No
        },
        visa: Visa::abroad(code),
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}
