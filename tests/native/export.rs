//! The checklist export: everything a visitor needs to keep, as Markdown and as plain text.

use chrono::NaiveDate;
use kz_eligibility::blocks::ResultBlocks;
use kz_eligibility::export::Export;
use kz_eligibility::i18n::Lang;
use kz_eligibility::rules::{Anchor, Answers, DocumentId, Party, RULES_VERSION, Status, evaluate};
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
    let blocks = ResultBlocks::new(Lang::En, &outcome, Party::Worker, d("2026-03-01"));
    let export = Export {
        lang: Lang::En,
        blocks: &blocks,
        timeline: &entries,
        ticked: &[DocumentId::PassportCopy],
        link,
        as_of: d("2026-03-01"),
        today: d("2026-03-01"),
    };
    let markdown = export.markdown();
    assert!(markdown.starts_with(
        "# As a citizen of an EAEU state, you can work in Kazakhstan without a work permit\n"
    ));
    assert!(markdown.contains("Treaty on the Eurasian Economic Union of 29 May 2014, Article 97(1) (https://adilet.zan.kz/rus/docs/Z1400000240"));
    assert!(markdown.contains("- [x] Copy of the passport"));
    assert!(markdown.contains("- [ ] The employment contract"));
    assert!(
        markdown.contains("[By 19 March 2026"),
        "the arrival notice's date: {markdown}"
    );
    assert!(markdown.contains(&format!("Rules version {RULES_VERSION}")));
    assert!(markdown.contains(link));
    let text = export.text();
    assert!(text.contains("[x] Copy of the passport"));
    assert!(!text.contains("## "), "plain text has no Markdown headings");
    assert!(text.contains(link));
}

#[test]
fn the_export_holds_everything_the_page_shows_including_what_each_paper_needs() {
    let (answers, _) = Answers::decode([
        ("role", "employer"),
        ("citizenship", "UZ"),
        ("residence_permit", "none"),
        ("special_status", "no_special_status"),
        ("purpose", "employment"),
        ("position", "specialist"),
        ("employer_type", "kazakh_company"),
        ("permit_request", "new_permit"),
        ("employer_headcount", "200"),
        ("kazakh_staff", "190"),
        ("foreign_staff", "3"),
        ("vacancy_posted", "yes"),
    ]);
    let day = d("2026-11-30");
    let Status::Complete { outcome } = evaluate(&answers, day).status else {
        panic!("incomplete");
    };
    let blocks = ResultBlocks::new(Lang::En, &outcome, Party::Employer, day);
    let entries = timeline(&outcome, &Dates::new(), day);
    let markdown = Export {
        lang: Lang::En,
        blocks: &blocks,
        timeline: &entries,
        ticked: &[],
        link: "http://127.0.0.1/#v=1",
        as_of: day,
        today: day,
    }
    .markdown();
    // The summary, the numbered plan, the checklist with what each paper needs, the reasons,
    // the notes and every source in full.
    assert!(markdown.contains("- Work permit: Needed: the employer applies for it."));
    assert!(markdown.contains("### 1. Prepare before applying"));
    assert!(
        markdown
            .contains("- [ ] Diploma and qualification documents (Needs: a notarised translation")
    );
    assert!(markdown.contains("## Why"));
    assert!(markdown.contains("## Good to know"));
    for source in &blocks.sources {
        assert!(
            markdown.contains(&format!("[{}] {}", source.number, source.title)),
            "{:?} missing",
            source.id
        );
    }
    for step in &blocks.steps {
        for action in &step.actions {
            assert!(markdown.contains(&action.text), "{}", action.text);
        }
    }
}
