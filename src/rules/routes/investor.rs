//! Investors: an A5 visa for heads and deputies of the investing company (who may work only in
//! that role), an A6 visa for investments above USD 300,000. Investment alone is no general
//! exemption from the work permit, whatever the seed article says.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

pub const FAMILY: Family = Family {
    asks: &[
        Ask::choice(Q::InvestorRole, &[O::HeadOrDeputy, O::OtherRole], |a, _| {
            comes_for(a, O::Investment)
        }),
        Ask::yes_no(Q::InvestmentOver300k, |a, _| comes_for(a, O::Investment)),
    ],
    weigh,
};

fn weigh(a: &Answers, _: NaiveDate, f: &mut Findings) {
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
        Reason::new(
            if head {
                ReasonId::InvestorHeadMayWork
            } else {
                ReasonId::InvestorOtherRoleNeedsPermit
            },
            SourceId::VisaRulesInvestor,
        ),
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
            Eligibility::Yes
        } else {
            Eligibility::No
        },
        visa: Visa::abroad(code),
        work_permit: if head {
            WorkPermit::NotRequired
        } else {
            WorkPermit::Required
        },
        work: WorkRight::Limited,
        reasons,
        stay: None,
    }
}
