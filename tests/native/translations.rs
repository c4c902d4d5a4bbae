//! Every text the rules and the app can show exists in every language.

use kz_eligibility::i18n::{Catalog, Lang, Part, keys};
use kz_eligibility::rules::{
    Confidence, Country, Eligibility, Party, QuestionId, RouteId, SourceId, WorkPermit,
};
use kz_eligibility::rules::{DocumentId, ObligationId, ReasonId};

/// Every key derived from rule data.
fn rule_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for id in QuestionId::ALL {
        keys.extend([
            keys::question_title(*id),
            keys::question_hint(*id),
            keys::question_error(*id),
        ]);
        if id.has_meaning_set_by_earlier_answers() {
            keys.push(keys::question_reasked(*id));
        }
        let question = id.question();
        keys.extend(
            question
                .options()
                .iter()
                .map(|option| keys::option(*id, *option)),
        );
    }
    keys.extend(RouteId::ALL.iter().map(|id| keys::route_headline(*id)));
    keys.extend(ReasonId::ALL.iter().map(|id| keys::reason(*id)));
    keys.extend(ObligationId::ALL.iter().map(|id| keys::obligation(*id)));
    keys.extend(DocumentId::ALL.iter().map(|id| keys::document(*id)));
    for id in SourceId::ALL {
        keys.extend([keys::source_title(*id), keys::source_article(*id)]);
    }
    for confidence in [
        Confidence::Official,
        Confidence::Secondary,
        Confidence::Uncertain,
    ] {
        keys.push(keys::confidence(confidence).to_owned());
    }
    for need in [
        WorkPermit::Required,
        WorkPermit::NotRequired,
        WorkPermit::NotApplicable,
    ] {
        keys.push(keys::work_permit(need).to_owned());
    }
    for eligible in [Eligibility::Yes, Eligibility::Confirm, Eligibility::No] {
        keys.push(keys::eligibility(eligible).to_owned());
    }
    keys
}

/// The app's files that make up the result page: they are built into the result page's own
/// chunk, so they may use the result part of the texts.
const RESULT_PAGE_FILES: &[&str] = &[
    "app/result_page.rs",
    "app/summary_box.rs",
    "app/plan_steps.rs",
    "app/checklist.rs",
    "app/stay_calculator.rs",
    "app/statements.rs",
    "app/footnotes.rs",
    "app/result_actions.rs",
    "app/rules_changed.rs",
    "blocks/mod.rs",
    "blocks/footnotes.rs",
    "export.rs",
    "ics.rs",
];

/// Every literal key a source file passes to `.text(...)` or `.format(...)`.
fn literal_keys(file: &str) -> Vec<String> {
    let code =
        std::fs::read_to_string(format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut keys = Vec::new();
    for call in [".text(\"", "lang.format(\""] {
        for (start, _) in code.match_indices(call) {
            let rest = &code[start + call.len()..];
            keys.push(rest[..rest.find('"').unwrap()].to_owned());
        }
    }
    keys
}

/// The Rust files of a folder under `src/`, named from `src/`.
fn rs_files(folder: &str) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    std::fs::read_dir(format!("{root}/src/{folder}"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".rs"))
        .map(|name| format!("{folder}/{name}"))
        .collect()
}

/// The app's files outside the result page.
fn question_files() -> Vec<String> {
    let mut files: Vec<String> = ["app", "app/browser"]
        .into_iter()
        .flat_map(rs_files)
        .filter(|file| !RESULT_PAGE_FILES.contains(&file.as_str()))
        .collect();
    files.sort();
    files
}

/// The generated rules reference, worded through its own part of the texts.
const REFERENCE_FILES: &[&str] = &[
    "reference/mod.rs",
    "reference/document.rs",
    "reference/html.rs",
    "reference/markdown.rs",
];

/// Every literal key the app's source code passes to `.text(...)` or `.format(...)`: in the
/// components, in the exports that are worded for the visitor and in the rules reference.
fn app_keys() -> Vec<String> {
    question_files()
        .iter()
        .map(String::as_str)
        .chain(RESULT_PAGE_FILES.iter().copied())
        .chain(REFERENCE_FILES.iter().copied())
        .chain(["i18n/format.rs"])
        .flat_map(literal_keys)
        .collect()
}

