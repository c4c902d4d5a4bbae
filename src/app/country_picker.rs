//! The searchable country picker: a text field with a list that filters as the visitor types
//! (the country's name in any of the app's languages, or its code), in the ARIA
//! combobox pattern: arrows move through the list, Enter chooses, Escape closes. Without a
//! choice, an exactly typed name still counts.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::use_lang;
use crate::i18n::search::{fold, matches_folded};
use crate::rules::Country;

#[component]
pub fn CountryPicker(
    id: String,
    initial: Option<Country>,
    described_by: String,
    /// The element that names the field: the question.
    labelled_by: String,
    on_change: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    // Sorted when first needed (the list opened, a name typed), not as the question is shown:
    // folding some 250 names was a good part of the step to this question on a slow phone.
    let countries = StoredValue::new(OnceLock::new());

    let query = RwSignal::new(
        initial
            .map(|c| lang.country(c).to_owned())
            .unwrap_or_default(),
    );
    let open = RwSignal::new(false);
    let active = RwSignal::new(0usize);
    // The other languages' names are searched too: their texts are fetched while the visitor
    // reads the question, and the list is filtered again as each arrives.
    let fetched = RwSignal::new(0usize);
    for other in crate::i18n::Lang::ALL
        .iter()
        .copied()
        .filter(|other| *other != lang)
    {
        leptos::task::spawn_local(async move {
            if super::language::ensure(other, crate::i18n::Part::Questions).await {
                fetched.update(|n| *n += 1);
            }
        });
    }
    let filtered = Memo::new(move |_| {
        fetched.track();
        let query = query.get();
        let typed = fold(query.trim());
        countries.with_value(|all| {
            let all = all.get_or_init(|| sorted(lang));
            // Names that start with what was typed come first, each group in name order.
            let (mut found, rest): (Vec<_>, Vec<_>) = all
                .iter()
                .filter(|(country, _)| matches_folded(*country, &typed))
                .partition(|(_, name)| fold(name).starts_with(&typed));
            found.extend(rest);
            found
        })
    });
    let listbox_id = format!("{id}-listbox");
    let option_id = {
        let id = id.clone();
        move |index: usize| format!("{id}-option-{index}")
    };

    super::browser::press::watch();
    // The list closes, and the field shows the name chosen, only once a press under way has
    // become a click: a list that shrank or closed on the mouse-down would move the button
    // below it (Continue) away from under the pointer, and the click aimed at it would be lost.
    // The field may be gone by then (the click went on to the next question).
    let close = move || {
        super::browser::press::after_press(move || {
            open.try_set(false);
        })
    };
    let choose = move |country: Country, name: &'static str| {
        on_change.run(country.as_str().to_owned());
        super::browser::press::after_press(move || {
            query.try_set(name.to_owned());
            open.try_set(false);
        });
    };

    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        // An exactly typed name (or code) counts as a choice.
        let exact = countries.with_value(|all| {
            all.get_or_init(|| sorted(lang))
                .iter()
                .find(|(country, name)| {
                    name.eq_ignore_ascii_case(text.trim())
                        || country.as_str().eq_ignore_ascii_case(text.trim())
                })
                .map(|(country, _)| country.as_str().to_owned())
        });
        on_change.run(exact.unwrap_or_default());
        query.set(text);
        active.set(0);
        open.set(true);
    };

    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        let count = filtered.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" => {
                event.prevent_default();
                if open.get_untracked() {
                    active.update(|i| *i = (*i + 1).min(count.saturating_sub(1)));
                } else {
                    open.set(true);
                }
            }
            "ArrowUp" => {
                event.prevent_default();
                active.update(|i| *i = i.saturating_sub(1));
            }
            "Enter" if open.get_untracked() && count > 0 => {
                event.prevent_default();
                if let Some((country, name)) =
                    filtered.with(|list| list.get(active.get_untracked()).copied())
                {
                    choose(country, name);
                }
            }
            "Escape" => open.set(false),
            _ => {}
        }
    };

    let active_descendant = {
        let option_id = option_id.clone();
        move || (open.get() && filtered.with(|l| !l.is_empty())).then(|| option_id(active.get()))
    };

    view! {
        <div class="combobox">
            <input
                class="input"
                type="text"
                id=id.clone()
                role="combobox"
                aria-labelledby=labelled_by.clone()
                autocomplete="off"
                aria-autocomplete="list"
                aria-controls=listbox_id.clone()
                aria-expanded=move || open.get().to_string()
                aria-activedescendant=active_descendant
                aria-describedby=format!("{described_by} {id}-instructions")
                prop:value=move || query.get()
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| open.set(true)
                // Only a change is written: leaving the question moves focus to the next one's
                // heading while this field is still in the page, and a write then would re-run
                // this field's views as they are taken down.
                on:blur=move |_| {
                    if open.get_untracked() {
                        close();
                    }
                }
            />
            <p class="visually-hidden" id=format!("{id}-instructions")>{lang.text("picker.instructions")}</p>
            <ul class="listbox" id=listbox_id role="listbox" aria-labelledby=labelled_by hidden=move || !open.get()>
                // Options exist only while the list is open: a closed list costs nothing to
                // build, which keeps the step to this question quick.
                {move || {
                    if !open.get() {
                        return ().into_any();
                    }
                    let list = filtered.get();
                    if list.is_empty() {
                        return view! { <li class="listbox-empty">{lang.text("picker.no_match")}</li> }.into_any();
                    }
                    list.into_iter()
                        .enumerate()
                        .map(|(index, (country, name))| {
                            view! {
                                <li
                                    class="listbox-option"
                                    class:listbox-option-active=move || active.get() == index
                                    id=option_id(index)
                                    role="option"
                                    aria-selected=move || (active.get() == index).to_string()
                                    // mousedown, not click: it comes before the field's blur.
                                    on:mousedown=move |event| {
                                        event.prevent_default();
                                        choose(country, name);
                                    }
                                >
                                    {name}
                                </li>
                            }
                        })
                        .collect_view()
                        .into_any()
                }}
            </ul>
        </div>
    }
}

/// Every country with its name in `lang`, in the order of the names.
fn sorted(lang: crate::i18n::Lang) -> Vec<(Country, &'static str)> {
    let mut countries: Vec<(Country, &'static str)> = Country::all()
        .map(|country| (country, lang.country(country)))
        .collect();
    // Folded, so Kazakh letters sort beside their nearest Russian ones rather than last.
    countries.sort_by_cached_key(|(_, name)| fold(name));
    countries
}
