//! The language switch on every page: each language named in itself. Switching keeps the
//! answers and the step; focus stays on the switch, which is outside the part that re-renders.

use leptos::prelude::*;

use super::language;
use crate::i18n::{Lang, Part};

#[component]
pub fn LanguageSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    // Set when a language could not be fetched (offline before the app was kept for offline
    // use); said in the current language.
    let failed = RwSignal::new(false);
    view! {
        <nav
            class="language-switch"
            data-language-switch=""
            aria-label=move || lang.get().text("language.switch_label")
        >
            <ul>
                {Lang::ALL
                    .iter()
                    .map(|&choice| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="language-button"
                                    lang=choice.tag()
                                    aria-pressed=move || (lang.get() == choice).to_string()
                                    on:click=move |_| {
                                        leptos::task::spawn_local(async move {
                                            let available = language::ensure_both(choice, Part::Start, Part::Questions).await;
                                            failed.set(!available);
                                            if available {
                                                language::remember(choice);
                                                lang.set(choice);
                                            }
                                        });
                                    }
                                >
                                    // Each language named in itself; every catalog has
                                    // the three names, so the built-in English one will do.
                                    {Lang::En.text(&format!("language.name.{}", choice.tag()))}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="language-status" role="status">
                {move || failed.get().then(|| lang.get().text("language.unavailable"))}
            </p>
        </nav>
    }
}
