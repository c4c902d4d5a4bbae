//! The local-content ratio across the plan: the share after each hire in order, the first hire
//! that would breach it, and the fixes the engine found, each a button that applies it.

use leptos::prelude::*;

use super::super::use_lang;
use super::pages::{Pager, Pages};
use super::state::PlanState;
use crate::hiring::{Breach, Counted, wording};
use crate::i18n::keys;
use crate::rules::{QuestionId as Q, staff_group};

#[component]
pub fn Ratio(state: PlanState) -> impl IntoView {
    let lang = use_lang();
    // What the engine says of each counted hire, worked out when the plan's conclusions change;
    // the hires' names (which a label changes) are put in front as the rows are drawn.
    let said = Memo::new(move |_| {
        state.assessment.with(|plan| {
            plan.results()
                .filter(|(_, result)| result.counted != Counted::Neither)
                .map(|(index, result)| {
                    (
                        index,
                        result
                            .category
                            .map(|category| wording::group(staff_group(category)))
                            .unwrap_or_default(),
                        lang.text(match result.counted {
                            Counted::Transfer => "planner.counted.transfer",
                            _ => "planner.counted.permit",
                        }),
                        wording::share(lang, result).unwrap_or_default(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let lines = Memo::new(move |_| {
        state.names.with(|names| {
            said.with(|said| {
                said.iter()
                    .map(|(index, group, counted, share)| {
                        let name = names.get(*index).cloned().unwrap_or_default();
                        (*index, name, *group, *counted, share.clone())
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // The rows a page at a time (see `pages.rs`).
    let pages = Pages::new();
    let total = Signal::derive(move || lines.with(Vec::len));
    // A memo, so that the box and its buttons are built again only when the breach changes.
    let breach = Memo::new(move |_| state.assessment.with(|plan| plan.first_breach.clone()));
    view! {
        <section class="plan-section" aria-labelledby="plan-ratio">
            <h2 id="plan-ratio">{lang.text("hiring.ratio")}</h2>
            {move || match breach.get() {
                None => view! { <p data-testid="no-breach">{lang.text("hiring.no_breach")}</p> }.into_any(),
                Some(breach) => view! { <BreachBox state breach /> }.into_any(),
            }}
            // Rows are keyed by their hire and what they say but the share: a staff count,
            // which changes every share, rewrites the share cells and builds no row.
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="plan-ratio" hidden=move || lines.with(Vec::is_empty)>
                <table class="plan-table" data-testid="ratio-table">
                    <thead>
                        <tr>
                            <th scope="col">{lang.text("planner.col.hire")}</th>
                            <th scope="col">{lang.text("planner.col.group")}</th>
                            <th scope="col">{lang.text("planner.col.counted")}</th>
                            <th scope="col">{lang.text("hiring.col.share")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || lines.with(|lines| lines[pages.range(lines.len())].iter().map(|(hire, name, group, counted, _)| (*hire, name.clone(), *group, *counted)).collect::<Vec<_>>())
                            key=|row| row.clone()
                            let:row
                        >
                            // Each cell names its column too: on a phone the rows stack,
                            // and the header row is not above them.
                            <tr>
                                <th scope="row">{row.1}</th>
                                <td data-label=lang.text("planner.col.group")>{row.2}</td>
                                <td data-label=lang.text("planner.col.counted")>{row.3}</td>
                                <td data-label=lang.text("hiring.col.share")>{move || lines.with(|lines| lines.iter().find(|line| line.0 == row.0).map(|line| line.4.clone()).unwrap_or_default())}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <Pager pages total name="planner.page.rows" />
        </section>
    }
}

/// The first breach, and a button for each fix.
#[component]
fn BreachBox(state: PlanState, breach: Breach) -> impl IntoView {
    let lang = use_lang();
    let row = (breach.hire + 1).to_string();
    let group = breach.group;
    let key = state
        .rows
        .with_untracked(|rows| rows.get(breach.hire).map(|row| row.key));
    let add = breach.add_kazakh.map(|count| {
        let text = lang.format(
            "planner.fix.add",
            &[
                ("count", &lang.number(count)),
                ("group", wording::group(breach.group)),
            ],
        );
        view! {
            <button type="button" class="button" data-testid="fix-add" on:click=move |_| {
                state.company.update(|company| *company = company.with_kazakh_added(group, count));
            }>{text}</button>
        }
    });
    // The first few positions: each is a different job, so this is a suggestion, not a list.
    let moves = breach
        .recategorise
        .iter()
        .copied()
        .take(3)
        .filter_map(|position| {
            let key = key?;
            let text = lang.format(
                "planner.fix.move",
                &[
                    ("row", &row),
                    ("position", lang.text(&keys::option(Q::Position, position))),
                ],
            );
            Some(view! {
                <button type="button" class="button button-secondary" on:click=move |_| {
                    state.edit(key, |hire| {
                        hire.answers = std::mem::take(&mut hire.answers).with_choice(Q::Position, position);
                    });
                }>{text}</button>
            })
        })
        .collect_view();
    let drop = key.map(|key| {
        view! {
            <button type="button" class="button button-secondary" on:click=move |_| state.remove(key)>
                {lang.format("planner.fix.drop", &[("row", &row)])}
            </button>
        }
    });
    view! {
        <div class="urgent breach" data-testid="breach">
            {wording::breach(lang, &breach).into_iter().map(|sentence| view! { <p>{sentence}</p> }).collect_view()}
            <div class="actions">{add}{moves}{drop}</div>
        </div>
    }
}
