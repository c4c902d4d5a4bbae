//! Remote work for an employer abroad: the B12-1 "Neo Nomad" visa, from 18 Nov 2024 (the Visa
//! Rules as amended on 31 Oct 2024). Multiple entry, up to a year, renewable; a monthly income
//! above USD 3,000, shown by six months of bank statements; a home-country tax return, a
//! criminal-record certificate and medical insurance; no work for employers in Kazakhstan;
//! family members get the same visa without the right to work; an invitation unless the
//! citizenship is on the visa's list of 48 states. All from law firms' reports (secondary).

use chrono::NaiveDate;

use super::applicant::comes_for;
use crate::rules::answers::Answers;
use crate::rules::date::ymd;
use crate::rules::dated::{Dated, Period, Shown};
use crate::rules::documents::document;
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        NeoNomadNotYet = "neo_nomad_not_yet",
        NeoNomadIncomeMet = "neo_nomad_income_met",
        NeoNomadIncomeShort = "neo_nomad_income_short",
        NeoNomadTerms = "neo_nomad_terms",
        NeoNomadNoLocalWork = "neo_nomad_no_local_work",
        NeoNomadInvitation = "neo_nomad_invitation",
        DigitalNomadResidencyPilot = "digital_nomad_residency_pilot",
    }
    documents {
        BankStatements = "bank_statements" at Admission,
        TaxReturn = "tax_return" at Admission,
    }
    sources {
        NeoNomadVisa = "neo_nomad_visa"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_30),
        DigitalNomadPilot = "digital_nomad_pilot"
            from ("https://astanahub.com/", Uncertain, Report, CHECKED_2026_11_30),
    }
}

/// The monthly income the B12-1 visa requires, in US dollars, from the day it was introduced
/// (18 Nov 2024); before it there was no such visa.
pub const MIN_MONTHLY_INCOME_USD: Dated<u32> = Dated {
    id: "neo_nomad_income",
    periods: &[Period {
        from: ymd(2024, 11, 18),
        until: None,
        value: 3_000,
        source: SourceId::NeoNomadVisa,
    }],
    show: |usd| Shown::Amount(*usd),
};

pub const FAMILY: Family = Family {
    asks: &[Ask::yes_no(Q::RemoteIncomeOver3000, |a, as_of| {
        comes_for(a, O::RemoteWork) && MIN_MONTHLY_INCOME_USD.on(as_of).is_some()
    })],
};

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    if !comes_for(a, O::RemoteWork) {
        return;
    }
    let threshold = MIN_MONTHLY_INCOME_USD.value(as_of);
    let introduced = threshold.is_some();
    let income = a.is(Q::RemoteIncomeOver3000, O::Yes);
    let mut reasons = vec![
        Reason::new(
            if !introduced {
                ReasonId::NeoNomadNotYet
            } else if income {
                ReasonId::NeoNomadIncomeMet
            } else {
                ReasonId::NeoNomadIncomeShort
            },
            SourceId::NeoNomadVisa,
        )
        // Before the visa, the threshold it was introduced with.
        .with_number(
            "usd",
            *threshold.unwrap_or(&MIN_MONTHLY_INCOME_USD.periods[0].value),
        ),
    ];
    if introduced {
        reasons.extend([
            Reason::new(ReasonId::NeoNomadTerms, SourceId::NeoNomadVisa),
            Reason::new(ReasonId::NeoNomadNoLocalWork, SourceId::NeoNomadVisa),
            Reason::new(ReasonId::NeoNomadInvitation, SourceId::NeoNomadVisa),
        ]);
    }
    reasons.push(Reason::new(
        ReasonId::VisaFreeNoWorkAllowed,
        SourceId::VisaFreeNoWork,
    ));
    let mut route = RouteAssessment {
        route: RouteId::RemoteWorkNomad,
        eligible: if introduced && income {
            Eligibility::Yes
        } else {
            Eligibility::No
        },
        visa: Visa::abroad(VisaCode::B12_1),
        // Remote work for the employer abroad needs no Kazakh permit; nothing else is allowed.
        work_permit: WorkPermit::NotRequired,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    };
    if introduced {
        route.asks.documents.extend(
            [
                DocumentId::BankStatements,
                DocumentId::TaxReturn,
                DocumentId::CriminalRecordCertificate,
                DocumentId::MedicalInsurance,
            ]
            .map(|id| document(id, Party::Worker, SourceId::NeoNomadVisa)),
        );
    }
    // The IT specialists' residency of Astana Hub (B9-1), a pilot whose extension past 2025
    // was not found.
    route.asks.notes.push(Reason::new(
        ReasonId::DigitalNomadResidencyPilot,
        SourceId::DigitalNomadPilot,
    ));
    f.routes.push(route);
}
