//! "Check your answers": every answer that applies, each with a Change link; then the result.

use leptos::prelude::*;

use super::back_link::BackLink;
use super::focus::focus_when_mounted;
use super::{use_journey, use_lang};
use crate::i18n::keys;
use crate::journey::Screen;
use crate::rules::flow::{applicable, relevant};

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    let location = journey.location.get_untracked();
    let answers = relevant(&location.answers, journey.today);
    let rows = applicable(&answers, journey.today)
        .into_iter()
        .filter_map(|question| {
            let answer = answers.get(question)?;
            let change = format!("#{}", location.change(question).to_fragment());
            let title = lang.text(&keys::question_title(question));
            Some(view! {
                <div class="summary-row" data-question=question.as_str()>
                    <dt class="summary-key">{title}</dt>
                    <dd class="summary-value">{lang.answer(question, answer)}</dd>
                    <dd class="summary-action">
                        <a href=change>
                            {lang.text("action.change")}
                            <span class="visually-hidden">" " {title}</span>
                        </a>
                    </dd>
                </div>
            })
        })
        .collect_view();
    let result = format!("#{}", location.at(Screen::Result).to_fragment());
    view! {
        <BackLink />
        <h1 class="heading" tabindex="-1" node_ref=heading>{lang.text("check.title")}</h1>
        <p class="hint">{lang.text("check.hint")}</p>
        <dl class="summary">{rows}</dl>
        <a class="button" role="button" href=result>{lang.text("action.see_result")}</a>
    }
}
