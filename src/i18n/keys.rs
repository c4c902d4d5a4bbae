//! The keys through which rule data is worded.

use crate::rules::{
    Confidence, DocumentId, Eligibility, Legalisation, ObligationId, OptionId, QuestionId, Read,
    ReasonId, RouteId, SourceId, WorkPermit, WorkRight,
};

pub fn question_title(id: QuestionId) -> String {
    format!("question.{id}.title")
}
/// The question's subject in a few words, for naming it inside a sentence ("citizenship").
pub fn question_name(id: QuestionId) -> String {
    format!("question.{id}.name")
}
pub fn question_hint(id: QuestionId) -> String {
    format!("question.{id}.hint")
}
pub fn question_error(id: QuestionId) -> String {
    format!("question.{id}.error")
}
/// Why the question is asked again after a changed answer changed what it counts.
pub fn question_reasked(id: QuestionId) -> String {
    format!("question.{id}.reasked")
}
pub fn option(question: QuestionId, option: OptionId) -> String {
    format!("question.{question}.option.{option}")
}
pub fn route_headline(id: RouteId) -> String {
    format!("route.{id}.headline")
}
/// "Instead of <the route>, which these answers do not allow:", for a route refused in favour
/// of the primary one.
pub fn route_instead_of(id: RouteId) -> String {
    format!("route.{id}.instead_of")
}
pub fn reason(id: ReasonId) -> String {
    format!("reason.{id}")
}
pub fn obligation(id: ObligationId) -> String {
    format!("obligation.{id}")
}
pub fn document(id: DocumentId) -> String {
    format!("document.{id}")
}
pub fn source_title(id: SourceId) -> String {
    format!("source.{id}.title")
}
pub fn source_article(id: SourceId) -> String {
    format!("source.{id}.article")
}
pub fn confidence(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Official => "confidence.official",
        Confidence::Secondary => "confidence.secondary",
        Confidence::Uncertain => "confidence.uncertain",
    }
}
/// What a document needs, in words, where it needs anything.
pub fn legalisation(legalisation: Legalisation) -> Option<&'static str> {
    match legalisation {
        Legalisation::None => None,
        Legalisation::Translation => Some("legalisation.translation"),
        Legalisation::ApostilleAndTranslation => Some("legalisation.apostille_and_translation"),
        Legalisation::ConsularLegalisationAndTranslation => {
            Some("legalisation.consular_legalisation_and_translation")
        }
        Legalisation::ToConfirm => Some("legalisation.to_confirm"),
    }
}
pub fn read(read: Read) -> &'static str {
    match read {
        Read::OfficialText => "read.official_text",
        Read::OfficialSummary => "read.official_summary",
        Read::Report => "read.report",
    }
}
pub fn work_permit(need: WorkPermit) -> &'static str {
    match need {
        WorkPermit::Required => "work_permit.required",
        WorkPermit::NotRequired => "work_permit.not_required",
        WorkPermit::NotApplicable => "work_permit.not_applicable",
    }
}
pub fn work(work: WorkRight) -> &'static str {
    match work {
        WorkRight::Employment => "work.employment",
        WorkRight::Limited => "work.limited",
        WorkRight::None => "work.none",
    }
}
pub fn eligibility(eligible: Eligibility) -> &'static str {
    match eligible {
        Eligibility::Yes => "eligibility.yes",
        Eligibility::Confirm => "eligibility.confirm",
        Eligibility::No => "eligibility.no",
    }
}

/// A party's name (`what` = "name"), duties ("obligations") or papers ("documents").
pub fn party(party: crate::rules::Party, what: &str) -> String {
    match party {
        crate::rules::Party::Worker => format!("party.worker.{what}"),
        crate::rules::Party::Employer => format!("party.employer.{what}"),
    }
}
