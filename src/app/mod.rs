//! The Leptos single-page app. It renders the screen the URL fragment names (see
//! [`crate::journey`]): the start page, one question, "Check your answers" or the result. It
//! decides nothing itself: the engine says what to ask and what follows.

mod after_paint;
mod back_link;
mod browser;
mod check_answers;
mod checklist;
mod country_picker;
mod embed_chunk;
mod footnotes;
mod language;
mod language_switch;
mod lazy_screen;
mod notice;
mod panic_screen;
mod plan;
mod plan_chunk;
mod plan_steps;
mod question;
mod question_fields;
mod question_page;
mod questions_chunk;
mod result_actions;
mod result_chunk;
mod result_page;
mod rules_changed;
mod site_footer;
mod start_page;
mod statements;
mod stay_calculator;
mod summary_box;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::{Lang, keys};
use crate::journey::{Location, Saved, Screen};
use crate::rules::Rejected;

use browser::later::{after_paint, next_task};
use browser::{history, storage, today};
use embed_chunk::Embedding;
use language_switch::LanguageSwitch;
pub use panic_screen::install_panic_screen;
use plan_chunk::PlanChunk;
use questions_chunk::QuestionsChunk;
use result_chunk::ResultChunk;
use site_footer::SiteFooter;
use start_page::StartPage;

/// The documents the visitor ticked, remembered on this device.
#[derive(Clone, Copy)]
pub struct Ticks(pub RwSignal<Vec<crate::rules::DocumentId>>);

/// Answers a partner page suggested: a question shows its preset until the visitor answers it.
#[derive(Clone)]
pub struct Presets(pub crate::rules::Answers);

/// The answer a question starts with: the visitor's own, else the partner's preset.
fn initial_answer(
    location: &Location,
    question: crate::rules::QuestionId,
) -> Option<crate::rules::Answer> {
    location
        .answers
        .get(question)
        .cloned()
        .or_else(|| use_context::<Presets>().and_then(|presets| presets.0.get(question).cloned()))
}

/// What every screen needs: the language, the day, where the visitor is and how to move on.
#[derive(Clone, Copy)]
pub struct Journey {
    pub lang: Lang,
    pub today: NaiveDate,
    pub location: ReadSignal<Location>,
    /// Moves to another location: a new history entry, so the browser's Back works.
    pub navigate: Callback<Location>,
}

impl Journey {
    /// The day the rules apply as of: the one the visitor chose, or today.
    pub fn day(&self) -> NaiveDate {
        self.location.get_untracked().day(self.today)
    }

    /// What a question form calls with its answer. The current history entry is rewritten
    /// to hold it (so the browser's Back returns to the question with its answer), then the
    /// next screen gets its own entry.
    pub fn on_answer(self) -> Callback<(crate::rules::QuestionId, crate::rules::Answer)> {
        Callback::new(move |(question, answer)| {
            let here = self.location.get_untracked();
            let next = here.after_answer(question, answer, self.day());
            let kept = Location {
                answers: next.answers.clone(),
                reasked: next.reasked.clone(),
                ..here
            };
            history::replace_location(&kept);
            self.navigate.run(next);
        })
    }
}

fn use_journey() -> Journey {
    expect_context::<Journey>()
}

/// The language chosen for the page.
fn use_lang() -> Lang {
    use_context::<Journey>()
        .map(|journey| journey.lang)
        .unwrap_or_default()
}

/// The address that reopens the current state: without the query, which holds only how the
/// page was opened (language, embedding), so the link follows its reader's own choices.
fn share_link() -> String {
    let location = window().location();
    [location.origin(), location.pathname(), location.hash()]
        .into_iter()
        .map(Result::unwrap_or_default)
        .collect()
}

fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// Starts the app: once the language it opens in is available (fetched if it is not English),
/// and, embedded in a partner's page, the embedded app's code, the app is mounted in the page's
/// body in place of the page's static shell.
pub fn start() {
    // Leptos's own executor starts with the mount, so this first task runs on the browser's.
    wasm_bindgen_futures::spawn_local(async {
        let wanted = language::initial();
        let search = window().location().search().unwrap_or_default();
        let embedded = crate::embed::requested(&search);
        let (available, embedding) = futures::future::join(
            language::ensure(wanted, crate::i18n::Part::Start),
            async move {
                if embedded {
                    embed_chunk::load(search).await
                } else {
                    None
                }
            },
        )
        .await;
        let initial = if available { wanted } else { Lang::En };
        // The page is built in a task of its own, not in the one that compiled and started
        // the code: on a slow phone the two together held the thread well past 50 ms.
        next_task().await;
        leptos::mount::mount_to_body(move || view! { <App initial embedded embedding /> });
        // The page's static shell (its header and loading line, scripts/build/shell.mjs) goes
        // in the same task, so no frame shows both.
        if let Some(shell) = document().get_element_by_id("shell") {
            shell.remove();
        }
    });
}

/// `embedded` in a partner's page (`?embed=1`), with the embedded app's `embedding` unless its
/// code could not be fetched.
#[component]
pub fn App(initial: Lang, embedded: bool, embedding: Option<Embedding>) -> impl IntoView {
    let lang = RwSignal::new(initial);
    let today = today::today();
    let (first, rejected) = Location::parse(&current_fragment(), today);
    // The later questions are fetched once the first screen is painted, unless that screen is a
    // result or a plan, whose own code and texts come first (a result fetches them once it is
    // shown; the plan leads only to the first question and to results).
    // So are they when the link had answers to give again: the notice names their questions.
    if !matches!(first.screen, Screen::Result | Screen::Plan) || !rejected.is_empty() {
        questions_chunk::prefetch_after_paint(initial);
    }
    let (presets, talk) = match embedding {
        Some(Embedding { presets, talk }) => (presets, Some(talk)),
        None => (crate::rules::Answers::new(), None),
    };
    // A partner's presets fill in their questions until the visitor answers them.
    provide_context(Presets(presets));
    // What could not be read is kept as data, so the notice follows a change of language.
    let rejected = RwSignal::new((first.saved.clone(), rejected));
    let (location, set_location) = signal(first);
    // The page shows what the fragment says: read on every change of it (Back, Forward, a
    // link, an edited address) and after each step the app takes itself.
    let show = move |fragment: &str| {
        let (here, dropped) = Location::parse(fragment, today);
        if !dropped.is_empty() {
            questions_chunk::prefetch_after_paint(lang.get_untracked());
        }
        rejected.set((here.saved.clone(), dropped));
        set_location.set(here);
    };
    let _ = window_event_listener(leptos::ev::hashchange, move |_| show(&current_fragment()));
    // This device remembers the last state and the ticks; "Forget my answers" clears both.
    // Kept once the screen is painted (a step's frame is for the next question), as the page
    // is then: "Forget my answers" in between is not undone.
    let keep = move || {
        location.try_with_untracked(|here| {
            // The hiring plan keeps its own state; its address is not the questionnaire's.
            if here.screen != Screen::Plan
                && (here.screen != Screen::Start || !here.answers.is_empty())
            {
                storage::save(storage::STATE, &here.to_fragment());
            }
        });
    };
    Effect::new(move |_| {
        location.track();
        after_paint(keep);
    });
    let ticks = RwSignal::new(
        storage::load(storage::TICKS)
            // As untrusted as a link, and held to the same limit.
            .filter(|ticks| ticks.len() <= crate::bounded::MAX_ANSWERS_BYTES)
            .unwrap_or_default()
            .split(',')
            .filter_map(crate::rules::DocumentId::parse)
            .collect::<Vec<_>>(),
    );
    Effect::new(move |_| {
        let list: Vec<&str> = ticks.get().iter().map(|id| id.as_str()).collect();
        // No ticks, no key: unticking the last box is remembered too.
        if list.is_empty() {
            storage::remove(storage::TICKS);
        } else {
            storage::save(storage::TICKS, &list.join(","));
        }
    });
    provide_context(Ticks(ticks));
    // A step is a new history entry (so Back returns to it), shown at once: waiting for the
    // browser's `hashchange` would let a frame pass between the answer and the next question.
    // The entries are written at once, not after the paint: a link followed or Back pressed in
    // between would otherwise land them on the wrong entry.
    let navigate = Callback::new(move |next: Location| {
        if history::push(&next) {
            rejected.set((Default::default(), Vec::new()));
            set_location.set(next.written(today));
        } else {
            let _ = window().location().set_hash(&next.to_fragment());
        }
    });

    if let Some(talk) = talk {
        talk(location);
    }

    let screens_ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        next_task().await;
        screens_ready.set(true);
    });

    // `<html lang>` and the page's links follow the language; the page title follows the
    // language and the step (a step leaves the rest as it is).
    Effect::new(move |_| language::apply(lang.get()));
    Effect::new(move |_| {
        let lang = lang.get();
        // A question's title may name texts that are still on their way.
        language::track_arrivals();
        document().set_title(&page_title(lang, &location.get()));
    });

    view! {
        // Embedded, the partner's page is the frame: no title bar, only the language switch.
        <header class="site-header">
            {(!embedded).then(|| view! { <p class="site-title">{move || lang.get().text("app.title")}</p> })}
            <LanguageSwitch lang />
        </header>
        // Everything below is rebuilt in the new language when it changes; the answers and
        // the step live in the location, so they stay. The first time, it is built in the task
        // after the header's: the two together held a slow phone's thread past 50 ms.
        {move || {
            let lang = lang.get();
            screens_ready.get().then(|| view! { <Screens journey=Journey { lang, today, location, navigate } rejected embedded /> })
        }}
    }
}

