//! The result page, answer first: the verdict in one sentence and a summary box, then the plan
//! as numbered steps, then the document checklist; the reasons, the other routes weighed and
//! the notes are folded away (and unfolded in print); the sources are footnotes listed once at
//! the end. Everything on it comes from the result's blocks, which the exports render too.

use leptos::prelude::*;

use super::after_paint::AfterPaint;
use super::back_link::BackLink;
use super::browser::focus::focus_when_mounted;
use super::checklist::Checklist;
use super::footnotes::{FootnoteRefs, SourcesList};
use super::plan_steps::PlanSteps;
use super::result_actions::ResultActions;
use super::rules_changed::RulesChanged;
use super::statements::Statements;
use super::stay_calculator::StayCalculator;
use super::summary_box::SummaryBox;
use super::{use_journey, use_lang};
use crate::blocks::{Alternative, ResultBlocks};
use crate::rules::{Eligibility, Outcome, Party, QuestionId};

#[component]
pub fn ResultPage(outcome: Outcome) -> impl IntoView {
    let lang = use_lang();
    let journey = use_journey();
    let heading = NodeRef::<leptos::html::H1>::new();
    focus_when_mounted(heading);
    // "Change answers" and Back lead to the questions.
    super::questions_chunk::prefetch_after_paint(lang);
    let location = journey.location.get_untracked();
    let reader = crate::rules::reader(&location.answers);
    let blocks = ResultBlocks::new(lang, &outcome, reader, location.day(journey.today));
    super::browser::history::record_result(&location, blocks.route);
    super::browser::embed_host::report_result(outcome.primary.work_permit.as_str());
    // Printed, every fold is part of the result: open them first.
    let before_print = window_event_listener(leptos::ev::beforeprint, |_| {
        super::browser::folds::open("details")
    });
    on_cleanup(move || before_print.remove());
    let documents: Vec<_> = blocks.documents().map(|line| line.document.id).collect();
    // The stay calculator starts from the days the visitor already gave.
    let days_used = location.answers.number(QuestionId::EaeuDaysIn180);
    let b = blocks.clone();

    view! {
        <BackLink />
        <section class="verdict" aria-labelledby="verdict-heading">
            <RulesChanged saved=location.saved.clone() route=b.route />
            <p class="caption">{lang.text("result.title")}</p>
            <h1 id="verdict-heading" class="heading" tabindex="-1" node_ref=heading>{b.headline}</h1>
            // What the person came for and why it is closed, before the verdict on what is open.
            {b.instead.map(|said| view! {
                <p data-testid="instead" data-reason=said.id.as_str()>
                    {said.text}
                    <FootnoteRefs cites=said.cites />
                </p>
            })}
            <p class=format!("verdict-line verdict-{}", eligibility_class(b.eligible)) data-testid="permit-need">
                {b.verdict}
            </p>
            {(!b.urgent.is_empty()).then(|| view! {
                <div class="urgent" data-testid="urgent">
                    <Statements statements=b.urgent />
                </div>
            })}
            <SummaryBox rows=b.summary documents />
            // What to do and what to bring, then what the verdict rests on: each part is built
            // once the one above it is on the screen.
            <AfterPaint>
            {(!b.steps.is_empty()).then(|| view! { <PlanSteps steps=b.steps outcome=outcome.clone() /> })}
            {(!b.checklist.is_empty()).then(|| view! { <Checklist groups=b.checklist /> })}
            {b.stay.map(|(rule, cite)| view! { <StayCalculator rule cite days_used /> })}
            <AfterPaint>
            <details class="fold" data-fold="reasons">
                <summary>{lang.text("verdict.reasons")}</summary>
                <Statements statements=b.reasons />
            </details>
            {(!b.alternatives.is_empty()).then(|| view! {
                <details class="fold" data-fold="alternatives">
                    <summary>{lang.format("verdict.alternatives_count", &[("count", &b.alternatives.len().to_string())])}</summary>
                    {b.alternatives.into_iter().map(|route| view! { <AlternativeRoute route /> }).collect_view()}
                </details>
            })}
            {(!b.notes.is_empty()).then(|| view! {
                <details class="fold" data-fold="notes">
                    <summary>{lang.format("verdict.notes_count", &[("count", &b.notes.len().to_string())])}</summary>
                    <Statements statements=b.notes />
                </details>
            })}
            // An employer rarely hires one foreigner: the plan takes the company's answers once.
            {(reader == Party::Employer).then(|| view! {
                <p class="plan-link">
                    <a href="#plan" data-testid="plan-link">{lang.text("result.plan_link")}</a>
                </p>
            })}
            <p class="disclaimer">{lang.text("app.disclaimer")}</p>
            <SourcesList sources=b.sources />
            <ResultActions blocks outcome />
            </AfterPaint>
            </AfterPaint>
        </section>
    }
}

fn eligibility_class(eligible: Eligibility) -> &'static str {
    match eligible {
        Eligibility::Yes => "yes",
        Eligibility::Confirm => "caution",
        Eligibility::No => "no",
    }
}

/// Another route the engine weighed, and why it is or is not available.
#[component]
fn AlternativeRoute(route: Alternative) -> impl IntoView {
    view! {
        <div class="alternative" data-route=route.route.as_str()>
            <h3>
                {route.headline}
                " "
                <span class=format!("badge badge-{}", eligibility_class(route.eligible))>{route.verdict}</span>
            </h3>
            <Statements statements=route.statements />
        </div>
    }
}
