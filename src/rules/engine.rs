//! The engine: from the answers given so far, either the next question to ask or the outcome
//! with every route weighed.

use chrono::NaiveDate;

use super::answers::Answers;
use super::documents::{document, employment_contract};
use super::entry_regimes::{EntryRegime, entry};
use super::flow::{self, is_eaeu_citizen, is_foreigner};
use super::outcome::*;
use super::questions::{OptionId as O, QuestionId as Q};
use super::routes::*;
use super::sources::SourceId;
use super::{RULES_REVIEWED, RULES_VERSION};

/// The version of the JSON form of answers and evaluations.
pub const SCHEMA_VERSION: u32 = 1;

/// Decides the next step. `as_of` is the day the user asks about: the rules never read a clock.
/// Answers to questions that no longer apply are ignored.
pub fn evaluate(answers: &Answers, as_of: NaiveDate) -> Evaluation {
    let answers = flow::relevant(answers, as_of);
    let status = match flow::next_question(&answers, as_of) {
        Some(next_question) => Status::NeedsAnswer { next_question },
        None => Status::Complete {
            outcome: Box::new(conclude(&answers, as_of)),
        },
    };
    Evaluation {
        schema_version: SCHEMA_VERSION,
        rules_version: RULES_VERSION,
        rules_reviewed: RULES_REVIEWED,
        as_of,
        status,
    }
}

/// Everything an outcome is built from, gathered route family by route family.
#[derive(Default)]
struct Findings {
    routes: Vec<RouteAssessment>,
    obligations: Vec<Obligation>,
    documents: Vec<Document>,
    notes: Vec<Reason>,
}

fn conclude(a: &Answers, as_of: NaiveDate) -> Outcome {
    let mut f = Findings::default();
    if !is_foreigner(a) {
        f.routes.push(kazakh_citizen::assess());
    } else if is_eaeu_citizen(a) {
        f.routes.push(eaeu_citizen::assess(a));
        f.obligations.extend(eaeu_citizen::obligations(a));
        f.documents.push(document(
            DocumentId::PassportCopy,
            Party::Worker,
            SourceId::EaeuStay90Days,
        ));
        f.documents.push(employment_contract());
        f.notes.extend(eaeu_citizen::stay_note(a));
    } else if permanent_resident::holds_permanent_permit(a) {
        f.routes.push(permanent_resident::assess());
        f.obligations
            .push(super::obligations::contract_registration());
        f.documents.push(document(
            DocumentId::ResidencePermitCard,
            Party::Worker,
            SourceId::ResidencePermits,
        ));
        f.documents.push(employment_contract());
    } else if let Some(exemption) = exempt_categories::personal_exemption(a) {
        f.routes.push(exempt_categories::assess(exemption));
        f.documents.extend(exempt_categories::documents(exemption));
        f.obligations
            .push(super::obligations::contract_registration());
    } else {
        weigh_purpose(a, as_of, &mut f);
    }
    add_citizenship_notes(a, &mut f);
    into_outcome(f)
}

