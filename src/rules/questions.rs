//! The questions the engine can ask. The app renders them generically from this data; their
//! wording lives in the translation files under `question.<id>.*`.

use super::ids::id_enum;

id_enum! {
    /// A question, keyed by a stable id so that saved answers survive a change of order.
    pub enum QuestionId {
        Citizenship => "citizenship",
    }
}

id_enum! {
    /// An answer option of a choice question. Its wording is `question.<question>.option.<id>`.
    pub enum OptionId {
        Russia => "ru",
        Belarus => "by",
        Kyrgyzstan => "kg",
        Armenia => "am",
        OtherCountry => "other",
    }
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one of these options.
    Choice(&'static [OptionId]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub kind: QuestionKind,
}

impl QuestionId {
    pub const fn question(self) -> Question {
        let kind = match self {
            QuestionId::Citizenship => QuestionKind::Choice(&[
                OptionId::Russia,
                OptionId::Belarus,
                OptionId::Kyrgyzstan,
                OptionId::Armenia,
                OptionId::OtherCountry,
            ]),
        };
        Question { id: self, kind }
    }
}

impl Question {
    /// Whether `option` is one of this question's answers.
    pub fn offers(&self, option: OptionId) -> bool {
        match self.kind {
            QuestionKind::Choice(options) => options.contains(&option),
        }
    }
}
