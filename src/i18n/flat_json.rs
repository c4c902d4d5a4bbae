//! Reads a translation file: a JSON object whose values are all strings, and nothing else.
//!
//! Written out rather than taken from a JSON library because the web app reads these files on
//! the way to its first paint and to the result (700 texts for a result), and both ways there
//! were slower or heavier: `serde_json` would add its code to the wasm, and the browser's own
//! parser hands each key and text across the JavaScript boundary one by one (about 20 µs a text,
//! profiled). The native tests hold it to `serde_json` on every translation file and on
//! generated ones.

use std::collections::HashMap;

/// The object's keys and texts; `None` for anything that is not valid JSON of that shape. As in
/// JSON parsers generally, a key given twice keeps its last text.
pub fn parse(json: &str) -> Option<HashMap<String, String>> {
    let mut reader = Reader {
        bytes: json.as_bytes(),
        at: 0,
    };
    let mut texts = HashMap::new();
    reader.expect(b'{')?;
    if !reader.eat(b'}') {
        loop {
            let key = reader.string()?;
            reader.expect(b':')?;
            let text = reader.string()?;
            texts.insert(key, text);
            if reader.eat(b'}') {
                break;
            }
            reader.expect(b',')?;
        }
    }
    reader.skip_space();
    (reader.at == reader.bytes.len()).then_some(texts)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// Skips white space, then takes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let next = self.bytes.get(self.at) == Some(&byte);
        self.at += usize::from(next);
        next
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.eat(byte).then_some(())
    }

    /// A string, its escapes resolved. Runs without escapes are copied whole; the input is a
    /// `&str`, and a run ends only at an ASCII byte, so each run is whole UTF-8.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            let byte = *self.bytes.get(self.at)?;
            match byte {
                b'"' | b'\\' => {
                    out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
                    self.at += 1;
                    if byte == b'"' {
                        return Some(out);
                    }
                    out.push(self.escape()?);
                    run = self.at;
                }
                // JSON does not allow control characters unescaped inside a string.
                0..=0x1f => return None,
                _ => self.at += 1,
            }
        }
    }

    /// The character an escape stands for, the backslash already taken.
    fn escape(&mut self) -> Option<char> {
        let letter = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    // A character beyond the basic plane is written as a surrogate pair.
                    0xd800..=0xdbff => {
                        if self.bytes.get(self.at..self.at + 2)? != b"\\u" {
                            return None;
                        }
                        self.at += 2;
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            return None;
                        }
                        char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))?
                    }
                    _ => char::from_u32(unit)?,
                }
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.bytes.get(self.at..self.at + 4)?).ok()?;
        if !digits.bytes().all(|digit| digit.is_ascii_hexdigit()) {
            return None;
        }
        self.at += 4;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::i18n::{Lang, Part};
    use proptest::prelude::*;
    use std::collections::HashMap;

    fn by_serde(json: &str) -> Option<HashMap<String, String>> {
        serde_json::from_str(json).ok()
    }

    #[test]
    fn every_translation_file_reads_as_serde_json_reads_it() {
        for lang in Lang::ALL {
            for part in Part::ALL {
                let json = lang
                    .source_text(*part)
                    .expect("native builds carry every text");
                let texts = parse(json).expect("a translation file is a flat object");
                assert!(!texts.is_empty());
                assert_eq!(Some(texts), by_serde(json), "{lang:?} {part:?}");
            }
        }
    }

    #[test]
    fn escapes_read_as_json_defines_them() {
        let json = r#" { "a" : "\"\\\/\b\f\n\r\t\u00e9\u0416\ud83c\udde6", "b":"" } "#;
        assert_eq!(parse(json), by_serde(json));
        assert_eq!(
            parse(json).unwrap()["a"],
            "\"\\/\u{8}\u{c}\n\r\té\u{416}\u{1f1e6}"
        );
        assert_eq!(parse("{}"), Some(HashMap::new()));
        assert_eq!(
            parse(r#"{"k":"1","k":"2"}"#).unwrap()["k"],
            "2",
            "the last of a key wins"
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for json in [
            "",
            "[]",
            r#"["a","b"]"#,
            r#"{"a":1}"#,
            r#"{"a":{"b":"c"}}"#,
            r#"{"a":null}"#,
            r#"{"a":"b",}"#,
            r#"{"a":"b""c":"d"}"#,
            r#"{"a" "b"}"#,
            r#"{"a":"b"} x"#,
            r#"{"a":"b"}{}"#,
            r#"{"a":"b"#,
            r#"{"a":"\x"}"#,
            r#"{"a":"\u12"}"#,
            r#"{"a":"\u12g4"}"#,
            r#"{"a":"\ud83c"}"#,
            r#"{"a":"\ud83c\u0041"}"#,
            r#"{"a":"\udde6"}"#,
            "{\"a\":\"line\nbreak\"}",
            r#"{a:"b"}"#,
        ] {
            assert_eq!(parse(json), None, "{json:?}");
            assert_eq!(by_serde(json), None, "serde_json agrees on {json:?}");
        }
    }

    proptest! {
        #[test]
        fn what_serde_json_writes_reads_back(texts in prop::collection::hash_map(".{0,12}", "\\PC{0,40}|[\\x00-\\x1f\"\\\\/]{0,6}", 0..12), pretty in any::<bool>()) {
            let json = if pretty {
                serde_json::to_string_pretty(&texts).unwrap()
            } else {
                serde_json::to_string(&texts).unwrap()
            };
            prop_assert_eq!(parse(&json), Some(texts));
        }

        #[test]
        fn any_text_is_read_as_serde_json_reads_it(json in "[{}\":,\\\\ u0-9a-fA-F\\PC]{0,30}") {
            prop_assert_eq!(parse(&json), by_serde(&json));
        }
    }
}
