//! The one-sentence notice when a link or a stored state could not be read whole: which answers
//! need to be given again, whether the link named a screen this version does not have, and
//! whether the link came from another version.

use crate::i18n::{Lang, keys};
use crate::journey::Saved;
use crate::rules::{QUESTION_ORDER, QuestionId, Rejected};

/// The notice in `lang`, or `None` when there is nothing to say or the texts it needs (the
/// questions' names) have not arrived yet: it is shown once they have, never half-worded.
pub fn describe(lang: Lang, saved: &Saved, rejected: &[Rejected]) -> Option<String> {
    let mut sentences = Vec::new();
    if saved.unknown_screen {
        sentences.push(lang.available("notice.unknown_screen")?.to_owned());
    }
    if saved.unknown_schema {
        sentences.push(lang.available("notice.unknown_schema")?.to_owned());
    }
    if !rejected.is_empty() {
        // The questions to answer again, in question order (each once); entries that name no
        // question last.
        let named: Vec<QuestionId> = rejected
            .iter()
            .filter_map(|item| QuestionId::parse(&item.question))
            .collect();
        let mut names = Vec::new();
        for id in QUESTION_ORDER.iter().filter(|id| named.contains(id)) {
            names.push(lang.available(&keys::question_name(*id))?);
        }
        if rejected
            .iter()
            .any(|item| QuestionId::parse(&item.question).is_none())
        {
            names.push(lang.available("notice.unknown_entries")?);
        }
        lang.available("notice.dropped")?;
        sentences.push(lang.format("notice.dropped", &[("questions", &lang.list(&names))]));
    }
    (!sentences.is_empty()).then(|| sentences.join(" "))
}
