//! The plan being edited: the company, the hires in order (each with a key that stays with it
//! when rows move), and the assessment, worked out again by the engine whenever either changes.
//! It is kept on this device as text ([`crate::hiring::link::text`]), read back as untrusted.

use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;

use super::super::browser::storage;
use crate::hiring::wire::Problems;
use crate::hiring::wording::hire_names;
use crate::hiring::{Company, Hire, PlanAssessment, assess, link};

/// One hire in the editor; `key` identifies its card while rows are added, moved and removed.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: u32,
    pub hire: Hire,
    /// How many edits this hire has had: what its card watches, so that an edit of another
    /// hire (a letter of its label) does not re-run this card's fields.
    edits: usize,
}

#[derive(Clone, Copy)]
pub struct PlanState {
    pub company: RwSignal<Company>,
    pub rows: RwSignal<Vec<Row>>,
    next_key: StoredValue<u32>,
    /// What the last link (or the stored plan) brought that could not be read.
    pub problems: RwSignal<Problems>,
    /// Whether the link's plan was refused whole (the plan here left as it was).
    pub link_refused: RwSignal<bool>,
    /// The plan a file or link replaced, as stored text, until it is restored or dismissed.
    pub before: RwSignal<Option<String>>,
    pub assessment: Memo<PlanAssessment>,
    /// Each hire's name in the plan's lists ("2 (Welder)"): what a label changes.
    pub names: Memo<Vec<String>>,
    pub as_of: NaiveDate,
}

impl PlanState {
    /// The plan stored on this device, or a link's plan in its place (the stored one kept to
    /// restore), as of `as_of`.
    pub fn new(shared: Option<String>, as_of: NaiveDate) -> Self {
        let company = RwSignal::new(Company::default());
        let rows = RwSignal::new(Vec::new());
        // What the engine reads: the hires without their labels, so that typing a label does
        // not assess the plan again at every key.
        let assessed = Memo::new(move |_| {
            rows.with(|rows: &Vec<Row>| {
                rows.iter()
                    .map(|row| Hire {
                        label: String::new(),
                        ..row.hire.clone()
                    })
                    .collect::<Vec<_>>()
            })
        });
        let assessment = Memo::new(move |_| {
            assessed.with(|hires| company.with(|company| assess(company, hires, as_of)))
        });
        let names = Memo::new(move |_| {
            rows.with(|rows: &Vec<Row>| hire_names(rows.iter().map(|row| row.hire.label.as_str())))
        });
        let state = PlanState {
            names,
            company,
            rows,
            next_key: StoredValue::new(0),
            problems: RwSignal::new(Problems::new()),
            link_refused: RwSignal::new(false),
            before: RwSignal::new(storage::load(storage::PLAN_BEFORE)),
            assessment,
            as_of,
        };
        // A link's plan takes the place of this one unless it is refused whole; the plan
        // this device stored then stays, and the link's problems are said.
        let mut taken_from_link = false;
        let refused = match shared.as_deref().map(link::decode) {
            Some(Ok(read)) => {
                state.replace(read.company, read.hires, read.problems);
                taken_from_link = true;
                None
            }
            Some(Err(problems)) => Some(problems),
            None => None,
        };
        let stored = (shared.is_none() || refused.is_some())
            .then(|| storage::load(storage::PLAN))
            .flatten()
            .filter(|text| !text.trim().is_empty());
        if let Some(text) = stored {
            // What this device stored is what it wrote: anything unreadable in it is still
            // said, but nothing is kept aside.
            let read = link::read_text(&text, true);
            state.set(read.company, read.hires);
            state.problems.set(read.problems);
        }
        if let Some(problems) = refused {
            state.problems.set(problems);
            state.link_refused.set(true);
        }
        // Every change is stored once the screen shows it, and at once if the page is left
        // first: closing the tab loses nothing, and writing out a plan of 1,000 hires (some
        // 20 ms) is kept out of the letter typed. The plan as read from this device is written
        // back only if a link brought it or something in it could not be read.
        let pending = StoredValue::new(false);
        let store = move || {
            if pending.try_get_value() == Some(true) {
                pending.set_value(false);
                if let Some(text) = state.try_text_untracked() {
                    storage::save(storage::PLAN, &text);
                }
            }
        };
        let rewrite = taken_from_link || state.problems.with_untracked(|p| !p.is_empty());
        Effect::new(move |first: Option<()>| {
            state.rows.track();
            state.company.track();
            if (first.is_some() || rewrite) && !pending.get_value() {
                pending.set_value(true);
                super::super::browser::later::after_paint(store);
            }
        });
        let leaving = window_event_listener(leptos::ev::pagehide, move |_| store());
        on_cleanup(move || {
            store();
            leaving.remove();
        });
        state
    }

    fn set(&self, company: Company, hires: Vec<Hire>) {
        let rows = hires
            .into_iter()
            .map(|hire| Row {
                key: self.key(),
                hire,
                edits: 0,
            })
            .collect();
        self.company.set(company);
        self.rows.set(rows);
    }

