//! The personal timeline on the result page: the dates the visitor knows, each deadline worked
//! out with the working-day calendar, ordered, and placed relative to today; and the calendar
//! export of every dated deadline.

use chrono::Datelike;
use leptos::prelude::*;

use super::download::download;
use super::source_citation::SourceCitation;
use super::{use_journey, use_lang};
use crate::i18n::{Lang, keys};
use crate::ics::{Event, calendar};
use crate::journey::Location;
use crate::rules::{
    Anchor, CalendarStatus, Deadline, Due, MENTORING_MONTHS, Outcome, Standing, anchors_needed,
    calendar_status, standing, timeline,
};

fn due_text(lang: Lang, due: Due) -> String {
    match (due.earliest, due.latest) {
        (Some(from), Some(to)) => lang.format(
            "timeline.between",
            &[("from", &lang.date(from)), ("to", &lang.date(to))],
        ),
        (Some(from), None) => lang.format("timeline.not_before", &[("date", &lang.date(from))]),
        (None, Some(to)) => lang.format("timeline.by", &[("date", &lang.date(to))]),
        (None, None) => String::new(),
    }
}

fn standing_text(lang: Lang, standing: Standing) -> (String, &'static str) {
    match standing {
        Standing::NotYet { days } => (
            lang.format("timeline.not_yet", &[("days", &lang.number(days))]),
            "not-yet",
        ),
        Standing::OpenNow => (lang.text("timeline.open_from").to_owned(), "open"),
        Standing::Open { days, working_days } => (
            lang.format(
                "timeline.open",
                &[
                    ("days", &lang.number(days)),
                    ("working_days", &lang.number(working_days)),
                ],
            ),
            "open",
        ),
        Standing::DueToday => (lang.text("timeline.due_today").to_owned(), "due"),
        Standing::Overdue { days } => (
            lang.format("timeline.overdue", &[("days", &lang.number(days))]),
            "overdue",
        ),
    }
}

/// The calendar events of the dated deadlines.
fn events(lang: Lang, entries: &[Deadline]) -> Vec<Event> {
    entries
        .iter()
        .filter_map(|entry| {
            let due = entry.due?;
            let date = due.date()?;
            let id = entry.obligation.id;
            let source = format!(
                "{}, {} ({})",
                lang.text(&keys::source_title(entry.obligation.source)),
                lang.text(&keys::source_article(entry.obligation.source)),
                entry.obligation.source.source().url
            );
            let rule = entry
                .obligation
                .deadline
                .map(|rule| lang.deadline(rule))
                .unwrap_or_default();
            Some(Event {
                uid: format!("{id}-{}@kz-eligibility", crate::iso_date::compact(date)),
                date,
                summary: lang.text(&keys::obligation(id)).to_owned(),
                description: format!(
                    "{}\n{}\n{}",
                    due_text(lang, due),
                    rule,
                    lang.format("timeline.event_source", &[("source", &source)])
                ),
            })
        })
        .collect()
}

#[component]
pub fn Timeline(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let anchors = anchors_needed(&outcome);
    if anchors.is_empty() && outcome.deadlines().next().is_none() {
        return ().into_any();
    }
    let outcome = StoredValue::new(outcome);
    let location = journey.location;
    let entries = Memo::new(move |_| {
        let here = location.get();
        outcome.with_value(|outcome| timeline(outcome, &here.dates, journey.today))
    });
    let set_date = move |anchor: Anchor, value: String| {
        let here: Location = location.get_untracked();
        let mut next = here.clone();
        if let Ok(date) = crate::iso_date::parse(&value).ok_or(()) {
            next.dates = here.dates.clone().with(anchor, date);
            journey.navigate.run(next);
        }
    };
    let inputs = anchors
        .iter()
        .map(|anchor| {
            let anchor = *anchor;
            let id = format!("date-{anchor}");
            let value = location.get_untracked().dates.get(anchor).map(|d| d.to_string()).unwrap_or_default();
            view! {
                <div class="field">
                    <label class="label" for=id.clone()>{lang.text(&format!("anchor.label.{anchor}"))}</label>
                    <input class="input input-date" type="date" id=id value=value
                        on:change=move |event| set_date(anchor, event_target_value(&event)) />
                </div>
            }
        })
        .collect_view();
    let mentoring = anchors.contains(&Anchor::StartOfWork).then(|| {
        let months = location.get_untracked().dates.mentoring_months().to_string();
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
            .map(|year| {
                let key = match calendar_status(year) {
                    CalendarStatus::Published => "timeline.calendar.published",
                    CalendarStatus::Computed => "timeline.calendar.computed",
                    CalendarStatus::Estimate => "timeline.calendar.estimate",
                };
                view! { <li>{lang.format(key, &[("year", &year.to_string())])}</li> }
            })
            .collect_view()
    };
    let export = move |_| {
        let events = events(lang, &entries.get_untracked());
        let text = calendar(&events, lang.text("timeline.calendar_name"), journey.today);
        download(
            "kz-work-permit-deadlines.ics",
            "text/calendar;charset=utf-8",
            &text,
        );
    };

    view! {
        <section class="timeline" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{lang.text("timeline.title")}</h2>
            <p class="hint">{lang.text("timeline.hint")}</p>
            <div class="date-fields">{inputs}{mentoring}</div>
            <ol class="timeline-list" data-testid="timeline">
                {move || entries.get().into_iter().map(|entry| {
                    let id = entry.obligation.id;
                    let when = entry.due.map(|due| due_text(lang, due));
                    let standing = entry.due.and_then(|due| standing(due, journey.today)).map(|s| standing_text(lang, s));
                    let needs = entry.needs.map(|anchor| lang.format(
                        "timeline.needs_date",
                        &[("anchor", lang.text(&format!("anchor.label.{anchor}")))],
                    ));
                    view! {
                        <li class="timeline-entry" data-deadline=id.as_str()>
                            {when.map(|when| view! { <p class="timeline-date"><strong>{when}</strong></p> })}
                            <p>{lang.text(&keys::obligation(id))}</p>
                            {standing.map(|(text, class)| view! {
                                <p class=format!("standing standing-{class}")>{text}</p>
                            })}
                            {entry.estimate.then(|| view! { <p class="badge badge-caution">{lang.text("timeline.estimate")}</p> })}
                            {needs.map(|text| view! { <p class="hint">{text}</p> })}
                            <SourceCitation id=entry.obligation.source />
                        </li>
                    }
                }).collect_view()}
            </ol>
            <ul class="calendar-notes">{calendar_notes}</ul>
            <button type="button" class="button button-secondary" on:click=export>
                {lang.text("timeline.add_to_calendar")}
            </button>
        </section>
    }
    .into_any()
}
