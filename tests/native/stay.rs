//! The stay calculator, from worked examples (checked against an independent day-by-day count).

use chrono::NaiveDate;
use kz_eligibility::rules::Country;
use kz_eligibility::rules::entry_regime as entry;
use kz_eligibility::rules::{Stay, StayRule, assess_stay as assess};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn stay(entry: &str, exit: &str) -> Stay {
    Stay::new(d(entry), d(exit)).unwrap()
}

fn rule(country: &str) -> StayRule {
    StayRule::for_regime(entry(Country::parse(country).unwrap()).regime).unwrap()
}

#[test]
fn an_eaeu_citizen_after_90_days_must_wait_until_the_days_leave_the_window() {
    let report = assess(
        &[stay("2026-01-01", "2026-03-31")],
        rule("KG"),
        d("2026-04-01"),
    );
    assert_eq!(report.days_used, 90);
    assert_eq!(report.latest_exit, None, "a 91st day would break 90 in 180");
    assert_eq!(report.earliest_full_stay, d("2026-06-30"));
}

#[test]
fn a_window_that_spans_the_new_year() {
    let past = [
        stay("2025-10-15", "2025-11-13"),
        stay("2025-12-01", "2025-12-30"),
        stay("2026-01-20", "2026-02-18"),
    ];
    let us = rule("US");
    let march = assess(&past, us, d("2026-03-01"));
    assert_eq!(march.days_used, 90);
    assert_eq!(march.window_start, Some(d("2025-09-02")));
    assert_eq!(march.latest_exit, None);
    assert_eq!(march.earliest_full_stay, d("2026-04-13"));
    // Entering on 20 April: the 30-day cap per entry is the limit.
    assert_eq!(
        assess(&past, us, d("2026-04-20")).latest_exit,
        Some(d("2026-05-19"))
    );
}

#[test]
fn india_has_14_days_per_entry_and_42_in_180() {
    let india = rule("IN");
    assert_eq!(india.days_per_entry, 14);
    assert_eq!(india.rolling, Some((42, 180)));
    let report = assess(&[stay("2026-01-01", "2026-01-10")], india, d("2026-02-01"));
    assert_eq!(report.days_used, 10);
    assert_eq!(report.latest_exit, Some(d("2026-02-14")));
}

#[test]
fn a_first_visit_has_the_whole_allowance() {
    let report = assess(&[], rule("TR"), d("2026-06-01"));
    assert_eq!(report.days_used, 0);
    assert_eq!(
        report.latest_exit,
        Some(d("2026-08-29")),
        "90 days for Türkiye"
    );
    assert_eq!(report.earliest_full_stay, d("2026-06-01"));
}

#[test]
fn overlapping_trips_count_each_day_once_and_reversed_trips_are_refused() {
    let report = assess(
        &[
            stay("2026-01-01", "2026-01-20"),
            stay("2026-01-10", "2026-01-30"),
        ],
        rule("US"),
        d("2026-02-10"),
    );
    assert_eq!(report.days_used, 30);
    assert!(Stay::new(d("2026-02-01"), d("2026-01-01")).is_none());
}

#[test]
fn regimes_without_visa_free_stays_have_no_stay_rule() {
    assert!(StayRule::for_regime(entry(Country::parse("NG").unwrap()).regime).is_none());
    assert_eq!(
        rule("GE").rolling,
        None,
        "Georgia's longer limit is unconfirmed"
    );
}