/// The title of the page at `location`, for example "Check your answers – Kazakhstan
/// work-eligibility calculator".
fn page_title(lang: Lang, location: &Location) -> String {
    let app = lang.text("app.title");
    let page = match location.screen {
        Screen::Start => None,
        // Until the question's texts have arrived, the title is the app's alone.
        Screen::Question(id) => lang.available(&keys::question_title(id)).map(|_| {
            lang.text_for(
                &keys::question_title(id),
                crate::rules::reader(&location.answers),
            )
        }),
        Screen::Check => lang.available("check.title"),
        Screen::Result => lang.available("result.title"),
        Screen::Plan => lang.available("planner.title"),
    };
    match page {
        Some(page) => format!("{page}{}{app}", lang.text("title.separator")),
        None => app.to_owned(),
    }
}

/// The page below the header in one language: the notice, the current screen and the footer.
#[component]
fn Screens(
    journey: Journey,
    rejected: RwSignal<(Saved, Vec<Rejected>)>,
    embedded: bool,
) -> impl IntoView {
    provide_context(journey);
    let Journey {
        lang,
        today,
        location,
        ..
    } = journey;
    let notice = move || {
        // It names the questions to answer again, whose texts may still be on their way.
        language::track_arrivals();
        rejected.with(|(saved, dropped)| notice::describe(lang, saved, dropped))
    };
    // A screen is rebuilt when it or the day the rules apply changes; dates typed on the
    // result page update it in place.
    // A plan a link brings is a new screen too, even on the plan's own.
    let screen =
        Memo::new(move |_| location.with(|here| (here.screen, here.as_of, here.plan.clone())));
    view! {
        <main id="main" class="page">
            {move || notice().map(|text| view! { <p class="notice" role="status" data-testid="notice">{text}</p> })}
            // Keyed by screen, so each screen gets fresh inputs: rebuilding the previous
            // screen's DOM in place would carry its ticked controls over.
            <For each=move || [screen.get()] key=|screen| screen.clone() let:screen>
                {match screen.0 {
                    Screen::Start => view! { <StartPage /> }.into_any(),
                    Screen::Question(id) => view! { <QuestionsChunk question=Some(id) /> }.into_any(),
                    Screen::Check => view! { <QuestionsChunk question=None /> }.into_any(),
                    Screen::Plan => {
                        let shared = location.get_untracked().plan;
                        view! { <PlanChunk shared /> }.into_any()
                    }
                    // A settled location shows the result only for complete answers; the one
                    // evaluation of them is the result chunk's, so the routes' conclusions are
                    // not part of the first load.
                    Screen::Result => {
                        let here = location.get_untracked();
                        let day = here.day(today);
                        view! { <ResultChunk answers=here.answers day /> }.into_any()
                    }
                }}
            </For>
        </main>
        {(!embedded).then(|| view! { <SiteFooter /> })}
    }
}
