//! The one-sentence notice when a link or a stored state could not be read whole: which answers
//! need to be given again, and whether the link came from another version.

use crate::i18n::{Lang, keys};
use crate::rules::{QUESTION_ORDER, QuestionId, Rejected};

pub fn describe(lang: Lang, unknown_schema: bool, rejected: &[Rejected]) -> Option<String> {
    let mut sentences = Vec::new();
    if unknown_schema {
        sentences.push(lang.text("notice.unknown_schema").to_owned());
    }
    if !rejected.is_empty() {
        // The questions to answer again, in question order (each once); entries that name no
        // question last.
        let named: Vec<QuestionId> = rejected
            .iter()
            .filter_map(|item| QuestionId::parse(&item.question))
            .collect();
        let mut names: Vec<&str> = QUESTION_ORDER
            .iter()
            .filter(|id| named.contains(id))
            .map(|id| lang.text(&keys::question_title(*id)))
            .collect();
        if rejected
            .iter()
            .any(|item| QuestionId::parse(&item.question).is_none())
        {
            names.push(lang.text("notice.unknown_entries"));
        }
        sentences.push(lang.format("notice.dropped", &[("questions", &names.join("; "))]));
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
}
