//! Every kind of question's field: the radios of the first load, and the tick boxes, the
//! country picker and the number field, which come with the questions' chunk.

use leptos::prelude::*;

use super::country_picker::CountryPicker;
use super::question::{Field, radios};
use crate::i18n::keys;
use crate::rules::{Country, OptionId, QuestionKind, UNKNOWN};

/// The field for a question of `kind`.
pub fn any_field(field: Field, kind: QuestionKind) -> AnyView {
    match kind {
        QuestionKind::SingleChoice(options) => radios(field, options),
        QuestionKind::MultipleChoice(options) => tick_boxes(field, options),
        QuestionKind::Country => country(field),
        QuestionKind::Number { min, max } => number(field, min, max),
    }
}

/// One tick box per option; the answer is the ticked options, joined by commas.
fn tick_boxes(field: Field, options: &'static [OptionId]) -> AnyView {
    let Field {
        lang,
        id,
        raw,
        show_error,
        ..
    } = field.clone();
    view! {
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
                                checked=field.was_ticked(option.as_str())
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
    .into_any()
}

fn country(field: Field) -> AnyView {
    let Field {
        id,
        raw,
        initial,
        show_error,
        field_id,
        ..
    } = field;
    view! {
        <CountryPicker
            id=field_id
            initial=Country::parse(&initial)
            described_by=format!("{id}-hint")
            labelled_by=format!("{id}-legend")
            on_change=Callback::new(move |code: String| {
                raw.set(code);
                show_error.set(false);
            })
        />
    }
    .into_any()
}

/// A whole number, and "I don't know" where it is offered.
fn number(field: Field, min: u32, max: u32) -> AnyView {
    let Field {
        lang,
        id,
        raw,
        initial,
        show_error,
        offers_unknown,
        field_id,
    } = field;
    let unknown = RwSignal::new(initial == UNKNOWN);
    let typed = if initial == UNKNOWN {
        String::new()
    } else {
        initial
    };
    let unknown_id = format!("{id}-{UNKNOWN}");
    view! {
        <input
            class="input input-number"
            type="text"
            inputmode="numeric"
            id=field_id
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
