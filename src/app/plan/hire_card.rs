//! One planned hire as a card: its fields (a row of the table on a wide screen, a card on a
//! phone), the buttons that move and remove it, and what the engine concludes for it in the
//! plan's order, with a link that opens it in the questionnaire's full result.

use leptos::prelude::*;

use super::super::browser::focus::focus_next_frame;
use super::super::use_lang;
use super::answer_field::AnswerField;
use super::card_outcome::{CardOutcome, Verdict};
use super::state::{CardHire, PlanState};
use crate::hiring::{HIRE_QUESTIONS, Unanswerable, wording};
use crate::i18n::Lang;
use crate::journey::{Location, Screen};
use crate::rules::{Anchor, Dates, Eligibility, QuestionId as Q};

/// The fields every card shows; the others appear once answered, or when the engine asks them.
const ALWAYS: &[Q] = &[
    Q::Citizenship,
    Q::Position,
    Q::PermitRequest,
    Q::IctMonthsWithCompany,
];

#[component]
pub fn HireCard(state: PlanState, key: u32) -> impl IntoView {
    let lang = use_lang();
    let card = state.card_hire(key);
    let index = Memo::new(move |_| state.index(key));
    let number = move || index.get().map_or(0, |index| index + 1);
    let outcome = CardOutcome::new(state, index);
    let missing_question = move || outcome.missing().map(|Unanswerable(question)| question);
    let answered = move |question: Q| {
        card.with(|hire| hire.is_some_and(|hire| hire.answers.is_answered(question)))
    };
    let shown = Memo::new(move |_| {
        HIRE_QUESTIONS
            .iter()
            .copied()
            .filter(|question| {
                ALWAYS.contains(question)
                    || answered(*question)
                    || missing_question() == Some(*question)
            })
            .collect::<Vec<_>>()
    });
    let hire = card
        .with_untracked(|hire| hire.cloned())
        .unwrap_or_else(|| crate::hiring::Hire {
            label: String::new(),
            start: state.as_of,
            answers: crate::rules::Answers::new(),
        });
    let heading_id = format!("hire-{key}-heading");
    let fieldset_name = heading_id.clone();
    let start_id = format!("hire-{key}-start");
    let label_id = format!("hire-{key}-label");
    let start_invalid = RwSignal::new(false);
    let count = move || state.rows.with(Vec::len);
    let labelled = move |text: &str| lang.format(text, &[("row", &number().to_string())]);

    // The fields fold under a line that says what they hold. They start open on a wide screen,
    // and for a hire still being described; on a phone a described hire shows its result.
    let described = card.with_untracked(|hire| {
        hire.is_some_and(|hire| {
            [Q::Citizenship, Q::Position, Q::PermitRequest]
                .iter()
                .all(|question| hire.answers.is_answered(*question))
        })
    });
    let open = super::super::browser::screen::is_wide() || !described;
    let summary = move || {
        card.with(|hire| {
            hire.map(|hire| {
                let mut parts = Vec::new();
                if !hire.label.trim().is_empty() {
                    parts.push(hire.label.trim().to_owned());
                }
                parts.push(format!(
                    "{}: {}",
                    lang.text("planner.field.start"),
                    hire.start.format("%Y-%m")
                ));
                parts.extend(HIRE_QUESTIONS.iter().filter_map(|question| {
                    Some(lang.answer(*question, hire.answers.get(*question)?))
                }));
                parts.join(" · ")
            })
            .unwrap_or_default()
        })
    };

    view! {
        <li class="hire" class:hire-breach=move || outcome.breaches() data-testid="hire" data-key=key>
            <h3 class="hire-heading" id=heading_id>
                {move || labelled("planner.hire_heading")}
            </h3>
            <details class="fold hire-edit" data-fold="hire-fields" open=open>
            <summary data-testid="hire-summary">{summary}</summary>
            <fieldset class="fieldset hire-fields" aria-labelledby=fieldset_name>
                <div class="field">
                    <label class="field-label" for=label_id.clone()>{lang.text("planner.field.label")}</label>
                    <input
                        class="input"
                        type="text"
                        id=label_id
                        maxlength="100"
                        value=hire.label.clone()
                        on:input=move |event| {
                            let label = event_target_value(&event);
                            state.edit(key, |hire| hire.label = label);
                        }
                    />
                </div>
                <div class="field">
                    <label class="field-label" for=start_id.clone()>{lang.text("planner.field.start")}</label>
                    <input
                        class="input input-month"
                        type="month"
                        id=start_id.clone()
                        placeholder="YYYY-MM"
                        value=hire.start.format("%Y-%m").to_string()
                        aria-invalid=move || start_invalid.get().then_some("true")
                        aria-describedby=format!("{start_id}-error")
                        on:change=move |event| {
                            match crate::hiring::wire::month(event_target_value(&event).trim()) {
                                Some(start) => {
                                    start_invalid.set(false);
                                    state.edit(key, |hire| hire.start = start);
                                }
                                None => start_invalid.set(true),
                            }
                        }
                    />
                    <p class="error-message" id=format!("{start_id}-error") hidden=move || !start_invalid.get()>
                        {lang.text("planner.start_error")}
                    </p>
                </div>
                <For each=move || shown.get() key=|question| *question let:question>
                    <AnswerField
                        id=format!("hire-{key}-{question}")
                        question
                        label=lang.text(&format!("planner.field.{question}")).to_owned()
                        value=Signal::derive(move || card.with(|hire| hire.and_then(|hire| hire.answers.get(question).cloned())))
                        needed=Signal::derive(move || missing_question() == Some(question))
                        on_change=Callback::new(move |answer| {
                            state.edit(key, |hire| {
                                hire.answers = std::mem::take(&mut hire.answers).set(question, answer);
                            })
                        })
                    />
                </For>
            </fieldset>
            </details>
            <HireOutcome state card outcome />
            <div class="hire-buttons">
                <button
                    type="button"
                    class="button button-secondary button-small"
                    id=format!("hire-{key}-up")
                    disabled=move || index.get() == Some(0)
                    aria-label=move || labelled("planner.move_up")
                    on:click=move |_| {
                        state.shift(key, -1);
                        // Moving a node drops focus: it stays with the hire, on "down" once it is first.
                        focus_next_frame(vec![format!("hire-{key}-up"), format!("hire-{key}-down")]);
                    }
                >
                    {lang.text("planner.up")}
                </button>
                <button
                    type="button"
                    class="button button-secondary button-small"
                    id=format!("hire-{key}-down")
                    disabled=move || index.get().is_some_and(|index| index + 1 >= count())
                    aria-label=move || labelled("planner.move_down")
                    on:click=move |_| {
                        state.shift(key, 1);
                        focus_next_frame(vec![format!("hire-{key}-down"), format!("hire-{key}-up")]);
                    }
                >
                    {lang.text("planner.down")}
                </button>
                <button
                    type="button"
                    class="button button-secondary button-small"
                    aria-label=move || labelled("planner.remove_hire")
                    on:click=move |_| {
                        state.remove(key);
                        focus_next_frame(vec!["plan-add".to_owned()]);
                    }
                >
                    {lang.text("planner.remove")}
                </button>
            </div>
        </li>
    }
}

