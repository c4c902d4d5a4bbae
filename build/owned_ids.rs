//! Gathers the ids the rules files declare with `owns! { ... }` into the closed enums the
//! rules use (`ReasonId`, `ObligationId`, `DocumentId`, `SourceId`) and the facts each id
//! carries (a duty's stage, a source's address and confidence), so that an id is written once,
//! in the file of the law it belongs to, and no central list repeats it. The grammar is the
//! one `owns!` (src/rules/ids.rs) accepts; that macro also names each declared id, so an entry
//! this reader missed fails to compile in its own file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A token of Rust source, as far as the declarations need: comments are dropped.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    Ident(String),
    Str(String),
    Punct(char),
}

fn tokens(text: &str, file: &Path) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == '"' {
            let start = i;
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(Token::Str(
                chars[start..i.min(chars.len())].iter().collect(),
            ));
        } else if c == '\'' {
            // A char literal ('"' or '\'' included) or a lifetime: skipped, neither occurs in
            // a declaration.
            if next == Some('\\') {
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                i += 1;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
            }
        } else if c == 'r' && (next == Some('#') || next == Some('"')) {
            // A raw string: copied whole; declarations do not use them, other code may.
            let mut hashes = 0;
            i += 1;
            while chars.get(i) == Some(&'#') {
                hashes += 1;
                i += 1;
            }
            if chars.get(i) != Some(&'"') {
                out.push(Token::Ident("r".into()));
                continue;
            }
            i += 1;
            let closing: Vec<char> = std::iter::once('"')
                .chain((0..hashes).map(|_| '#'))
                .collect();
            while i < chars.len() && !chars[i..].starts_with(&closing) {
                i += 1;
            }
            i += closing.len();
            out.push(Token::Str(String::new()));
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Token::Ident(chars[start..i].iter().collect()));
        } else {
            out.push(Token::Punct(c));
            i += 1;
        }
    }
    if i > chars.len() {
        panic!("{}: an unclosed string or comment", file.display());
    }
    out
}

/// One declared id: its Rust name, its spelling and what follows the spelling, as tokens.
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub spelling: String,
    pub rest: Vec<Token>,
    pub file: PathBuf,
}

/// Every declaration of every kind, in file order and then in the order written.
#[derive(Debug, Default)]
pub struct Declared {
    pub reasons: Vec<Entry>,
    pub obligations: Vec<Entry>,
    pub documents: Vec<Entry>,
    pub sources: Vec<Entry>,
}

/// The tokens between an opening bracket at `open` and its match, and the index after it.
fn group<'a>(tokens: &'a [Token], open: usize, file: &Path) -> (&'a [Token], usize) {
    let (left, right) = match tokens[open] {
        Token::Punct('{') => ('{', '}'),
        Token::Punct('(') => ('(', ')'),
        Token::Punct('[') => ('[', ']'),
        ref other => panic!("{}: expected a bracket, found {other:?}", file.display()),
    };
    let mut depth = 0;
    for (i, token) in tokens.iter().enumerate().skip(open) {
        if *token == Token::Punct(left) {
            depth += 1;
        } else if *token == Token::Punct(right) {
            depth -= 1;
            if depth == 0 {
                return (&tokens[open + 1..i], i + 1);
            }
        }
    }
    panic!("{}: an unclosed `{left}`", file.display())
}

