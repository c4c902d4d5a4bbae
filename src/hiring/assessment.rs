//! The plan assessed: each hire through the engine in order, with the staff the hires before
//! it added, then what holds across the plan.

use chrono::{Datelike, NaiveDate};

use super::company::Company;
use super::hire::{Counts, Hire, Unanswerable};
use crate::rules::{
    Answers, Deadline, DeadlineRule, Eligibility, ObligationId, OptionId as O, Outcome, PermitFee,
    QuestionId as Q, RouteId, Share, WorkPermit, due, permit_category, planned_timeline,
    staff_group,
};

/// What a hire adds to the company's foreign staff in its category group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// A worker under the employer's permit: counted in the local-content ratio.
    Permit,
    /// A transferred worker: counted against the transfer's own share.
    Transfer,
    /// Neither (exempt, or no permit at all).
    Neither,
}

/// What a hire's permit costs, as far as the rules know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fee {
    /// No permit, so no permit fee.
    None,
    /// The permit is free (the intra-corporate transfer).
    Free,
    /// Within this range of tenge, at the MCI of the start's year.
    RangeKzt { min: u64, max: u64 },
    /// Within this range of MCI; the MCI of the start's year is not in the rules.
    RangeMci { min: u32, max: u32 },
    /// A permit whose fee the rules do not give.
    Unknown,
}

/// One hire as the engine assessed it in the plan's order.
#[derive(Clone, Debug, PartialEq)]
pub struct HireResult {
    /// The questionnaire's answers for it (they open it in the questionnaire).
    pub answers: Answers,
    pub outcome: Outcome,
    pub category: Option<u8>,
    pub counted: Counted,
    /// The local-content (or transfer) share once this hire is counted, as the engine counts
    /// it.
    pub share: Option<Share>,
    pub fee: Fee,
}

/// The first hire that would breach the local-content ratio, and what would fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Breach {
    pub hire: usize,
    /// The category group: 0 for categories 1-2, 1 for 3-4.
    pub group: u8,
    /// How many Kazakh citizens to add to the group's staff first, if any number within the
    /// question's bounds would do.
    pub add_kazakh: Option<u32>,
    /// Positions of the other group under which the hire would be open.
    pub recategorise: Vec<O>,
}

/// The permits of one category whose work starts in a year, to put in that year's quota
/// request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotaLine {
    pub year: i32,
    pub category: u8,
    pub new_permits: u32,
    pub extensions: u32,
    /// The day the request is due (the quota request's own rule).
    pub request_by: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanAssessment {
    /// Each hire in order: its result, or the question the plan could not answer for it.
    pub hires: Vec<Result<HireResult, Unanswerable>>,
    pub first_breach: Option<Breach>,
    /// By year, then category; only years after the day assessed as of.
    pub quota: Vec<QuotaLine>,
    /// Every hire's deadlines in one list, by date (those without a date yet last), each
    /// with the index of its hire.
    pub timeline: Vec<(usize, Deadline)>,
}

impl HireResult {
    /// Whether the hire is refused: its route is not open, so none of its duties is to be done.
    pub fn is_refused(&self) -> bool {
        self.outcome.primary.eligible == Eligibility::No
    }
}

impl PlanAssessment {
    /// The fees the rules give in tenge, added up: the lowest and the highest total.
    pub fn known_fees_kzt(&self) -> (u64, u64) {
        self.results()
            .map(|(_, result)| match result.fee {
                Fee::RangeKzt { min, max } => (min, max),
                _ => (0, 0),
            })
            .fold((0, 0), |(a, b), (min, max)| (a + min, b + max))
    }

    /// The hires whose permit fee is not known in tenge.
    pub fn unknown_fees(&self) -> Vec<usize> {
        self.results()
            .filter(|(_, result)| matches!(result.fee, Fee::RangeMci { .. } | Fee::Unknown))
            .map(|(index, _)| index)
            .collect()
    }

    /// The hires the plan could assess, with their index.
    pub fn results(&self) -> impl Iterator<Item = (usize, &HireResult)> {
        self.hires
            .iter()
            .enumerate()
            .filter_map(|(index, result)| Some((index, result.as_ref().ok()?)))
    }
}

