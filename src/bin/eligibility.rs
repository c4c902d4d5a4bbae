//! `eligibility [FILE] [--as-of YYYY-MM-DD]`: evaluates the answers in FILE (or on standard
//! input) and prints the outcome, or the next question, as JSON.
//!
//! Input: `{"answers": {"citizenship": "ru"}, "as_of": "2026-11-25"}`. The date defaults to
//! today in Kazakhstan (UTC+5).

use std::io::Read;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};
use kz_eligibility::i18n::Lang;
use kz_eligibility::report::{Report, Request};

const USAGE: &str = "usage: eligibility [FILE|-] [--as-of YYYY-MM-DD]
Evaluates {\"answers\": {...}, \"as_of\": \"YYYY-MM-DD\"} from FILE or standard input
and prints the outcome (or the next question) as JSON.";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("eligibility: {message}");
            ExitCode::from(2)
        }
    }
}

struct Options {
    file: Option<String>,
    as_of: Option<NaiveDate>,
}

fn parse_options(args: Vec<String>) -> Result<Options, String> {
    let mut options = Options {
        file: None,
        as_of: None,
    };
    let mut args = args.into_iter();
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
            _ if options.file.is_none() => options.file = Some(arg),
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
    let request =
        Request::parse(&read_input(options.file.as_deref())?).map_err(|e| e.to_string())?;
    let as_of = options
        .as_of
        .or(request.as_of)
        .unwrap_or_else(today_in_kazakhstan);
    let report = Report::new(request.answers, request.ignored, as_of, Lang::En);
    serde_json::to_string_pretty(&report).map_err(|e| e.to_string())
}
