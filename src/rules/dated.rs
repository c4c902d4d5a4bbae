//! Facts the law changes over time: each a table of periods, each period with its value and
//! the source it rests on. The engine asks a table for the value on the day the law is read;
//! a day outside every known period has no value, and the engine says the fact is not known
//! for that day rather than using another day's.

use chrono::NaiveDate;

use super::countries::Country;
use super::sources::SourceId;

/// A value that holds from `from` up to (not including) `until`.
#[derive(Clone, Copy, Debug)]
pub struct Period<T: 'static> {
    pub from: NaiveDate,
    /// The first day it no longer holds; `None` while no end is known.
    pub until: Option<NaiveDate>,
    pub value: T,
    pub source: SourceId,
}

impl<T> Period<T> {
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.from <= day && self.until.is_none_or(|until| day < until)
    }
}

/// A fact as a table of periods that do not overlap (a test holds every table to it).
pub struct Dated<T: 'static> {
    /// A stable name: the reference words it as `fact.<id>`.
    pub id: &'static str,
    pub periods: &'static [Period<T>],
    /// The value as the reference shows it.
    pub show: fn(&T) -> Shown,
}

/// A value of a dated fact, for the reference to word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// An amount (tenge, dollars).
    Amount(u32),
    /// An amount in monthly calculation indices.
    Mci(u32),
    /// At most `days` in any `window` days.
    Rolling { days: u16, window: u16 },
    /// One number per permit category, 1 to 4.
    PerCategory([u32; 4]),
    /// A day of each year.
    DayOfYear { month: u8, day: u8 },
    /// Minimum shares in per cent, for categories 1-2 and 3-4.
    Shares(u32, u32),
    /// Exempt up to this many staff; `None`: at any headcount.
    UpTo(Option<u32>),
    /// No exemption.
    NoExemption,
    /// A treaty party, from a day of this kind.
    Member(Since),
    /// The intra-corporate transfer's conditions and term.
    IctLimits {
        min_months: u32,
        max_share: u32,
        years: u32,
        extension_years: u32,
    },
}

impl<T> Dated<T> {
    /// The period in force on `day`, if the rules know one.
    pub fn on(&self, day: NaiveDate) -> Option<&'static Period<T>> {
        self.periods.iter().find(|period| period.holds_on(day))
    }

    /// The value on `day`, if the rules know it.
    pub fn value(&self, day: NaiveDate) -> Option<&'static T> {
        self.on(day).map(|period| &period.value)
    }

    /// The table's periods without their values, for the checks every table must pass.
    pub fn spans(&self) -> Table {
        Table {
            id: self.id,
            otherwise: None,
            spans: self
                .periods
                .iter()
                .map(|period| Span {
                    member: None,
                    from: period.from,
                    until: period.until,
                    source: period.source,
                    value: (self.show)(&period.value),
                })
                .collect(),
        }
    }
}

/// How a state's membership of a treaty is known to begin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// In force between it and Kazakhstan from this day; before it, not.
    Joined(NaiveDate),
    /// The sources confirm it from this day on; before it, whether it was is not known.
    KnownFrom(NaiveDate),
    /// Listed as a party, but whether it applies with Kazakhstan the sources do not settle.
    Unsettled,
}

impl Since {
    /// The first day of the period (an unsettled one spans every day).
    pub const fn day(self) -> NaiveDate {
        match self {
            Since::Joined(day) | Since::KnownFrom(day) => day,
            Since::Unsettled => NaiveDate::MIN,
        }
    }
}

/// A state's membership of a treaty with Kazakhstan, for a period.
#[derive(Clone, Copy, Debug)]
pub struct Member {
    /// ISO 3166-1 alpha-2 codes, apart by spaces: the states that share this period.
    pub codes: &'static str,
    pub since: Since,
    /// The first day it no longer holds (a withdrawal takes effect); `None` while none is known.
    pub until: Option<NaiveDate>,
    pub source: SourceId,
}

/// Whether a state is party to a treaty with Kazakhstan on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Membership {
    Party(SourceId),
    NotParty,
    /// The state is a party now, but whether it was on that day is not known.
    NotKnown(SourceId),
}

/// The parties to a treaty with Kazakhstan, each with the period it is in force for.
pub struct Members {
    /// A stable name: the reference words it as `fact.<id>`.
    pub id: &'static str,
    pub members: &'static [Member],
    /// The source the result cites on a day no period covers, where it is not a member's.
    pub otherwise: Option<SourceId>,
}

impl Members {
    pub fn on(&self, country: Country, day: NaiveDate) -> Membership {
        let mut periods = self
            .members
            .iter()
            .filter(|member| country.is_listed_in(member.codes));
        let mut not_known = None;
        let held = periods.find(|member| {
            if member.until.is_some_and(|until| day >= until) {
                return false;
            }
            match member.since {
                Since::Joined(from) => from <= day,
                Since::KnownFrom(from) if from <= day => true,
                Since::KnownFrom(_) | Since::Unsettled => {
                    not_known = Some(member.source);
                    false
                }
            }
        });
        match (held, not_known) {
            (Some(member), _) => Membership::Party(member.source),
            (None, Some(source)) => Membership::NotKnown(source),
            (None, None) => Membership::NotParty,
        }
    }

    /// Whether the state is listed, on any day.
    pub fn lists(&self, country: Country) -> bool {
        self.members
            .iter()
            .any(|member| country.is_listed_in(member.codes))
    }

    /// One span per state and period.
    pub fn spans(&self) -> Table {
        Table {
            id: self.id,
            otherwise: self.otherwise,
            spans: self
                .members
                .iter()
                .flat_map(|member| {
                    member.codes.split_whitespace().map(|code| Span {
                        member: Some(code),
                        from: member.since.day(),
                        until: member.until,
                        source: member.source,
                        value: Shown::Member(member.since),
                    })
                })
                .collect(),
        }
    }
}

/// A table's periods, for the checks: each has a source, and no two periods of one fact (or
/// of one member) overlap.
pub struct Table {
    pub id: &'static str,
    pub spans: Vec<Span>,
    /// The source cited on a day no period covers, where it is not a period's.
    pub otherwise: Option<SourceId>,
}

#[derive(Clone, Copy, Debug)]
pub struct Span {
    pub member: Option<&'static str>,
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
    pub source: SourceId,
    pub value: Shown,
}