/// Assesses the hires in order as of a day.
pub fn assess(company: &Company, hires: &[Hire], as_of: NaiveDate) -> PlanAssessment {
    let mut foreign = company.foreign;
    let mut transferred = company.transferred;
    let mut deputy_slot_used = false;
    let mut results = Vec::with_capacity(hires.len());
    let mut first_breach = None;
    for (index, hire) in hires.iter().enumerate() {
        let group = usize::from(hire.group().unwrap_or(0));
        let counts = Counts {
            kazakh: company.kazakh[group],
            foreign: foreign[group],
            transferred: transferred[group],
            deputy_slot_used,
        };
        let result = hire
            .evaluate(company, counts, as_of)
            .map(|(answers, outcome)| {
                let counted = match outcome.primary.route {
                    RouteId::EmployerWorkPermit => Counted::Permit,
                    RouteId::IntraCorporateTransfer => Counted::Transfer,
                    _ => Counted::Neither,
                };
                let facts = outcome.primary.facts;
                HireResult {
                    category: facts.category,
                    share: facts.share,
                    fee: fee(&outcome, hire.start),
                    counted,
                    answers,
                    outcome,
                }
            });
        if let Ok(result) = &result {
            match result.counted {
                Counted::Permit => foreign[group] += 1,
                Counted::Transfer => transferred[group] += 1,
                Counted::Neither => {}
            }
            // The deputy of a wholly foreign-owned company who needs no permit takes the slot.
            if result.outcome.primary.route == RouteId::ForeignOwnedHead
                && hire.answers.is(Q::Position, O::DeputyHead)
            {
                deputy_slot_used = true;
            }
            if first_breach.is_none() && breaches(&result.outcome) {
                let other = 1 - group;
                let elsewhere = Counts {
                    kazakh: company.kazakh[other],
                    foreign: foreign[other],
                    transferred: transferred[other],
                    deputy_slot_used,
                };
                first_breach = Some(fix(company, hire, [counts, elsewhere], as_of, index));
            }
        }
        results.push(result);
    }
    let quota = quota(hires, &results, as_of);
    let timeline = merged_timeline(hires, &results, as_of);
    PlanAssessment {
        hires: results,
        first_breach,
        quota,
        timeline,
    }
}

/// Whether the engine refuses the permit with the local-content share short of its minimum.
fn breaches(outcome: &Outcome) -> bool {
    let route = &outcome.primary;
    route.eligible == Eligibility::No
        && route.facts.share.is_some_and(|share| {
            matches!(
                share,
                Share::LocalContent {
                    unless_exempt: false,
                    ..
                }
            ) && !share.is_met()
        })
}

/// The permit fee as the engine gives it, in tenge where the start's year has a known MCI.
fn fee(outcome: &Outcome, start: NaiveDate) -> Fee {
    let route = &outcome.primary;
    match route.facts.fee {
        Some(PermitFee::Free) => Fee::Free,
        _ if route.work_permit != WorkPermit::Required => Fee::None,
        None => Fee::Unknown,
        Some(PermitFee::RangeMci { min, max }) => match crate::rules::mci_kzt(start) {
            Some(kzt) => Fee::RangeKzt {
                min: u64::from(min) * u64::from(kzt),
                max: u64::from(max) * u64::from(kzt),
            },
            None => Fee::RangeMci { min, max },
        },
    }
}

/// What would open the hire that breaches the ratio, found by asking the engine again: the
/// fewest Kazakh staff to add first, and the other group's positions under which it is open.
/// `counts` are the staff counted before the hire in its own group, then in the other.
fn fix(
    company: &Company,
    hire: &Hire,
    counts: [Counts; 2],
    as_of: NaiveDate,
    index: usize,
) -> Breach {
    let [counts, elsewhere] = counts;
    let group = hire.group().unwrap_or(0);
    // The company as applying the fix leaves it (`Company::with_kazakh_added`), asked again.
    let opens = |added: u32| {
        let company = company.with_kazakh_added(group, added);
        let counts = Counts {
            kazakh: company.kazakh[usize::from(group)],
            ..counts
        };
        hire.evaluate(&company, counts, as_of)
            .is_ok_and(|(_, outcome)| !breaches(&outcome))
    };
    // The smallest number that opens it: double until one does, then halve the gap.
    let mut high = 1u32;
    while high <= 1_000_000 && !opens(high) {
        high *= 2;
    }
    let add_kazakh = (high <= 1_000_000 || opens(1_000_000)).then(|| {
        let mut low = high / 2;
        let mut high = high.min(1_000_000);
        while low + 1 < high {
            let middle = low + (high - low) / 2;
            if opens(middle) {
                high = middle;
            } else {
                low = middle;
            }
        }
        high
    });
    let other = 1 - group;
    let recategorise = Q::Position
        .question()
        .options()
        .iter()
        .copied()
        .filter(|position| permit_category(*position).map(staff_group) == Some(other))
        .filter(|position| {
            let moved = Hire {
                answers: hire.answers.clone().with_choice(Q::Position, *position),
                ..hire.clone()
            };
            moved
                .evaluate(company, elsewhere, as_of)
                .is_ok_and(|(_, outcome)| outcome.primary.eligible != Eligibility::No)
        })
        .collect();
    Breach {
        hire: index,
        group,
        add_kazakh,
        recategorise,
    }
}

