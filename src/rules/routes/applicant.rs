//! Who is asking, before any route: the role (worker or employer, which changes what the app
//! shows first, never the outcome), the citizenship, any Kazakh residence permit and, for a
//! foreigner with no right to work of their own, the purpose of the stay. Every family reads
//! these through the predicates here. It also says what the citizenship's entry regime means
//! where that is uncertain: an unlisted or visa-required citizenship is never treated as
//! visa-free (`entry_regimes.rs`).

use chrono::NaiveDate;

use crate::rules::admission::admission;
use crate::rules::answers::Answers;
use crate::rules::countries::Country;
use crate::rules::entry_regimes::{EntryRegime, StayLimit, entry, entry_on};
use crate::rules::family::{Ask, Declared, Family, Findings, Samples};
use crate::rules::ids::owns;
use crate::rules::memberships::{document_class, is_eaeu_partner};
use crate::rules::outcome::{Party, Reason, ReasonId, Value};
use crate::rules::questions::{OptionId as O, QuestionId as Q, QuestionKind};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        EntryRegimeNotConfirmed = "entry_regime_not_confirmed",
        EntryRegimeNotYetInForce = "entry_regime_not_yet_in_force",
        VisaRequiredCheckConsulate = "visa_required_check_consulate",
        VisaRequiredEVisaPossible = "visa_required_evisa_possible",
    }
}

pub const FAMILY: Family = Family {
    asks: &[
        Ask::Declares(
            Declared::new(
                Q::Role,
                QuestionKind::SingleChoice(&[O::Worker, O::Employer]),
                Samples::Options(&[O::Worker]),
            ),
            |_, _| true,
        ),
        Ask::country(Q::Citizenship, citizenship_paths, |_, _| true),
        Ask::choice(
            Q::ResidencePermit,
            &[O::NoPermit, O::Temporary, O::Permanent],
            |a, _| is_foreigner(a),
        ),
        Ask::choice(
            Q::Purpose,
            &[
                O::Employment,
                O::IntraCorporateTransfer,
                O::BusinessVisit,
                O::SeasonalWork,
                O::HouseholdWork,
                O::SelfEmployment,
                O::StartBusiness,
                O::Investment,
                O::JoinFamily,
                O::RemoteWork,
            ],
            |a, _| needs_purpose(a),
        ),
    ],
};

/// One citizenship per class of what the rules read about it: its entry regime (visa-free
/// regimes that differ only in their days are one class here; a test sweeps each through the
/// business visit, the one route that reads the days), the source of that, EAEU membership,
/// how its citizens are admitted to work and how its documents are legalised.
pub fn citizenship_classes() -> Vec<Country> {
    Country::one_per_class(|country| {
        let entry = entry(country);
        let regime = match entry.regime {
            EntryRegime::VisaFree { .. } => EntryRegime::VisaFree {
                days_per_entry: 0,
                limit: StayLimit::Unconfirmed,
            },
            other => other,
        };
        (
            regime,
            entry.source,
            is_eaeu_partner(country),
            admission(country),
            document_class(country),
        )
    })
}

/// One citizenship per class of what decides the questions asked after it: Kazakh, EAEU
/// or neither (how the documents are legalised, or the regime's days, ask nothing more).
fn citizenship_paths() -> Vec<Country> {
    Country::one_per_class(|country| (country == Country::KAZAKHSTAN, is_eaeu_partner(country)))
}

/// A foreign citizen (the rules do not concern Kazakh citizens).
pub fn is_foreigner(a: &Answers) -> bool {
    a.country(Q::Citizenship)
        .is_some_and(|country| country != Country::KAZAKHSTAN)
}

pub fn is_eaeu_citizen(a: &Answers) -> bool {
    a.country(Q::Citizenship).is_some_and(is_eaeu_partner)
}

pub fn holds_permanent_permit(a: &Answers) -> bool {
    a.is(Q::ResidencePermit, O::Permanent)
}

/// A foreigner whose route depends on the purpose of the stay: not EAEU, not a permanent
/// resident, and with no personal exemption (the special statuses other than these three are
/// the personal exemptions of `exempt_categories.rs`).
pub fn needs_purpose(a: &Answers) -> bool {
    is_foreigner(a)
        && !is_eaeu_citizen(a)
        && !holds_permanent_permit(a)
        && matches!(
            a.choice(Q::SpecialStatus),
            Some(O::NoSpecialStatus | O::OtherListedCategory)
        )
}

/// Whether the route depends on the purpose and the purpose is this one.
pub fn comes_for(a: &Answers, purpose: O) -> bool {
    needs_purpose(a) && a.is(Q::Purpose, purpose)
}

/// What the citizenship's entry regime leaves uncertain: a visa is needed, or the visa-free
/// regime was read only in an uncertain or earlier list (a regime only reported, not read in
/// the act, shows as secondary through its source).
pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    let Some(country) = a.country(Q::Citizenship) else {
        return;
    };
    let regime = entry_on(country, as_of);
    let id = match regime.regime {
        EntryRegime::VisaRequired { e_visa: true } => ReasonId::VisaRequiredEVisaPossible,
        EntryRegime::VisaRequired { e_visa: false } => ReasonId::VisaRequiredCheckConsulate,
        _ if regime.source == SourceId::EntryRegimeNotInForce => ReasonId::EntryRegimeNotYetInForce,
        EntryRegime::VisaFree { .. }
            if matches!(
                regime.source,
                SourceId::EntryRegimeEarlierList | SourceId::EntryRegimeUncertain
            ) =>
        {
            ReasonId::EntryRegimeNotConfirmed
        }
        _ => return,
    };
    f.common
        .notes
        .push(Reason::new(id, regime.source).with("country", Value::Country(country)));
}

/// Who reads the result: the employer, or the worker (also while the role is not yet given,
/// since most visitors are the worker).
pub fn reader(a: &Answers) -> Party {
    if a.is(Q::Role, O::Employer) {
        Party::Employer
    } else {
        Party::Worker
    }
}
