//! One question on its own screen: a fieldset whose legend is the question, one radio per
//! option, an error summary and an inline message when the visitor continues without an answer.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::focus::focus_when_mounted;
use super::use_lang;
use crate::i18n::keys;
use crate::rules::{Answer, OptionId, Question, QuestionId, QuestionKind};

#[component]
pub fn QuestionForm(
    question: Question,
    on_answer: Callback<(QuestionId, Answer)>,
) -> impl IntoView {
    let lang = use_lang();
    let id = question.id;
    let QuestionKind::Choice(options) = question.kind;
    let selected = RwSignal::new(None::<OptionId>);
    let show_error = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H1>::new();
    let summary = NodeRef::<leptos::html::Div>::new();

    focus_when_mounted(heading);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match selected.get_untracked() {
            Some(option) => on_answer.run((id, Answer::Choice(option))),
            None => {
                show_error.set(true);
                // The summary is revealed by the next render; focus it once it is visible.
                request_animation_frame(move || {
                    if let Some(summary) = summary.get_untracked() {
                        let _ = summary.focus();
                    }
                });
            }
        }
    };

    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let first_option_id = options.first().map(|option| format!("{id}-{option}"));
    // The summary's link focuses the field itself: following it as a fragment link would not
    // focus the input and would overwrite the URL fragment that holds the answers.
    let focus_target = first_option_id.clone();
    let focus_field = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let field = focus_target
            .as_deref()
            .and_then(|target| document().get_element_by_id(target));
        if let Some(field) = field.and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = field.focus();
        }
    };

    view! {
        <div
            class="error-summary"
            role="alert"
            tabindex="-1"
            node_ref=summary
            hidden=move || !show_error.get()
        >
            <h2 class="error-summary-title">{lang.text("error.summary_title")}</h2>
            <ul>
                <li>
                    <a href=first_option_id.map(|target| format!("#{target}")) on:click=focus_field>
                        {lang.text(&keys::question_error(id))}
                    </a>
                </li>
            </ul>
        </div>
        <form class="question" novalidate on:submit=submit>
            <fieldset
                class="fieldset"
                class:fieldset-error=move || show_error.get()
                aria-describedby=move || {
                    if show_error.get() { format!("{hint_id} {error_id}") } else { hint_id.clone() }
                }
            >
                <legend class="legend">
                    <h1 class="heading" tabindex="-1" node_ref=heading>
                        {lang.text(&keys::question_title(id))}
                    </h1>
                </legend>
                <p class="hint" id=format!("{id}-hint")>{lang.text(&keys::question_hint(id))}</p>
                <p class="error-message" id=error_id.clone() hidden=move || !show_error.get()>
                    {lang.text(&keys::question_error(id))}
                </p>
                <div class="radios">
                    {options
                        .iter()
                        .map(|&option| {
                            let input_id = format!("{id}-{option}");
                            view! {
                                <div class="radio">
                                    <input
                                        type="radio"
                                        id=input_id.clone()
                                        name=id.as_str()
                                        value=option.as_str()
                                        on:change=move |_| {
                                            selected.set(Some(option));
                                            show_error.set(false);
                                        }
                                    />
                                    <label for=input_id>{lang.text(&keys::option(id, option))}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <button type="submit" class="button">{lang.text("action.continue")}</button>
        </form>
    }
}
