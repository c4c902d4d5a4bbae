//! The Leptos single-page app. It renders the question the rules ask and the outcome they
//! reach; it decides nothing itself.

mod focus;
mod panic_screen;
mod question;
mod reason_item;
mod site_footer;
mod source_citation;
mod today;
mod verdict;

use leptos::prelude::*;

use crate::i18n::Lang;
use crate::rules::{Answer, Answers, QuestionId, Status, evaluate};

pub use panic_screen::install_panic_screen;
use question::QuestionForm;
use site_footer::SiteFooter;
use verdict::Verdict;

#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::default();
    provide_context(lang);
    let today = today::today();
    let answers = RwSignal::new(Answers::new());
    let step = Memo::new(move |_| answers.with(|answers| evaluate(answers, today).status));

    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(lang.text("app.title"));
    }

    let answer = Callback::new(move |(question, value): (QuestionId, Answer)| {
        answers.update(|answers| *answers = std::mem::take(answers).with(question, value));
    });
    let restart = Callback::new(move |()| answers.set(Answers::new()));

    view! {
        <header class="site-header">
            <p class="site-title">{lang.text("app.title")}</p>
        </header>
        <main id="main" class="page">
            {move || match step.get() {
                // Keyed by question, so each question gets fresh inputs: rebuilding the previous
                // question's DOM in place would carry its ticked radio over.
                Status::NeedsAnswer { next_question } => {
                    view! {
                        <For each=move || [next_question] key=|question| *question let:question>
                            <QuestionForm question=question.question() on_answer=answer />
                        </For>
                    }
                        .into_any()
                }
                Status::Complete { outcome } => {
                    view! { <Verdict outcome=*outcome on_restart=restart /> }.into_any()
                }
            }}
        </main>
        <SiteFooter />
    }
}

/// The language chosen for the page, provided by [`App`].
fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
