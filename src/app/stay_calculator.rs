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
    /// The days already spent in the window, as answered: they start the calculator as one
    /// stay up to yesterday, with today as the next entry, so it gives the answer's date.
    days_used: Option<u32>,
) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let today = journey.today;
    let first = days_used
        .filter(|days| *days > 1)
        .and_then(|days| {
            let entry = today.checked_sub_days(chrono::Days::new(u64::from(days) - 1))?;
            let exit = today.checked_sub_days(chrono::Days::new(1))?;
            Some((entry.to_string(), exit.to_string()))
        })
        .unwrap_or_default();
    // Each earlier stay as typed: (key, entry, exit); the key keeps rows apart when one is removed.
    let trips = RwSignal::new(vec![(0usize, first.0, first.1)]);
    let next_key = RwSignal::new(1usize);
    let planned = RwSignal::new(journey.today.to_string());

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
        let stays: Vec<Stay> = stays.into_iter().flatten().collect();
        Some((assess_stay(&stays, rule, on), on, !invalid.is_empty()))
    });

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
                {move || report.get().map(|(report, on, invalid)| {
                    let window = rule.rolling.map(|(_, window)| window).unwrap_or(180).to_string();
                    view! {
                        <p>{lang.format("stay.days_used", &[("window", &window), ("date", &lang.date(on)), ("days", &lang.number(report.days_used))])}</p>
                        <p><strong>{match report.latest_exit {
                            Some(exit) => lang.format("stay.latest_exit", &[("date", &lang.date(exit))]),
                            None => lang.format("stay.no_entry", &[("date", &lang.date(on))]),
                        }}</strong></p>
                        <p>{lang.format("stay.earliest_full", &[("days", &rule.days_per_entry.to_string()), ("date", &lang.date(report.earliest_full_stay))])}</p>
                        {invalid.then(|| view! { <p class="error-message">{lang.text("stay.invalid")}</p> })}
                    }
                })}
            </div>
        </section>
    }
}
