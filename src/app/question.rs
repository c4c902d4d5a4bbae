//! One question on its own screen, rendered from the engine's question data: a fieldset whose
//! legend is the question, then radios, tick boxes, a country list or a number field. What the
//! visitor enters is checked by the rules' own decoder; an error summary and an inline message
//! appear when it is missing or invalid.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::browser::focus::focus_when_mounted;
use super::country_picker::CountryPicker;
use super::{use_journey, use_lang};
use crate::i18n::keys;
use crate::rules::{Answer, Country, Question, QuestionId, QuestionKind, UNKNOWN};

/// One question as a form. `initial` is the answer given before (kept when the visitor comes
/// back); `secondary_heading` renders the question as a second-level heading, for the start
/// page whose first heading is the page's own.
#[component]
pub fn QuestionForm(
    question: Question,
    initial: Option<Answer>,
    on_answer: Callback<(QuestionId, Answer)>,
    secondary_heading: bool,
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
    let ticked_before = initial.clone();
    let is_initial = move |option: &str| ticked_before.split(',').any(|ticked| ticked == option);
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

    let input = match question.kind {
        QuestionKind::SingleChoice(options) => view! {
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
                                    checked=is_initial(value)
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
        .into_any(),
        QuestionKind::MultipleChoice(options) => view! {
            <div class="checkboxes">
                {options
                    .iter()
                    .map(|&option| {
                        let input_id = format!("{id}-{option}");
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=input_id.clone()
                                    name=id.as_str()
                                    value=option.as_str()
                                    checked=is_initial(option.as_str())
                                    on:change=move |event| {
                                        let ticked = event_target_checked(&event);
                                        raw.update(|raw| {
                                            let mut list: Vec<&str> =
                                                raw.split(',').filter(|s| !s.is_empty() && *s != option.as_str()).collect();
                                            if ticked {
                                                list.push(option.as_str());
                                            }
                                            *raw = list.join(",");
                                        });
                                        show_error.set(false);
                                    }
                                />
                                <label for=input_id>{lang.text(&keys::option(id, option))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
        QuestionKind::Country => view! {
            <CountryPicker
                id=field_id.clone()
                initial=Country::parse(&initial)
                described_by=format!("{id}-hint")
                labelled_by=format!("{id}-legend")
                on_change=Callback::new(move |code: String| {
                    raw.set(code);
                    show_error.set(false);
                })
            />
        }
        .into_any(),
        QuestionKind::Number { min, max, .. } => {
            let unknown = RwSignal::new(initial == UNKNOWN);
            let typed = if initial == UNKNOWN { String::new() } else { initial.clone() };
            let unknown_id = format!("{id}-{UNKNOWN}");
            view! {
                <input
                    class="input input-number"
                    type="text"
                    inputmode="numeric"
                    id=field_id.clone()
                    min=min
                    max=max
                    value=typed
                    // A lone field is named by the question itself.
                    aria-labelledby=format!("{id}-legend")
                    aria-describedby=format!("{id}-hint")
                    on:input=move |event| {
                        raw.set(event_target_value(&event));
                        unknown.set(false);
                        show_error.set(false);
                    }
                />
                {offers_unknown
                    .then(|| {
                        view! {
                            <div class="checkbox">
                                <input
                                    type="checkbox"
                                    id=unknown_id.clone()
                                    prop:checked=move || unknown.get()
                                    on:change=move |event| {
                                        let ticked = event_target_checked(&event);
                                        unknown.set(ticked);
                                        raw.set(if ticked { UNKNOWN.to_owned() } else { String::new() });
                                        show_error.set(false);
                                    }
                                />
                                <label for=unknown_id>{lang.text("answer.unknown")}</label>
                            </div>
                        }
                    })}
            }
            .into_any()
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