/// What the engine concludes for one hire. Its elements stay; only their texts follow the
/// plan, and each only when its part of the hire's result changes ([`CardOutcome`]).
#[component]
fn HireOutcome(state: PlanState, card: CardHire, outcome: CardOutcome) -> impl IntoView {
    let lang = use_lang();
    let said = move |say: fn(Lang, &Verdict) -> String| {
        move || {
            outcome
                .verdict()
                .map(|verdict| say(lang, &verdict))
                .unwrap_or_default()
        }
    };
    let eligible = move || {
        outcome
            .verdict()
            .map_or(Eligibility::Confirm, |verdict| verdict.eligible)
    };
    let badge = move || match eligible() {
        Eligibility::Yes => "badge badge-yes",
        Eligibility::Confirm => "badge badge-caution",
        Eligibility::No => "badge badge-no",
    };
    // The hire's start month dates its deadlines in its full result too. A memo, so that a
    // label typed does not write fifty links again.
    let start = Memo::new(move |_| card.with(|hire| hire.map_or(state.as_of, |hire| hire.start)));
    let link = move || {
        let start = start.get();
        outcome.with_answers(|answers| match answers {
            Some(answers) => format!(
                "#{}",
                Location {
                    answers: answers.clone(),
                    dates: Dates::new().with(Anchor::StartOfWork, start),
                    ..Location::start()
                }
                .at(Screen::Result)
                .to_fragment()
            ),
            None => String::new(),
        })
    };
    // A wide fact is a sentence; the others are a word or two, two to a row on a phone.
    let fact = move |label: &'static str, wide: bool, say: fn(Lang, &Verdict) -> String| {
        view! {
            <div class="hire-fact" class:hire-fact-wide=wide>
                <dt>{lang.text(label)}</dt>
                <dd>{said(say)}</dd>
            </div>
        }
    };
    view! {
        <div class="hire-outcome" data-testid="hire-outcome">
            <p class="hire-needs" data-testid="hire-needs" hidden=move || outcome.missing().is_none()>
                {move || outcome.missing().map(|missing| wording::unanswerable(lang, missing)).unwrap_or_default()}
            </p>
            <div hidden=move || outcome.verdict().is_none()>
                <p class="hire-route">
                    <span class=badge data-testid="hire-verdict">
                        {move || lang.text(crate::i18n::keys::eligibility(eligible()))}
                    </span>
                    " "
                    <span data-testid="hire-route">
                        {said(|lang, verdict| lang.text(&crate::i18n::keys::route_headline(verdict.route)).to_owned())}
                    </span>
                </p>
                <p class="hire-breach-mark" data-testid="hire-breach" hidden=move || !outcome.breaches()>
                    {lang.text("planner.breach_here")}
                </p>
                <dl class="hire-facts">
                    {fact("planner.admission", true, |lang, verdict| lang.visa(verdict.visa))}
                    {fact("planner.category", false, |lang, verdict| {
                        verdict
                            .category
                            .map(|category| category.to_string())
                            .unwrap_or_else(|| lang.text("planner.no_category").to_owned())
                    })}
                    {fact("planner.fee", false, |lang, verdict| wording::fee(lang, verdict.fee))}
                    <div class="hire-fact hire-fact-wide" hidden=move || outcome.share().is_none()>
                        <dt>{lang.text("planner.share")}</dt>
                        <dd>{move || outcome.share().map(|share| wording::stated(lang, &share.statement())).unwrap_or_default()}</dd>
                    </div>
                </dl>
                <a class="hire-open" href=link data-testid="hire-open">{lang.text("planner.open_result")}</a>
            </div>
        </div>
    }
}
