//! The answers' ids and values as a Markdown reference (`docs/answers.md`).

use super::questions;
use crate::i18n::Lang;

/// The reference of answer ids and values (`docs/answers.md`), generated from the engine so it
/// cannot drift from it; a test compares the committed file with this.
pub fn answers_reference(lang: Lang) -> String {
    let mut out = String::from(
        "# Answers: ids and values\n\n\
         Generated from the rules engine (`kz_eligibility::report::answers_reference`); a test \
         fails when this file and the engine disagree. Regenerate it with \
         `UPDATE_SNAPSHOT=1 cargo test answers_reference`.\n\n\
         Answers are a JSON object (or URL fragment) of question id to value, for example \
         `{\"role\": \"worker\", \"citizenship\": \"KG\", \"residence_permit\": \"none\", \
         \"eaeu_days_in_180\": \"12\"}`. Values are strings: an option id, option ids joined \
         by commas for a multiple choice, an ISO 3166-1 alpha-2 country code in capitals, or a \
         whole number in decimal digits. Invalid values and unknown ids are dropped and \
         reported, never fatal. Questions are asked in this order, each only when it applies.\n",
    );
    out.push_str(&format!(
        "\nSchema version: {}.\n",
        crate::rules::SCHEMA_VERSION
    ));
    for entry in questions(lang) {
        out.push_str(&format!("\n## `{}`: {}\n\n", entry.id, entry.text));
        match entry.kind {
            "single_choice" | "multiple_choice" => {
                let kind = if entry.kind == "single_choice" {
                    "One of"
                } else {
                    "One or more of, joined by commas"
                };
                out.push_str(&format!("{kind}:\n\n| value | meaning |\n|---|---|\n"));
                for option in &entry.options {
                    out.push_str(&format!("| `{}` | {} |\n", option.id, option.text));
                }
            }
            "country" => out.push_str(&format!(
                "An ISO 3166-1 alpha-2 code in capitals ({} codes, Kosovo as `XK`), e.g. `KZ`, `RU`, `US`.\n",
                crate::rules::Country::all().count()
            )),
            _ => out.push_str(&format!(
                "A whole number from {} to {}.\n",
                entry.min.unwrap_or(0),
                entry.max.unwrap_or(0)
            )),
        }
        if entry.unknown_allowed {
            out.push_str(
                "\nOr `unknown` (\"I don't know\", offered to the worker): the result then says \
                 what the employer must check, and a verdict that depends on it is to confirm.\n",
            );
        }
    }
    out
}
