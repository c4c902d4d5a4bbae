//! What a hire's card shows of the plan's assessment, in signals of its own that change only
//! when that part of that hire's result changes.
//!
//! A memo would not do: a new assessment marks everything downstream of it to be checked, and
//! every card's fields and texts (some thirty nodes a card) would be woken at each staff count
//! typed, even when the hire's verdict stays. One effect per card reads the assessment and
//! writes each part that differs, so the rest of the card is touched only where it changes.

use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;

use super::state::PlanState;
use crate::hiring::{Fee, HireResult, Unanswerable};
use crate::rules::{Answers, Eligibility, RouteId, Share, Visa};

/// The verdict's parts a card words: they change with the hire's answers, rarely with the staff.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    pub eligible: Eligibility,
    pub route: RouteId,
    pub visa: Visa,
    pub category: Option<u8>,
    pub fee: Fee,
}

/// Read through its methods, all tracked: only the card's effect writes the parts.
#[derive(Clone, Copy)]
pub struct CardOutcome {
    missing: RwSignal<Option<Unanswerable>>,
    verdict: RwSignal<Option<Verdict>>,
    share: RwSignal<Option<Share>>,
    answers: RwSignal<Option<Answers>>,
    breaches: RwSignal<bool>,
}

impl CardOutcome {
    /// The parts for the hire at `index` in the plan's order, followed from now on.
    pub fn new(state: PlanState, index: Memo<Option<usize>>) -> Self {
        let (missing, verdict, share, answers, breaches) = (
            RwSignal::new(None),
            RwSignal::new(None),
            RwSignal::new(None),
            RwSignal::new(None),
            RwSignal::new(false),
        );
        // Immediate: it runs now, so the card is drawn with its outcome, and then within the
        // change that makes a new assessment, without a task of its own.
        ImmediateEffect::new_scoped(move || {
            let index = index.get();
            state.assessment.with(|plan| {
                let result = index.and_then(|index| plan.hires.get(index));
                let assessed = result.and_then(|result| result.as_ref().ok());
                put(
                    missing,
                    result.and_then(|result| result.as_ref().err().copied()),
                );
                put(verdict, assessed.map(verdict_of));
                put(share, assessed.and_then(|result| result.share));
                put_cloned(answers, assessed.map(|result| &result.answers));
                let breach = plan.first_breach.as_ref().map(|breach| breach.hire);
                put(breaches, index.is_some() && breach == index);
            })
        });
        CardOutcome {
            missing,
            verdict,
            share,
            answers,
            breaches,
        }
    }

    /// The answer the engine lacks to assess the hire.
    pub fn missing(&self) -> Option<Unanswerable> {
        self.missing.get()
    }

    /// Once assessed: the verdict.
    pub fn verdict(&self) -> Option<Verdict> {
        self.verdict.get()
    }

    /// The local-content share once the hire is counted, as the engine counts it.
    pub fn share(&self) -> Option<Share> {
        self.share.get()
    }

    /// The questionnaire's answers for the hire (what its result link opens).
    pub fn with_answers<T>(&self, read: impl FnOnce(Option<&Answers>) -> T) -> T {
        self.answers.with(|answers| read(answers.as_ref()))
    }

    /// Whether the ratio is first breached at this hire.
    pub fn breaches(&self) -> bool {
        self.breaches.get()
    }
}

fn verdict_of(result: &HireResult) -> Verdict {
    let primary = &result.outcome.primary;
    Verdict {
        eligible: primary.eligible,
        route: primary.route,
        visa: primary.visa,
        category: result.category,
        fee: result.fee,
    }
}

/// Writes `value` only if it differs, so that what reads the signal is not woken for nothing.
fn put<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|old| *old != value) {
        signal.set(value);
    }
}

/// [`put`] for a part held in the assessment: copied only when it differs (fifty hires' answers
/// at every staff count typed would be fifty copies for nothing).
fn put_cloned<T: Clone + PartialEq + Send + Sync + 'static>(
    signal: RwSignal<Option<T>>,
    value: Option<&T>,
) {
    if signal.with_untracked(|old| old.as_ref() != value) {
        signal.set(value.cloned());
    }
}
