//! The plan in a share link: the company's `key=value` pairs on the first line and the hires
//! as CSV after it (without their labels, which stay on the device), deflated and written in
//! URL-safe base64 so that a plan of 50 hires stays well under what browsers and messengers
//! carry. The same text, labels included, is what this device stores. Reading is total and
//! bounded: text that does not inflate, or inflates past the plan's size limit, is no plan, and
//! a link that holds more junk than plan is refused whole, so that it never replaces the plan
//! this device keeps.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::company::Company;
use super::hire::Hire;
use super::wire::{
    MAX_BYTES, PlanRead, Problems, Reason, Written, company, company_pairs, hires_from_plan_text,
    hires_to_csv, refusal, refused,
};

/// The plan as text: the company's pairs on the first line, then the hires as CSV, with their
/// labels or without, every cell as it is (no spreadsheet reads it).
pub fn text(company: &Company, hires: &[Hire], labelled: bool) -> String {
    let table = if labelled {
        hires_to_csv(hires, Written::Faithfully)
    } else {
        let unlabelled: Vec<Hire> = hires
            .iter()
            .map(|hire| Hire {
                label: String::new(),
                ..hire.clone()
            })
            .collect();
        hires_to_csv(&unlabelled, Written::Faithfully)
    };
    format!("{}\n{table}", company_pairs(company))
}

/// Reads [`text`] back, as untrusted as a file; a problem names its hire, not a row of a sheet
/// no one has seen. `labels`: whether a label column is read (the stored text's) or left out
/// (a link's, which never carries one).
pub fn read_text(text: &str, labels: bool) -> PlanRead {
    if text.len() > MAX_BYTES {
        return PlanRead {
            problems: refusal(Reason::TooLarge),
            ..PlanRead::default()
        };
    }
    let (first, table) = text.split_once('\n').unwrap_or((text, ""));
    let (company, mut problems, kept) = company(crate::i18n::pairs(first));
    let company_dropped = problems.total();
    let (hires, found, dropped) = hires_from_plan_text(table, labels);
    problems.extend(found);
    PlanRead {
        kept: kept + hires.len(),
        dropped: company_dropped + dropped,
        company,
        hires,
        problems,
    }
}

/// The plan as the value of a fragment's `plan=` key.
pub fn encode(company: &Company, hires: &[Hire]) -> String {
    let text = text(company, hires, false);
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9))
}

/// Reads a `plan=` value back. `Err`, with why, when it is no plan: it does not decode or
/// inflate, it inflates past [`MAX_BYTES`], or more of it was left out than kept.
pub fn decode(value: &str) -> Result<PlanRead, Problems> {
    // A deflated plan is far smaller than the plan; a value this long is not one.
    if value.len() > MAX_BYTES {
        return Err(refusal(Reason::TooLarge));
    }
    let Ok(deflated) = URL_SAFE_NO_PAD.decode(value.trim()) else {
        return Err(refusal(Reason::Unreadable));
    };
    let bytes = match miniz_oxide::inflate::decompress_to_vec_with_limit(&deflated, MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(error) if error.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
            return Err(refusal(Reason::TooLarge));
        }
        Err(_) => return Err(refusal(Reason::Unreadable)),
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return Err(refusal(Reason::Unreadable));
    };
    let read = read_text(&text, false);
    if read.is_mostly_unreadable() {
        return Err(refused(Reason::MostlyUnreadable, read.problems));
    }
    Ok(read)
}
