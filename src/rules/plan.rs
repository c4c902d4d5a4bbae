//! The outcome as a plan: what happens first, what next. Every obligation and every document
//! belongs to one stage of the journey from preparing the application to renewing the permit,
//! so a person reads numbered steps in the order they are done, each with the duties and the
//! papers it needs. The stage of each duty and document is declared with its id (`owns!`).

use serde::Serialize;

use super::outcome::{Document, DocumentId, Obligation, ObligationId, Outcome, Party};

/// A stage of the journey, in the order the stages happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Before any application: the quota request, the vacancy posting.
    Prepare,
    /// The application for the permit (or certificate, or registration) and its fee.
    Apply,
    /// The visa or residence permit that admits the person.
    Admission,
    /// On arrival: the arrival notice, the tax number.
    Arrival,
    /// Starting work: the contract, the mentor.
    StartWork,
    /// Conditions to keep while the person works.
    WhileWorking,
    /// Extensions and re-issues.
    Renewal,
}

impl Stage {
    pub const ALL: [Stage; 7] = [
        Stage::Prepare,
        Stage::Apply,
        Stage::Admission,
        Stage::Arrival,
        Stage::StartWork,
        Stage::WhileWorking,
        Stage::Renewal,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Stage::Prepare => "prepare",
            Stage::Apply => "apply",
            Stage::Admission => "admission",
            Stage::Arrival => "arrival",
            Stage::StartWork => "start_work",
            Stage::WhileWorking => "while_working",
            Stage::Renewal => "renewal",
        }
    }
}

// Each duty's and document's stage, as the file that declares it says (`owns!`).
include!(concat!(env!("OUT_DIR"), "/stages.rs"));

impl ObligationId {
    /// The employer's own planning, not a step of this hire: a worker's plan leaves it out.
    pub const fn is_employer_planning(self) -> bool {
        matches!(self, ObligationId::QuotaRequest)
    }
}

/// One numbered step: a stage with the duties and documents the outcome has for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    pub stage: Stage,
    pub obligations: Vec<Obligation>,
    pub documents: Vec<Document>,
}

/// The outcome's duties and documents as steps in the order they happen, as `reader` needs
/// them (a worker's plan leaves out the employer's own planning); stages with nothing to do
/// are left out. The admission step is kept whenever the route needs a visa or residence
/// permit, even with no document listed for it, since getting it is a step of its own.
pub fn plan(outcome: &Outcome, reader: Party) -> Vec<Step> {
    Stage::ALL
        .into_iter()
        .filter_map(|stage| {
            let obligations: Vec<Obligation> = outcome
                .obligations
                .iter()
                .filter(|o| o.id.stage() == stage)
                .filter(|o| reader == Party::Employer || !o.id.is_employer_planning())
                .cloned()
                .collect();
            let documents: Vec<Document> = outcome
                .documents
                .iter()
                .filter(|d| d.id.stage() == stage)
                .cloned()
                .collect();
            let admits = stage == Stage::Admission && outcome.primary.visa.is_obtained();
            (!obligations.is_empty() || !documents.is_empty() || admits).then_some(Step {
                stage,
                obligations,
                documents,
            })
        })
        .collect()
}

impl Outcome {
    /// Who applies for the work permit, where one is needed: whoever hands in its application.
    pub fn permit_applicant(&self) -> Option<Party> {
        self.documents
            .iter()
            .find(|d| d.id == DocumentId::PermitApplication)
            .map(|d| d.provider)
    }
}
