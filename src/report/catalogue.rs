//! The question catalogue, in the order questions are asked: what `eligibility questions`
//! prints and the JS API's `questions()` returns.

use serde::Serialize;

use crate::i18n::{Lang, keys};
use crate::rules::{QuestionId, QuestionKind};

/// One question of the catalogue, as `eligibility questions` prints it.
#[derive(Debug, Serialize)]
pub struct QuestionEntry {
    pub id: QuestionId,
    pub kind: &'static str,
    pub text: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// Whether `unknown` ("I don't know") is an answer: what depends on it is then left for
    /// the employer to check.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unknown_allowed: bool,
}

#[derive(Debug, Serialize)]
pub struct OptionEntry {
    pub id: &'static str,
    pub text: &'static str,
}

/// The question catalogue, in the order questions are asked.
pub fn questions(lang: Lang) -> Vec<QuestionEntry> {
    crate::rules::QUESTION_ORDER
        .iter()
        .map(|id| {
            let question = id.question();
            let (kind, min, max) = match question.kind {
                QuestionKind::SingleChoice(_) => ("single_choice", None, None),
                QuestionKind::MultipleChoice(_) => ("multiple_choice", None, None),
                QuestionKind::Country => ("country", None, None),
                QuestionKind::Number { min, max, .. } => ("number", Some(min), Some(max)),
            };
            QuestionEntry {
                id: *id,
                kind,
                text: lang.text(&keys::question_title(*id)),
                options: question
                    .options()
                    .iter()
                    .map(|option| OptionEntry {
                        id: option.as_str(),
                        text: lang.text(&keys::option(*id, *option)),
                    })
                    .collect(),
                min,
                max,
                unknown_allowed: id.may_be_unknown(),
            }
        })
        .collect()
}
