//! Browser glue, apart from the screens: what the device remembers, where focus goes, files
//! saved, the address's history, work put off until the page is painted or a press has become
//! a click, how wide the screen is, the day's date and the partner page that embeds the app
//! (the page itself registers the offline worker: `scripts/build/sw.mjs`). Screens call these;
//! none of these decides anything the rules decide.

pub mod download;
pub mod embed_host;
pub mod focus;
pub mod folds;
pub mod history;
pub mod later;
pub mod press;
pub mod screen;
pub mod storage;
pub mod today;
