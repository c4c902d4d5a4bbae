//! Documents shared by several routes: who provides each, and whether it needs an apostille
//! and a translation (not for states of the Minsk / Chisinau conventions).

use chrono::NaiveDate;

use super::answers::Answers;
use super::ids::owns;
use super::memberships::legalisation;
use super::obligations::visa_source;
use super::outcome::{Document, DocumentId, Legalisation, Party, VisaCode};
use super::questions::QuestionId;
use super::sources::SourceId;

owns! {
    documents {
        ConsularFee = "consular_fee" at Admission,
        CriminalRecordCertificate = "criminal_record_certificate" at Admission,
        EmploymentContract = "employment_contract" at StartWork,
        MedicalInsurance = "medical_insurance" at Admission,
        PassportCopy = "passport_copy" at StartWork,
        PassportValidity = "passport_validity" at Admission,
        Photo = "photo" at Admission,
        VisaApplicationForm = "visa_application_form" at Admission,
        VisaInvitation = "visa_invitation" at Admission,
    }
}

pub const fn document(id: DocumentId, provider: Party, source: SourceId) -> Document {
    Document {
        id,
        provider,
        legalisation: Legalisation::None,
        source,
    }
}

/// A document issued abroad, in the citizenship's state: a translation for parties to the
/// legal-assistance conventions, an apostille for parties to the Apostille Convention,
/// consular legalisation otherwise (`memberships::legalisation`).
pub fn foreign_document(
    a: &Answers,
    as_of: NaiveDate,
    id: DocumentId,
    source: SourceId,
) -> Document {
    let legalisation = a.country(QuestionId::Citizenship).map_or(
        Legalisation::ConsularLegalisationAndTranslation,
        |country| legalisation(country, as_of),
    );
    Document {
        id,
        provider: Party::Worker,
        legalisation,
        source,
    }
}

/// The employment contract, registered in the state system (the employer's part).
pub const fn employment_contract() -> Document {
    document(
        DocumentId::EmploymentContract,
        Party::Employer,
        SourceId::ContractRegistration,
    )
}

/// What a work visa takes (C3 for employment, C6 for seasonal work).
pub fn work_visa(code: VisaCode) -> Vec<Document> {
    let source = visa_source(code);
    vec![
        document(DocumentId::VisaInvitation, Party::Employer, source),
        document(DocumentId::VisaApplicationForm, Party::Worker, source),
        document(DocumentId::Photo, Party::Worker, source),
        document(DocumentId::PassportValidity, Party::Worker, source),
        document(DocumentId::ConsularFee, Party::Worker, source),
    ]
}
