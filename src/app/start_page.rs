//! The start page: what the tool does and for whom, how current the rules are, the privacy
//! promise, then the first question (who is asking).

use leptos::prelude::*;

use super::focus::focus_when_mounted;
use super::question::QuestionForm;
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
    let reviewed = RULES_REVIEWED.to_string();
    view! {
        <h1 class="heading heading-xl" tabindex="-1" node_ref=heading>
            {lang.text("app.start_heading")}
        </h1>
        <p class="lead">{lang.text("app.intro")}</p>
        <p class="lead">{lang.text("app.privacy")}</p>
        <p class="rules-version" data-testid="rules-version">
            {lang.format("app.rules_version", &[("version", RULES_VERSION), ("date", &reviewed)])}
        </p>
        <QuestionForm
            question=QuestionId::Role.question()
            initial=location.answers.get(QuestionId::Role).cloned()
            on_answer
            secondary_heading=true
        />
    }
}
