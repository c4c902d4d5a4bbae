//! The plan in a share link: the company's `key=value` pairs on the first line and the hires
//! as CSV after it (without their labels, which stay on the device), deflated and written in
//! URL-safe base64 so that a plan of 50 hires stays well under what browsers and messengers
//! carry. Reading is total: text that does not inflate, or inflates past the plan's size limit,
//! is no plan; the rest is read as a file would be.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::company::Company;
use super::hire::Hire;
use super::wire::{
    MAX_BYTES, Problem, Reason, company, company_pairs, hires_from_plan_text, hires_to_csv,
};

/// The plan as text: the company's pairs on the first line, then the hires as CSV, with their
/// labels or without. What the device stores, and what a link carries compressed.
pub fn text(company: &Company, hires: &[Hire], labelled: bool) -> String {
    let table = if labelled {
        hires_to_csv(hires)
    } else {
        let unlabelled: Vec<Hire> = hires
            .iter()
            .map(|hire| Hire {
                label: String::new(),
                ..hire.clone()
            })
            .collect();
        hires_to_csv(&unlabelled)
    };
    format!("{}\n{table}", company_pairs(company))
}

/// Reads [`text`] back, as untrusted as a file; a problem names its hire, not a row of a sheet
/// no one has seen.
pub fn read_text(text: &str) -> (Company, Vec<Hire>, Vec<Problem>) {
    let (first, table) = text.split_once('\n').unwrap_or((text, ""));
    let (company, mut problems) = company(crate::i18n::pairs(first));
    let (hires, found) = hires_from_plan_text(table);
    problems.extend(found);
    (company, hires, problems)
}

/// The plan as the value of a fragment's `plan=` key.
pub fn encode(company: &Company, hires: &[Hire]) -> String {
    let text = text(company, hires, false);
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9))
}

/// Reads a `plan=` value back; a value that is not a plan gives an empty plan and says so.
pub fn decode(value: &str) -> (Company, Vec<Hire>, Vec<Problem>) {
    let unreadable = || {
        (
            Company::default(),
            Vec::new(),
            vec![Problem {
                place: None,
                key: "plan".to_owned(),
                value: String::new(),
                reason: Reason::Unreadable,
            }],
        )
    };
    let Ok(deflated) = URL_SAFE_NO_PAD.decode(value.trim()) else {
        return unreadable();
    };
    let Ok(bytes) = miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_BYTES) else {
        return unreadable();
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return unreadable();
    };
    read_text(&text)
}
