//! The rules stay pure: no web crates and no clock, so they run the same natively, in the
//! browser and in the partners' JS API.

use std::path::Path;

fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn the_rules_use_no_web_crate_and_no_clock() {
    const FORBIDDEN: &[&str] = &[
        "leptos",
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "Utc::now",
        "Local::now",
        "SystemTime",
        "Instant::now",
        "crate::app",
        "crate::i18n",
    ];
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"),
        &mut files,
    );
    assert!(files.len() >= 5, "found only {files:?}");
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for word in FORBIDDEN {
            assert!(!code.contains(word), "{} mentions {word}", file.display());
        }
    }
}
