//! What can be done with a result: copy its link, download it as a file, print it, change the
//! answers, start again, or forget everything kept on this device.

use leptos::prelude::*;

use super::browser::download::download;
use super::{Ticks, use_journey, use_lang};
use crate::blocks::ResultBlocks;
use crate::journey::{Location, Screen};
use crate::rules::Outcome;

#[component]
pub fn ResultActions(blocks: ResultBlocks, outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let location = journey.location.get_untracked();
    let copied = RwSignal::new(false);
    let copy_link = move |_| {
        let _ = window()
            .navigator()
            .clipboard()
            .write_text(&super::share_link());
        copied.set(true);
    };
    let kept = StoredValue::new((blocks, outcome));
    let export = move |markdown: bool| {
        let here = journey.location.get_untracked();
        let ticked = use_context::<Ticks>()
            .map(|t| t.0.get_untracked())
            .unwrap_or_default();
        kept.with_value(|(blocks, outcome)| {
            let entries = crate::rules::timeline(outcome, &here.dates, journey.today);
            let link = super::share_link();
            let document = crate::export::Export {
                lang,
                blocks,
                timeline: &entries,
                ticked: &ticked,
                link: &link,
                as_of: here.day(journey.today),
                today: journey.today,
            };
            if markdown {
                download(
                    "kz-work-eligibility-checklist.md",
                    "text/markdown;charset=utf-8",
                    &document.markdown(),
                );
            } else {
                download(
                    "kz-work-eligibility-checklist.txt",
                    "text/plain;charset=utf-8",
                    &document.text(),
                );
            }
        });
    };
    let has_deadlines = kept.with_value(|(_, outcome)| outcome.deadlines().next().is_some());
    let add_to_calendar = move |_| {
        let here = journey.location.get_untracked();
        kept.with_value(|(_, outcome)| {
            let entries = crate::rules::timeline(outcome, &here.dates, journey.today);
            let events = crate::ics::deadline_events(lang, &entries);
            let text =
                crate::ics::calendar(&events, lang.text("timeline.calendar_name"), journey.today);
            download(
                "kz-work-permit-deadlines.ics",
                "text/calendar;charset=utf-8",
                &text,
            );
        });
    };
    let forget = move |_| {
        super::browser::storage::forget();
        if let Some(ticks) = use_context::<Ticks>() {
            ticks.0.set(Vec::new());
        }
        journey.navigate.run(Location::start());
    };
    let start_again = format!("#{}", Location::start().to_fragment());
    let change = format!("#{}", location.at(Screen::Check).to_fragment());
    view! {
        <div class="actions">
            <button type="button" class="button" on:click=copy_link>{lang.text("share.copy")}</button>
            <button type="button" class="button button-secondary" on:click=move |_| export(true)>
                {lang.text("export.markdown")}
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| export(false)>
                {lang.text("export.text")}
            </button>
            <button type="button" class="button button-secondary" on:click=move |_| { let _ = window().print(); }>
                {lang.text("action.print")}
            </button>
            {has_deadlines.then(|| view! {
                <button type="button" class="button button-secondary" on:click=add_to_calendar>
                    {lang.text("timeline.add_to_calendar")}
                </button>
            })}
            <a class="button button-secondary" role="button" href=change>{lang.text("action.change_answers")}</a>
            <a class="button button-secondary" role="button" href=start_again>{lang.text("action.start_again")}</a>
            <button type="button" class="button button-secondary" on:click=forget>{lang.text("saved.forget")}</button>
        </div>
        {move || copied.get().then(|| view! { <p class="notice" role="status">{lang.text("share.copied")}</p> })}
    }
}
