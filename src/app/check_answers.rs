//! "Check your answers": every answer that applies, each with a Change link; then the result.

use leptos::prelude::*;

use super::back_link::BackLink;
use super::browser::focus::focus_when_mounted;
use super::{use_journey, use_lang};
use crate::i18n::keys;
use crate::journey::Screen;

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    // The result is one click away: fetch its page now.
    super::result_chunk::prefetch_after_paint(lang);
    let location = journey.location.get_untracked();
    let day = journey.day();
    let reader = crate::rules::reader(&location.answers);
    let rows = location
        .applicable_answers(day)
        .into_iter()
        .map(|(question, answer)| {
            let change = format!("#{}", location.change(question).to_fragment());
            let title = lang.text_for(&keys::question_title(question), reader);
            let reasked = location.reasked.contains(&question).then(|| {
                view! { <span class="hint" data-testid="reasked">{lang.text(&keys::question_reasked(question))}</span> }
            });
            view! {
                <div class="summary-row" data-question=question.as_str()>
                    <dt class="summary-key">{title}</dt>
                    <dd class="summary-value">{lang.answer(question, &answer)} {reasked}</dd>
                    <dd class="summary-action">
                        <a href=change>
                            {lang.text("action.change")}
                            <span class="visually-hidden">" " {title}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let result = format!("#{}", location.at(Screen::Result).to_fragment());
    let as_of_value = day.to_string();
    let choose_day = move |event: leptos::ev::Event| {
        if let Ok(date) = crate::iso_date::parse(&event_target_value(&event)).ok_or(()) {
            let mut next = journey.location.get_untracked().at(Screen::Check);
            next.as_of = Some(date);
            journey.navigate.run(next.settled(date));
        }
    };
    view! {
        <BackLink />
        <h1 class="heading" tabindex="-1" node_ref=heading>{lang.text("check.title")}</h1>
        <p class="hint">{lang.text("check.hint")}</p>
        <dl class="summary">{rows}</dl>
        <div class="field as-of">
            <label class="label" for="as-of">{lang.text("check.as_of_label")}</label>
            <p class="hint" id="as-of-hint">{lang.text_for("check.as_of_hint", reader)}</p>
            <input class="input input-date" type="date" id="as-of" aria-describedby="as-of-hint"
                value=as_of_value on:change=choose_day />
        </div>
        <a class="button" role="button" href=result>{lang.text("action.see_result")}</a>
    }
}
