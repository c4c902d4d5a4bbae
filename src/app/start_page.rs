//! The start page: what the tool does and for whom, how current the rules are, the privacy
//! promise, then the first question (who is asking).

use leptos::prelude::*;

use super::browser::focus::focus_when_mounted;
use super::question::{QuestionForm, choice_field};
use super::storage;
use super::{use_journey, use_lang};
use crate::rules::{QuestionId, RULES_REVIEWED, RULES_VERSION};

#[component]
pub fn StartPage() -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    let location = journey.location.get_untracked();
    let on_answer = journey.on_answer();
    let reviewed = lang.date(RULES_REVIEWED);
    // An earlier visit's answers, offered when the page opens without any of its own, and only
    // if at least one of them is an answer this version reads: stored text is as untrusted as
    // a link, and "Continue" must lead somewhere.
    let saved = RwSignal::new(
        storage::load(storage::STATE)
            .filter(|_| location.answers.is_empty())
            .filter(|stored| {
                !crate::journey::Location::parse(stored, journey.today)
                    .0
                    .answers
                    .is_empty()
            }),
    );
    let forgotten = RwSignal::new(false);
    let start_again = move |_| {
        storage::forget();
        saved.set(None);
        forgotten.set(true);
    };
    view! {
        <h1 class="heading heading-xl" tabindex="-1" node_ref=heading>
            {lang.text("app.start_heading")}
        </h1>
        <p class="lead">{lang.text("app.intro")}</p>
        <p class="lead">{lang.text("app.privacy")}</p>
        <p class="rules-version" data-testid="rules-version">
            {lang.format("app.rules_version", &[("version", RULES_VERSION), ("date", &reviewed)])}
        </p>
        {move || saved.get().map(|fragment| view! {
            <div class="panel saved" data-testid="saved">
                <p>{lang.text("saved.found")}</p>
                <a class="button" role="button" href=format!("#{fragment}")>{lang.text("saved.continue")}</a>
                <button type="button" class="button button-secondary" on:click=start_again>
                    {lang.text("saved.start_again")}
                </button>
            </div>
        })}
        {move || forgotten.get().then(|| view! { <p class="notice" role="status">{lang.text("saved.forgotten")}</p> })}
        <QuestionForm
            question=QuestionId::Role.question()
            initial=super::initial_answer(&location, QuestionId::Role)
            on_answer
            secondary_heading=true
            fields=choice_field
        />
        // Below the first question, which stays above the fold on a phone.
        <p class="plan-link">
            <a href="#plan" data-testid="plan-link">{lang.text("planner.start_link")}</a>
        </p>
    }
}
