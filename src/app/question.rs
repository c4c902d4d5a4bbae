//! One question on its own screen, rendered from the engine's question data: a fieldset whose
//! legend is the question, then its field. What the visitor enters is checked by the rules' own
//! decoder; an error summary and an inline message appear when it is missing or invalid.
//!
//! The form and its radios are part of the first load, for the first question; the other kinds
//! of field come with the questions' chunk (`question_fields.rs`), which hands them in.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::browser::focus::focus_when_mounted;
use super::{use_journey, use_lang};
use crate::i18n::{Lang, keys};
use crate::rules::{Answer, OptionId, Question, QuestionId, QuestionKind, UNKNOWN};

/// What a question's field is built from, and what it writes to.
#[derive(Clone)]
pub struct Field {
    pub lang: Lang,
    pub id: QuestionId,
    /// The answer as the rules spell it (option ids joined by commas, a code, digits): the
    /// previous answer at first, then what the visitor enters.
    pub raw: RwSignal<String>,
    /// The previous answer, as the rules spell it.
    pub initial: String,
    /// Shown while the answer is missing or invalid; entering anything hides it.
    pub show_error: RwSignal<bool>,
    /// Whether "I don't know" is offered.
    pub offers_unknown: bool,
    /// The id of the field itself, for a field that is one element.
    pub field_id: String,
}

impl Field {
    /// Whether `option` was part of the previous answer.
    pub fn was_ticked(&self, option: &str) -> bool {
        self.initial.split(',').any(|ticked| ticked == option)
    }
}

/// Builds a question's field; kinds it does not build are left empty.
pub type Fields = fn(Field, QuestionKind) -> AnyView;

/// The fields of the first load: radios, the first question's kind.
pub fn choice_field(field: Field, kind: QuestionKind) -> AnyView {
    match kind {
        QuestionKind::SingleChoice(options) => radios(field, options),
        _ => ().into_any(),
    }
}

/// One radio per option, and "I don't know" where it is offered.
pub fn radios(field: Field, options: &'static [OptionId]) -> AnyView {
    let Field {
        lang,
        id,
        raw,
        show_error,
        offers_unknown,
        ..
    } = field.clone();
    view! {
        <div class="radios">
            {options
                .iter()
                .map(|&option| (option.as_str(), lang.text(&keys::option(id, option))))
                .chain(offers_unknown.then(|| (UNKNOWN, lang.text("answer.unknown"))))
                .map(|(value, label)| {
                    let input_id = format!("{id}-{value}");
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=id.as_str()
                                value=value
                                checked=field.was_ticked(value)
                                on:change=move |_| {
                                    raw.set(value.to_owned());
                                    show_error.set(false);
                                }
                            />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}

/// One question as a form, its field built by `fields`. `initial` is the answer given before
/// (kept when the visitor comes back); `secondary_heading` renders the question as a
/// second-level heading, for the start page whose first heading is the page's own.
#[component]
pub fn QuestionForm(
    question: Question,
    initial: Option<Answer>,
    on_answer: Callback<(QuestionId, Answer)>,
    secondary_heading: bool,
    fields: Fields,
) -> impl IntoView {
    let lang = use_lang();
    let answers = use_journey().location.get_untracked().answers;
    // A worker reads the questions about themself as "you".
    let reader = crate::rules::reader(&answers);
    let id = question.id;
    // A worker may not know the employer's numbers: the engine says where to offer it.
    let offers_unknown = crate::rules::offers_unknown(id, &answers);
    // The answer as the rules spell it (option ids joined by commas, a code, digits).
    let initial = initial.map(|answer| answer.encode()).unwrap_or_default();
    let raw = RwSignal::new(initial.clone());
    let show_error = RwSignal::new(false);
    let heading = NodeRef::<leptos::html::H1>::new();
    let summary = NodeRef::<leptos::html::Div>::new();
    if !secondary_heading {
        focus_when_mounted(heading);
    }

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match Answer::read_typed(id, &raw.get_untracked()) {
            Some(answer) => on_answer.run((id, answer)),
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

    let field_id = format!("{id}-field");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    // The summary's link focuses the field itself: following it as a fragment link would not
    // focus the input and would overwrite the URL fragment that holds the answers.
    let focus_target = match question.kind {
        QuestionKind::SingleChoice(options) | QuestionKind::MultipleChoice(options) => options
            .first()
            .map(|option| format!("{id}-{option}"))
            .unwrap_or_else(|| field_id.clone()),
        QuestionKind::Country | QuestionKind::Number { .. } => field_id.clone(),
    };
    let summary_href = format!("#{focus_target}");
    let focus_field = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let field = document().get_element_by_id(&focus_target);
        if let Some(field) = field.and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = field.focus();
        }
    };

    let input = fields(
        Field {
            lang,
            id,
            raw,
            initial,
            show_error,
            offers_unknown,
            field_id,
        },
        question.kind,
    );

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
                    <a href=summary_href on:click=focus_field>
                        {lang.text_for(&keys::question_error(id), reader)}
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
                <legend class="legend" id=format!("{id}-legend")>
                    {if secondary_heading {
                        view! { <h2 class="heading heading-m">{lang.text_for(&keys::question_title(id), reader)}</h2> }
                            .into_any()
                    } else {
                        view! {
                            <h1 class="heading" tabindex="-1" node_ref=heading>
                                {lang.text_for(&keys::question_title(id), reader)}
                            </h1>
                        }
                            .into_any()
                    }}
                </legend>
                <p class="hint" id=format!("{id}-hint")>
                    {lang.text_for(&keys::question_hint(id), reader)}
                    {offers_unknown.then(|| format!(" {}", lang.text("answer.unknown_hint")))}
                </p>
                <p class="error-message" id=format!("{id}-error") hidden=move || !show_error.get()>
                    {lang.text_for(&keys::question_error(id), reader)}
                </p>
                {input}
            </fieldset>
            <button type="submit" class="button">{lang.text("action.continue")}</button>
        </form>
    }
}
