//! The law as dated facts: every table's periods have a source that can be cited, and no two
//! periods of one fact (or of one state's membership of a treaty) overlap, so that a day has
//! at most one value.

use kz_eligibility::rules::{DatedTable, Span, dated_facts};

fn overlap(a: &Span, b: &Span) -> bool {
    let before =
        |first: &Span, second: &Span| first.until.is_some_and(|until| until <= second.from);
    !(before(a, b) || before(b, a))
}

#[test]
fn every_dated_fact_has_its_source_and_no_two_periods_overlap() {
    let tables: Vec<DatedTable> = dated_facts();
    assert!(tables.len() >= 8, "only {} dated facts", tables.len());
    for table in &tables {
        assert!(!table.spans.is_empty(), "{} has no period", table.id);
        for (index, span) in table.spans.iter().enumerate() {
            let source = span.source.source();
            assert!(source.url.starts_with("http"), "{}: {:?}", table.id, span);
            assert!(
                span.until.is_none_or(|until| span.from < until),
                "{}: an empty period {:?}",
                table.id,
                span
            );
            for other in &table.spans[index + 1..] {
                assert!(
                    span.member != other.member || !overlap(span, other),
                    "{}: {:?} overlaps {:?}",
                    table.id,
                    span,
                    other
                );
            }
        }
    }
}

#[test]
fn every_dated_fact_is_named_in_every_language() {
    use kz_eligibility::i18n::Lang;
    for table in dated_facts() {
        for lang in Lang::ALL {
            assert!(
                lang.get(&format!("fact.{}", table.id)).is_some(),
                "{lang:?} has no name for {}",
                table.id
            );
        }
    }
}

/// The guide's claim that permits depend on yearly quotas is answered with the year's quota
/// order where the rules hold that year, and with the rules that set up the quota where they do
/// not: a new year of the quota is one row of its table, never a citation to edit elsewhere.
#[test]
fn the_guides_quota_claim_cites_the_quota_of_the_year() {
    use kz_eligibility::rules::{ReasonId, SourceId};
    let cited = |day: &str| {
        let (answers, day, _) =
            crate::fixtures::read(&format!("{}&asof={day}", crate::fixtures::EMPLOYER_PERMIT));
        let outcome = crate::fixtures::outcome(&answers, day);
        outcome
            .notes
            .iter()
            .find(|note| note.id == ReasonId::SeedQuotaConfirmed)
            .map(|note| note.source)
    };
    assert_eq!(cited("2026-11-25"), Some(SourceId::Quota2026));
    assert_eq!(cited("2025-11-25"), Some(SourceId::QuotaRequest));
    assert_eq!(cited("2027-01-01"), Some(SourceId::QuotaRequest));
}
