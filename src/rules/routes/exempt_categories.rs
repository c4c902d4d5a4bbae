//! Who needs no work permit although not an EAEU citizen nor a permanent resident.
//! Personal categories of Government Resolution No. 1041 (kandases, refugees, asylum seekers,
//! humanitarian immigrants, trafficking victims while their case is open, persons serving
//! non-custodial sentences) and the Ata Zholy card; and categories tied to the job: the chief
//! executive and one deputy of a wholly foreign-owned company, the first head of a branch or
//! representative office, staff of AIFC participants and of listed SEZ projects. The Astana Hub
//! exemption lost its legal basis on 27 Sep 2025: shown as "confirm", never as a plain yes.
//! (Business immigrants, item 2 of the resolution, are in `business_immigrant.rs`.)

use crate::rules::answers::Answers;
use crate::rules::documents::{document, work_visa};
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exemption {
    Kandas,
    AtaZholy,
    Refugee,
    AsylumSeeker,
    HumanitarianImmigrant,
    TraffickingVictim,
    NonCustodialSentence,
    ForeignOwnedHead,
    BranchHead,
    AifcStaff,
    SezProjectStaff,
    AstanaHub,
}

impl Exemption {
    /// Whether the exemption rests on law that may no longer be in force.
    pub fn is_uncertain(self) -> bool {
        self == Exemption::AstanaHub
    }

    /// Whether the exemption comes with the job rather than the person.
    fn is_tied_to_job(self) -> bool {
        matches!(
            self,
            Exemption::ForeignOwnedHead
                | Exemption::BranchHead
                | Exemption::AifcStaff
                | Exemption::SezProjectStaff
                | Exemption::AstanaHub
        )
    }

    fn route(self) -> RouteId {
        match self {
            Exemption::Kandas => RouteId::Kandas,
            Exemption::AtaZholy => RouteId::AtaZholy,
            Exemption::Refugee => RouteId::Refugee,
            Exemption::AsylumSeeker => RouteId::AsylumSeeker,
            Exemption::HumanitarianImmigrant => RouteId::HumanitarianImmigrant,
            Exemption::TraffickingVictim => RouteId::TraffickingVictim,
            Exemption::NonCustodialSentence => RouteId::NonCustodialSentence,
            Exemption::ForeignOwnedHead => RouteId::ForeignOwnedHead,
            Exemption::BranchHead => RouteId::BranchHead,
            Exemption::AifcStaff => RouteId::AifcStaff,
            Exemption::SezProjectStaff => RouteId::SezProjectStaff,
            Exemption::AstanaHub => RouteId::AstanaHub,
        }
    }

    fn reason(self) -> Reason {
        let (id, source) = match self {
            Exemption::Kandas => (ReasonId::ExemptKandas, SourceId::Resolution1041),
            Exemption::AtaZholy => (ReasonId::ExemptAtaZholy, SourceId::AtaZholyCard),
            Exemption::Refugee => (ReasonId::ExemptRefugee, SourceId::Resolution1041),
            Exemption::AsylumSeeker => (ReasonId::ExemptAsylumSeeker, SourceId::Resolution1041),
            Exemption::HumanitarianImmigrant => {
                (ReasonId::ExemptHumanitarian, SourceId::Resolution1041)
            }
            Exemption::TraffickingVictim => {
                (ReasonId::ExemptTraffickingVictim, SourceId::Resolution1041)
            }
            Exemption::NonCustodialSentence => (
                ReasonId::ExemptNonCustodialSentence,
                SourceId::Resolution1041,
            ),
            Exemption::ForeignOwnedHead => (
                ReasonId::ExemptForeignOwnedHead,
                SourceId::ForeignOwnedHeadsExemption,
            ),
            Exemption::BranchHead => (ReasonId::ExemptBranchHead, SourceId::BranchHeadExemption),
            Exemption::AifcStaff => (ReasonId::ExemptAifcStaff, SourceId::AifcEmployment),
            Exemption::SezProjectStaff => (ReasonId::ExemptSezProject, SourceId::SezProjectStaff),
            Exemption::AstanaHub => (ReasonId::AstanaHubUncertain, SourceId::AstanaHubRepealed),
        };
        Reason::new(id, source)
    }
}

