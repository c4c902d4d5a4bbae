//! The rules for partners who want no UI: `questions` and `evaluate` for JavaScript, returning
//! the same JSON as the `eligibility` command (built by `scripts/dev api` into `dist/api/`,
//! wrapped by `public/api/eligibility.js`). Input is untrusted and bounded as the command line's
//! is (a request at most [`crate::bounded::MAX_ANSWERS_BYTES`], a plan at most
//! [`crate::hiring::wire::MAX_BYTES`]): errors come back as JavaScript exceptions with the
//! command's message, never as a panic, and never echo more than a few words of the input.

use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

use crate::bounded::cut;
use crate::i18n::Lang;
use crate::report::{evaluate_json, questions_json};

fn lang(tag: &str) -> Result<Lang, JsError> {
    Lang::from_tag(tag)
        .ok_or_else(|| JsError::new(&format!("lang must be en, ru or kk, not {:?}", cut(tag))))
}

/// The question catalogue as JSON, worded in `lang` ("en", "ru" or "kk").
#[wasm_bindgen]
pub fn questions(lang_tag: &str) -> Result<String, JsError> {
    questions_json(lang(lang_tag)?).map_err(|e| JsError::new(&e))
}

/// Evaluates `request` (`{"answers": {...}, "as_of": "YYYY-MM-DD"}`) as of `as_of`
/// (`YYYY-MM-DD`; the caller passes today when the request names no day).
#[wasm_bindgen]
pub fn evaluate(request: &str, as_of: &str, lang_tag: &str) -> Result<String, JsError> {
    let day: NaiveDate = as_of
        .parse()
        .map_err(|_| JsError::new(&format!("asOf must be YYYY-MM-DD, not {:?}", cut(as_of))))?;
    evaluate_json(request, None, day, lang(lang_tag)?).map_err(|e| JsError::new(&e))
}

/// Assesses an employer's hiring plan (`{"company": {...}, "hires": [...], "as_of": ...}`) as
/// of `as_of` unless the plan names a day: each hire in order, the ratio after each, the
/// quota request, fees and one timeline.
#[wasm_bindgen]
pub fn plan(request: &str, as_of: &str, lang_tag: &str) -> Result<String, JsError> {
    let day: NaiveDate = as_of
        .parse()
        .map_err(|_| JsError::new(&format!("asOf must be YYYY-MM-DD, not {:?}", cut(as_of))))?;
    crate::hiring::report::plan_report_json(request, day, lang(lang_tag)?)
        .map_err(|e| JsError::new(&e))
}

/// The version of the rules this module carries.
#[wasm_bindgen(js_name = rulesVersion)]
pub fn rules_version() -> String {
    crate::rules::RULES_VERSION.to_owned()
}