/// The permits to request in each later year's quota, by category.
fn quota(
    hires: &[Hire],
    results: &[Result<HireResult, Unanswerable>],
    as_of: NaiveDate,
) -> Vec<QuotaLine> {
    let mut lines: Vec<QuotaLine> = Vec::new();
    for (hire, result) in hires.iter().zip(results) {
        let Ok(result) = result else { continue };
        let year = hire.start.year();
        let (Counted::Permit, Some(category)) = (result.counted, result.category) else {
            continue;
        };
        if year <= as_of.year() || result.is_refused() {
            continue;
        }
        let extension = hire.answers.is(Q::PermitRequest, O::Extension);
        let position = lines
            .iter()
            .position(|line| line.year == year && line.category == category);
        let line = match position {
            Some(index) => &mut lines[index],
            None => {
                lines.push(QuotaLine {
                    year,
                    category,
                    new_permits: 0,
                    extensions: 0,
                    request_by: request_by(results, year),
                });
                lines.last_mut().expect("just pushed")
            }
        };
        if extension {
            line.extensions += 1;
        } else {
            line.new_permits += 1;
        }
    }
    lines.sort_by_key(|line| (line.year, line.category));
    lines
}

/// The day a year's quota request is due, by the quota request's own rule as some hire's
/// outcome states it.
fn request_by(results: &[Result<HireResult, Unanswerable>], year: i32) -> Option<NaiveDate> {
    let rule = results
        .iter()
        .flatten()
        .flat_map(|result| &result.outcome.obligations)
        .find(|obligation| obligation.id == ObligationId::QuotaRequest)?
        .deadline?;
    // The yearly date that follows the first day of the year before.
    let before = NaiveDate::from_ymd_opt(year - 1, 1, 1)?;
    matches!(rule, DeadlineRule::YearlyBy { .. })
        .then(|| due(rule, None, before))
        .flatten()
        .and_then(|due| due.date())
}

/// Every hire's deadlines in one list, each counted from the first day of its start month
/// (`Hire::start`, the plan's one convention) with every date that day fixes
/// (`rules::planned_timeline`). A refused hire has none: nothing of its route is to be done.
fn merged_timeline(
    hires: &[Hire],
    results: &[Result<HireResult, Unanswerable>],
    as_of: NaiveDate,
) -> Vec<(usize, Deadline)> {
    let mut entries: Vec<(usize, Deadline)> = hires
        .iter()
        .zip(results)
        .enumerate()
        .filter_map(|(index, (hire, result))| Some((index, hire, result.as_ref().ok()?)))
        .filter(|(_, _, result)| !result.is_refused())
        .flat_map(|(index, hire, result)| {
            planned_timeline(&result.outcome, hire.start, as_of)
                .into_iter()
                .map(move |deadline| (index, deadline))
        })
        .collect();
    // The employer's own yearly planning (the quota request) is one deadline for the whole
    // plan each year, not one per hire: the first hire's of each date stands for all.
    let mut planning = Vec::new();
    entries.retain(|(_, deadline)| {
        let key = (
            deadline.obligation.id,
            deadline.due.and_then(|due| due.date()),
        );
        !key.0.is_employer_planning() || {
            let first = !planning.contains(&key);
            planning.push(key);
            first
        }
    });
    entries.sort_by_key(|(index, deadline)| {
        (
            deadline.due.and_then(|due| due.date()).is_none(),
            deadline.due.and_then(|due| due.date()),
            *index,
        )
    });
    entries
}
