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
//! Texts are in English unless `--lang` names Russian or Kazakh.
//!
//! Malformed input is a clear message and exit code 2, never a panic.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};
use kz_eligibility::i18n::Lang;
use kz_eligibility::report::{evaluate_json, questions_json};
use kz_eligibility::rules::walk;

const USAGE: &str = "usage:
  eligibility questions [--lang en|ru|kk]
  eligibility evaluate [FILE|-] [--as-of YYYY-MM-DD] [--lang en|ru|kk]
  eligibility plan [FILE|-] [--company PAIRS] [--format json|markdown] [--as-of YYYY-MM-DD] [--lang en|ru|kk]
  eligibility walk [--as-of YYYY-MM-DD]
  eligibility reference [--format html|markdown] [--as-of YYYY-MM-DD] [--lang en|ru|kk] [--history DIR] [--out DIR]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(output) => {
            // A reader that stops early (`| head`) is not an error of ours.
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{output}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("eligibility: {message}");
            ExitCode::from(2)
        }
    }
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

fn parse_options(args: Vec<String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let command = args.next().ok_or(USAGE)?;
    let mut options = Options {
        command,
        file: None,
        as_of: None,
        lang: Lang::En,
        markdown: false,
        history: kz_eligibility::reference::history::HISTORY_DIR.to_owned(),
        out: None,
        company: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Err(USAGE.to_owned()),
            "--as-of" => {
                let text = args.next().ok_or("--as-of needs a date")?;
                let date = text
                    .parse()
                    .map_err(|_| format!("--as-of must be YYYY-MM-DD, not {text:?}"))?;
                options.as_of = Some(date);
            }
            "--lang" => {
                let text = args.next().ok_or("--lang needs en, ru or kk")?;
                options.lang = Lang::from_tag(&text)
                    .ok_or_else(|| format!("--lang must be en, ru or kk, not {text:?}"))?;
            }
            // The reference is HTML unless Markdown is asked for; a plan, JSON.
            "--format" if matches!(options.command.as_str(), "reference" | "plan") => {
                let default = if options.command == "plan" {
                    "json"
                } else {
                    "html"
                };
                options.markdown = match args.next().as_deref() {
                    Some(format) if format == default => false,
                    Some("markdown") => true,
                    other => {
                        return Err(format!(
                            "--format must be {default} or markdown, not {other:?}"
                        ));
                    }
                };
            }
            "--history" if options.command == "reference" => {
                options.history = args.next().ok_or("--history needs a folder")?;
            }
            "--out" if options.command == "reference" => {
                options.out = Some(args.next().ok_or("--out needs a folder")?);
            }
            "--company" => {
                options.company = Some(args.next().ok_or("--company needs key=value pairs")?);
            }
            _ if options.file.is_none()
                && matches!(options.command.as_str(), "evaluate" | "plan") =>
            {
                options.file = Some(arg)
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    Ok(options)
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    match file {
        None | Some("-") => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(input)
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
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

fn run(args: Vec<String>) -> Result<String, String> {
    let options = parse_options(args)?;
    match options.command.as_str() {
        "questions" => questions_json(options.lang),
        "evaluate" => evaluate_json(
            &read_input(options.file.as_deref())?,
            options.as_of,
            today_in_kazakhstan(),
            options.lang,
        ),
        "plan" => kz_eligibility::hiring::report::plan_json(
            &read_input(options.file.as_deref())?,
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
        "reference" => reference(&options),
        "-h" | "--help" => Err(USAGE.to_owned()),
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
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
