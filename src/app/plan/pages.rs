//! A long list of the plan (its hire cards, the ratio's rows, the documents' folds) shown a
//! page at a time: a plan of 1,000 hires would otherwise put some 90,000 elements in the page
//! and hold the main thread for seconds to build them, and every letter typed would touch them
//! all. A page is [`PAGE`] items; the pager below the list turns it.

use std::ops::Range;

use leptos::prelude::*;

use super::super::use_lang;

/// Items a page shows.
pub const PAGE: usize = 25;

/// Which page of a list is shown: the index of its first item.
#[derive(Clone, Copy)]
pub struct Pages {
    first: RwSignal<usize>,
}

impl Pages {
    pub fn new() -> Self {
        Pages {
            first: RwSignal::new(0),
        }
    }

    /// The items shown of a list of `total`, tracked: the page asked for, kept within the list
    /// when it shrinks.
    pub fn range(&self, total: usize) -> Range<usize> {
        let first = self.first.get().min(last_page(total));
        first..(first + PAGE).min(total)
    }

    /// Shows the page that holds item `index`.
    pub fn show(&self, index: usize) {
        self.first.set(index - index % PAGE);
    }
}

/// Where the last page of a list of `total` starts.
fn last_page(total: usize) -> usize {
    total.saturating_sub(1) / PAGE * PAGE
}

/// The buttons that turn the pages of a list of `total` items and the range shown, which is
/// read out as it changes; nothing when the list fits one page. `turned` runs with the first
/// index of the page turned to (to move the keyboard there).
#[component]
pub fn Pager(
    pages: Pages,
    #[prop(into)] total: Signal<usize>,
    /// What the list holds, for its name: "Hires", "Rows"…
    name: &'static str,
    #[prop(optional)] turned: Option<Callback<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let range = Memo::new(move |_| pages.range(total.get()));
    let turn = move |by: isize| {
        let first = range.get_untracked().start;
        let target = first.saturating_add_signed(by * PAGE as isize);
        pages.show(target.min(last_page(total.get_untracked())));
        if let Some(turned) = turned {
            turned.run(range.get_untracked().start);
        }
    };
    let count = lang.number(PAGE as i64);
    let said = move || {
        let range = range.get();
        lang.format(
            "planner.page.range",
            &[
                ("name", lang.text(name)),
                ("from", &lang.number((range.start + 1) as i64)),
                ("to", &lang.number(range.end as i64)),
                ("total", &lang.number(total.get() as i64)),
            ],
        )
    };
    view! {
        <nav class="pager" aria-label=lang.text(name) hidden=move || { total.get() <= PAGE } data-testid="pager">
            <button type="button" class="button button-secondary" on:click=move |_| turn(-1)
                disabled=move || { range.get().start == 0 }>
                {lang.format("planner.page.previous", &[("count", &count)])}
            </button>
            <span role="status">{said}</span>
            <button type="button" class="button button-secondary" on:click=move |_| turn(1)
                disabled=move || { range.get().end >= total.get() }>
                {lang.format("planner.page.next", &[("count", &count)])}
            </button>
        </nav>
    }
}
