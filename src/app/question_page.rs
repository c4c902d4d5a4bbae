//! A question screen: Back link, honest progress, and the question itself.

use leptos::prelude::*;

use super::back_link::BackLink;
use super::question::QuestionForm;
use super::question_fields::any_field;
use super::{use_journey, use_lang};
use crate::i18n::keys;
use crate::rules::QuestionId;

#[component]
pub fn QuestionPage(id: QuestionId) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let location = journey.location.get_untracked();
    let progress = location.progress(journey.day()).map(|(n, total)| {
        lang.format(
            "progress.question",
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )
    });
    let on_answer = journey.on_answer();
    let reasked = location.reasked.contains(&id).then(|| {
        view! { <p class="notice" data-testid="reasked">{lang.text(&keys::question_reasked(id))}</p> }
    });
    view! {
        <BackLink />
        <p class="caption" data-testid="progress">{progress}</p>
        {reasked}
        <QuestionForm
            question=id.question()
            initial=super::initial_answer(&location, id)
            on_answer
            secondary_heading=false
            fields=any_field
        />
    }
}