fn part_keys(lang: Lang, part: Part) -> Vec<&'static str> {
    let mut keys: Vec<&str> = lang.loaded(part).unwrap().keys().collect();
    keys.sort();
    keys
}

/// The `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort();
    names
}

fn sorted_keys(lang: Lang) -> Vec<&'static str> {
    let mut keys: Vec<&str> = Part::ALL
        .iter()
        .flat_map(|part| part_keys(lang, *part))
        .collect();
    keys.sort();
    keys
}

#[test]
fn every_catalog_is_valid_json_of_key_to_text() {
    for lang in Lang::ALL {
        for part in Part::ALL {
            let catalog = Catalog::parse(lang.source_text(*part).unwrap());
            assert!(
                catalog.is_some(),
                "{lang:?} {part:?} is not a JSON object of texts"
            );
        }
    }
}

#[test]
fn every_rule_text_exists_in_every_language() {
    for lang in Lang::ALL {
        let missing: Vec<String> = rule_keys()
            .into_iter()
            .filter(|key| lang.get(key).is_none())
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:#?}");
    }
}

#[test]
fn every_app_text_exists_in_every_language() {
    let keys = app_keys();
    assert!(keys.len() >= 10, "the key scan found too little: {keys:?}");
    for lang in Lang::ALL {
        for key in &keys {
            assert!(lang.get(key).is_some(), "{lang:?} lacks {key}");
        }
    }
}

/// The app's files that make up the first screen and the frame of every page (with every file
/// of `app/browser/`): they are in the first load, whose only texts are the start part.
const START_FILES: &[&str] = &[
    "app/mod.rs",
    "app/start_page.rs",
    "app/question.rs",
    "app/language.rs",
    "app/language_switch.rs",
    "app/notice.rs",
    "app/panic_screen.rs",
    "app/site_footer.rs",
    "app/lazy_screen.rs",
    "app/questions_chunk.rs",
    "app/result_chunk.rs",
    "app/plan_chunk.rs",
];

/// What a question says: its title, hint and error (and their forms for a worker reading about
/// themself, where it has them) and its options.
fn question_keys(id: QuestionId) -> Vec<String> {
    let mut needed = vec![
        keys::question_title(id),
        keys::question_name(id),
        keys::question_hint(id),
        keys::question_error(id),
    ];
    needed.extend(
        id.question()
            .options()
            .iter()
            .map(|option| keys::option(id, *option)),
    );
    needed
}

/// What every screen may write without a part of its own: dates (the rules' review date),
/// numbers and lists are written by `Lang`, and each language is named in itself.
fn frame_keys() -> Vec<String> {
    let mut needed = vec!["date.long".to_owned(), "list.last".to_owned()];
    needed.extend((1..=12).map(|month| format!("month.{month}")));
    needed.extend(
        Lang::ALL
            .iter()
            .map(|lang| format!("language.name.{}", lang.tag())),
    );
    needed
}

/// The keys of `needed` that none of `parts` of `lang` has.
fn missing_from<'a>(needed: &'a [String], lang: Lang, parts: &[Part]) -> Vec<&'a String> {
    let held: Vec<&str> = parts
        .iter()
        .flat_map(|part| part_keys(lang, *part))
        .collect();
    needed
        .iter()
        .filter(|key| !held.contains(&key.as_str()))
        .collect()
}

/// The start page is shown with the start part of the texts alone: the first load carries (in
/// English) or fetches nothing else.
#[test]
fn the_start_page_needs_only_the_start_part() {
    let mut needed: Vec<String> = START_FILES
        .iter()
        .map(|file| file.to_string())
        .chain(rs_files("app/browser"))
        .flat_map(|file| literal_keys(&file))
        .collect();
    needed.extend(question_keys(QuestionId::Role));
    needed.extend(frame_keys());
    // What a screen whose code is still on its way says meanwhile (`lazy_screen.rs`).
    for screen in ["questions", "result", "planner"] {
        needed.extend([format!("{screen}.loading"), format!("{screen}.unavailable")]);
    }
    // The page's static shell, written into the page by the build (scripts/build/shell.mjs).
    needed.extend(["app.title".to_owned(), "app.loading".to_owned()]);
    assert!(
        needed.len() > 40,
        "the key scan found too little: {needed:?}"
    );
    for lang in Lang::ALL {
        let missing = missing_from(&needed, *lang, &[Part::Start]);
        assert!(missing.is_empty(), "{lang:?} start part lacks {missing:#?}");
    }
}

