mod answers;
mod calendar;
mod cli;
mod country_search;
mod embed;
mod export;
mod fragment_properties;
mod journey;
mod properties;
mod purity;
mod reference;
mod rules_reference;
mod scenarios;
mod stay;
mod timeline;
mod translations;
mod walk;

pub use super::fixtures::as_of;
