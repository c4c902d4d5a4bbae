//! Every input bounded before it is read, its problems listed as a screenful, and what the
//! visitor wrote kept exactly: the findings of the hostile-input probe of 2026-12-07, each as a
//! rule.

use kz_eligibility::bounded::{MAX_ANSWERS_BYTES, SHOWN};
use kz_eligibility::hiring::link::{decode, read_text, text};
use kz_eligibility::hiring::wire::{
    MAX_BYTES, Place, Reason, Written, company, company_pairs, hires_from_csv, hires_to_csv, month,
    plan_from_json, text_of_file,
};
use kz_eligibility::hiring::{Company, Hire, assess, markdown::markdown, wording};
use kz_eligibility::i18n::Lang;
use kz_eligibility::journey::{Location, Screen};
use kz_eligibility::rules::Rejection;

use super::as_of;

fn link_value(text: &str) -> String {
    use base64::Engine;
    let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
}

fn hires(csv: &str) -> Vec<Hire> {
    hires_from_csv(csv).unwrap().0
}

/// Labels that a spreadsheet would read as formulas, or that look like them.
const LABELS: [&str; 9] = [
    "-2 welders (night)",
    "+7 701 555 0101",
    "=SUM(A1:A9)",
    "@home",
    "'=already quoted",
    "''",
    "''\r",
    "  spaced  ",
    "Қазақ «цех» №3, \"A\"",
];

fn labelled() -> Vec<Hire> {
    let start = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    LABELS
        .iter()
        .map(|label| Hire {
            label: (*label).to_owned(),
            start,
            answers: Default::default(),
        })
        .collect()
}

#[test]
fn a_small_link_that_inflates_to_a_quarter_million_junk_pairs_is_refused_whole() {
    // 249,000 pairs `a=b`: a little over 1 KB once deflated.
    let junk = format!("{}\nstart\n", "a=b&".repeat(249_000));
    let value = link_value(&junk);
    assert!(value.len() < 2_000, "{}", value.len());
    let problems = decode(&value).expect_err("refused");
    assert_eq!(problems[0].reason, Reason::MostlyUnreadable);
    // A screenful, not a quarter of a million lines; the same pair once.
    assert!(problems.len() <= SHOWN);
    assert_eq!(problems.len(), 2, "{:?}", &problems[..]);
    assert_eq!(problems.total(), 249_001);
    let lines = wording::problems(Lang::En, &problems);
    assert_eq!(
        lines.last().map(String::as_str),
        Some("…and 248,999 more (the list is shortened).")
    );
}

#[test]
fn a_link_with_a_little_junk_beside_its_plan_is_taken_with_the_junk_named() {
    let value = link_value("employer_type=kazakh_company&shoe=44\nstart,citizenship\n2027-03,UZ\n");
    let read = decode(&value).expect("taken");
    assert_eq!(read.hires.len(), 1);
    assert_eq!(read.problems.len(), 1);
    assert_eq!(read.problems[0].key, "shoe");
}

#[test]
fn the_stored_plan_is_held_to_the_plan_limit_company_line_included() {
    let stored = format!("{}\nlabel,start\nA,2027-03\n", "a=b&".repeat(MAX_BYTES / 4));
    let read = read_text(&stored, true);
    assert!(read.hires.is_empty());
    assert_eq!(read.problems[0].reason, Reason::TooLarge);
    // Under the limit, junk is read quickly and listed as a screenful.
    let stored = format!("{}\nlabel,start\nA,2027-03\n", "a=b&".repeat(200_000));
    let read = read_text(&stored, true);
    assert_eq!(read.hires.len(), 1);
    assert!(read.problems.len() <= SHOWN && read.problems.total() == 200_000);
}

#[test]
fn labels_come_back_from_storage_byte_for_byte() {
    let hires = labelled();
    let company = Company::default();
    let back = read_text(&text(&company, &hires, true), true);
    assert!(back.problems.is_empty(), "{:?}", &back.problems[..]);
    let labels: Vec<&str> = back.hires.iter().map(|hire| hire.label.as_str()).collect();
    assert_eq!(labels, LABELS);
}