/// The later questions are shown before the result part of the texts is fetched: everything
/// they say must be in the start and questions parts.
#[test]
fn the_questions_need_only_the_start_and_questions_parts() {
    let mut needed: Vec<String> = question_files()
        .iter()
        .flat_map(|file| literal_keys(file))
        .collect();
    for id in QuestionId::ALL {
        needed.extend(question_keys(*id));
    }
    needed.extend(frame_keys());
    needed.extend(Country::all().map(|country| format!("country.{}", country.as_str())));
    assert!(
        needed.len() > 150,
        "the key scan found too little: {needed:?}"
    );
    for lang in Lang::ALL {
        let missing = missing_from(&needed, *lang, &[Part::Start, Part::Questions]);
        assert!(
            missing.is_empty(),
            "{lang:?} start and questions parts lack {missing:#?}"
        );
    }
}

#[test]
fn no_key_is_in_two_parts() {
    for lang in Lang::ALL {
        for (index, part) in Part::ALL.iter().enumerate() {
            let keys = part_keys(*lang, *part);
            for other in &Part::ALL[index + 1..] {
                let twice: Vec<&str> = part_keys(*lang, *other)
                    .into_iter()
                    .filter(|key| keys.contains(key))
                    .collect();
                assert!(
                    twice.is_empty(),
                    "{lang:?} {part:?} and {other:?}: {twice:?}"
                );
            }
        }
    }
}

#[test]
fn no_text_is_empty() {
    for lang in Lang::ALL {
        for key in sorted_keys(*lang) {
            let text = lang.get(key).unwrap();
            assert!(!text.trim().is_empty(), "{lang:?} {key} is empty");
        }
    }
}

#[test]
fn placeholders_are_filled() {
    let text = Lang::En.format("verdict.last_verified", &[("date", "2026-11-24")]);
    assert_eq!(text, "Last verified 2026-11-24");
}

#[test]
fn every_language_has_exactly_the_keys_of_english() {
    assert!(
        sorted_keys(Lang::En).len() > 500,
        "the English catalog did not parse"
    );
    for part in Part::ALL {
        let english = part_keys(Lang::En, *part);
        for lang in &Lang::ALL[1..] {
            let keys = part_keys(*lang, *part);
            let missing: Vec<_> = english.iter().filter(|key| !keys.contains(key)).collect();
            let extra: Vec<_> = keys.iter().filter(|key| !english.contains(key)).collect();
            assert!(missing.is_empty(), "{lang:?} {part:?} lacks {missing:#?}");
            assert!(
                extra.is_empty(),
                "{lang:?} {part:?} has keys English lacks: {extra:#?}"
            );
        }
    }
}

#[test]
fn every_translation_keeps_the_placeholders_of_english() {
    for lang in &Lang::ALL[1..] {
        for key in sorted_keys(Lang::En) {
            assert_eq!(
                placeholders(lang.text(key)),
                placeholders(Lang::En.text(key)),
                "{lang:?} {key}: {}",
                lang.text(key)
            );
        }
    }
}

/// Texts that are the same in every language: codes, names and punctuation.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &["title.separator", "date.long"];