#[test]
fn the_stay_limits_matter_for_eaeu_citizens_and_visits_without_a_visa_and_cite_their_source() {
    use kz_eligibility::rules::{RouteId, SourceId, Visa};
    let mut seen = (0, 0);
    for path in super::walk::paths() {
        for route in path.outcome.routes() {
            match (route.route, route.visa, route.stay) {
                (RouteId::EaeuCitizen, _, Some(stay)) => {
                    assert_eq!((stay.days_per_entry, stay.rolling), (90, Some((90, 180))));
                    assert_eq!(stay.source, SourceId::EaeuStay90Days);
                    seen.0 += 1;
                }
                (
                    RouteId::BusinessVisitVisaFree,
                    Visa::VisaFree { days_per_entry, .. },
                    Some(stay),
                ) => {
                    assert_eq!(stay.days_per_entry, days_per_entry);
                    assert_eq!(stay.source, SourceId::StayRules);
                    seen.1 += 1;
                }
                (RouteId::BusinessVisitVisaFree, Visa::VisaFree { .. }, None)
                | (RouteId::EaeuCitizen, _, None) => {
                    panic!(
                        "{:?}: {} without its stay limits",
                        path.answers, route.route
                    )
                }
                (_, _, Some(_)) => panic!("{:?}: {} has stay limits", path.answers, route.route),
                (_, _, None) => {}
            }
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0, "{seen:?}");
}

#[test]
fn a_stay_still_going_on_the_day_of_the_planned_entry_is_not_counted_twice() {
    // In Kazakhstan since 1 January, 90 days up to and including 31 March, and asking about
    // 31 March itself: that day is already one of the 90, so it may still be spent there, but
    // not 1 April; the days used are those before the day asked about.
    let kyrgyz = rule("KG");
    let report = assess(&[stay("2026-01-01", "2026-03-31")], kyrgyz, d("2026-03-31"));
    assert_eq!(report.days_used, 89);
    assert_eq!(report.latest_exit, Some(d("2026-03-31")));
    let short = assess(&[stay("2026-01-01", "2026-01-10")], kyrgyz, d("2026-01-10"));
    assert_eq!(short.days_used, 9);
}

#[test]
fn a_stay_booked_ahead_pushes_the_earliest_full_stay_past_it() {
    // 90 days booked from 1 May to 29 July 2026; asked on 1 April: a full 90-day stay first
    // fits from 28 October, when the window of its first day holds 89 booked days.
    let report = assess(
        &[stay("2026-05-01", "2026-07-29")],
        rule("KG"),
        d("2026-04-01"),
    );
    assert_eq!(report.days_used, 0);
    assert_eq!(report.earliest_full_stay, d("2026-10-28"));
}

#[test]
fn no_regime_allows_more_days_per_entry_than_its_window_holds() {
    // The search for the earliest full stay relies on this.
    for country in Country::all() {
        if let Some(rule) = StayRule::for_regime(entry(country).regime)
            && let Some((limit, _)) = rule.rolling
        {
            assert!(rule.days_per_entry <= limit, "{country}");
        }
    }
}

#[test]
fn the_days_already_spent_give_one_date_in_the_statement_the_plan_and_the_calculator() {
    use kz_eligibility::rules::{
        Answers, Dates, ObligationId, ReasonId, Status, Value, evaluate, timeline,
    };
    let today = d("2026-11-29");
    let (answers, _) = Answers::decode([
        ("role", "worker"),
        ("citizenship", "KG"),
        ("residence_permit", "none"),
        ("eaeu_purpose", "employment"),
        ("eaeu_days_in_180", "85"),
    ]);
    let Status::Complete { outcome } = evaluate(&answers, today).status else {
        panic!("incomplete");
    };
    // The statement, said first: 5 days after today.
    let note = outcome
        .notes
        .iter()
        .find(|note| note.id == ReasonId::EaeuDaysLeft)
        .expect("the days left are said");
    assert!(note.id.is_urgent());
    let date = note
        .params
        .iter()
        .find_map(|p| match p.value {
            Value::Date(date) => Some(date),
            _ => None,
        })
        .unwrap();
    assert_eq!(date, d("2026-12-04"));
    // The plan: the residence permit application is due that day, with no date to give.
    let entries = timeline(&outcome, &Dates::new(), today);
    let application = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::EaeuTrpApplication)
        .unwrap();
    assert_eq!(application.due.and_then(|due| due.latest), Some(date));
    // The calculator, started as the page starts it: one stay up to yesterday, entering today.
    let report = assess(&[stay("2026-09-06", "2026-11-28")], rule("KG"), today);
    assert_eq!(report.days_used, 84);
    assert_eq!(report.latest_exit, Some(date));
}

/// An EAEU citizen who answered "12 days in the last 180" and gave no dates: the 12 days are
/// counted as the latest they can be, just before today, so the report errs on the safe side.
#[test]
fn answered_days_are_read_as_the_days_just_before_today() {
    let today = d("2026-05-10");
    let answered = Stay::answered(12, today).unwrap();
    assert_eq!(answered, stay("2026-04-28", "2026-05-09"));
    let report = assess(&[answered], rule("KG"), today);
    assert_eq!(report.days_used, 12);
    assert_eq!(
        report.latest_exit,
        Some(d("2026-07-26")),
        "78 more days, today included"
    );
    assert_eq!(
        Stay::answered(1, today),
        Some(stay("2026-05-09", "2026-05-09"))
    );
    assert_eq!(Stay::answered(0, today), None, "no days, no assumption");
}
