//! The Leptos single-page app. It renders the screen the URL fragment names (see
//! [`crate::journey`]): the start page, one question, "Check your answers" or the result. It
//! decides nothing itself: the engine says what to ask and what follows.

mod back_link;
mod check_answers;
mod checklist;
mod country_picker;
mod download;
mod focus;
mod notice;
mod obligations_list;
mod panic_screen;
mod question;
mod question_page;
mod reason_item;
mod site_footer;
mod source_citation;
mod start_page;
mod stay_calculator;
mod storage;
mod timeline;
mod today;
mod verdict;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::{Lang, keys};
use crate::journey::{Location, Screen};
use crate::rules::{Status, evaluate};

use check_answers::CheckAnswers;
pub use panic_screen::install_panic_screen;
use question_page::QuestionPage;
use site_footer::SiteFooter;
use start_page::StartPage;
use verdict::Verdict;

/// The documents the visitor ticked, remembered on this device.
#[derive(Clone, Copy)]
pub struct Ticks(pub RwSignal<Vec<crate::rules::DocumentId>>);

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

    /// Records an answer: the current history entry is rewritten to hold it (so the browser's
    /// Back returns to the question with its answer), then the next screen gets its own entry.
    pub fn answered(&self, answers: crate::rules::Answers) {
        let here = self.location.get_untracked();
        let kept = Location {
            answers: answers.clone(),
            ..here.clone()
        };
        if let Ok(history) = window().history() {
            let url = format!("#{}", kept.to_fragment());
            let _ = history.replace_state_with_url(
                &leptos::wasm_bindgen::JsValue::NULL,
                "",
                Some(&url),
            );
        }
        self.navigate.run(here.after_answer(answers, self.day()));
    }

    /// What a question form calls with its answer.
    pub fn on_answer(self) -> Callback<(crate::rules::QuestionId, crate::rules::Answer)> {
        Callback::new(move |(question, answer)| {
            let answers = self.location.get_untracked().answers.with(question, answer);
            self.answered(answers);
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

fn current_fragment() -> String {
    window().location().hash().unwrap_or_default()
}

#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::default();
    let today = today::today();
    let (first, rejected) = Location::parse(&current_fragment(), today);
    let notice = RwSignal::new(notice::describe(lang, &first, &rejected));
    let (location, set_location) = signal(first);
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        let (here, rejected) = Location::parse(&current_fragment(), today);
        notice.set(notice::describe(lang, &here, &rejected));
        set_location.set(here);
    });
    // This device remembers the last state and the ticks; "Forget my answers" clears both.
    Effect::new(move |_| {
        let here = location.get();
        if here.screen != Screen::Start || !here.answers.is_empty() {
            storage::save(storage::STATE, &here.to_fragment());
        }
    });
    let ticks = RwSignal::new(
        storage::load(storage::TICKS)
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
    let navigate = Callback::new(move |next: Location| {
        let _ = window().location().set_hash(&next.to_fragment());
    });
    provide_context(Journey {
        lang,
        today,
        location,
        navigate,
    });

    // The page title follows the step.
    Effect::new(move |_| {
        let app = lang.text("app.title");
        let title = match location.get().screen {
            Screen::Start => app.to_owned(),
            Screen::Question(id) => {
                format!(
                    "{}{}{app}",
                    lang.text(&keys::question_title(id)),
                    lang.text("title.separator")
                )
            }
            Screen::Check => format!(
                "{}{}{app}",
                lang.text("check.title"),
                lang.text("title.separator")
            ),
            Screen::Result => format!(
                "{}{}{app}",
                lang.text("result.title"),
                lang.text("title.separator")
            ),
        };
        document().set_title(&title);
    });

    // A screen is rebuilt when it or the day the rules apply changes; dates typed on the
    // result page update it in place.
    let screen = Memo::new(move |_| location.with(|here| (here.screen, here.as_of)));
    view! {
        <header class="site-header">
            <p class="site-title">{lang.text("app.title")}</p>
        </header>
        <main id="main" class="page">
            {move || notice.get().map(|text| view! { <p class="notice" role="status" data-testid="notice">{text}</p> })}
            // Keyed by screen, so each screen gets fresh inputs: rebuilding the previous
            // screen's DOM in place would carry its ticked controls over.
            <For each=move || [screen.get()] key=|screen| *screen let:screen>
                {match screen.0 {
                    Screen::Start => view! { <StartPage /> }.into_any(),
                    Screen::Question(id) => view! { <QuestionPage id /> }.into_any(),
                    Screen::Check => view! { <CheckAnswers /> }.into_any(),
                    Screen::Result => {
                        let here = location.get_untracked();
                        match evaluate(&here.answers, here.day(today)).status {
                            Status::Complete { outcome } => view! { <Verdict outcome=*outcome /> }.into_any(),
                            Status::NeedsAnswer { .. } => view! { <CheckAnswers /> }.into_any(),
                        }
                    }
                }}
            </For>
        </main>
        <SiteFooter />
    }
}