#[test]
fn russian_and_kazakh_are_translated_not_copied() {
    let is_cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    for lang in [Lang::Ru, Lang::Kk] {
        for key in sorted_keys(Lang::En) {
            let (english, text) = (Lang::En.text(key), lang.text(key));
            let has_words = english.split_whitespace().filter(|w| w.len() > 2).count() >= 2;
            if SAME_IN_EVERY_LANGUAGE.contains(&key) || !has_words {
                continue;
            }
            assert_ne!(text, english, "{lang:?} {key} is still English");
            assert!(text.chars().any(is_cyrillic), "{lang:?} {key}: {text}");
        }
    }
    // Kazakh is Kazakh, not a copy of the Russian: its own letters appear throughout.
    let kazakh_letters = |text: &str| text.chars().any(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(c));
    let keys = sorted_keys(Lang::Kk);
    let with_letters = keys
        .iter()
        .filter(|key| kazakh_letters(Lang::Kk.text(key)))
        .count();
    assert!(
        with_letters * 10 > keys.len() * 7,
        "only {with_letters} of {} Kazakh texts use Kazakh letters",
        keys.len()
    );
}

#[test]
fn each_language_names_itself_in_every_catalog() {
    for lang in Lang::ALL {
        assert_eq!(lang.text("language.name.en"), "English");
        assert_eq!(lang.text("language.name.ru"), "Русский");
        assert_eq!(lang.text("language.name.kk"), "Қазақша");
    }
}

#[test]
fn dates_and_numbers_are_written_as_each_language_writes_them() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 4, 1).unwrap();
    assert_eq!(Lang::En.date(day), "1 April 2026");
    assert_eq!(Lang::Ru.date(day), "1 апреля 2026 г.");
    assert_eq!(Lang::Kk.date(day), "2026 жылғы 1 сәуір");
    assert_eq!(Lang::En.number(12_500), "12,500");
    assert_eq!(Lang::Ru.number(12_500), "12\u{a0}500");
    assert_eq!(Lang::Kk.number(1_234_567), "1\u{a0}234\u{a0}567");
    assert_eq!(Lang::Ru.number(4_325), "4325");
    assert_eq!(Lang::En.number(4_325), "4,325");
    assert_eq!(Lang::En.number(-1_000), "-1,000");
    assert_eq!(Lang::En.number(0), "0");
}

#[test]
fn lists_are_joined_as_each_language_writes_prose() {
    assert_eq!(Lang::En.list(&[]), "");
    assert_eq!(Lang::En.list(&["citizenship"]), "citizenship");
    assert_eq!(Lang::En.list(&["a", "b"]), "a and b");
    assert_eq!(Lang::En.list(&["a", "b", "c"]), "a, b and c");
    assert_eq!(Lang::Ru.list(&["а", "б", "в"]), "а, б и в");
    assert_eq!(Lang::Kk.list(&["а", "б", "в"]), "а, б және в");
}

/// A question's name sits inside a sentence ("… given again: citizenship and position."): it
/// is not the question itself, so it neither asks nor ends a sentence.
#[test]
fn question_names_read_inside_a_sentence() {
    for lang in Lang::ALL {
        for id in QuestionId::ALL {
            let name = lang.text(&keys::question_name(*id));
            assert!(
                !name.ends_with(['?', '.', ';', ':']),
                "{lang:?} {id}: {name}"
            );
        }
    }
}

#[test]
fn the_language_follows_the_link_then_the_stored_choice_then_the_browser() {
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(
        Lang::choose(Some("kk"), Some("ru"), &browser(&["en"])),
        Lang::Kk
    );
    assert_eq!(
        Lang::choose(None, Some("ru"), &browser(&["kk-KZ"])),
        Lang::Ru
    );
    assert_eq!(
        Lang::choose(None, None, &browser(&["de-DE", "ru-KZ", "en"])),
        Lang::Ru
    );
    assert_eq!(Lang::choose(None, None, &browser(&["de", "fr"])), Lang::En);
    // Anything unknown or garbled falls through to the next source, never fails.
    assert_eq!(
        Lang::choose(Some("xx"), Some("<script>"), &browser(&["KK"])),
        Lang::Kk
    );
    assert_eq!(Lang::choose(Some(""), None, &[]), Lang::En);
}

