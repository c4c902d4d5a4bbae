//! The plan: numbered steps in the order they happen (GOV.UK's step-by-step), each with who
//! does what, its time limit and, once the date it counts from is given, the date itself and
//! how far off it is. Each date is asked in the step whose first deadline counts from it. The
//! dated deadlines can be saved to a calendar.

use chrono::Datelike;
use leptos::prelude::*;

use super::footnotes::FootnoteRefs;
use super::{use_journey, use_lang};
use crate::blocks::{Action, PlanStep, When};
use crate::rules::{Anchor, Deadline, MENTORING_MONTHS, ObligationId, Outcome, Standing, timeline};

fn standing_class(standing: Standing) -> &'static str {
    match standing {
        Standing::NotYet { .. } => "not-yet",
        Standing::OpenNow | Standing::Open { .. } => "open",
        Standing::DueToday => "due",
        Standing::Overdue { .. } => "overdue",
    }
}

#[component]
pub fn PlanSteps(steps: Vec<PlanStep>, outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let location = journey.location;
    let has_deadlines = outcome.deadlines().next().is_some();
    let mentoring = outcome.obligations.iter().any(|o| {
        matches!(
            o.id,
            ObligationId::MentoringPeriod | ObligationId::MentorReport
        )
    });
    let outcome = StoredValue::new(outcome);
    let entries = Memo::new(move |_| {
        let here = location.get();
        outcome.with_value(|outcome| timeline(outcome, &here.dates, journey.today))
    });
    let calendar_notes = move || {
        let mut years: Vec<i32> = entries
            .get()
            .iter()
            .filter_map(|entry| entry.due.and_then(|due| due.date()).map(|date| date.year()))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
            .into_iter()
            .map(|year| view! { <li>{lang.calendar_note(year)}</li> })
            .collect_view()
    };
    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{lang.text("plan.title")}</h2>
            <button type="button" class="link-button" on:click=move |_| super::browser::folds::open(".steps details")>
                {lang.text("plan.show_all")}
            </button>
            <ol class="steps" data-testid="plan">
                {steps
                    .into_iter()
                    .map(|step| view! { <Step step entries mentoring /> })
                    .collect_view()}
            </ol>
            {has_deadlines.then(|| view! { <ul class="calendar-notes">{calendar_notes}</ul> })}
        </section>
    }
}

#[component]
fn Step(step: PlanStep, entries: Memo<Vec<Deadline>>, mentoring: bool) -> impl IntoView {
    let lang = use_lang();
    let heading = format!("step-{}", step.stage.as_str());
    let documents = (!step.documents.is_empty()).then(|| {
        let count = step.documents.len().to_string();
        view! {
            <details class="step-documents">
                <summary>{lang.format("plan.documents_count", &[("count", &count)])}</summary>
                <ul>
                    {step.documents.iter().map(|line| view! { <li>{line.text.clone()}</li> }).collect_view()}
                </ul>
            </details>
        }
    });
    let hint = [
        ("plan.step_hint.actions", step.actions.len()),
        ("plan.step_hint.documents", step.documents.len()),
    ]
    .into_iter()
    .filter(|(_, count)| *count > 0)
    .map(|(key, count)| lang.format(key, &[("count", &count.to_string())]))
    .collect::<Vec<_>>()
    .join(", ");
    // The first step is open; the others open on demand (and all of them in print).
    let open = step.number == 1;
    view! {
        <li class="step" data-step=step.stage.as_str()>
            <details class="step-fold" open=open>
                <summary>
                    <span class="step-number" aria-hidden="true">{step.number}</span>
                    <span class="step-title" id=heading>
                        <span class="visually-hidden">{lang.format("plan.step_number", &[("n", &step.number.to_string())])}" "</span>
                        {step.title}
                    </span>
                    <span class="step-hint">{hint}</span>
                </summary>
                {step.lead.map(|lead| view! { <p class="step-lead">{lead}</p> })}
                {(!step.actions.is_empty()).then(|| view! {
                    <ul class="actions-list">
                        {step.actions.into_iter().map(|action| view! { <ActionItem action entries /> }).collect_view()}
                    </ul>
                })}
                {documents}
                {(!step.services.is_empty()).then(|| view! {
                    <p class="step-services">
                        {lang.text("plan.services")}
                        {step.services.into_iter().enumerate().map(|(index, service)| view! {
                            {if index == 0 { " " } else { ", " }}
                            <a href=service.url target="_blank" rel="noopener noreferrer" data-service=service.name>{service.name}</a>
                        }).collect_view()}
                    </p>
                })}
                {(!step.dates.is_empty()).then(|| view! {
                    <div class="date-fields">
                        {step.dates.into_iter().map(|anchor| view! {
                            <DateField anchor />
                            {(anchor == Anchor::StartOfWork && mentoring).then(|| view! { <MentoringMonths /> })}
                        }).collect_view()}
                    </div>
                })}
            </details>
        </li>
    }
}

