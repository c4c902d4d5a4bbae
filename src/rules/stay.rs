//! The stay calculator for visa-free visitors and EAEU citizens: days used in the rolling
//! window, the latest safe exit for a planned entry, and the earliest date a full new stay is
//! possible. Every day of a stay counts, the days of entry and exit included (Decree No. 148
//! as amended in force 27 Jan 2023: 30 days per entry and 90 in any 180 for most visa-free
//! citizens, 90 in 180 for EAEU citizens, special cases per `entry_regimes.rs`).

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::entry_regimes::{EntryRegime, StayLimit};
use super::sources::SourceId;

/// One stay in Kazakhstan, both days included. `exit >= entry` by construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Stay {
    entry: NaiveDate,
    exit: NaiveDate,
}

impl Stay {
    /// A stay, or `None` if it would end before it starts.
    pub fn new(entry: NaiveDate, exit: NaiveDate) -> Option<Stay> {
        (exit >= entry).then_some(Stay { entry, exit })
    }

    /// The visitor's answer "`days` days spent in the window up to today", read cautiously
    /// until they give the stays' dates: as the days just before `today`, the latest those
    /// days can be, so they stay in every later window longest and no date computed from them
    /// is later than the true one. `None` for no days. It is an assumption, never a stay the
    /// visitor made, and is not shown as one.
    pub fn answered(days: u32, today: NaiveDate) -> Option<Stay> {
        let exit = today.checked_sub_days(chrono::Days::new(1))?;
        let entry = today.checked_sub_days(chrono::Days::new(u64::from(days)))?;
        (days > 0).then_some(Stay { entry, exit })
    }
}

/// The limits of a regime: days per entry, and at most `days` in any `window` days (unless the
/// rolling limit is unconfirmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct StayRule {
    pub days_per_entry: u16,
    pub rolling: Option<(u16, u16)>,
    /// Where the limits come from.
    pub source: SourceId,
}

impl StayRule {
    /// The limits of an entry regime, if it has any (EAEU citizens and visa-free visitors).
    pub fn for_regime(regime: EntryRegime) -> Option<StayRule> {
        match regime {
            EntryRegime::Eaeu => Some(StayRule {
                days_per_entry: 90,
                rolling: Some((90, 180)),
                source: SourceId::EaeuStay90Days,
            }),
            EntryRegime::VisaFree {
                days_per_entry,
                limit,
            } => Some(StayRule {
                days_per_entry,
                rolling: match limit {
                    StayLimit::Rolling { days, window } => Some((days, window)),
                    StayLimit::Unconfirmed => None,
                },
                source: SourceId::StayRules,
            }),
            EntryRegime::Citizen | EntryRegime::VisaRequired { .. } => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StayReport {
    /// Days already spent in the window that ends on the day of `on`.
    pub days_used: u32,
    pub window_start: Option<NaiveDate>,
    /// For a trip entering on `on`: the last day one may stay, or `None` if even the day of
    /// entry would break a limit.
    pub latest_exit: Option<NaiveDate>,
    /// The first day from `on` on which a stay of the full days per entry is possible.
    pub earliest_full_stay: NaiveDate,
}

/// The days of stays, merged (overlapping trips count each day once).
fn stay_days(stays: &[Stay], from: NaiveDate) -> BTreeSet<NaiveDate> {
    stays
        .iter()
        .flat_map(|stay| {
            // Days long before `from` can never fall in a window that matters.
            let start = stay.entry.max(from - Duration::days(366));
            start.iter_days().take_while(move |day| *day <= stay.exit)
        })
        .collect()
}

fn used(days: &BTreeSet<NaiveDate>, day: NaiveDate, window: u16) -> u32 {
    let start = day - Duration::days(i64::from(window) - 1);
    days.range(start..=day).count() as u32
}

/// The last day a stay entering on `entry` may last, given the earlier `days`.
fn latest_exit(days: &BTreeSet<NaiveDate>, rule: StayRule, entry: NaiveDate) -> Option<NaiveDate> {
    let mut last = None;
    for (index, day) in entry
        .iter_days()
        .take(usize::from(rule.days_per_entry))
        .enumerate()
    {
        if let Some((limit, window)) = rule.rolling {
            let earlier = used(days, day, window) - u32::from(days.contains(&day));
            let planned = (index as u32 + 1).min(u32::from(window));
            if earlier + planned > u32::from(limit) {
                break;
            }
        }
        last = Some(day);
    }
    last
}

/// Assesses a planned entry on `on` after the past `stays`.
pub fn assess(stays: &[Stay], rule: StayRule, on: NaiveDate) -> StayReport {
    let days = stay_days(stays, on);
    let (days_used, window_start) = match rule.rolling {
        Some((_, window)) => (
            used(&days, on - Duration::days(1), window),
            Some(on - Duration::days(i64::from(window))),
        ),
        None => (0, None),
    };
    let full = i64::from(rule.days_per_entry) - 1;
    // One window after the last day of the stays (or the day asked about, if later) every
    // stay day has left the window, and a full stay fits (no regime allows more days per entry
    // than in its window): the search ends there at the latest, stays booked ahead included.
    let last = stays
        .iter()
        .map(|stay| stay.exit)
        .max()
        .unwrap_or(on)
        .max(on);
    let horizon = last + Duration::days(rule.rolling.map_or(0, |(_, window)| i64::from(window)));
    let earliest_full_stay = on
        .iter_days()
        .take_while(|start| *start <= horizon)
        .find(|start| {
            latest_exit(&days, rule, *start).is_some_and(|exit| (exit - *start).num_days() >= full)
        })
        .unwrap_or(horizon);
    StayReport {
        days_used,
        window_start,
        latest_exit: latest_exit(&days, rule, on),
        earliest_full_stay,
    }
}
