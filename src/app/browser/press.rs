//! Whether a pointer is pressed, so that what a press sets off (a list closing as its field
//! loses focus on the mouse-down) can wait until the press has become a click. A layout that
//! moves between a mouse-down and its mouse-up loses the click: the button it was aimed at is
//! no longer under the pointer when the button is released.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    static PRESSED: Cell<bool> = const { Cell::new(false) };
    static WATCHING: Cell<bool> = const { Cell::new(false) };
    /// Work waiting for the press under way to end.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Starts following presses on the page, once: the first field that needs it calls this.
pub fn watch() {
    if WATCHING.replace(true) {
        return;
    }
    // The page's whole life: the listeners are never removed.
    let _ = window_event_listener(leptos::ev::pointerdown, |_| PRESSED.set(true));
    let _ = window_event_listener(leptos::ev::pointerup, |_| released());
    let _ = window_event_listener(leptos::ev::pointercancel, |_| released());
}

fn released() {
    PRESSED.set(false);
    let waiting = WAITING.take();
    if !waiting.is_empty() {
        // The click a mouse-up makes is dispatched in the same task: this comes after it.
        set_timeout(
            move || waiting.into_iter().for_each(|work| work()),
            Duration::ZERO,
        );
    }
}

/// Runs `work` once the press under way, if any, has ended and the click it made has been
/// handled. With no press under way it runs in the next task: a tap's mouse-down, mouse-up and
/// click come in one task after the finger has lifted, so they are handled first too.
pub fn after_press(work: impl FnOnce() + 'static) {
    if PRESSED.get() {
        WAITING.with_borrow_mut(|waiting| waiting.push(Box::new(work)));
    } else {
        set_timeout(work, Duration::ZERO);
    }
}
