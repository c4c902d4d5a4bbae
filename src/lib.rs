//! The Kazakhstan work-eligibility calculator.
//!
//! - [`rules`]: the pure rules engine (no web crates, no clock).
//! - [`i18n`]: every user-visible text.
//! - [`embed`]: the options a partner page passes to the embedded app.
//! - [`report`]: an evaluation as a JSON document (command line, JS API).
//! - [`reference`] (native only): the whole rule set as a document (`eligibility reference`).
//! - [`js_api`] (feature `js-api`): the rules for JavaScript, without the app.
//! - [`app`] (feature `app`, default): the Leptos single-page app that renders what the rules
//!   ask and conclude.

#[cfg(feature = "app")]
pub mod app;
pub mod blocks;
pub mod bounded;
pub mod embed;
pub mod export;
pub mod hiring;
pub mod i18n;
pub mod ics;
pub mod iso_date;
pub mod journey;
#[cfg(feature = "js-api")]
pub mod js_api;
pub mod lenient_json;
#[cfg(not(target_arch = "wasm32"))]
pub mod reference;
pub mod report;
pub mod rules;