#[test]
fn the_query_names_the_language_and_a_switch_rewrites_only_it() {
    assert_eq!(Lang::from_query("?lang=ru"), Some(Lang::Ru));
    assert_eq!(Lang::from_query("?embed=1&lang=kk-KZ"), Some(Lang::Kk));
    assert_eq!(Lang::from_query("?lang=zz"), None);
    assert_eq!(Lang::from_query(""), None);
    assert_eq!(Lang::Kk.into_query("?embed=1&lang=ru"), "?embed=1&lang=kk");
    assert_eq!(Lang::En.into_query(""), "?lang=en");
}

#[test]
fn a_number_and_its_percent_sign_never_wrap_apart() {
    for lang in Lang::ALL {
        for part in Part::ALL {
            let catalog = lang.loaded(*part).unwrap();
            for key in catalog.keys() {
                let text = catalog.get(key).unwrap();
                let before: Vec<char> = text.chars().collect();
                for (i, c) in before.iter().enumerate() {
                    if *c == '%' && i > 0 && before[i - 1].is_whitespace() {
                        assert_eq!(before[i - 1], '\u{a0}', "{lang:?} {key}: {text}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_variant_for_the_worker_as_you_keeps_its_texts_placeholders() {
    for lang in Lang::ALL {
        for key in sorted_keys(*lang) {
            if let Some(base) = key.strip_suffix(".you") {
                let text = lang.get(base);
                assert!(text.is_some(), "{lang:?} {key} has no base text {base}");
                assert_eq!(
                    placeholders(lang.text(key)),
                    placeholders(text.unwrap()),
                    "{lang:?} {key}"
                );
            }
        }
    }
}

/// The person is "the worker", never "the professional": a welder is not told he is a
/// specialist and then asked to pick "skilled worker". "Specialist" is the position of
/// category 3 only.
#[test]
fn the_person_is_the_worker_and_specialist_is_only_a_position() {
    for part in Part::ALL {
        let catalog = Lang::En.loaded(*part).unwrap();
        for key in catalog.keys() {
            let text = catalog.get(key).unwrap().to_lowercase();
            assert!(!text.contains("professional"), "en {key}: {text}");
        }
    }
    for (lang, person) in [(Lang::Ru, "иностранн"), (Lang::Kk, "шетелдік маман")]
    {
        for part in Part::ALL {
            let catalog = lang.loaded(*part).unwrap();
            for key in catalog.keys() {
                let text = catalog.get(key).unwrap().to_lowercase();
                let calls_a_specialist = match lang {
                    Lang::Ru => {
                        text.contains(&format!("{person}ый специалист"))
                            || text.contains(&format!("{person}ого специалиста"))
                            || text.contains(&format!("{person}ому специалисту"))
                    }
                    _ => text.contains(person),
                };
                assert!(!calls_a_specialist, "{lang:?} {key}: {text}");
            }
        }
    }
}

/// Every question that speaks of the worker has a wording that speaks to the worker, in every
/// language: a worker answering about themself reads "you".
#[test]
fn every_question_about_the_worker_speaks_to_a_worker_as_you() {
    for id in QuestionId::ALL {
        for key in [keys::question_title(*id), keys::question_hint(*id)] {
            let english = Lang::En.text(&key);
            if english.contains("the worker") {
                for lang in Lang::ALL {
                    let spoken = lang.text_for(&key, Party::Worker);
                    assert_ne!(
                        spoken,
                        lang.text(&key),
                        "{lang:?} {key} has no .you wording"
                    );
                    assert_eq!(lang.text_for(&key, Party::Employer), lang.text(&key));
                }
            }
        }
    }
}

#[test]
fn the_app_speaks_the_languages_the_build_lists_in_the_same_order() {
    // src/i18n/languages.txt is the one list build.rs and the post-build steps read.
    let listed = std::fs::read_to_string("src/i18n/languages.txt").unwrap();
    let listed: Vec<&str> = listed.split_whitespace().collect();
    let app: Vec<&str> = Lang::ALL.iter().map(|lang| lang.tag()).collect();
    assert_eq!(listed, app);
    for lang in listed {
        for part in Part::ALL {
            let path = format!("src/i18n/{lang}/{}.json", part.name());
            assert!(std::path::Path::new(&path).exists(), "{path}");
        }
    }
}
