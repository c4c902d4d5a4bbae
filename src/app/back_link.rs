//! The in-page Back link: a real link to the previous screen's fragment, so it also works
//! with the keyboard, in a new tab and with the browser's own Back.

use leptos::prelude::*;

use super::{use_journey, use_lang};

#[component]
pub fn BackLink() -> impl IntoView {
    let journey = use_journey();
    let lang = use_lang();
    let target = journey.location.get_untracked().back(journey.day());
    view! {
        <a class="back-link" href=format!("#{}", target.to_fragment())>
            {lang.text("action.back")}
        </a>
    }
}
