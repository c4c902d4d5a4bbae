//! The app inside a partner's iframe: the partner's look, and the only messages the app sends
//! its host page (its height, that a new screen is up and, if the partner opted in, the step
//! and the result's category). Messages go only to the origin the partner page gave; they
//! never carry answers. The app listens to no message from the host.

use leptos::prelude::*;
use leptos::wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{HtmlElement, ResizeObserver};

use crate::embed::EmbedOptions;
use crate::journey::{Location, Screen};

/// Message types, as `public/embed.js` expects them.
const HEIGHT: &str = "kz-eligibility:height";
const STEP: &str = "kz-eligibility:step";
const RESULT: &str = "kz-eligibility:result";
/// A new screen is up: the host brings the frame's top into view if it is above the viewport.
const TOP: &str = "kz-eligibility:top";

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

/// Posts one message to the host page, at the origin the partner gave.
fn post(parent: &web_sys::Window, origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*name).into(), value);
    }
    let _ = parent.post_message(&message, origin);
}

/// Tells the host page the work-permit category of the result shown, if the partner opted in
/// to events. Called by the result page with the result it shows, so the answers are evaluated
/// once.
pub fn report_result(category: &'static str) {
    let options = EmbedOptions::parse(&window().location().search().unwrap_or_default());
    if !(options.embedded && options.events) {
        return;
    }
    if let (Some(origin), Some(parent)) = (options.parent_origin, window().parent().ok().flatten())
    {
        post(&parent, &origin, RESULT, &[("category", category.into())]);
    }
}

/// Sends the height whenever the page's content changes size, and the step if the partner
/// opted in (the result page reports the result's category: [`report_result`]). Without a
/// valid host origin, or outside a frame, nothing is sent.
pub fn talk_to_host(options: &EmbedOptions, location: ReadSignal<Location>) {
    let Some(origin) = options.parent_origin.clone() else {
        return;
    };
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    let post = move |kind: &str, fields: &[(&str, JsValue)]| post(&parent, &origin, kind, fields);

    let height_post = post.clone();
    let height = move || {
        if let Some(body) = document().body() {
            let height = body.get_bounding_client_rect().height().ceil();
            height_post(HEIGHT, &[("height", height.into())]);
        }
    };
    let send_height = Closure::<dyn FnMut()>::new(height.clone());
    if let (Ok(observer), Some(body)) = (
        ResizeObserver::new(send_height.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    // The observer calls it for the page's whole life.
    send_height.forget();

    // Each new screen but the one the frame opened on starts at the frame's top: the host page
    // would otherwise stay scrolled where the previous, often longer, screen left it. The host
    // moves only a frame whose top is above its viewport, and only for a new screen, never as
    // the page grows or the visitor scrolls.
    let top_post = post.clone();
    let screen = Memo::new(move |_| location.with(|here| here.screen));
    Effect::new(move |opened: Option<()>| {
        // Read, not only tracked: a memo that is never read is never brought up to date.
        let _ = screen.get();
        if opened.is_some() {
            // The new screen's height goes with it, whatever the observer has said so far.
            let height = height.clone();
            let top_post = top_post.clone();
            super::later::after_paint(move || {
                height();
                top_post(TOP, &[]);
            });
        }
    });

    if options.events {
        Effect::new(move |_| {
            let here = location.get();
            let screen = match here.screen {
                Screen::Start => "start",
                Screen::Question(_) => "question",
                Screen::Check => "check",
                Screen::Result => "result",
                Screen::Plan => "plan",
            };
            post(STEP, &[("screen", screen.into())]);
        });
    }
}