/// The exemption the person's own status gives, if any.
pub fn personal_exemption(a: &Answers) -> Option<Exemption> {
    Some(match a.choice(Q::SpecialStatus)? {
        O::Kandas => Exemption::Kandas,
        O::AtaZholy => Exemption::AtaZholy,
        O::Refugee => Exemption::Refugee,
        O::AsylumSeeker => Exemption::AsylumSeeker,
        O::HumanitarianImmigrant => Exemption::HumanitarianImmigrant,
        O::TraffickingVictim => Exemption::TraffickingVictim,
        O::NonCustodialSentence => Exemption::NonCustodialSentence,
        _ => return None,
    })
}

/// The exemption the job gives, if any, from the employment questions answered so far.
pub fn employment_exemption(a: &Answers) -> Option<Exemption> {
    let position = a.choice(Q::Position)?;
    let head = matches!(position, O::ChiefExecutive | O::DeputyHead);
    match a.choice(Q::EmployerType)? {
        O::AifcParticipant => Some(Exemption::AifcStaff),
        O::SezParticipant => a
            .is(Q::SezProjectListed, O::Yes)
            .then_some(Exemption::SezProjectStaff),
        O::AstanaHubParticipant => Some(Exemption::AstanaHub),
        O::Branch => (position == O::ChiefExecutive).then_some(Exemption::BranchHead),
        O::KazakhCompany if head && a.is(Q::ForeignOwned, O::Yes) => {
            // The chief executive, and one deputy only.
            let deputy_slot_taken = a.is(Q::DeputyExemptionUsed, O::Yes);
            (position == O::ChiefExecutive || !deputy_slot_taken)
                .then_some(Exemption::ForeignOwnedHead)
        }
        _ => None,
    }
}

pub fn assess(exemption: Exemption) -> RouteAssessment {
    let mut reasons = vec![exemption.reason()];
    if exemption.is_tied_to_job() {
        reasons.push(Reason::new(
            ReasonId::ExemptionOnlyForThisJob,
            SourceId::VisaRulesC3,
        ));
    }
    RouteAssessment {
        route: exemption.route(),
        eligible: if exemption.is_uncertain() {
            Eligibility::Confirm
        } else {
            Eligibility::Yes
        },
        visa: if exemption.is_tied_to_job() {
            Visa::Required { code: VisaCode::C3 }
        } else {
            Visa::NotNeeded
        },
        work_permit: WorkPermit::NotRequired,
        work: if exemption.is_tied_to_job() {
            WorkRight::Limited
        } else {
            WorkRight::Employment
        },
        reasons,
    }
}

/// Why a job-tied exemption that was checked does not apply (for the "why not" list).
pub fn why_not_reasons(a: &Answers) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if a.is(Q::ForeignOwned, O::No) {
        reasons.push(Reason::new(
            ReasonId::NotExemptCompanyNotForeignOwned,
            SourceId::ForeignOwnedHeadsExemption,
        ));
    }
    if a.is(Q::DeputyExemptionUsed, O::Yes) && a.is(Q::Position, O::DeputyHead) {
        reasons.push(Reason::new(
            ReasonId::NotExemptDeputySlotTaken,
            SourceId::ForeignOwnedHeadsExemption,
        ));
    }
    if a.is(Q::SezProjectListed, O::No) {
        reasons.push(Reason::new(
            ReasonId::NotExemptSezProjectNotListed,
            SourceId::SezProjectStaff,
        ));
    }
    reasons
}

pub fn documents(exemption: Exemption) -> Vec<Document> {
    let mut list = vec![document(
        DocumentId::ExemptionProof,
        Party::Worker,
        exemption.reason().source,
    )];
    if exemption.is_tied_to_job() {
        list.extend(work_visa());
    }
    list
}
