//! The embedded app's own code arrives as its own WebAssembly chunk: reading the partner's
//! options (origin, theme, accent, font, radius, presets), putting on their look and talking to
//! the host page. The first load of the site itself does without it; an embedded app fetches it
//! beside its texts, before its first screen, so that screen already wears the partner's look
//! and shows their presets. Natively the call is an ordinary one.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use super::browser::embed_host;
use crate::embed::EmbedOptions;
use crate::journey::Location;
use crate::rules::Answers;

/// What the embedded app starts with: the answers the partner chose in advance, and what
/// starts the talk with the host page once the app knows where the visitor is.
pub struct Embedding {
    pub presets: Answers,
    pub talk: Box<dyn FnOnce(ReadSignal<Location>)>,
}

#[wasm_split(embed_host, wasm_split_path = leptos::wasm_split, fallible)]
fn embedding(search: String) -> Result<Embedding, SplitLoaderError> {
    let options = EmbedOptions::parse(&search);
    embed_host::apply_look(&options);
    Ok(Embedding {
        presets: options.presets.clone(),
        talk: Box::new(move |location| embed_host::talk_to_host(&options, location)),
    })
}

/// The partner's options for the query string `search`, their look already on the page; `None`
/// if the code could not be fetched, and the app then runs embedded without them.
pub async fn load(search: String) -> Option<Embedding> {
    embedding(search).await.ok()
}
