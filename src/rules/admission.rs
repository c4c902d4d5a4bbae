//! How a foreign worker is let in to work once the work permit (or an exemption) is in place:
//! by a work visa, or by a temporary residence permit (TRP) issued in Kazakhstan.
//!
//! - Citizens of Azerbaijan, Tajikistan and Uzbekistan enter without a visa under their
//!   treaties and, on the basis of the permit or the exemption, get a TRP in Kazakhstan that
//!   takes the place of the work visa, for the term of the contract and at most a year,
//!   re-issued yearly and within 15 days of a change of employer (gov.kz life situation 572 and
//!   the TRP service; the list of states is the AIFC's and the practitioners').
//! - Ukraine, Moldova, Georgia and Mongolia also have visa-free treaties. The official wording
//!   ("states with which visa-free agreements were ratified") would cover them, but the cases
//!   reported give their citizens a C3 issued in Kazakhstan: the answer names the C3 and says to
//!   confirm.
//! - Everyone else needs the work visa. Citizens of the states Kazakhstan lets in visa-free by
//!   its own decision can have it issued in Kazakhstan on the employer's written request;
//!   others get it at a consulate on the employer's invitation.
//!
//! EAEU citizens need no work permit at all and have their own TRP rule (`eaeu_citizen.rs`).

use super::answers::Answers;
use super::countries::Country;
use super::documents::{document, work_visa};
use super::entry_regimes::{EntryRegime, entry, is_unilateral};
use super::ids::owns;
use super::obligations::{residence_permit_duties, work_visa_extension};
use super::outcome::*;
use super::questions::QuestionId;
use super::sources::SourceId;

owns! {
    reasons {
        WorkVisaC3 = "work_visa_c3",
        WorkVisaC3NoPermit = "work_visa_c3_no_permit",
        WorkVisaInKazakhstan = "work_visa_in_kazakhstan",
        ResidencePermitInsteadOfVisa = "residence_permit_instead_of_visa",
        ResidencePermitUnconfirmed = "residence_permit_unconfirmed",
    }
    documents {
        TrpApplication = "trp_application" at Admission,
        HealthInsurance = "health_insurance" at Admission,
        HousingOwnerConsent = "housing_owner_consent" at Admission,
        FingerprintRecord = "fingerprint_record" at Admission,
    }
    sources {
        ResidencePermits = "residence_permits"
            from (GOV_KZ_RESIDENCE, Official, OfficialSummary, CHECKED_2026_11_30),
        TrpForTreatyVisaFree = "trp_for_treaty_visa_free"
            from (GOV_KZ_RESIDENCE, Secondary, Report, CHECKED_2026_11_30),
        TrpTreatyStatesUnconfirmed = "trp_treaty_states_unconfirmed"
            from (GOV_KZ_RESIDENCE, Uncertain, Report, CHECKED_2026_11_30),
        TrpDocuments = "trp_documents"
            from (GOV_KZ_TRP_SERVICE, Official, OfficialSummary, CHECKED_2026_11_30),
        WorkVisaInKazakhstan = "work_visa_in_kazakhstan"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_30),
        VisaRules = "visa_rules" from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_24),
        VisaRulesC3 = "visa_rules_c3"
            from (ADILET_VISA_RULES, Secondary, Report, CHECKED_2026_11_24),
    }
}

/// Treaty visa-free states whose citizens work on a TRP instead of a work visa.
pub const RESIDENCE_PERMIT_INSTEAD_OF_VISA: &str = "AZ TJ UZ";
/// Treaty visa-free states for which the official wording and the reported cases differ.
pub const RESIDENCE_PERMIT_UNCONFIRMED: &str = "GE MD MN UA";

/// How a citizen is admitted to work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Admission {
    /// Visa-free entry, then a TRP in Kazakhstan instead of the work visa.
    ResidencePermit { days_per_entry: u16 },
    /// The work visa, which can also be issued in Kazakhstan after a visa-free entry; where
    /// `trp_unconfirmed`, a TRP may be possible instead.
    VisaAbroadOrInKazakhstan { trp_unconfirmed: bool },
    /// The work visa, from a consulate.
    VisaAbroad,
}

/// How a citizen of this country is admitted to work (EAEU citizens aside).
pub fn admission(country: Country) -> Admission {
    let days_per_entry = match entry(country).regime {
        EntryRegime::VisaFree { days_per_entry, .. } => days_per_entry,
        _ => return Admission::VisaAbroad,
    };
    if country.is_listed_in(RESIDENCE_PERMIT_INSTEAD_OF_VISA) {
        Admission::ResidencePermit { days_per_entry }
    } else if country.is_listed_in(RESIDENCE_PERMIT_UNCONFIRMED) {
        Admission::VisaAbroadOrInKazakhstan {
            trp_unconfirmed: true,
        }
    } else if is_unilateral(country) {
        Admission::VisaAbroadOrInKazakhstan {
            trp_unconfirmed: false,
        }
    } else {
        Admission::VisaAbroad
    }
}

/// What the admission adds to a work route: the entry document, why, the duties that come
/// with it and the documents it takes.
pub struct WorkAdmission {
    pub visa: Visa,
    pub reasons: Vec<Reason>,
    pub obligations: Vec<Obligation>,
    pub documents: Vec<Document>,
}

/// The admission of the person answering, for a route whose work visa is `code` (C3 for
/// employment, C6 for seasonal work). Without a citizenship (never, once the route is weighed)
/// the visa is to be checked with a consulate.
pub fn for_work(a: &Answers, code: VisaCode) -> WorkAdmission {
    admitted(a, code, ReasonId::WorkVisaC3)
}

