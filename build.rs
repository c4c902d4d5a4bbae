//! Names each translation file by a hash of its content, so the web app asks for
//! `i18n/ru/questions.json?v=<hash>` and a cache (the browser's or the service worker's) can
//! never pair a new build with an old translation.

fn main() {
    for lang in ["en", "ru", "kk"] {
        for part in ["questions", "result", "reference"] {
            let path = format!("src/i18n/{lang}/{part}.json");
            println!("cargo:rerun-if-changed={path}");
            let bytes = std::fs::read(&path).unwrap_or_default();
            // FNV-1a, 64 bits: enough to tell versions apart, and no dependency.
            let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
                (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
            });
            println!(
                "cargo:rustc-env=KZ_CATALOG_{}_{}={hash:016x}",
                lang.to_uppercase(),
                part.to_uppercase()
            );
        }
    }
}
