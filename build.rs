//! Names each translation file by a hash of its content, so the web app asks for
//! `i18n/ru/start.json?v=<hash>` and a cache (the browser's or the service worker's) can
//! never pair a new build with an old translation; the hiring plan's stylesheet likewise. The
//! languages are those of `src/i18n/languages.txt`; the version is the first 16 hex digits of
//! the file's SHA-256, as `scripts/build/config.mjs` writes it for the service worker.
//! It also gathers the rules' ids from the files that declare them (`build/owned_ids.rs`).

use sha2::{Digest, Sha256};

#[path = "build/owned_ids.rs"]
mod owned_ids;

/// The first 16 hex digits of a file's SHA-256.
fn version(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    // A file missing here would name an empty file's version, and the app would ask for a
    // file the build never wrote.
    let bytes = std::fs::read(path).unwrap_or_else(|error| panic!("{path}: {error}"));
    Sha256::digest(&bytes)
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn main() {
    // The rules' ids, gathered from each file's declarations (`owns!`).
    println!("cargo:rerun-if-changed=src/rules");
    let declared = owned_ids::gather(std::path::Path::new("src/rules"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    for (name, text) in [
        ("messages_ids.rs", owned_ids::messages(&declared)),
        ("stages.rs", owned_ids::stages(&declared)),
        ("sources_ids.rs", owned_ids::sources(&declared)),
    ] {
        let path = out.join(name);
        std::fs::write(&path, text).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    }
    // The hiring plan's stylesheet, `plan-<version>.css` (scripts/build/css.mjs writes it).
    println!(
        "cargo:rustc-env=KZ_PLAN_STYLESHEET={}",
        version("style/plan.css")
    );
    println!("cargo:rerun-if-changed=src/i18n/languages.txt");
    let languages = std::fs::read_to_string("src/i18n/languages.txt").unwrap_or_default();
    for lang in languages.split_whitespace() {
        for part in ["start", "questions", "result", "reference"] {
            let hash = version(&format!("src/i18n/{lang}/{part}.json"));
            println!(
                "cargo:rustc-env=KZ_CATALOG_{}_{}={hash}",
                lang.to_uppercase(),
                part.to_uppercase()
            );
        }
    }
}
