//! The checklist export: everything a visitor needs to keep, as Markdown and as plain text.

use chrono::NaiveDate;
use kz_eligibility::export::Export;
use kz_eligibility::i18n::Lang;
use kz_eligibility::rules::{Anchor, Answers, DocumentId, RULES_VERSION, Status, evaluate};
use kz_eligibility::rules::{Dates, timeline};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn the_export_holds_the_verdict_sources_deadlines_ticks_version_and_link() {
    let (answers, _) = Answers::decode([
        ("role", "worker"),
        ("citizenship", "KG"),
        ("residence_permit", "none"),
        ("eaeu_purpose", "employment"),
        ("eaeu_days_in_180", "12"),
    ]);
    let Status::Complete { outcome } = evaluate(&answers, d("2026-03-01")).status else {
        panic!("incomplete");
    };
    let dates = Dates::new().with(Anchor::Entry, d("2026-03-16"));
    let entries = timeline(&outcome, &dates, d("2026-03-01"));
    let link = "http://127.0.0.1:8080/#v=1&at=result&citizenship=KG";
    let export = Export {
        lang: Lang::En,
        outcome: &outcome,
        timeline: &entries,
        ticked: &[DocumentId::PassportCopy],
        link,
        as_of: d("2026-03-01"),
    };
    let markdown = export.markdown();
    assert!(markdown.starts_with(
        "# A citizen of an EAEU state can work in Kazakhstan without a work permit\n"
    ));
    assert!(markdown.contains("Treaty on the Eurasian Economic Union of 29 May 2014, Article 97(1) (https://adilet.zan.kz/rus/docs/Z1400000240"));
    assert!(markdown.contains("- [x] Copy of the passport"));
    assert!(markdown.contains("- [ ] The employment contract"));
    assert!(
        markdown.contains("[19 March 2026]"),
        "the arrival notice's date"
    );
    assert!(markdown.contains(&format!("Rules version {RULES_VERSION}")));
    assert!(markdown.contains(link));
    let text = export.text();
    assert!(text.contains("[x] Copy of the passport"));
    assert!(!text.contains("## "), "plain text has no Markdown headings");
    assert!(text.contains(link));
}
