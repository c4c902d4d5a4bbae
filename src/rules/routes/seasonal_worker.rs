//! Seasonal workers: the employer's seasonal permit within the seasonal quota (up to 4,994 in
//! 2026) for 90, 180, 270 or 365 days, not extendable; fee 12 / 24 / 36 / 48 MCI. Admitted by
//! the C6 visa, or (citizens of the treaty states of `admission.rs`) by a temporary residence
//! permit, as the TRP service lists "a work permit" among its grounds without excluding
//! seasonal ones.

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::admission::for_work;
use crate::rules::answers::Answers;
use crate::rules::documents::document;
use crate::rules::family::{Family, Findings};
use crate::rules::ids::owns;
use crate::rules::mci;
use crate::rules::obligations::arrival_notice;
use crate::rules::outcome::*;
use crate::rules::questions::OptionId as O;
use crate::rules::sources::SourceId;

owns! {
    reasons {
        SeasonalFee = "seasonal_fee",
        SeasonalPermit = "seasonal_permit",
        SeedC6Code = "seed_c6_code" guide,
        SeasonalResidencePermitUnconfirmed = "seasonal_residence_permit_unconfirmed",
    }
    sources {
        TrpSeasonalUnconfirmed = "trp_seasonal_unconfirmed"
            from (GOV_KZ_TRP_SERVICE, Uncertain, OfficialSummary, CHECKED_2026_11_30),
        SeasonalFee = "seasonal_fee" from (
            "https://adilet.zan.kz/rus/docs/P1800000157",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
    }
}

pub const FAMILY: Family = Family { asks: &[] };

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if comes_for(a, O::SeasonalWork) {
        let admission = for_work(a, VisaCode::C6);
        let mut route = assess(admission.visa, admission.reasons, as_of);
        route.asks.obligations.push(arrival_notice());
        route.asks.obligations.extend(admission.obligations);
        route.asks.documents.push(document(
            DocumentId::PermitApplication,
            Party::Employer,
            SourceId::Order279Procedure,
        ));
        route.asks.documents.extend(admission.documents);
        f.routes.push(route);
    }
}

fn assess(visa: Visa, admission: Vec<Reason>, as_of: NaiveDate) -> RouteAssessment {
    let mut reasons = vec![
        Reason::new(ReasonId::SeasonalPermit, SourceId::Order279Validity),
        Reason::new(ReasonId::SeasonalFee, SourceId::SeasonalFee),
        mci::statement(as_of),
    ];
    // The TRP service names work permits as a ground without a word on seasonal ones.
    if matches!(visa, Visa::ResidencePermit { .. }) {
        reasons.push(Reason::new(
            ReasonId::SeasonalResidencePermitUnconfirmed,
            SourceId::TrpSeasonalUnconfirmed,
        ));
    }
    reasons.extend(admission);
    reasons.push(Reason::new(ReasonId::SeedC6Code, SourceId::VisaRules));
    RouteAssessment {
        route: RouteId::SeasonalWorker,
        eligible: Eligibility::Yes,
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}