    /// Puts a file's or link's plan in place of this one, keeping this one to restore if it
    /// had anything in it.
    pub fn replace(&self, company: Company, hires: Vec<Hire>, problems: Problems) {
        // The plan on the screen, else (a link opened on a fresh page) the one stored.
        let kept = if self.rows.with_untracked(|rows| !rows.is_empty()) {
            self.try_text_untracked()
        } else {
            storage::load(storage::PLAN).filter(|text| has_hires(text))
        };
        if let Some(text) = kept {
            storage::save(storage::PLAN_BEFORE, &text);
            self.before.set(Some(text));
        }
        self.set(company, hires);
        self.problems.set(problems);
        self.link_refused.set(false);
    }

    /// Brings back the plan a file or link replaced.
    pub fn restore(&self) {
        if let Some(text) = self.before.get_untracked() {
            let read = link::read_text(&text, true);
            self.set(read.company, read.hires);
            self.problems.set(read.problems);
            self.link_refused.set(false);
        }
        self.dismiss_before();
    }

    /// Lets go of the replaced plan.
    pub fn dismiss_before(&self) {
        storage::remove(storage::PLAN_BEFORE);
        self.before.set(None);
    }

    /// The hires in order, untracked (for an action, not a view).
    pub fn hires_untracked(&self) -> Vec<Hire> {
        self.rows.with_untracked(|rows| hires_of(rows))
    }

    /// The plan as stored text, untracked; `None` once the page is gone.
    fn try_text_untracked(&self) -> Option<String> {
        let hires = self.rows.try_with_untracked(|rows| hires_of(rows))?;
        self.company
            .try_with_untracked(|company| link::text(company, &hires, true))
    }

    fn key(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    /// Adds an empty hire at the end, starting next month (or after the last hire's start);
    /// gives its key.
    pub fn add(&self) -> u32 {
        let key = self.key();
        let next_month = first_of_month(self.as_of)
            .checked_add_months(Months::new(1))
            .unwrap_or(self.as_of);
        self.rows.update(|rows| {
            let start = rows.last().map_or(next_month, |row| row.hire.start);
            rows.push(Row {
                key,
                hire: Hire {
                    label: String::new(),
                    start,
                    answers: crate::rules::Answers::new(),
                },
                edits: 0,
            })
        });
        key
    }

    pub fn remove(&self, key: u32) {
        self.rows.update(|rows| rows.retain(|row| row.key != key));
    }

    /// Moves a hire one place earlier (`-1`) or later (`1`) in the plan's order.
    pub fn shift(&self, key: u32, by: isize) {
        self.rows.update(|rows| {
            if let Some(index) = rows.iter().position(|row| row.key == key) {
                let target = index.saturating_add_signed(by);
                if target < rows.len() && target != index {
                    rows.swap(index, target);
                }
            }
        });
    }

    pub fn edit(&self, key: u32, change: impl FnOnce(&mut Hire)) {
        self.rows.update(|rows| {
            if let Some(row) = rows.iter_mut().find(|row| row.key == key) {
                change(&mut row.hire);
                row.edits = row.edits.wrapping_add(1);
            }
        });
    }

    /// The hire with `key` as its card reads it (see [`CardHire`]).
    pub fn card_hire(&self, key: u32) -> CardHire {
        let rows = self.rows;
        CardHire {
            rows,
            key,
            edits: Memo::new(move |_| {
                rows.with(|rows| rows.iter().find(|row| row.key == key).map(|row| row.edits))
            }),
        }
    }

    /// Where the hire is in the plan's order, tracked.
    pub fn index(&self, key: u32) -> Option<usize> {
        self.rows
            .with(|rows| rows.iter().position(|row| row.key == key))
    }

    /// Empties the plan (the company is kept: it rarely changes between plans).
    pub fn clear(&self) {
        self.rows.set(Vec::new());
        self.problems.set(Problems::new());
        self.link_refused.set(false);
    }
}

/// One hire as its card reads it: whatever reads it follows that hire's own edits (a memo of
/// its count), not every change of the plan, so an edit of another hire (a letter of its label)
/// does not re-run this card's fields.
#[derive(Clone, Copy)]
pub struct CardHire {
    rows: RwSignal<Vec<Row>>,
    key: u32,
    edits: Memo<Option<usize>>,
}

impl CardHire {
    /// Reads the hire, if it is still in the plan; tracked by its edits.
    pub fn with<T>(&self, read: impl FnOnce(Option<&Hire>) -> T) -> T {
        // Read, not only tracked: a memo never read is never run, so it would never follow the
        // rows, and what reads the hire only through it would never change.
        self.edits.with(|_| ());
        self.with_untracked(read)
    }

    /// Reads the hire, if it is still in the plan; untracked.
    pub fn with_untracked<T>(&self, read: impl FnOnce(Option<&Hire>) -> T) -> T {
        let key = self.key;
        self.rows.with_untracked(|rows| {
            read(rows.iter().find(|row| row.key == key).map(|row| &row.hire))
        })
    }
}

fn hires_of(rows: &[Row]) -> Vec<Hire> {
    rows.iter().map(|row| row.hire.clone()).collect()
}

/// Whether stored plan text holds any hire.
fn has_hires(text: &str) -> bool {
    !link::read_text(text, true).hires.is_empty()
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}