/// Splits a section's entries at the commas outside brackets.
fn entries(section: &[Token]) -> Vec<&[Token]> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, token) in section.iter().enumerate() {
        match token {
            Token::Punct('(' | '[' | '{') => depth += 1,
            Token::Punct(')' | ']' | '}') => depth -= 1,
            Token::Punct(',') if depth == 0 => {
                out.push(&section[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < section.len() {
        out.push(&section[start..]);
    }
    out
}

fn read_file(path: &Path, declared: &mut Declared) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if !text.contains("owns!") {
        return;
    }
    let tokens = tokens(&text, path);
    let mut i = 0;
    while i + 2 < tokens.len() {
        let is_owns = tokens[i] == Token::Ident("owns".into())
            && tokens[i + 1] == Token::Punct('!')
            && tokens[i + 2] == Token::Punct('{')
            // Not the macro's own definition (`macro_rules! owns {`).
            && (i == 0 || tokens[i - 1] != Token::Punct('!'));
        if !is_owns {
            i += 1;
            continue;
        }
        let (body, after) = group(&tokens, i + 2, path);
        let mut j = 0;
        while j < body.len() {
            let Token::Ident(kind) = &body[j] else {
                panic!("{}: expected a section name in owns!", path.display());
            };
            let (section, next) = group(body, j + 1, path);
            let list = match kind.as_str() {
                "reasons" => &mut declared.reasons,
                "obligations" => &mut declared.obligations,
                "documents" => &mut declared.documents,
                "sources" => &mut declared.sources,
                other => panic!("{}: owns! has no section `{other}`", path.display()),
            };
            for entry in entries(section) {
                match entry {
                    [
                        Token::Ident(name),
                        Token::Punct('='),
                        Token::Str(spelling),
                        rest @ ..,
                    ] => list.push(Entry {
                        name: name.clone(),
                        spelling: spelling.clone(),
                        rest: rest.to_vec(),
                        file: path.to_path_buf(),
                    }),
                    other => panic!(
                        "{}: expected `Name = \"spelling\" ...` in owns!, found {other:?}",
                        path.display()
                    ),
                }
            }
            j = next;
        }
        i = after;
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut children: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    // Files before folders, each by name: the enums' order does not depend on the disk.
    children.sort_by_key(|path| (path.is_dir(), path.clone()));
    for path in children {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Reads every declaration under `dir`, and checks that no id is declared twice.
pub fn gather(dir: &Path) -> Declared {
    let mut files = Vec::new();
    rust_files(dir, &mut files);
    let mut declared = Declared::default();
    for file in &files {
        read_file(file, &mut declared);
    }
    for (kind, list) in [
        ("reason", &declared.reasons),
        ("obligation", &declared.obligations),
        ("document", &declared.documents),
        ("source", &declared.sources),
    ] {
        for (i, a) in list.iter().enumerate() {
            for b in &list[..i] {
                if a.name == b.name || a.spelling == b.spelling {
                    panic!(
                        "the {kind} {} is declared in {} and again in {}",
                        a.spelling.trim_matches('"'),
                        b.file.display(),
                        a.file.display()
                    );
                }
            }
        }
    }
    declared
}

fn words(tokens: &[Token]) -> Vec<&str> {
    tokens
        .iter()
        .map(|token| match token {
            Token::Ident(word) => word.as_str(),
            Token::Str(text) => text.as_str(),
            Token::Punct(_) => "",
        })
        .collect()
}

fn id_enum(out: &mut String, doc: &str, name: &str, list: &[Entry]) {
    writeln!(out, "id_enum! {{\n    /// {doc}\n    pub enum {name} {{").unwrap();
    for entry in list {
        writeln!(out, "        {} => {},", entry.name, entry.spelling).unwrap();
    }
    writeln!(out, "    }}\n}}").unwrap();
}

/// The enum of what outcomes say, with each statement's marks (`messages.rs` includes it).
pub fn messages(declared: &Declared) -> String {
    let mut out = String::new();
    id_enum(
        &mut out,
        "One statement in the explanation of an outcome.",
        "ReasonId",
        &declared.reasons,
    );
    id_enum(
        &mut out,
        "Something the employer or the worker must do.",
        "ObligationId",
        &declared.obligations,
    );
    id_enum(
        &mut out,
        "A document a party must provide.",
        "DocumentId",
        &declared.documents,
    );
    let marked = |mark: &str| -> Vec<&str> {
        declared
            .reasons
            .iter()
            .filter(|e| words(&e.rest).contains(&mark))
            .map(|e| e.name.as_str())
            .collect()
    };
    for entry in &declared.reasons {
        for word in words(&entry.rest) {
            if !["urgent", "to_check", "guide"].contains(&word) {
                panic!(
                    "{}: the reason {} has an unknown mark `{word}`",
                    entry.file.display(),
                    entry.spelling
                );
            }
        }
    }
    let matches = |names: Vec<&str>| -> String {
        if names.is_empty() {
            "false".into()
        } else {
            let arms: Vec<String> = names.iter().map(|n| format!("ReasonId::{n}")).collect();
            format!("matches!(self, {})", arms.join(" | "))
        }
    };
    writeln!(
        out,
        "impl ReasonId {{\n\
         /// A statement that cannot wait: the result says it first, in an urgent style.\n\
         pub const fn is_urgent(self) -> bool {{ {} }}\n\
         /// A statement of what the employer must check because the visitor did not know an \
         answer.\n\
         pub const fn is_to_check(self) -> bool {{ {} }}\n\
         /// Whether the statement answers a claim of the published guide the rules were \
         checked against (confirmed or corrected).\n\
         pub const fn answers_guide(self) -> bool {{ {} }}\n}}",
        matches(marked("urgent")),
        matches(marked("to_check")),
        matches(marked("guide")),
    )
    .unwrap();
    out
}

/// Each duty's and document's stage in the plan (`plan.rs` includes it).
pub fn stages(declared: &Declared) -> String {
    let mut out = String::new();
    for (kind, list) in [
        ("ObligationId", &declared.obligations),
        ("DocumentId", &declared.documents),
    ] {
        writeln!(
            out,
            "impl {kind} {{\n    /// The stage of the plan it belongs to.\n    \
             pub const fn stage(self) -> Stage {{\n        match self {{"
        )
        .unwrap();
        for entry in list {
            let stage = match entry.rest.as_slice() {
                [Token::Ident(at), Token::Ident(stage)] if at == "at" => stage,
                other => panic!(
                    "{}: {} needs `at <Stage>`, found {other:?}",
                    entry.file.display(),
                    entry.spelling
                ),
            };
            writeln!(out, "            {kind}::{} => Stage::{stage},", entry.name).unwrap();
        }
        writeln!(out, "        }}\n    }}\n}}").unwrap();
    }
    out
}

/// The enum of sources and each one's citation data (`sources.rs` includes it).
pub fn sources(declared: &Declared) -> String {
    let mut out = String::new();
    id_enum(
        &mut out,
        "One cited provision of one act (or one secondary report of it).",
        "SourceId",
        &declared.sources,
    );
    writeln!(
        out,
        "impl SourceId {{\n    pub const fn source(self) -> Source {{\n        \
         let (url, confidence, read, last_verified) = match self {{"
    )
    .unwrap();
    for entry in &declared.sources {
        let data = match entry.rest.as_slice() {
            [
                Token::Ident(from),
                Token::Punct('('),
                data @ ..,
                Token::Punct(')'),
            ] if from == "from" => data,
            other => panic!(
                "{}: the source {} needs `from (address, confidence, read, checked)`, found \
                 {other:?}",
                entry.file.display(),
                entry.spelling
            ),
        };
        let parts: Vec<String> = entries(data)
            .iter()
            .filter(|part| !part.is_empty())
            .map(|part| match part {
                [Token::Str(text)] => text.clone(),
                [Token::Ident(name)] => name.clone(),
                other => panic!(
                    "{}: the source {}: unexpected {other:?}",
                    entry.file.display(),
                    entry.spelling
                ),
            })
            .collect();
        let [url, confidence, read, checked] = parts.as_slice() else {
            panic!(
                "{}: the source {} needs four facts: address, confidence, read, checked",
                entry.file.display(),
                entry.spelling
            );
        };
        writeln!(
            out,
            "            SourceId::{} => ({url}, Confidence::{confidence}, Read::{read}, \
             {checked}),",
            entry.name
        )
        .unwrap();
    }
    writeln!(
        out,
        "        }};\n        Source {{ id: self, url, confidence, read, last_verified }}\n    \
         }}\n}}"
    )
    .unwrap();
    out
}