/// The admission for work that an exemption frees from the permit: as [`for_work`] with the
/// C3, its term said without reference to a permit there is none of.
pub fn for_exempt_work(a: &Answers) -> WorkAdmission {
    admitted(a, VisaCode::C3, ReasonId::WorkVisaC3NoPermit)
}

/// The admission for work by `code`, a C3 stated as `c3`.
fn admitted(a: &Answers, code: VisaCode, c3: ReasonId) -> WorkAdmission {
    let Some(country) = a.country(QuestionId::Citizenship) else {
        return WorkAdmission {
            visa: Visa::CheckWithConsulate,
            reasons: Vec::new(),
            obligations: Vec::new(),
            documents: Vec::new(),
        };
    };
    let by_visa = |issued: Issued| {
        let mut reasons = Vec::new();
        if code == VisaCode::C3 {
            reasons.push(Reason::new(c3, SourceId::VisaRulesC3));
        }
        WorkAdmission {
            visa: Visa::Required { code, issued },
            reasons,
            obligations: vec![work_visa_extension(code)],
            documents: work_visa(code),
        }
    };
    match admission(country) {
        Admission::ResidencePermit { days_per_entry } => {
            treaty_residence_permit(country, days_per_entry)
        }
        Admission::VisaAbroadOrInKazakhstan { trp_unconfirmed } => {
            let mut admission = by_visa(Issued::AbroadOrInKazakhstan);
            admission.reasons.push(Reason::new(
                ReasonId::WorkVisaInKazakhstan,
                SourceId::WorkVisaInKazakhstan,
            ));
            if trp_unconfirmed {
                admission.reasons.push(
                    Reason::new(
                        ReasonId::ResidencePermitUnconfirmed,
                        SourceId::TrpTreatyStatesUnconfirmed,
                    )
                    .with("country", Value::Country(country)),
                );
            }
            admission
        }
        Admission::VisaAbroad => by_visa(Issued::Abroad),
    }
}

/// The TRP of a treaty state's citizen, and why it takes the place of the visa.
fn treaty_residence_permit(country: Country, days_per_entry: u16) -> WorkAdmission {
    let mut admission = by_residence_permit(days_per_entry);
    admission.reasons.push(
        Reason::new(
            ReasonId::ResidencePermitInsteadOfVisa,
            SourceId::TrpForTreatyVisaFree,
        )
        .with("country", Value::Country(country))
        .with_number("days", days_per_entry),
    );
    admission
}

/// The TRP admission where the citizenship is one of the treaty states', for a route whose
/// other admission the sources do not give.
pub fn treaty_admission(a: &Answers) -> Option<WorkAdmission> {
    let country = a.country(QuestionId::Citizenship)?;
    match admission(country) {
        Admission::ResidencePermit { days_per_entry } => {
            Some(treaty_residence_permit(country, days_per_entry))
        }
        _ => None,
    }
}

/// A temporary residence permit after a visa-free entry of at most `days_per_entry` days, with
/// its duties and documents; the caller says why it applies.
pub fn by_residence_permit(days_per_entry: u16) -> WorkAdmission {
    WorkAdmission {
        visa: Visa::ResidencePermit { days_per_entry },
        reasons: Vec::new(),
        obligations: residence_permit_duties(days_per_entry),
        documents: residence_permit_documents(),
    }
}

/// What the TRP application takes (the TRP service's list, since 1 Jan 2024), besides the
/// permit or the exemption it rests on.
fn residence_permit_documents() -> Vec<Document> {
    vec![
        document(
            DocumentId::TrpApplication,
            Party::Employer,
            SourceId::TrpDocuments,
        ),
        document(
            DocumentId::HealthInsurance,
            Party::Worker,
            SourceId::TrpDocuments,
        ),
        document(
            DocumentId::HousingOwnerConsent,
            Party::Worker,
            SourceId::TrpDocuments,
        ),
        document(
            DocumentId::FingerprintRecord,
            Party::Worker,
            SourceId::TrpDocuments,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn the_treaty_states_are_visa_free_and_the_lists_do_not_overlap() {
        for code in RESIDENCE_PERMIT_INSTEAD_OF_VISA
            .split_whitespace()
            .chain(RESIDENCE_PERMIT_UNCONFIRMED.split_whitespace())
        {
            assert!(
                matches!(entry(country(code)).regime, EntryRegime::VisaFree { .. }),
                "{code} must enter visa-free"
            );
            assert!(
                !(country(code).is_listed_in(RESIDENCE_PERMIT_INSTEAD_OF_VISA)
                    && country(code).is_listed_in(RESIDENCE_PERMIT_UNCONFIRMED))
            );
        }
    }

    #[test]
    fn each_kind_of_citizen_is_admitted_as_the_sources_say() {
        assert_eq!(
            admission(country("UZ")),
            Admission::ResidencePermit { days_per_entry: 30 }
        );
        assert_eq!(
            admission(country("UA")),
            Admission::VisaAbroadOrInKazakhstan {
                trp_unconfirmed: true
            }
        );
        for unilateral in ["US", "GB", "TR", "KR", "IN"] {
            assert_eq!(
                admission(country(unilateral)),
                Admission::VisaAbroadOrInKazakhstan {
                    trp_unconfirmed: false
                },
                "{unilateral}"
            );
        }
        // A treaty of visits only (China: no work or study), a visa-required state.
        for other in ["CN", "NG", "TM", "RS"] {
            assert_eq!(admission(country(other)), Admission::VisaAbroad, "{other}");
        }
    }
}