/// Routes for a foreigner with no personal right to work: by the purpose of the stay.
fn weigh_purpose(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    f.notes.extend(permanent_resident::temporary_permit_note(a));
    if a.is(Q::SpecialStatus, O::HighlyQualified) {
        f.notes.push(Reason::new(
            ReasonId::SeedHighlyQualified,
            SourceId::Resolution1041,
        ));
    }
    match a.choice(Q::Purpose) {
        Some(O::Employment) => {
            let exemption = exempt_categories::employment_exemption(a);
            if let Some(exemption) = exemption {
                f.routes.push(exempt_categories::assess(exemption));
                f.documents.extend(exempt_categories::documents(exemption));
            }
            if exemption.is_none_or(|e| e.is_uncertain()) {
                f.routes.push(employer_permit::assess(a, as_of));
                f.obligations.extend(employer_permit::obligations(a, as_of));
                f.documents.extend(employer_permit::documents(a));
                f.notes.extend(employer_permit::seed_notes(as_of));
            } else {
                f.obligations
                    .push(super::obligations::contract_registration());
                f.obligations.push(super::obligations::arrival_notice());
            }
        }
        Some(O::IntraCorporateTransfer) => {
            f.routes.push(intra_corporate_transfer::assess(a));
            f.obligations
                .extend(intra_corporate_transfer::obligations());
            f.documents.extend(intra_corporate_transfer::documents());
        }
        Some(O::BusinessVisit) => {
            f.routes.extend(business_visit::assess(a));
            f.documents.extend(business_visit::documents());
            f.obligations.push(super::obligations::arrival_notice());
            f.notes.push(business_visit::seed_note());
        }
        Some(O::SeasonalWork) => {
            f.routes.push(seasonal_worker::assess());
            f.documents.extend(seasonal_worker::documents());
            f.obligations.push(super::obligations::arrival_notice());
        }
        Some(O::HouseholdWork) => {
            f.routes.push(labour_immigrant::assess(a));
            f.obligations
                .push(super::obligations::contract_registration());
        }
        Some(O::SelfEmployment) => f.routes.push(self_employment::assess()),
        Some(O::StartBusiness) => {
            f.routes.push(business_immigrant::assess());
            f.documents.extend(business_immigrant::documents(a));
        }
        Some(O::Investment) => f.routes.push(investor::assess(a)),
        Some(O::JoinFamily) => f.routes.push(family_member::assess()),
        _ => {}
    }
}

/// An unlisted or visa-required citizenship is never treated as visa-free: say so.
fn add_citizenship_notes(a: &Answers, f: &mut Findings) {
    let Some(country) = a.country(Q::Citizenship) else {
        return;
    };
    let regime = entry(country);
    match regime.regime {
        EntryRegime::VisaRequired { e_visa } => f.notes.push(
            Reason::new(
                if e_visa {
                    ReasonId::VisaRequiredEVisaPossible
                } else {
                    ReasonId::VisaRequiredCheckConsulate
                },
                regime.source,
            )
            .with("country", Value::Country(country)),
        ),
        EntryRegime::VisaFree { .. } if regime.source != SourceId::EntryRegimeListed => {
            f.notes.push(
                Reason::new(ReasonId::EntryRegimeNotConfirmed, regime.source)
                    .with("country", Value::Country(country)),
            )
        }
        _ => {}
    }
}

/// The primary route is the first open one ("yes" before "confirm" before "no"), in the order
/// the route families were weighed.
fn into_outcome(f: Findings) -> Outcome {
    let mut routes = f.routes;
    let best = routes
        .iter()
        .enumerate()
        .min_by_key(|(index, route)| (route.eligible, *index))
        .map(|(index, _)| index);
    let primary = match best {
        Some(index) => routes.remove(index),
        // Every branch of `conclude` weighs at least one route; should one ever not, the safe
        // default for a foreigner is the general rule, to be confirmed.
        None => RouteAssessment {
            route: RouteId::EmployerWorkPermit,
            eligible: Eligibility::Confirm,
            visa: Visa::CheckWithConsulate,
            work_permit: WorkPermit::Required,
            work: WorkRight::Limited,
            reasons: vec![Reason::new(
                ReasonId::PermitRequired,
                SourceId::MigrationLawArt36_1,
            )],
        },
    };
    let mut obligations = f.obligations;
    dedup_by_key(&mut obligations, |o| o.id);
    let mut documents = f.documents;
    dedup_by_key(&mut documents, |d| d.id);
    Outcome {
        primary,
        alternatives: routes,
        obligations,
        documents,
        notes: f.notes,
    }
}

/// Keeps the first of each key, in order.
fn dedup_by_key<T, K: PartialEq>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut seen: Vec<K> = Vec::new();
    items.retain(|item| {
        let k = key(item);
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
}