#[test]
fn the_csv_export_defuses_formulas_and_reading_it_back_undoes_exactly_that() {
    let hires = labelled();
    let written = hires_to_csv(&hires, Written::ForSpreadsheet);
    for line in written.lines().skip(1) {
        let first = line.trim_start_matches('"');
        assert!(
            !first.starts_with(['=', '+', '-', '@']),
            "a spreadsheet would run {line}"
        );
    }
    let back = hires_from_csv(&written).unwrap().0;
    let labels: Vec<&str> = back.iter().map(|hire| hire.label.as_str()).collect();
    assert_eq!(labels, LABELS);
    // A cell no spreadsheet would run is written as it is.
    assert!(written.contains("\n  spaced  ,2027-03"), "{written}");
}

#[test]
fn a_crafted_link_carries_no_labels() {
    let value = link_value("\nlabel,start,citizenship\nInjected <b>name</b>,2027-03,UZ\n");
    let read = decode(&value).expect("the hire is kept");
    assert_eq!(read.hires.len(), 1);
    assert_eq!(read.hires[0].label, "");
    assert_eq!(read.problems[0].key, "label");
    assert_eq!(read.problems[0].place, Some(Place::Hire(1)));
}

#[test]
fn the_markdown_export_shows_typed_text_as_written_never_as_markup() {
    let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "**bold** _it_ `code`",
        "=HYPERLINK(\"http://x\")",
        "a | b",
        "&lt;entity&gt;",
    ];
    let csv: String = payloads
        .iter()
        .map(|label| {
            format!(
                "\"{}\",2027-03,UZ,specialist,new_permit\n",
                label.replace('"', "\"\"")
            )
        })
        .collect();
    let hires = hires(&format!(
        "label,start,citizenship,position,permit_request\n{csv}<b>bad</b>,2027-13,UZ,,\n"
    ));
    // A column named with markup is listed by its name, escaped too.
    let (_, problems) = hires_from_csv(
        "label,start,citizenship,<i>shoe</i>\n\"<img src=x onerror=alert(1)>\",<script>,UZ,\n\
         A,2027-03,UZ,44\n",
    )
    .unwrap();
    let plan = assess(&Company::default(), &hires, as_of());
    for lang in Lang::ALL {
        let text = markdown(*lang, &hires, &plan, &problems, as_of());
        // Every character that could start markup is escaped.
        let chars: Vec<char> = text.chars().collect();
        for (at, c) in chars.iter().enumerate() {
            if matches!(c, '<' | '>' | '&' | '[' | ']' | '`' | '*' | '_') {
                assert_eq!(
                    chars[at.saturating_sub(1)],
                    '\\',
                    "{lang:?}: {c} is raw in\n{text}"
                );
            }
        }
        // Each label is there, escaped: `\<script\>`.
        assert!(
            text.contains("\\<script\\>alert\\(1\\)\\</script\\>"),
            "{text}"
        );
        // The table keeps its columns: `|` in a label is escaped.
        assert!(text.contains("a \\| b"), "{text}");
    }
}

#[test]
fn an_unreadable_file_is_refused_whole_and_says_why() {
    let refused = |bytes: &[u8]| -> Reason {
        match text_of_file(bytes).and_then(|text| hires_from_csv(&text).map(|_| ())) {
            Ok(()) => panic!("{:?} was taken", String::from_utf8_lossy(bytes)),
            Err(problems) => problems[0].reason,
        }
    };
    assert_eq!(refused(b""), Reason::Empty);
    assert_eq!(refused(b"\xef\xbb\xbf \n"), Reason::Empty);
    assert_eq!(
        refused(b"start,label\n2027-03,Caf\xe9 M\xfcller\n"),
        Reason::NotUtf8
    );
    assert_eq!(
        refused(b"citizenship,position,permit_request\nUZ,specialist,new_permit\n"),
        Reason::MissingColumn
    );
    assert_eq!(refused(b"start,citizenship\n"), Reason::NoHires);
    assert_eq!(
        refused(b"\"start,citizenship\n2027-03,UZ\n"),
        Reason::UnclosedQuote
    );
    assert_eq!(refused(&vec![b'a'; MAX_BYTES + 1]), Reason::TooLarge);
    // The missing column is named, with the header as it reads.
    let problems = hires_from_csv("citizenship,position,permit_request\nUZ,x,y\n")
        .err()
        .unwrap();
    assert_eq!(
        wording::problem(Lang::En, &problems[0]),
        "The header row has no \u{201c}start\u{201d} column (it reads \u{201c}citizenship,position,permit_request\u{201d}). \
         The first row must name the columns, as in the CSV export: label, start, citizenship, position…"
    );
}

