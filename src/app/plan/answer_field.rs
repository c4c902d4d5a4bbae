//! One answer as a compact form field, for the company and for each hire: a list to choose from,
//! a number, or the country picker, rendered from the engine's question data like the
//! questionnaire's. Clearing the field clears the answer; what the rules' decoder refuses is
//! said under the field and changes nothing.

use leptos::prelude::*;

use super::super::country_picker::CountryPicker;
use super::super::use_lang;
use crate::i18n::keys;
use crate::rules::{Answer, Country, QuestionId, QuestionKind};

/// `id` is unique in the page; `label` names the field; `value` is the answer as the plan holds
/// it (a fix applied elsewhere changes it); `needed` marks it as the answer the plan lacks.
#[component]
pub fn AnswerField(
    id: String,
    question: QuestionId,
    label: String,
    #[prop(into)] value: Signal<Option<Answer>>,
    #[prop(into)] needed: Signal<bool>,
    on_change: Callback<Option<Answer>>,
) -> impl IntoView {
    let lang = use_lang();
    let invalid = RwSignal::new(false);
    let label_id = format!("{id}-label");
    let error_id = format!("{id}-error");
    // A memo, so the options' states are touched only when this answer changes, not at every
    // edit of the plan.
    let typed = Memo::new(move |_| value.get().as_ref().map(Answer::encode).unwrap_or_default());
    let read = move |text: String| {
        let text = text.trim().to_owned();
        if text.is_empty() {
            invalid.set(false);
            on_change.run(None);
            return;
        }
        match Answer::read_typed(question, &text) {
            Some(answer) => {
                invalid.set(false);
                on_change.run(Some(answer));
            }
            None => invalid.set(true),
        }
    };
    let described = {
        let error_id = error_id.clone();
        move || invalid.get().then(|| error_id.clone())
    };
    let input = match question.question().kind {
        QuestionKind::SingleChoice(options) | QuestionKind::MultipleChoice(options) => view! {
            <select
                class="select"
                id=id.clone()
                aria-labelledby=label_id.clone()
                aria-invalid=move || needed.get().then_some("true")
                on:change=move |event| read(event_target_value(&event))
            >
                <option value="" selected=move || typed.with(String::is_empty)>{lang.text("planner.not_answered")}</option>
                {options
                    .iter()
                    .map(|option| {
                        let value = option.as_str();
                        view! {
                            <option value=value selected=move || typed.with(|typed| typed == value)>
                                {lang.text(&keys::option(question, *option))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        }
        .into_any(),
        QuestionKind::Country => view! {
            <CountryPicker
                id=id.clone()
                initial=Country::parse(&value.get_untracked().as_ref().map(Answer::encode).unwrap_or_default())
                described_by=error_id.clone()
                labelled_by=label_id.clone()
                on_change=Callback::new(read)
            />
        }
        .into_any(),
        QuestionKind::Number { .. } => view! {
            <input
                class="input input-number"
                type="text"
                inputmode="numeric"
                id=id.clone()
                prop:value=move || typed.get()
                aria-labelledby=label_id.clone()
                aria-describedby=described
                aria-invalid=move || (needed.get() || invalid.get()).then_some("true")
                on:change=move |event| read(event_target_value(&event))
            />
        }
        .into_any(),
    };
    view! {
        <div class="field" class:field-needed=move || needed.get()>
            <label class="field-label" id=label_id for=id>
                {label}
            </label>
            {move || needed.get().then(|| view! { <span class="field-needed-mark">{lang.text("planner.needed")}</span> })}
            {input}
            <p class="error-message" id=error_id hidden=move || !invalid.get()>
                {lang.text(&keys::question_error(question))}
            </p>
        </div>
    }
}
