//! A whole plan as JSON: `{"company": {...}, "hires": [{...}], "as_of": "YYYY-MM-DD"}`, the
//! company's and each hire's values as strings or numbers, read leniently
//! ([`crate::lenient_json`]): a bad value, a repeated key or a field of the wrong shape is
//! listed and left out, and only text that is not such an object at all is refused.

use chrono::NaiveDate;

use super::super::company::Company;
use super::super::hire::Hire;
use super::{MAX_BYTES, MAX_HIRES, Place, Problem, Problems, Reason, company, hire};
use crate::lenient_json::{self, Value};

pub struct JsonPlan {
    pub company: Company,
    pub hires: Vec<Hire>,
    pub as_of: Option<NaiveDate>,
    pub problems: Problems,
}

/// The members of an object as text pairs; a null member is no value. What is not an object
/// is `None`.
fn pairs(value: Value) -> Option<Vec<(String, String)>> {
    let Value::Object(members) = value else {
        return None;
    };
    Some(
        members
            .into_iter()
            .filter_map(|(key, raw)| Some((key, lenient_json::text_of(raw)?)))
            .collect(),
    )
}

pub fn plan_from_json(text: &str) -> Result<JsonPlan, String> {
    if text.len() > MAX_BYTES {
        return Err(format!(
            "the plan is {} bytes; a plan is at most {MAX_BYTES} bytes",
            text.len()
        ));
    }
    let value = lenient_json::parse(text).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(members) = value else {
        return Err("a plan is a JSON object with \"company\" and \"hires\"".to_owned());
    };
    let mut plan = JsonPlan {
        company: Company::default(),
        hires: Vec::new(),
        as_of: None,
        problems: Problems::new(),
    };
    let known = ["company", "hires", "as_of"];
    for (name, raw, first) in lenient_json::known_members(&members, &known) {
        let problem = |reason| Problem::new(None, name, raw.get(), reason);
        if !first {
            plan.problems.push(problem(Reason::Duplicate));
            continue;
        }
        let value = lenient_json::read(raw);
        if matches!(value, Value::Null) {
            continue;
        }
        match name {
            "company" => match pairs(value) {
                Some(pairs) => {
                    let (company, found, _) =
                        company(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                    plan.company = company;
                    plan.problems.extend(found);
                }
                None => plan.problems.push(problem(Reason::InvalidValue)),
            },
            "hires" => match value {
                Value::Array(rows) => read_hires(&rows, &mut plan),
                _ => plan.problems.push(problem(Reason::InvalidValue)),
            },
            _ => match value {
                Value::Text(date) => match crate::iso_date::parse(&date) {
                    Some(date) => plan.as_of = Some(date),
                    None => plan.problems.push(problem(Reason::InvalidValue)),
                },
                _ => plan.problems.push(problem(Reason::InvalidValue)),
            },
        }
    }
    Ok(plan)
}

fn read_hires(rows: &[&serde_json::value::RawValue], plan: &mut JsonPlan) {
    for (index, raw) in rows.iter().enumerate() {
        let place = Place::Hire(index + 1);
        if plan.hires.len() == MAX_HIRES {
            plan.problems
                .push(Problem::new(Some(place), "", "", Reason::TooManyHires));
            break;
        }
        let Some(pairs) = pairs(lenient_json::read(raw)) else {
            plan.problems.push(Problem::new(
                Some(place),
                "",
                raw.get(),
                Reason::InvalidValue,
            ));
            continue;
        };
        match hire(place, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))) {
            Ok(hire) => plan.hires.push(hire),
            Err(found) => plan.problems.extend(found),
        }
    }
}