#[test]
fn an_unclosed_quote_is_named_at_its_row_and_the_rows_before_it_are_kept() {
    let (hires, problems) = hires_from_csv(
        "label,start,citizenship\nA,2027-03,UZ\nB,2027-04,UZ\n\"Broken,2027-05,UZ\nD,2027-06,UZ\nE,2027-07,UZ\n",
    )
    .unwrap();
    assert_eq!(hires.len(), 2);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (problems[0].place, problems[0].reason),
        (Some(Place::Row(4)), Reason::UnclosedQuote)
    );
    assert_eq!(
        wording::problem(Lang::En, &problems[0]),
        "Row 4: a quotation mark opened in this row is never closed, so this row and all after it were not read"
    );
    // Opened in a later cell of its row: the whole row is left out, from its first cell.
    let (hires, problems) =
        hires_from_csv("label,start\nA,2027-03\nC,\"2027-05\nD,2027-06\n").unwrap();
    assert_eq!(hires.len(), 1);
    assert_eq!(problems.len(), 1, "{:?}", &problems[..]);
    assert_eq!(problems[0].place, Some(Place::Row(3)));
    // A quote inside a cell opens nothing: it is part of the cell, in any row.
    let (hires, problems) =
        hires_from_csv("label,start\r\nPipe 5\" long,2027-03\r\nB,2027-04\r\n").unwrap();
    assert!(problems.is_empty(), "{:?}", &problems[..]);
    let labels: Vec<&str> = hires.iter().map(|hire| hire.label.as_str()).collect();
    assert_eq!(labels, ["Pipe 5\" long", "B"]);
}

#[test]
fn files_from_russian_excel_and_unicode_text_are_read() {
    // Semicolons, as a Russian-locale Excel writes CSV.
    let (hires, problems) =
        hires_from_csv("label;start;citizenship\n\"Сварщик; ночь\";2027-03;UZ\n").unwrap();
    assert!(problems.is_empty(), "{:?}", &problems[..]);
    assert_eq!(hires[0].label, "Сварщик; ночь");
    // Excel's "Unicode text": UTF-16 with its mark, separated by tabs.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "label\tstart\tcitizenship\r\nҚайрат\t2027-03\tUZ\r\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let text = text_of_file(&utf16).unwrap();
    let (hires, _) = hires_from_csv(&text).unwrap();
    assert_eq!(hires[0].label, "Қайрат");
    // The same, big-endian; and UTF-8 with its mark, which is not part of the text (a JSON
    // plan after it is still read as JSON).
    let big_endian: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain("start\n2027-03\n".encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    assert_eq!(text_of_file(&big_endian).unwrap(), "start\n2027-03\n");
    assert_eq!(
        text_of_file(b"\xEF\xBB\xBF{\"hires\": []}").unwrap(),
        "{\"hires\": []}"
    );
    // Blank is empty, whatever its encoding.
    for blank in [&b" \r\n\t"[..], b"\xEF\xBB\xBF \n", b"\xFF\xFE \x00"] {
        let problems = text_of_file(blank).unwrap_err();
        assert_eq!(problems[0].reason, Reason::Empty, "{blank:?}");
    }
}

/// A file, a CSV text and a JSON plan of exactly the limit are read; one byte more is refused
/// before it is read.
#[test]
fn a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    let csv = |len: usize| {
        let table = "start\n2027-03\n";
        format!("{table}{}", "\n".repeat(len - table.len()))
    };
    assert_eq!(csv(MAX_BYTES).len(), MAX_BYTES);
    assert!(text_of_file(csv(MAX_BYTES).as_bytes()).is_ok());
    let problems = text_of_file(csv(MAX_BYTES + 1).as_bytes()).unwrap_err();
    assert_eq!(problems[0].reason, Reason::TooLarge);
    assert!(hires_from_csv(&csv(MAX_BYTES)).is_ok());
    let problems = hires_from_csv(&csv(MAX_BYTES + 1)).unwrap_err();
    assert_eq!(problems[0].reason, Reason::TooLarge);
    let json = |len: usize| {
        let plan = "{\"hires\": [{\"start\": \"2027-03\"}]}";
        format!("{plan}{}", " ".repeat(len - plan.len()))
    };
    assert!(plan_from_json(&json(MAX_BYTES)).is_ok());
    assert_eq!(
        plan_from_json(&json(MAX_BYTES + 1)).err().unwrap(),
        format!(
            "the plan is {} bytes; a plan is at most {MAX_BYTES} bytes",
            MAX_BYTES + 1
        )
    );
}

