//! The employer's hiring plan screen (`#plan`): the company described once, the planned hires
//! as cards in order, and what holds across them: the local-content ratio after each hire with
//! the first breach and its fixes, the quota request, the fees, one timeline and one checklist.
//! Every conclusion is the engine's ([`crate::hiring`]); the screen edits the plan and shows
//! what the engine says of it.

mod actions;
mod answer_field;
mod card_outcome;
mod company_form;
mod documents;
mod hire_card;
mod pages;
mod quota;
mod ratio;
mod state;
pub mod stylesheet;
mod timeline;

use leptos::prelude::*;

use super::browser::focus::focus_when_mounted;
use super::{use_journey, use_lang};
use crate::hiring::wording;
use crate::journey::Location;
use crate::rules::Eligibility;

use actions::PlanActions;
use company_form::CompanyForm;
use documents::Documents;
use hire_card::HireCard;
use pages::{Pager, Pages};
use quota::Quota;
use ratio::Ratio;
use state::PlanState;
use timeline::Timeline;

#[component]
pub fn PlanPage(shared: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    let came_with_link = shared.is_some();
    let state = PlanState::new(shared, journey.today);
    // A shared plan is read once; the address then names the screen only, so a reload shows
    // the plan as this device has kept it since.
    if came_with_link {
        super::browser::history::replace_location(&Location::plan(None));
    }
    let before_print = window_event_listener(leptos::ev::beforeprint, |_| {
        super::browser::folds::open("details")
    });
    on_cleanup(move || before_print.remove());
    // The cards a page at a time (see `pages.rs`).
    let pages = Pages::new();
    let total = Signal::derive(move || state.rows.with(Vec::len));
    let add = move |_| {
        let key = state.add();
        // The new hire is the last: its page is shown.
        pages.show(state.rows.with_untracked(Vec::len) - 1);
        // The new card's first field, once it is in the page.
        super::browser::focus::focus_next_frame(vec![format!("hire-{key}-label")]);
    };
    let start = format!("#{}", Location::start().to_fragment());
    // The page is built in three tasks: its head and the company; the hires (and the engine's
    // assessment they show); what holds across them (the ratio, the quota, the timeline, the
    // checklist). A plan of 1,000 hires built in one held the thread for a quarter of a second.
    let built = RwSignal::new(Built::Company);
    leptos::task::spawn_local(async move {
        super::browser::later::next_task().await;
        built.set(Built::Hires);
        super::browser::later::next_task().await;
        built.set(Built::Whole);
    });
    // Memos, so that each part is built once, not again as the next is.
    let hires_built = Memo::new(move |_| built.get() >= Built::Hires);
    let whole_built = Memo::new(move |_| built.get() == Built::Whole);
    // The plan's page is wider than the questionnaire's measure (see the style sheet).
    view! {
        <div class="plan-page">
        <a class="back-link" href=start>{lang.text("planner.back")}</a>
        <h1 class="heading" tabindex="-1" node_ref=heading>{lang.text("hiring.title")}</h1>
        <p class="lead">{lang.text("planner.intro")}</p>
        <p>{lang.text("planner.privacy")}</p>
        <Brought state />
        <p class="plan-status" role="status" aria-live="polite" data-testid="plan-status">
            {move || hires_built.get().then(|| status(lang, state))}
        </p>
        <CompanyForm state />
        {move || hires_built.get().then(|| view! {
            <section class="plan-section" aria-labelledby="plan-hires">
                <h2 id="plan-hires">{lang.text("hiring.hires")}</h2>
                <p class="hint">{lang.text("planner.hires_hint")}</p>
                <ol class="hires" start=move || pages.range(total.get()).start + 1>
                    <For
                        each=move || state.rows.with(|rows| rows[pages.range(rows.len())].iter().map(|row| row.key).collect::<Vec<_>>())
                        key=|key| *key
                        let:key
                    >
                        <HireCard state key />
                    </For>
                </ol>
                <Pager pages total name="hiring.hires" turned=Callback::new(move |first: usize| {
                    // The keyboard goes to the first hire of the page turned to.
                    if let Some(key) = state.rows.with_untracked(|rows| rows.get(first).map(|row| row.key)) {
                        super::browser::focus::focus_next_frame(vec![format!("hire-{key}-label")]);
                    }
                }) />
                <button type="button" class="button" id="plan-add" data-testid="plan-add" on:click=add>
                    {lang.text("planner.add")}
                </button>
            </section>
        })}
        {move || whole_built.get().then(|| view! {
            <Ratio state />
            <Quota state />
            <Timeline state />
            <Documents state />
            <PlanActions state />
        })}
        <p class="disclaimer">{lang.text("app.disclaimer")}</p>
        </div>
    }
}

/// How much of the page is built, in order.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Built {
    Company,
    Hires,
    Whole,
}

/// One line that says where the plan stands, read out as it changes.
fn status(lang: crate::i18n::Lang, state: PlanState) -> String {
    state.assessment.with(|plan| {
        let count = |eligible| {
            plan.results()
                .filter(|(_, result)| result.outcome.primary.eligible == eligible)
                .count()
                .to_string()
        };
        let open = plan.hires.iter().filter(|result| result.is_err()).count();
        let mut said = lang.format(
            "planner.status",
            &[
                ("hires", &plan.hires.len().to_string()),
                ("yes", &count(Eligibility::Yes)),
                ("confirm", &count(Eligibility::Confirm)),
                ("no", &count(Eligibility::No)),
                ("open", &open.to_string()),
            ],
        );
        if let Some(breach) = &plan.first_breach {
            said.push(' ');
            said.push_str(&lang.format(
                "planner.status_breach",
                &[("row", &(breach.hire + 1).to_string())],
            ));
        }
        said
    })
}

/// What a file or link brought that could not be read, and the plan it replaced.
#[component]
fn Brought(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    view! {
        {move || {
            let problems = state.problems.get();
            let heading = if state.link_refused.get() {
                "planner.link_refused"
            } else {
                "planner.problems"
            };
            (!problems.is_empty()).then(|| view! {
                <div class="notice" role="status" data-testid="plan-problems">
                    <p>{lang.text(heading)}</p>
                    <ul>
                        {wording::problems(lang, &problems).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                </div>
            })
        }}
        {move || state.before.get().map(|_| view! {
            <div class="panel" data-testid="plan-before">
                <p>{lang.text("planner.replaced")}</p>
                <button type="button" class="button button-secondary" on:click=move |_| state.restore()>
                    {lang.text("planner.restore")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| state.dismiss_before()>
                    {lang.text("planner.keep_new")}
                </button>
            </div>
        })}
    }
}
