//! The assessed plan as JSON, for the command line and the JS API: ids and numbers, with the
//! headline and each deadline worded in the chosen language.

use chrono::NaiveDate;
use serde::Serialize;

use super::assessment::{Counted, Fee, PlanAssessment};
use super::hire::Hire;
use super::wire::{Place, Problems};
use crate::i18n::{Lang, keys};
use crate::rules::{
    Answers, Eligibility, QuestionId, RULES_VERSION, RouteId, SCHEMA_VERSION, WorkPermit,
};

#[derive(Serialize)]
pub struct PlanReport {
    pub schema_version: u32,
    pub rules_version: &'static str,
    pub as_of: NaiveDate,
    pub hires: Vec<HireLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_breach: Option<BreachLine>,
    pub quota: Vec<QuotaEntry>,
    pub fees: Fees,
    pub timeline: Vec<TimelineEntry>,
    /// What was left out: the first [`crate::bounded::SHOWN`] different entries.
    pub ignored: Vec<IgnoredEntry>,
    /// How many more were left out beyond those listed.
    pub ignored_more: usize,
}

#[derive(Serialize)]
pub struct HireLine {
    /// The hire's row, from 1.
    pub row: usize,
    pub label: String,
    pub start: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unanswerable: Option<QuestionId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<RouteId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eligible: Option<Eligibility>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_permit: Option<WorkPermit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<Counted>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<Share>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    /// The questionnaire's answers for the hire: they open it in the questionnaire.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<Answers>,
}

#[derive(Serialize)]
pub struct Share {
    pub statement: &'static str,
    pub kazakh: Option<u32>,
    pub total: Option<u32>,
    pub share: Option<u32>,
    pub minimum: Option<u32>,
}

impl From<crate::rules::Share> for Share {
    fn from(counted: crate::rules::Share) -> Self {
        let statement = counted.statement().id.as_str();
        match counted {
            crate::rules::Share::LocalContent {
                kazakh,
                total,
                percent,
                minimum,
                ..
            } => Share {
                statement,
                kazakh: Some(kazakh),
                total: Some(total),
                share: Some(percent),
                minimum: Some(minimum),
            },
            crate::rules::Share::Transfer { kazakh, .. } => Share {
                statement,
                kazakh: Some(kazakh),
                total: None,
                share: None,
                minimum: None,
            },
        }
    }
}

#[derive(Serialize)]
pub struct BreachLine {
    pub row: usize,
    pub group: &'static str,
    pub add_kazakh: Option<u32>,
    pub recategorise: Vec<&'static str>,
}