#[component]
fn ActionItem(action: Action, entries: Memo<Vec<Deadline>>) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let id = action.obligation.id;
    let rule = action.rule.clone();
    let when = move || {
        entries
            .get()
            .iter()
            .find(|entry| entry.obligation.id == id)
            .map(|entry| When::new(lang, entry, journey.today))
    };
    view! {
        <li class="action" data-obligation=id.as_str() data-deadline=id.as_str()>
            <p>
                <span class="party">{action.party}</span>
                " "
                {action.text}
                <FootnoteRefs cites=vec![action.cite] />
            </p>
            // The date once the date it counts from is given (the field is in this step or an
            // earlier one), the law's rule until then.
            {move || match when().and_then(|when| when.due.clone().map(|due| (due, when))) {
                Some((due, when)) => view! {
                    <p class="timeline-date">
                        <strong>{due}</strong>
                        {when.standing.zip(when.standing_text).map(|(standing, text)| view! {
                            " " <span class=format!("standing standing-{}", standing_class(standing))>{text}</span>
                        })}
                    </p>
                    {when.estimate.then(|| view! { <p class="badge badge-caution">{lang.text("timeline.estimate")}</p> })}
                }.into_any(),
                None => rule.clone().map(|rule| view! { <p class="deadline">{rule}</p> }).into_any(),
            }}
        </li>
    }
}

/// The date a deadline counts from; each change is a new address, so Back undoes it.
#[component]
fn DateField(anchor: Anchor) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let location = journey.location;
    let id = format!("date-{anchor}");
    let value = location
        .get_untracked()
        .dates
        .get(anchor)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let set_date = move |value: String| {
        if let Some(date) = crate::iso_date::parse(&value) {
            let here = location.get_untracked();
            let mut next = here.clone();
            next.dates = here.dates.clone().with(anchor, date);
            journey.navigate.run(next);
        }
    };
    view! {
        <div class="field">
            <label class="label" for=id.clone()>{lang.text(&format!("anchor.label.{anchor}"))}</label>
            <input class="input input-date" type="date" id=id value=value
                on:change=move |event| set_date(event_target_value(&event)) />
        </div>
    }
}

#[component]
fn MentoringMonths() -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let location = journey.location;
    let months = location
        .get_untracked()
        .dates
        .mentoring_months()
        .to_string();
    view! {
        <div class="field">
            <label class="label" for="mentoring-months">{lang.text("timeline.mentoring_months")}</label>
            <input class="input input-number" type="number" id="mentoring-months"
                min=*MENTORING_MONTHS.start() max=*MENTORING_MONTHS.end() value=months
                on:change=move |event| {
                    if let Ok(months) = event_target_value(&event).parse::<u8>() {
                        let here = location.get_untracked();
                        let mut next = here.clone();
                        next.dates = here.dates.clone().with_mentoring_months(months);
                        journey.navigate.run(next);
                    }
                } />
        </div>
    }
}