#[test]
fn a_file_level_message_is_a_sentence_not_an_empty_field() {
    for lang in Lang::ALL {
        for bytes in [&b""[..], b"\xff\xfe\x00", b"start\n"] {
            let problems = text_of_file(bytes)
                .and_then(|text| hires_from_csv(&text).map(|_| ()))
                .err()
                .unwrap();
            let said = wording::problem(*lang, &problems[0]);
            assert!(
                !said.contains("\u{201c}\u{201d}") && !said.contains("«»"),
                "{said}"
            );
            assert!(said.ends_with('.'), "{said}");
        }
    }
}

#[test]
fn company_pairs_given_twice_keep_the_first_and_say_so() {
    let (company, problems, kept) = company([
        ("employer_type", "kazakh_company"),
        ("employer_type", "foreign_branch"),
        ("kazakh_staff_3_4", "9"),
        ("kazakh_staff_3_4", "10"),
    ]);
    assert_eq!(company.kazakh, [0, 9]);
    assert_eq!(kept, 2);
    assert!(problems.iter().all(|p| p.reason == Reason::Duplicate));
    assert_eq!(problems.len(), 2);
}

#[test]
fn a_screen_that_does_not_exist_is_reported_not_silently_replaced() {
    let (location, rejected) = Location::parse("v=1&at=resul&role=worker", as_of());
    assert_eq!(location.screen, Screen::Start);
    assert!(location.saved.unknown_screen);
    assert!(rejected.is_empty());
    // Once the app has written the address, it names a screen it has.
    assert!(!location.written(as_of()).saved.unknown_screen);
}

#[test]
fn a_fragment_past_the_answers_limit_is_not_read() {
    let long = format!("role=worker&{}", "x=y&".repeat(MAX_ANSWERS_BYTES / 4));
    let (location, rejected) = Location::parse(&long, as_of());
    assert!(location.answers.is_empty());
    assert_eq!(rejected.len(), 1);
    assert!(rejected[0].value.is_empty(), "nothing of it echoed");
    // Under it, a repeated answer keeps the first and is reported.
    let (location, rejected) = Location::parse("role=worker&role=employer", as_of());
    assert!(location.answers.is(
        kz_eligibility::rules::QuestionId::Role,
        kz_eligibility::rules::OptionId::Worker
    ));
    assert_eq!(rejected[0].reason, Rejection::Duplicate);
}

/// A stored plan of exactly the limit is read; one byte more is refused before it is read.
#[test]
fn a_stored_plan_of_exactly_the_limit_is_read_and_one_byte_more_is_not() {
    let table = "\nlabel,start\nA,2027-03\n";
    let at_limit = |extra: usize| {
        let pad = MAX_BYTES + extra - table.len() - "note=".len();
        format!("note={}{table}", "x".repeat(pad))
    };
    assert_eq!(at_limit(0).len(), MAX_BYTES);
    let read = read_text(&at_limit(0), true);
    assert_eq!(read.hires.len(), 1);
    assert!(read.problems.iter().all(|p| p.reason != Reason::TooLarge));
    let read = read_text(&at_limit(1), true);
    assert!(read.hires.is_empty());
    assert_eq!(read.problems[0].reason, Reason::TooLarge);
}

/// A link's value longer than the limit is refused as too large before it is decoded; one of
/// exactly the limit is decoded (and this one, no deflated plan, is unreadable).
#[test]
fn a_link_value_over_the_limit_is_too_large_and_one_at_it_is_read() {
    let at_limit = "A".repeat(MAX_BYTES);
    let problems = decode(&at_limit).expect_err("no plan");
    assert_eq!(problems[0].reason, Reason::Unreadable);
    let over = "A".repeat(MAX_BYTES + 1);
    let problems = decode(&over).expect_err("refused");
    assert_eq!(problems[0].reason, Reason::TooLarge);
}

