//! The app inside a partner's iframe: the partner's look, and the only messages the app sends
//! its host page (its height and, if the partner opted in, the step and the result's
//! category). Messages go only to the origin the partner page gave; they never carry answers.
//! The app listens to no message from the host.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{HtmlElement, ResizeObserver};

use crate::embed::EmbedOptions;
use crate::journey::{Location, Screen};
use crate::rules::{Status, evaluate};

/// Message types, as `public/embed.js` expects them.
const HEIGHT: &str = "kz-eligibility:height";
const STEP: &str = "kz-eligibility:step";
const RESULT: &str = "kz-eligibility:result";

/// Puts the partner's validated look on the page: attributes the stylesheet reads, and custom
/// properties set through the CSSOM (never as style text).
pub fn apply_look(options: &EmbedOptions) {
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.set_attribute("data-embed", "");
    if let Some(theme) = options.theme {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
    if options.transparent {
        let _ = root.set_attribute("data-transparent", "");
    }
    let Some(style) = root.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    if let Some(accent) = &options.accent {
        let _ = style.set_property("--accent", &accent.colour);
        let _ = style.set_property("--accent-text", accent.text);
        // The partner's colour is also the buttons' colour.
        let _ = style.set_property("--button", &accent.colour);
        let _ = style.set_property("--button-text", accent.text);
    }
    if let Some(font) = &options.font {
        let _ = style.set_property("--font", font);
    }
    if let Some(radius) = options.radius_px {
        let _ = style.set_property("--radius", &format!("{radius}px"));
    }
}

/// Sends the height whenever the page's content changes size, and the step and category if the
/// partner opted in. Without a valid host origin, or outside a frame, nothing is sent.
pub fn talk_to_host(
    options: &EmbedOptions,
    location: ReadSignal<Location>,
    today: chrono::NaiveDate,
) {
    let Some(origin) = options.parent_origin.clone() else {
        return;
    };
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    let post = move |kind: &str, fields: &[(&str, JsValue)]| {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
        for (name, value) in fields {
            let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
        }
        let _ = parent.post_message(&message, &origin);
    };

    let height_post = post.clone();
    let send_height = Closure::<dyn FnMut()>::new(move || {
        if let Some(body) = document().body() {
            let height = body.get_bounding_client_rect().height().ceil();
            height_post(HEIGHT, &[("height", height.into())]);
        }
    });
    if let (Ok(observer), Some(body)) = (
        ResizeObserver::new(send_height.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    // The observer calls it for the page's whole life.
    send_height.forget();

    if options.events {
        Effect::new(move |_| {
            let here = location.get();
            let screen = match here.screen {
                Screen::Start => "start",
                Screen::Question(_) => "question",
                Screen::Check => "check",
                Screen::Result => "result",
            };
            post(STEP, &[("screen", screen.into())]);
            if here.screen == Screen::Result
                && let Status::Complete { outcome } =
                    evaluate(&here.answers, here.day(today)).status
            {
                post(
                    RESULT,
                    &[("category", outcome.primary.work_permit.as_str().into())],
                );
            }
        });
    }
}
