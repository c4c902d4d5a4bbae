//! Work put off so that the phone's one thread is never held for long: until the browser has
//! painted what is already in the page, or until the tasks already waiting have run.

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `work` in a task of its own once what is in the page is on the screen: a frame's
/// callback runs just before its paint, so the next frame's callback comes once that paint has
/// been shown, and a zero timeout after it lets the next frame paint too. (One frame's callback
/// and a timeout ran the work while the paint was still on its way to the screen, so what
/// it fetched or built counted towards that paint's time.)
pub fn after_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        request_animation_frame(move || set_timeout(work, std::time::Duration::ZERO))
    });
}

/// Resolves in a new task: what follows the `await` runs after the browser has had its turn
/// (a paint, a tap, a response that arrived), not in the same long task as what came before.
pub async fn next_task() {
    let (done, next) = futures::channel::oneshot::channel();
    set_timeout(
        move || {
            let _ = done.send(());
        },
        std::time::Duration::ZERO,
    );
    let _ = next.await;
}
