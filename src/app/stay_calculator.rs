//! The stay calculator for visa-free visitors and EAEU citizens: earlier stays and the next
//! entry in, days used, latest safe exit and the earliest full stay out. The arithmetic is the
//! rules' (`rules::assess_stay`); this component only collects dates and shows the report.

use leptos::prelude::*;

use super::footnotes::FootnoteRefs;
use super::{use_journey, use_lang};
use crate::blocks::Cite;
use crate::rules::{Stay, StayRule, assess_stay};

#[component]
pub fn StayCalculator(
    rule: StayRule,
    cite: Cite,
    /// The days already spent in the window, as answered. Until the visitor enters stays with
    /// their dates, these days are counted as the days just before today ([`Stay::answered`]),
    /// and the calculator says so; it never fills in a stay or a next entry for them.
    days_used: Option<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let today = journey.today;
    let answered = days_used.and_then(|days| Stay::answered(days, today));
    // Each earlier stay as typed: (key, entry, exit); the key keeps rows apart when one is
    // removed. One empty row to start, for the visitor's own dates.
    let trips = RwSignal::new(vec![(0usize, String::new(), String::new())]);
    let next_key = RwSignal::new(1usize);
    let planned = RwSignal::new(String::new());

    let report = Memo::new(move |_| {
        let on = crate::iso_date::parse(&planned.get())?;
        let (stays, invalid): (Vec<_>, Vec<_>) = trips
            .get()
            .iter()
            .filter_map(|(_, entry, exit)| {
                Some((
                    crate::iso_date::parse(entry)?,
                    crate::iso_date::parse(exit)?,
                ))
            })
            .map(|(entry, exit)| Stay::new(entry, exit))
            .partition(Option::is_some);
        let mut stays: Vec<Stay> = stays.into_iter().flatten().collect();
        // The stays the visitor dated replace what they answered.
        let from_answer = stays.is_empty() && invalid.is_empty() && answered.is_some();
        if from_answer {
            stays.extend(answered);
        }
        Some((
            assess_stay(&stays, rule, on),
            on,
            !invalid.is_empty(),
            from_answer,
        ))
    });
    let window_days = rule
        .rolling
        .map(|(_, window)| window)
        .unwrap_or(180)
        .to_string();

    let rule_text = lang.stay_rule(&rule);

    view! {
        <section class="stay-calculator" aria-labelledby="stay-heading">
            <h2 id="stay-heading">{lang.text("stay.title")}</h2>
            <p>{rule_text}<FootnoteRefs cites=vec![cite] /></p>
            <p class="hint">{lang.text("stay.hint")}</p>
            <For each=move || trips.get().into_iter().enumerate() key=|(_, (key, _, _))| *key let:row>
                {
                    let (index, (key, entry, exit)) = row;
                    let n = (index + 1).to_string();
                    let set = move |which: usize, value: String| {
                        trips.update(|list| {
                            if let Some(trip) = list.iter_mut().find(|trip| trip.0 == key) {
                                if which == 0 { trip.1 = value } else { trip.2 = value }
                            }
                        })
                    };
                    view! {
                        <fieldset class="fieldset stay-row">
                            <legend class="label">{lang.format("stay.trip", &[("n", &n)])}</legend>
                            <label class="label" for=format!("stay-{key}-entry")>{lang.text("stay.entry")}</label>
                            <input class="input input-date" type="date" id=format!("stay-{key}-entry") value=entry
                                on:change=move |event| set(0, event_target_value(&event)) />
                            <label class="label" for=format!("stay-{key}-exit")>{lang.text("stay.exit")}</label>
                            <input class="input input-date" type="date" id=format!("stay-{key}-exit") value=exit
                                on:change=move |event| set(1, event_target_value(&event)) />
                            <button type="button" class="button button-secondary"
                                on:click=move |_| trips.update(|list| list.retain(|trip| trip.0 != key))>
                                {lang.format("stay.remove", &[("n", &n)])}
                            </button>
                        </fieldset>
                    }
                }
            </For>
            <button type="button" class="button button-secondary" on:click=move |_| {
                let key = next_key.get_untracked();
                next_key.set(key + 1);
                trips.update(|list| list.push((key, String::new(), String::new())));
            }>{lang.text("stay.add")}</button>
            <div class="field">
                <label class="label" for="stay-planned">{lang.text("stay.planned_entry")}</label>
                <input class="input input-date" type="date" id="stay-planned" prop:value=move || planned.get()
                    on:change=move |event| planned.set(event_target_value(&event)) />
            </div>
            <div class="panel" aria-live="polite" data-testid="stay-report">
                {move || match report.get() {
                    None => view! { <p>{lang.text("stay.choose_entry")}</p> }.into_any(),
                    Some((report, on, invalid, from_answer)) => {
                    let window = window_days.clone();
                    let days_answered = days_used.unwrap_or_default();
                    view! {
                        {from_answer.then(|| view! {
                            <p data-testid="stay-from-answer">{lang.format("stay.from_answer", &[("days", &lang.number(days_answered)), ("window", &window)])}</p>
                        })}
                        <p>{lang.format("stay.days_used", &[("window", &window), ("date", &lang.date(on)), ("days", &lang.number(report.days_used))])}</p>
                        <p><strong>{match report.latest_exit {
                            Some(exit) => lang.format("stay.latest_exit", &[("date", &lang.date(exit))]),
                            None => lang.format("stay.no_entry", &[("date", &lang.date(on))]),
                        }}</strong></p>
                        <p>{lang.format("stay.earliest_full", &[("days", &rule.days_per_entry.to_string()), ("date", &lang.date(report.earliest_full_stay))])}</p>
                        {invalid.then(|| view! { <p class="error-message">{lang.text("stay.invalid")}</p> })}
                    }.into_any()
                    }
                }}
            </div>
        </section>
    }
}
