//! Deadlines as dates: each obligation's time limit applied to the dates the user gives, with
//! the working-day calendar, ordered, and placed relative to "today" (an input, never a clock).

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, Months, NaiveDate};
use serde::Serialize;

use super::calendar::{self, CalendarStatus};
use super::outcome::{Anchor, DeadlineRule, Obligation, Outcome};

/// The dates the user gave, by the event they mark.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dates {
    given: BTreeMap<Anchor, NaiveDate>,
    /// Length of the mentoring period, 6 to 12 months (6 unless given).
    mentoring_months: Option<u8>,
}

pub const MENTORING_MONTHS: std::ops::RangeInclusive<u8> = 6..=12;

impl Dates {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with(mut self, anchor: Anchor, date: NaiveDate) -> Self {
        if anchor != Anchor::EndOfMentoring {
            self.given.insert(anchor, date);
        }
        self
    }

    pub fn with_mentoring_months(mut self, months: u8) -> Self {
        if MENTORING_MONTHS.contains(&months) {
            self.mentoring_months = Some(months);
        }
        self
    }

    pub fn mentoring_months(&self) -> u8 {
        self.mentoring_months.unwrap_or(*MENTORING_MONTHS.start())
    }

    pub fn given(&self) -> impl Iterator<Item = (Anchor, NaiveDate)> + '_ {
        self.given.iter().map(|(anchor, date)| (*anchor, *date))
    }

    /// The date of an anchor: given, or for the end of mentoring, the start of work plus the
    /// mentoring period.
    pub fn get(&self, anchor: Anchor) -> Option<NaiveDate> {
        match anchor {
            Anchor::EndOfMentoring => self
                .given
                .get(&Anchor::StartOfWork)?
                .checked_add_months(Months::new(u32::from(self.mentoring_months()))),
            _ => self.given.get(&anchor).copied(),
        }
    }
}

/// When something is due: not before `earliest`, at the latest `latest`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Due {
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
}

impl Due {
    /// The date the timeline sorts and the calendar shows it on.
    pub fn date(&self) -> Option<NaiveDate> {
        self.latest.or(self.earliest)
    }
}

/// Where a deadline stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Standing {
    /// Not yet allowed: opens in `days` calendar days.
    NotYet {
        days: i64,
    },
    /// Allowed from a date that has come, with no latest date ("not before" rules): open from
    /// now on, never overdue.
    OpenNow,
    /// Open, with `days` calendar and `working_days` working days left.
    Open {
        days: i64,
        working_days: i64,
    },
    DueToday,
    Overdue {
        days: i64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub obligation: Obligation,
    /// `None` while the date it counts from is not given.
    pub due: Option<Due>,
    /// The date the user still has to give for this deadline. With `due` set, `due` is only
    /// the latest the start of work leaves ([`planned_timeline`]); the exact deadline counts
    /// from this date.
    pub needs: Option<Anchor>,
    /// True when a working-day count runs through a year whose transfers are not known.
    pub estimate: bool,
}

fn counts_working_days(rule: DeadlineRule) -> bool {
    matches!(
        rule,
        DeadlineRule::WorkingDaysAfter { .. } | DeadlineRule::WorkingDaysBefore { .. }
    )
}

fn anchor_of(rule: DeadlineRule) -> Option<Anchor> {
    match rule {
        DeadlineRule::WorkingDaysAfter { anchor, .. }
        | DeadlineRule::DaysAfter { anchor, .. }
        | DeadlineRule::NotBeforeDaysAfter { anchor, .. }
        | DeadlineRule::WorkingDaysBefore { anchor, .. }
        | DeadlineRule::WindowBefore { anchor, .. } => Some(anchor),
        DeadlineRule::YearlyBy { .. } | DeadlineRule::By { .. } => None,
    }
}

/// Applies a rule to its anchor date (or, for a yearly date, to "today").
pub fn due(rule: DeadlineRule, anchor: Option<NaiveDate>, today: NaiveDate) -> Option<Due> {
    let days = |n: u16| Duration::days(i64::from(n));
    let (earliest, latest) = match rule {
        DeadlineRule::WorkingDaysAfter { working_days, .. } => (
            None,
            Some(calendar::add_working_days(anchor?, working_days)),
        ),
        DeadlineRule::DaysAfter { days: n, .. } => (None, anchor?.checked_add_signed(days(n))),
        DeadlineRule::NotBeforeDaysAfter { days: n, .. } => {
            (anchor?.checked_add_signed(days(n)), None)
        }
        DeadlineRule::WorkingDaysBefore { working_days, .. } => (
            None,
            Some(calendar::subtract_working_days(anchor?, working_days)),
        ),
        DeadlineRule::WindowBefore {
            earliest, latest, ..
        } => (
            anchor?.checked_sub_signed(days(earliest)),
            anchor?.checked_sub_signed(days(latest)),
        ),
        DeadlineRule::YearlyBy { month, day } => {
            let this_year =
                NaiveDate::from_ymd_opt(today.year(), u32::from(month), u32::from(day))?;
            let next = if this_year >= today {
                this_year
            } else {
                NaiveDate::from_ymd_opt(today.year() + 1, u32::from(month), u32::from(day))?
            };
            (None, Some(next))
        }
        DeadlineRule::By { date } => (None, Some(date)),
    };
    Some(Due { earliest, latest })
}

/// Where a due date stands on `today`.
pub fn standing(due: Due, today: NaiveDate) -> Option<Standing> {
    if let Some(earliest) = due.earliest
        && earliest > today
    {
        return Some(Standing::NotYet {
            days: (earliest - today).num_days(),
        });
    }
    let Some(latest) = due.latest else {
        return due.earliest.map(|_| Standing::OpenNow);
    };
    Some(if latest < today {
        Standing::Overdue {
            days: (today - latest).num_days(),
        }
    } else if latest == today {
        Standing::DueToday
    } else {
        Standing::Open {
            days: (latest - today).num_days(),
            working_days: calendar::working_days_between(today, latest),
        }
    })
}

