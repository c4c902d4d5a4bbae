//! Every hire's deadlines in one list, one line per date and duty naming its hires, and the
//! dated ones as one calendar file.

use leptos::prelude::*;

use super::super::browser::download::download;
use super::super::use_lang;
use super::state::PlanState;
use crate::hiring::wording;
use crate::i18n::keys;

#[component]
pub fn Timeline(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    // The timeline worked out when the plan's conclusions change; the hires' names (which a
    // label changes) are put in as the lines are drawn.
    let said = Memo::new(move |_| {
        state.assessment.with(|plan| {
            wording::timeline(plan)
                .into_iter()
                .map(|line| {
                    let date = line
                        .date
                        .map(|date| lang.date(date))
                        .unwrap_or_else(|| lang.text("hiring.no_date").to_owned());
                    let passed = line.date.is_some_and(|date| date < state.as_of);
                    (date, lang.text(&keys::obligation(line.id)), line, passed)
                })
                .collect::<Vec<_>>()
        })
    });
    let lines = Memo::new(move |_| {
        state.names.with(|names| {
            said.with(|said| {
                said.iter()
                    .map(|(date, duty, line, passed)| {
                        let hires = wording::timeline_hires(lang, names, line);
                        (date.clone(), *duty, hires, *passed)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let note = Memo::new(move |_| {
        state
            .assessment
            .with(|plan| wording::timeline_note(lang, plan))
    });
    // A memo, so that the button is built again only when it comes or goes.
    let has_dates = Memo::new(move |_| {
        state.assessment.with(|plan| {
            plan.timeline
                .iter()
                .any(|(_, deadline)| deadline.due.and_then(|due| due.date()).is_some())
        })
    });
    let calendar = move |_| {
        let hires = state.hires_untracked();
        let events = state
            .assessment
            .with_untracked(|plan| wording::calendar_events(lang, &hires, plan));
        let text = crate::ics::calendar(&events, lang.text("planner.calendar_name"), state.as_of);
        download(
            "kz-hiring-plan-deadlines.ics",
            "text/calendar;charset=utf-8",
            &text,
        );
    };
    view! {
        <section class="plan-section" aria-labelledby="plan-timeline">
            <h2 id="plan-timeline">{lang.text("hiring.timeline")}</h2>
            <p hidden=move || !lines.with(Vec::is_empty)>{lang.text("planner.no_deadlines")}</p>
            // Folded on a phone, where the dates of a few hires fill screens; open on a wide
            // screen, and in print.
            <details class="fold" data-fold="plan-timeline" open=super::super::browser::screen::is_wide() hidden=move || lines.with(Vec::is_empty)>
            <summary>{move || lang.format("planner.timeline_fold", &[("count", &lines.with(Vec::len).to_string())])}</summary>
            // Lines are keyed by what they say: an edit redraws only the lines it changes.
            <ol class="plan-timeline" data-testid="timeline">
                <For each=move || lines.get() key=|line| line.clone() let:line>
                    <li class:passed=line.3>
                        <strong>{line.0}</strong>
                        ": "
                        {line.1}
                        " "
                        <span class="timeline-hires">{line.2}</span>
                    </li>
                </For>
            </ol>
            {move || note.get().map(|note| view! { <p class="hint">{note}</p> })}
            {move || has_dates.get().then(|| view! {
                <button type="button" class="button button-secondary" data-testid="plan-ics" on:click=calendar>
                    {lang.text("timeline.add_to_calendar")}
                </button>
            })}
            </details>
        </section>
    }
}
