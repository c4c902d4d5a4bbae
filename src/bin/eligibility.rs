//! The rules on the command line.
//!
//! - `eligibility questions [--lang en|ru|kk]`: the question catalogue as JSON.
//! - `eligibility evaluate [FILE|-] [--as-of YYYY-MM-DD] [--lang en|ru|kk]`: evaluates
//!   `{"answers": {...}, "as_of": "YYYY-MM-DD"}` from FILE or standard input and prints the
//!   outcome, or the next question, as JSON. The date defaults to today in Kazakhstan (UTC+5).
//! - `eligibility plan [FILE|-] [--company PAIRS] [--format json|markdown] [--as-of YYYY-MM-DD]
//!   [--lang en|ru|kk]`: an employer's hiring plan, as JSON (`{"company": {...}, "hires":
//!   [...]}`) or as CSV of the hires with the company as `key=value&...` pairs, assessed hire by
//!   hire in order, as JSON (or Markdown).
//! - `eligibility walk [--as-of YYYY-MM-DD]`: enumerates every reachable answer path and prints
//!   the number of paths and a count per primary route.
//! - `eligibility reference [--format html|markdown] [--as-of YYYY-MM-DD] [--lang en|ru|kk]
//!   [--history DIR] [--out DIR]`: the whole rule set as a document (HTML by default), walked
//!   as of the day the rules were reviewed unless `--as-of` says otherwise; the changes section
//!   compares the walk with the previous version's, kept in DIR (default `docs/rules-history`).
//!   With `--out`, every language in both formats is written there (`rules.html`,
//!   `rules.ru.md`, …) from one walk, and the file names are printed.
//!
//! Texts are in English unless `--lang` names Russian or Kazakh. `--help` and `--version`
//! print to standard output.
//!
//! Every input is bounded before it is read: answers at most
//! [`kz_eligibility::bounded::MAX_ANSWERS_BYTES`], a plan at most
//! [`kz_eligibility::hiring::wire::MAX_BYTES`]. Malformed input (an argument or a file that is
//! not UTF-8, an input over its limit, JSON that is no request) is a clear message and exit
//! code 2, never a panic.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};
use kz_eligibility::bounded::{MAX_ANSWERS_BYTES, cut};
use kz_eligibility::hiring::wire::MAX_BYTES;
use kz_eligibility::i18n::Lang;
use kz_eligibility::report::{evaluate_json, questions_json};
use kz_eligibility::rules::walk;

const USAGE: &str = "usage:
  eligibility questions [--lang en|ru|kk]
  eligibility evaluate [FILE|-] [--as-of YYYY-MM-DD] [--lang en|ru|kk]
  eligibility plan [FILE|-] [--company PAIRS] [--format json|markdown] [--as-of YYYY-MM-DD] [--lang en|ru|kk]
  eligibility walk [--as-of YYYY-MM-DD]
  eligibility reference [--format html|markdown] [--as-of YYYY-MM-DD] [--lang en|ru|kk] [--history DIR] [--out DIR]
  eligibility --help | --version";

/// What a run ends with: text for standard output, or an error.
enum Done {
    Output(String),
    Failed(String),
}

fn main() -> ExitCode {
    let done = match parse_options(lexopt::Parser::from_env()) {
        Ok(Parsed::Help) => Done::Output(USAGE.to_owned()),
        Ok(Parsed::Version) => Done::Output(format!(
            "eligibility {} (rules {})",
            env!("CARGO_PKG_VERSION"),
            kz_eligibility::rules::RULES_VERSION
        )),
        Ok(Parsed::Run(options)) => match run(&options) {
            Ok(output) => Done::Output(output),
            Err(message) => Done::Failed(message),
        },
        Err(message) => Done::Failed(message),
    };
    match done {
        Done::Output(output) => {
            // A reader that stops early (`| head`) is not an error of ours.
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{output}");
            ExitCode::SUCCESS
        }
        Done::Failed(message) => {
            eprintln!("eligibility: {message}");
            ExitCode::from(2)
        }
    }
}

enum Parsed {
    Help,
    Version,
    Run(Options),
}

struct Options {
    command: String,
    file: Option<String>,
    as_of: Option<NaiveDate>,
    lang: Lang,
    markdown: bool,
    history: String,
    out: Option<String>,
    /// The company of a CSV plan, as `key=value&...` pairs.
    company: Option<String>,
}

/// An argument as text: one that is not UTF-8 is refused, not guessed at.
fn text(value: std::ffi::OsString) -> Result<String, String> {
    value.into_string().map_err(|value| {
        format!(
            "an argument is not UTF-8 text: {}",
            cut(&value.to_string_lossy())
        )
    })
}

/// The value of the option just read.
fn value(parser: &mut lexopt::Parser) -> Result<String, String> {
    let value = parser
        .value()
        .map_err(|e| format!("{}\n{USAGE}", cut(&e.to_string())))?;
    text(value)
}