/// The outcome's deadlines as dates, ordered: dated ones first by date, then those still
/// waiting for a date.
pub fn timeline(outcome: &Outcome, dates: &Dates, today: NaiveDate) -> Vec<Deadline> {
    let mut entries: Vec<Deadline> = outcome
        .deadlines()
        .map(|(obligation, rule)| {
            let anchor = anchor_of(rule);
            let anchor_date = anchor.and_then(|a| dates.get(a));
            let due = due(rule, anchor_date, today);
            let needs = match (anchor, due) {
                (Some(Anchor::EndOfMentoring), None) => Some(Anchor::StartOfWork),
                (Some(anchor), None) => Some(anchor),
                _ => None,
            };
            let estimate = counts_working_days(rule)
                && due
                    .and_then(|d| d.date())
                    .is_some_and(|d| calendar::status(d.year()) == CalendarStatus::Estimate);
            Deadline {
                obligation: obligation.clone(),
                due,
                needs,
                estimate,
            }
        })
        .collect();
    in_order(&mut entries);
    entries
}

/// Dated entries first, by date; equal dates keep the outcome's order (cached-key sorting
/// does that without bringing a second, stable, sort algorithm into the wasm).
fn in_order(entries: &mut [Deadline]) {
    entries.sort_by_cached_key(|entry| {
        (
            entry.due.and_then(|d| d.date()).is_none(),
            entry.due.and_then(|d| d.date()),
        )
    });
}

impl Deadline {
    /// Whether the date is only the latest the start of work leaves, the exact deadline
    /// counting from a date not given ([`planned_timeline`]).
    pub fn is_latest_before_start(&self) -> bool {
        self.due.is_some() && self.needs.is_some()
    }
}

/// The permit is issued the working day after its fee is paid (Order 279's procedure, the
/// fee payment's source) and must be held when work starts.
const PERMIT_ISSUED_WORKING_DAYS_AFTER_PAYMENT: u16 = 1;

/// The latest day the start of work leaves for a step of the employer's permit whose own
/// deadline counts from a date not known yet, by the time limits the rules know:
/// - the fee, due within working days of the approval notice, is paid at the latest the
///   working day before the start, since the permit is issued the working day after payment;
/// - the vacancy is posted at the latest its `days` calendar days before that, since the
///   application is filed no earlier than `days` after the posting and before the fee is paid.
///
/// The review of the application, whose length the rules do not give, comes on top: these are
/// the latest dates, not the advisable ones. Other deadlines are not fixed by the start.
pub fn latest_before_start(rule: DeadlineRule, start: NaiveDate) -> Option<NaiveDate> {
    let paid_by = calendar::subtract_working_days(start, PERMIT_ISSUED_WORKING_DAYS_AFTER_PAYMENT);
    match rule {
        DeadlineRule::WorkingDaysAfter {
            anchor: Anchor::ApprovalNotice,
            ..
        } => Some(paid_by),
        DeadlineRule::NotBeforeDaysAfter {
            anchor: Anchor::VacancyPosting,
            days,
        } => paid_by.checked_sub_signed(Duration::days(i64::from(days))),
        _ => None,
    }
}

/// The deadlines of a hire planned from its start of work alone (the hiring plan's, which
/// takes the first day of the start month): [`timeline`] counted from that day, with every
/// date the start fixes although the date its deadline counts from is not given:
/// - a step of the permit before the start, at the latest the start leaves
///   ([`latest_before_start`]; `needs` still names the date its exact deadline counts from);
/// - a yearly duty for the following year (the quota request), the one for the start's year:
///   due in the year before it, passed or not.
///
/// What the start does not fix (entry, the permit's or the visa's expiry, a change of
/// employer) stays without a date.
pub fn planned_timeline(outcome: &Outcome, start: NaiveDate, today: NaiveDate) -> Vec<Deadline> {
    let dates = Dates::new().with(Anchor::StartOfWork, start);
    let mut entries = timeline(outcome, &dates, today);
    let year_before = NaiveDate::from_ymd_opt(start.year() - 1, 1, 1);
    for entry in &mut entries {
        let Some(rule) = entry.obligation.deadline else {
            continue;
        };
        match rule {
            DeadlineRule::YearlyBy { .. } => {
                entry.due = year_before.and_then(|day| due(rule, None, day));
            }
            _ if entry.due.is_none() => {
                if let Some(latest) = latest_before_start(rule, start) {
                    entry.due = Some(Due {
                        earliest: None,
                        latest: Some(latest),
                    });
                    // Counted back in working days from the start.
                    entry.estimate = [start, latest]
                        .iter()
                        .any(|day| calendar::status(day.year()) == CalendarStatus::Estimate);
                }
            }
            _ => {}
        }
    }
    in_order(&mut entries);
    entries
}

/// The date the user gives for a deadline rule: the anchor it counts from, except the end of
/// mentoring, which follows from the start of work and the mentoring period's length.
pub fn input_anchor(rule: DeadlineRule) -> Option<Anchor> {
    anchor_of(rule).map(|anchor| {
        if anchor == Anchor::EndOfMentoring {
            Anchor::StartOfWork
        } else {
            anchor
        }
    })
}

/// The anchors the outcome's deadlines count from that the user can give, in a stable order.
pub fn anchors_needed(outcome: &Outcome) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = outcome
        .deadlines()
        .filter_map(|(_, rule)| input_anchor(rule))
        .collect();
    anchors.sort_unstable();
    anchors.dedup();
    anchors
}
