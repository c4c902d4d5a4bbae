//! The company, described once for the whole plan: its answers to the employer's questions and
//! its staff per category group. Which questions are shown is the engine's to say: the usual
//! ones, those already answered, and those some hire's assessment asks.

use leptos::prelude::*;

use super::super::use_lang;
use super::answer_field::AnswerField;
use super::state::PlanState;
use crate::hiring::{COMPANY_QUESTIONS, Company};
use crate::i18n::keys;
use crate::rules::QuestionId as Q;

/// Shown in every plan: what the issue of any permit turns on.
const ALWAYS: &[Q] = &[
    Q::EmployerType,
    Q::ForeignOwned,
    Q::EmployerHeadcount,
    Q::SmallBusinessEntity,
];

#[component]
pub fn CompanyForm(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    // The questions shown: a memo, so a change of staff does not rebuild the fields.
    let shown = Memo::new(move |_| {
        let answered = state.company.with(|company| company.answers.clone());
        state.assessment.with(|plan| {
            COMPANY_QUESTIONS
                .iter()
                .copied()
                .filter(|question| {
                    ALWAYS.contains(question)
                        || answered.is_answered(*question)
                        || plan.hires.iter().any(|result| match result {
                            Ok(result) => result.answers.is_answered(*question),
                            Err(missing) => missing.0 == *question,
                        })
                })
                .collect::<Vec<_>>()
        })
    });
    // The company's answers some hire lacks: a memo, so that the fields' marks are not written
    // again at every new assessment.
    let lacking = Memo::new(move |_| {
        state.assessment.with(|plan| {
            let mut lacking: Vec<Q> = Vec::new();
            for missing in plan.hires.iter().filter_map(|result| result.as_ref().err()) {
                if !lacking.contains(&missing.0) {
                    lacking.push(missing.0);
                }
            }
            lacking
        })
    });
    let needed = move |question: Q| lacking.with(|lacking| lacking.contains(&question));
    view! {
        <section class="plan-section" aria-labelledby="plan-company">
            <h2 id="plan-company">{lang.text("planner.company")}</h2>
            <p class="hint">{lang.text("planner.company_hint")}</p>
            <div class="plan-fields">
                <For each=move || shown.get() key=|question| *question let:question>
                    <AnswerField
                        id=format!("company-{question}")
                        question
                        label=lang.text(&keys::question_title(question)).to_owned()
                        value=Signal::derive(move || state.company.with(|company| company.answers.get(question).cloned()))
                        needed=Signal::derive(move || needed(question))
                        on_change=Callback::new(move |answer| {
                            state.company.update(|company| {
                                company.answers = std::mem::take(&mut company.answers).set(question, answer);
                            })
                        })
                    />
                </For>
            </div>
            {[0_u8, 1].into_iter().map(|group| view! { <StaffGroup state group /> }).collect_view()}
        </section>
    }
}

/// The staff of one category group before the plan.
#[component]
fn StaffGroup(state: PlanState, group: u8) -> impl IntoView {
    let lang = use_lang();
    let index = usize::from(group);
    let legend = lang.format(
        "planner.staff_group",
        &[("group", crate::hiring::wording::group(group))],
    );
    let field = move |kind: Staff| {
        let id = format!("staff-{}-{group}", kind.name());
        let invalid = RwSignal::new(false);
        let error_id = format!("{id}-error");
        view! {
            <div class="field">
                <label class="field-label" for=id.clone()>{lang.text(&format!("planner.staff.{}", kind.name()))}</label>
                <input
                    class="input input-number"
                    type="text"
                    inputmode="numeric"
                    id=id
                    // Kept in step with the company: a fix applied below changes it.
                    prop:value=move || state.company.with(|company| kind.of(company)[index]).to_string()
                    aria-invalid=move || invalid.get().then_some("true")
                    aria-describedby=error_id.clone()
                    on:change=move |event| {
                        // The staff counts are read as the questionnaire reads its numbers.
                        let typed = event_target_value(&event);
                        let number = if typed.trim().is_empty() {
                            Some(0)
                        } else {
                            crate::rules::Answer::read_typed(Q::KazakhStaff, &typed)
                                .and_then(|answer| match answer {
                                    crate::rules::Answer::Number(number) => Some(number),
                                    _ => None,
                                })
                        };
                        invalid.set(number.is_none());
                        if let Some(number) = number {
                            state.company.update(|company| kind.of_mut(company)[index] = number);
                        }
                    }
                />
                <p class="error-message" id=error_id hidden=move || !invalid.get()>
                    {lang.text("planner.staff_error")}
                </p>
            </div>
        }
    };
    view! {
        <fieldset class="fieldset plan-fields">
            <legend class="legend"><h3>{legend}</h3></legend>
            {field(Staff::Kazakh)}
            {field(Staff::Foreign)}
            {field(Staff::Transferred)}
        </fieldset>
    }
}

/// The company's staff counts, by kind.
#[derive(Clone, Copy)]
enum Staff {
    Kazakh,
    Foreign,
    Transferred,
}

impl Staff {
    fn name(self) -> &'static str {
        match self {
            Staff::Kazakh => "kazakh",
            Staff::Foreign => "foreign",
            Staff::Transferred => "transferred",
        }
    }

    fn of(self, company: &Company) -> [u32; 2] {
        match self {
            Staff::Kazakh => company.kazakh,
            Staff::Foreign => company.foreign,
            Staff::Transferred => company.transferred,
        }
    }

    fn of_mut(self, company: &mut Company) -> &mut [u32; 2] {
        match self {
            Staff::Kazakh => &mut company.kazakh,
            Staff::Foreign => &mut company.foreign,
            Staff::Transferred => &mut company.transferred,
        }
    }
}