fn parse_options(mut parser: lexopt::Parser) -> Result<Parsed, String> {
    use lexopt::Arg::{Long, Short, Value};
    let error = |e: lexopt::Error| format!("{}\n{USAGE}", cut(&e.to_string()));
    let mut command = None::<String>;
    let mut options = Options {
        command: String::new(),
        file: None,
        as_of: None,
        lang: Lang::En,
        markdown: false,
        history: kz_eligibility::reference::history::HISTORY_DIR.to_owned(),
        out: None,
        company: None,
    };
    while let Some(arg) = parser.next().map_err(error)? {
        match arg {
            Short('h') | Long("help") => return Ok(Parsed::Help),
            Short('V') | Long("version") => return Ok(Parsed::Version),
            Long("as-of") => {
                let text = value(&mut parser)?;
                let date = kz_eligibility::iso_date::parse(&text)
                    .ok_or_else(|| format!("--as-of must be YYYY-MM-DD, not {:?}", cut(&text)))?;
                options.as_of = Some(date);
            }
            Long("lang") => {
                let text = value(&mut parser)?;
                options.lang = Lang::from_tag(&text)
                    .ok_or_else(|| format!("--lang must be en, ru or kk, not {:?}", cut(&text)))?;
            }
            // The reference is HTML unless Markdown is asked for; a plan, JSON.
            Long("format") if matches!(command.as_deref(), Some("reference" | "plan")) => {
                let default = if command.as_deref() == Some("plan") {
                    "json"
                } else {
                    "html"
                };
                let format = value(&mut parser)?;
                options.markdown = match format.as_str() {
                    "markdown" => true,
                    format if format == default => false,
                    other => {
                        return Err(format!(
                            "--format must be {default} or markdown, not {:?}",
                            cut(other)
                        ));
                    }
                };
            }
            Long("history") if command.as_deref() == Some("reference") => {
                options.history = value(&mut parser)?;
            }
            Long("out") if command.as_deref() == Some("reference") => {
                options.out = Some(value(&mut parser)?);
            }
            Long("company") if command.as_deref() == Some("plan") => {
                options.company = Some(value(&mut parser)?);
            }
            Value(given) if command.is_none() => command = Some(text(given)?),
            Value(given)
                if options.file.is_none()
                    && matches!(command.as_deref(), Some("evaluate" | "plan")) =>
            {
                options.file = Some(text(given)?)
            }
            other => {
                return Err(format!(
                    "unexpected argument {}\n{USAGE}",
                    cut(&other.unexpected().to_string())
                ));
            }
        }
    }
    options.command = command.ok_or(USAGE)?;
    Ok(Parsed::Run(options))
}

/// The input, from FILE or standard input, refused once it is longer than `limit` bytes (so
/// an endless stream is never read whole).
fn read_input(file: Option<&str>, limit: usize) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let take = (limit as u64).saturating_add(1);
    let (read, name) = match file {
        None | Some("-") => (
            std::io::stdin().lock().take(take).read_to_end(&mut bytes),
            "standard input".to_owned(),
        ),
        Some(path) => (
            std::fs::File::open(path).and_then(|file| file.take(take).read_to_end(&mut bytes)),
            path.to_owned(),
        ),
    };
    read.map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() > limit {
        return Err(format!(
            "{name} is larger than {limit} bytes, the limit for this input"
        ));
    }
    Ok(bytes)
}

/// Answers to evaluate: UTF-8 text (a byte-order mark allowed).
fn answers_text(bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|_| "the input is not UTF-8 text".to_owned())
}

/// Today in Kazakhstan, which has used UTC+5 throughout since 1 March 2024.
fn today_in_kazakhstan() -> NaiveDate {
    let offset = FixedOffset::east_opt(5 * 3600).expect("UTC+5 is a valid offset");
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0);
    DateTime::from_timestamp(seconds, 0)
        .unwrap_or_default()
        .with_timezone(&offset)
        .date_naive()
}

fn run(options: &Options) -> Result<String, String> {
    match options.command.as_str() {
        "questions" => questions_json(options.lang),
        "evaluate" => evaluate_json(
            &answers_text(read_input(options.file.as_deref(), MAX_ANSWERS_BYTES)?)?,
            options.as_of,
            today_in_kazakhstan(),
            options.lang,
        ),
        "plan" => kz_eligibility::hiring::report::plan_json(
            &read_input(options.file.as_deref(), MAX_BYTES)?,
            options.company.as_deref(),
            options.as_of,
            today_in_kazakhstan(),
            options.lang,
            options.markdown,
        ),
        "walk" => {
            let paths = walk(options.as_of.unwrap_or_else(today_in_kazakhstan));
            let mut per_route: BTreeMap<&str, usize> = BTreeMap::new();
            for path in &paths {
                *per_route
                    .entry(path.outcome.primary.route.as_str())
                    .or_default() += 1;
            }
            let mut lines = vec![format!("{} paths", paths.len())];
            lines.extend(
                per_route
                    .iter()
                    .map(|(route, n)| format!("{n:>8}  {route}")),
            );
            Ok(lines.join("\n"))
        }
        "reference" => reference(options),
        other => Err(format!("unknown command {:?}\n{USAGE}", cut(other))),
    }
}

/// `eligibility reference`: one language to standard output, or every language into `--out`.
fn reference(options: &Options) -> Result<String, String> {
    use kz_eligibility::reference::{Reference, file_name, history, html, markdown};
    let as_of = options
        .as_of
        .unwrap_or(kz_eligibility::rules::RULES_REVIEWED);
    let paths = walk(as_of);
    let diff = |reference: &Reference| {
        history::compare_with_previous(std::path::Path::new(&options.history), &reference.snapshot)
    };
    let Some(out) = &options.out else {
        let reference = Reference::from_walk(options.lang, as_of, &paths);
        let diff = diff(&reference);
        return Ok(if options.markdown {
            markdown(&reference, diff.as_ref())
        } else {
            html(&reference, diff.as_ref())
        });
    };
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {out}: {e}"))?;
    let mut written = Vec::new();
    for lang in Lang::ALL {
        let reference = Reference::from_walk(*lang, as_of, &paths);
        let diff = diff(&reference);
        for (extension, text) in [
            ("html", html(&reference, diff.as_ref())),
            ("md", markdown(&reference, diff.as_ref())),
        ] {
            let path = std::path::Path::new(out).join(file_name(*lang, extension));
            std::fs::write(&path, text)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            written.push(path.display().to_string());
        }
    }
    Ok(written.join("\n"))
}