#[test]
fn what_is_kept_counts_the_companys_values_and_each_hire() {
    let read = read_text(
        "employer_type=kazakh_company\nstart,citizenship\n2027-03,UZ\n2027-04,UZ\n",
        false,
    );
    assert_eq!((read.kept, read.dropped), (3, 0));
    let read = read_text(
        "employer_type=kazakh_company&shoe=44\nstart\n2027-03\n",
        false,
    );
    assert_eq!((read.kept, read.dropped), (2, 1));
    // A hire that cannot be read is counted as left out.
    let read = read_text(
        "\nstart,citizenship\n2027-13,UZ\n2027-03,UZ\n2027-14,UZ\n",
        false,
    );
    assert_eq!((read.kept, read.dropped), (1, 2));
}

#[test]
fn a_column_given_twice_leaves_its_hire_out_and_says_which() {
    for (header, row) in [
        ("label,label,start", "A,B,2027-03"),
        ("label,start,start", "A,2027-03,2027-04"),
        ("label,start,citizenship,citizenship", "A,2027-03,UZ,KG"),
    ] {
        // Its only hire left out, the file is refused, and the repeated column is named.
        let problems = hires_from_csv(&format!("{header}\n{row}\n")).unwrap_err();
        assert_eq!(problems[0].reason, Reason::NoHires, "{header}");
        let repeated = header
            .split(',')
            .rev()
            .find(|c| header.matches(*c).count() == 2);
        assert_eq!(problems.len(), 2, "{header}");
        assert_eq!(problems[1].reason, Reason::Duplicate, "{header}");
        assert_eq!(Some(problems[1].key.as_str()), repeated, "{header}");
        assert_eq!(problems[1].place, Some(Place::Row(2)), "{header}");
    }
}

#[test]
fn a_staff_count_is_digits_only() {
    for value in ["+5", "5a", " ", "-1", "12345678", "1000001"] {
        let (read, problems, kept) = company([("kazakh_staff_1_2", value)]);
        assert_eq!((problems.len(), kept), (1, 0), "{value:?}");
        assert_eq!(problems[0].reason, Reason::InvalidValue, "{value:?}");
        assert_eq!(read.kazakh, [0, 0], "{value:?}");
    }
    let (read, problems, kept) = company([("kazakh_staff_1_2", " 1000000 ")]);
    assert_eq!((problems.len(), kept, read.kazakh), (0, 1, [1_000_000, 0]));
}

#[test]
fn the_company_is_written_back_with_its_staff_where_there_is_any() {
    let (read, _, _) = company([
        ("employer_type", "kazakh_company"),
        ("kazakh_staff_3_4", "90"),
        ("foreign_staff_3_4", "8"),
    ]);
    assert_eq!(
        company_pairs(&read),
        "employer_type=kazakh_company&kazakh_staff_3_4=90&foreign_staff_3_4=8"
    );
}

#[test]
fn a_link_as_much_plan_as_junk_is_taken() {
    // One value left out (the shoe size), one hire kept: a tie is still a plan someone wrote.
    let read = decode(&link_value("shoe=44\nstart\n2027-03\n")).expect("taken");
    assert_eq!((read.kept, read.dropped, read.hires.len()), (1, 1, 1));
}

#[test]
fn a_start_month_is_four_digits_a_hyphen_and_two() {
    let first = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    assert_eq!(month("2027-03"), first);
    for text in [
        "2027-3", "27-03", "02027-03", "2027-003", "2027-13", "2027/03", "+027-03",
    ] {
        assert_eq!(month(text), None, "{text}");
    }
}

#[test]
fn a_stored_plans_quote_that_never_closes_is_named_where_it_opens_and_counted() {
    // In the table's header: none of the table can be read, and that is why.
    let read = read_text(
        "employer_type=kazakh_company\n\"start,citizenship\n2027-03,UZ\n",
        false,
    );
    assert!(read.hires.is_empty());
    assert_eq!(read.problems.len(), 1, "{:?}", &read.problems[..]);
    assert_eq!(read.problems[0].reason, Reason::UnclosedQuote);
    assert_eq!(read.problems[0].place, Some(Place::Hire(1)));
    // Below it: the hire before it is kept, and the hire it opens in is counted as left out.
    let read = read_text(
        "employer_type=kazakh_company\nstart,citizenship\n2027-03,UZ\n\"2027-04,UZ\n",
        false,
    );
    assert_eq!(read.hires.len(), 1);
    assert_eq!((read.kept, read.dropped), (2, 1));
    assert_eq!(read.problems[0].reason, Reason::UnclosedQuote);
    assert_eq!(read.problems[0].place, Some(Place::Hire(2)));
}