#[derive(Serialize)]
pub struct QuotaEntry {
    pub year: i32,
    pub category: u8,
    pub new_permits: u32,
    pub extensions: u32,
    pub request_by: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct Fees {
    pub known_kzt_min: u64,
    pub known_kzt_max: u64,
    /// The rows whose fee is not known in tenge.
    pub unknown_rows: Vec<usize>,
}

#[derive(Serialize)]
pub struct TimelineEntry {
    pub row: usize,
    pub obligation: &'static str,
    pub text: &'static str,
    pub due: Option<NaiveDate>,
}

#[derive(Serialize)]
pub struct IgnoredEntry {
    /// Where: `{"row": n}`, a CSV file's row as a spreadsheet shows it (the header is row 1),
    /// or `{"hire": n}`, a JSON plan's hire from 1; absent for the company or the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The number of `place`, as earlier versions gave it; `null` for the company or the file.
    pub row: Option<usize>,
    pub key: String,
    pub value: String,
    pub reason: super::wire::Reason,
}

impl PlanReport {
    pub fn new(
        lang: Lang,
        hires: &[Hire],
        plan: &PlanAssessment,
        problems: &Problems,
        as_of: NaiveDate,
    ) -> Self {
        let lines = hires
            .iter()
            .zip(&plan.hires)
            .enumerate()
            .map(|(index, (hire, result))| {
                let assessed = result.as_ref().ok();
                let primary = assessed.map(|result| &result.outcome.primary);
                HireLine {
                    row: index + 1,
                    label: hire.label.clone(),
                    start: hire.start.format("%Y-%m").to_string(),
                    unanswerable: result.as_ref().err().map(|missing| missing.0),
                    route: primary.map(|route| route.route),
                    headline: primary.map(|route| lang.text(&keys::route_headline(route.route))),
                    eligible: primary.map(|route| route.eligible),
                    work_permit: primary.map(|route| route.work_permit),
                    category: assessed.and_then(|result| result.category),
                    counted: assessed.map(|result| result.counted),
                    share: assessed.and_then(|result| result.share).map(Share::from),
                    fee: assessed.map(|result| result.fee),
                    answers: assessed.map(|result| result.answers.clone()),
                }
            })
            .collect();
        let (known_kzt_min, known_kzt_max) = plan.known_fees_kzt();
        PlanReport {
            schema_version: SCHEMA_VERSION,
            rules_version: RULES_VERSION,
            as_of,
            hires: lines,
            first_breach: plan.first_breach.as_ref().map(|breach| BreachLine {
                row: breach.hire + 1,
                group: if breach.group == 0 { "1-2" } else { "3-4" },
                add_kazakh: breach.add_kazakh,
                recategorise: breach.recategorise.iter().map(|o| o.as_str()).collect(),
            }),
            quota: plan
                .quota
                .iter()
                .map(|line| QuotaEntry {
                    year: line.year,
                    category: line.category,
                    new_permits: line.new_permits,
                    extensions: line.extensions,
                    request_by: line.request_by,
                })
                .collect(),
            fees: Fees {
                known_kzt_min,
                known_kzt_max,
                unknown_rows: plan.unknown_fees().into_iter().map(|i| i + 1).collect(),
            },
            timeline: plan
                .timeline
                .iter()
                .map(|(index, deadline)| TimelineEntry {
                    row: index + 1,
                    obligation: deadline.obligation.id.as_str(),
                    text: lang.text(&keys::obligation(deadline.obligation.id)),
                    due: deadline.due.and_then(|due| due.date()),
                })
                .collect(),
            ignored: problems
                .iter()
                .map(|problem| IgnoredEntry {
                    place: problem.place,
                    row: problem.place.map(Place::number),
                    key: problem.key.clone(),
                    value: problem.value.clone(),
                    reason: problem.reason,
                })
                .collect(),
            ignored_more: problems.more(),
        }
    }
}

/// A plan as JSON (`{"company": …, "hires": […], "as_of": …}`) assessed as JSON: what the JS
/// API's `plan` returns. `Err` when the text is not such an object at all.
pub fn plan_report_json(text: &str, today: NaiveDate, lang: Lang) -> Result<String, String> {
    let plan = super::wire::plan_from_json(text)?;
    let day = plan.as_of.unwrap_or(today);
    let assessed = super::assess(&plan.company, &plan.hires, day);
    let report = PlanReport::new(lang, &plan.hires, &assessed, &plan.problems, day);
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}

/// `eligibility plan`: a plan as JSON (`{"company": …, "hires": […]}`), or the hires as CSV
/// with the company as `key=value&…` pairs (as in a share link); the assessment as JSON, or
/// as Markdown with `markdown`. The input is a file's bytes: refused whole if larger than a
/// plan can be or not text, and `Err` when it is not a plan at all (each reason worded in
/// `lang`); a bad value or row is listed under `ignored`.
pub fn plan_json(
    bytes: &[u8],
    company_pairs: Option<&str>,
    as_of: Option<NaiveDate>,
    today: NaiveDate,
    lang: Lang,
    markdown: bool,
) -> Result<String, String> {
    use super::wire::{MAX_BYTES, hires_from_csv, plan_from_json, text_of_file};
    let refused = |problems: Problems| {
        let lines = super::wording::problems(lang, &problems);
        format!("not a plan: {}", lines.join("\n  "))
    };
    let text = text_of_file(bytes).map_err(refused)?;
    if company_pairs.is_some_and(|pairs| pairs.len() > MAX_BYTES) {
        return Err(format!("--company is larger than {MAX_BYTES} bytes"));
    }
    let (company, hires, day, mut problems) = if text.trim_start().starts_with('{') {
        let plan = plan_from_json(&text)?;
        (plan.company, plan.hires, plan.as_of, plan.problems)
    } else {
        let (hires, problems) = hires_from_csv(&text).map_err(refused)?;
        (super::company::Company::default(), hires, None, problems)
    };
    let company = match company_pairs {
        Some(pairs) => {
            let (company, found, _) = super::wire::company(crate::i18n::pairs(pairs));
            problems.extend(found);
            company
        }
        None => company,
    };
    let day = as_of.or(day).unwrap_or(today);
    let plan = super::assess(&company, &hires, day);
    if markdown {
        return Ok(super::markdown::markdown(
            lang, &hires, &plan, &problems, day,
        ));
    }
    let report = PlanReport::new(lang, &hires, &plan, &problems, day);
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}
