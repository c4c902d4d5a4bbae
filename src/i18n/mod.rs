//! User-visible text. Every string a user can read lives in a translation file of this folder,
//! keyed by a dotted name; rule data (questions, routes, reasons, sources) is worded through
//! keys derived from its ids, so the rules never carry prose.

mod catalog;
pub mod countries;
mod flat_json;
mod format;
pub mod keys;
mod lang;
pub mod search;

pub use catalog::{Catalog, MISSING_TEXT, Part};
pub use lang::{Lang, pairs, query_pairs};
