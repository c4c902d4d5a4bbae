//! The ids of everything an outcome says: reasons, obligations and documents. Each is declared
//! by the rules file whose law it states (`owns!`) and worded in the translation files under
//! `reason.<id>`, `obligation.<id>` and `document.<id>`.

use super::ids::id_enum;
use super::sources::SourceId;

// The enums and the statements' marks, gathered from every rules file's `owns!` by the build
// (`build/owned_ids.rs`): an id is declared once, in the file of the law it belongs to.
include!(concat!(env!("OUT_DIR"), "/messages_ids.rs"));

impl ReasonId {
    /// The published claim the statement answers: the guide's claims the rules were checked
    /// against, confirmed or corrected.
    pub const fn published_claim(self) -> Option<SourceId> {
        if self.answers_guide() {
            Some(SourceId::PublishedGuide)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_statement_on_the_guide_cites_it_and_no_other_does() {
        for id in ReasonId::ALL {
            assert_eq!(
                id.published_claim().is_some(),
                id.as_str().starts_with("seed_"),
                "{id}"
            );
        }
    }
}
