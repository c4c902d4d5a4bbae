//! Deadlines as dates, and their calendar export.

use chrono::NaiveDate;
use kz_eligibility::ics::{Event, calendar};
use kz_eligibility::rules::{Anchor, ObligationId, Outcome};
use kz_eligibility::rules::{Dates, Standing, anchors_needed, standing, timeline};

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn permit_outcome() -> Outcome {
    let (answers, _, _) = crate::fixtures::read(crate::fixtures::EMPLOYER_PERMIT);
    crate::fixtures::outcome(&answers, d("2026-03-01"))
}

fn due_of(
    entries: &[kz_eligibility::rules::Deadline],
    id: ObligationId,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let entry = entries.iter().find(|e| e.obligation.id == id).unwrap();
    let due = entry.due.unwrap();
    (due.earliest, due.latest)
}

#[test]
fn deadlines_follow_the_dates_given() {
    let dates = Dates::new()
        .with(Anchor::StartOfWork, d("2026-03-20"))
        .with(Anchor::Entry, d("2026-03-16"))
        .with(Anchor::VacancyPosting, d("2026-02-01"))
        .with(Anchor::PermitExpiry, d("2027-03-19"))
        .with(Anchor::VisaExpiry, d("2027-03-19"))
        .with_mentoring_months(6);
    let entries = timeline(&permit_outcome(), &dates, d("2026-03-01"));
    // Friday before Nauryz + 5 working days.
    assert_eq!(
        due_of(&entries, ObligationId::MentorAppointment),
        (None, Some(d("2026-04-01")))
    );
    // Mentoring ends 20 Sep 2026 (a Sunday): 3 working days before is Wednesday 16 Sep.
    assert_eq!(
        due_of(&entries, ObligationId::MentorReport),
        (None, Some(d("2026-09-16")))
    );
    // Arrival on Monday 16 March: 3 working days later is Thursday 19 March.
    assert_eq!(
        due_of(&entries, ObligationId::ArrivalNotice),
        (None, Some(d("2026-03-19")))
    );
    assert_eq!(
        due_of(&entries, ObligationId::VacancyPosting),
        (Some(d("2026-02-16")), None)
    );
    assert_eq!(
        due_of(&entries, ObligationId::PermitExtension),
        (Some(d("2027-01-18")), Some(d("2027-02-17")))
    );
    assert_eq!(
        due_of(&entries, ObligationId::QuotaRequest),
        (None, Some(d("2026-09-30")))
    );
    // Dated entries come in date order, those still needing a date last.
    let dated: Vec<NaiveDate> = entries
        .iter()
        .filter_map(|e| e.due.and_then(|d| d.date()))
        .collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{dated:?}");
    let approval = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::FeePayment)
        .unwrap();
    assert_eq!(approval.needs, Some(Anchor::ApprovalNotice));
    assert!(
        entries
            .iter()
            .all(|e| kz_eligibility::rules::SourceId::ALL.contains(&e.obligation.source))
    );
}

#[test]
fn the_dates_a_timeline_can_use_are_listed_once() {
    let anchors = anchors_needed(&permit_outcome());
    assert!(anchors.contains(&Anchor::StartOfWork));
    assert!(anchors.contains(&Anchor::VacancyPosting));
    assert!(
        !anchors.contains(&Anchor::EndOfMentoring),
        "follows from the start of work"
    );
}

#[test]
fn a_deadline_is_open_due_or_overdue_relative_to_today() {
    let due = kz_eligibility::rules::Due {
        earliest: None,
        latest: Some(d("2026-04-01")),
    };
    assert_eq!(
        standing(due, d("2026-04-02")),
        Some(Standing::Overdue { days: 1 })
    );
    assert_eq!(standing(due, d("2026-04-01")), Some(Standing::DueToday));
    assert_eq!(
        standing(due, d("2026-03-20")),
        Some(Standing::Open {
            days: 12,
            working_days: 5
        })
    );
    let window = kz_eligibility::rules::Due {
        earliest: Some(d("2027-01-18")),
        latest: Some(d("2027-02-17")),
    };
    assert_eq!(
        standing(window, d("2027-01-01")),
        Some(Standing::NotYet { days: 17 })
    );
}

#[test]
fn a_not_before_rule_is_open_once_its_day_has_come_and_never_overdue() {
    // The permit application: not before 15 calendar days after the vacancy posting.
    let not_before = kz_eligibility::rules::Due {
        earliest: Some(d("2026-04-16")),
        latest: None,
    };
    assert_eq!(
        standing(not_before, d("2026-04-10")),
        Some(Standing::NotYet { days: 6 })
    );
    assert_eq!(
        standing(not_before, d("2026-04-16")),
        Some(Standing::OpenNow)
    );
    assert_eq!(
        standing(not_before, d("2026-06-01")),
        Some(Standing::OpenNow)
    );
}

#[test]
fn working_day_deadlines_beyond_the_covered_years_are_estimates() {
    let dates = Dates::new().with(Anchor::StartOfWork, d("2031-03-03"));
    let entries = timeline(&permit_outcome(), &dates, d("2031-01-01"));
    let mentor = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::MentorAppointment)
        .unwrap();
    assert!(mentor.estimate);
    let dates = Dates::new().with(Anchor::StartOfWork, d("2026-03-03"));
    let entries = timeline(&permit_outcome(), &dates, d("2026-01-01"));
    let mentor = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::MentorAppointment)
        .unwrap();
    assert!(!mentor.estimate);
}

#[test]
fn the_calendar_export_parses_as_icalendar_with_every_event() {
    let events = vec![
        Event {
            uid: "mentor_appointment-20260401@kz-eligibility".into(),
            date: d("2026-04-01"),
            summary: "Appoint the mentor; by an act of the employer".into(),
            description: "Within 5 working days after the start of work.\nSource: Order No. 197, \"mentoring\" — a long line that must be folded because it is longer than seventy-five octets, with Ünïcödé".into(),
        },
        Event {
            uid: "quota_request-20261001@kz-eligibility".into(),
            date: d("2026-10-01"),
            summary: "Request quota for the next year".into(),
            description: "Every year by 1 October.".into(),
        },
    ];
    let text = calendar(&events, "Deadlines", d("2026-03-01"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        text.split("\r\n").all(|line| line.len() <= 75),
        "folded at 75 octets"
    );
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    let parsed: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(parsed.len(), 1);
    let calendar = &parsed[0];
    assert_eq!(calendar.events.len(), 2);
    let value = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap()
    };
    let first = &calendar.events[0];
    assert_eq!(value(first, "DTSTART"), "20260401");
    assert_eq!(value(first, "DTEND"), "20260402");
    assert_eq!(
        value(first, "SUMMARY"),
        "Appoint the mentor\\; by an act of the employer"
    );
    assert!(value(first, "DESCRIPTION").contains("Ünïcödé"));
    assert_eq!(
        value(&calendar.events[1], "UID"),
        "quota_request-20261001@kz-eligibility"
    );
}

#[test]
fn dates_in_links_and_fields_are_strictly_iso() {
    use kz_eligibility::iso_date::{compact, parse};
    assert_eq!(parse("2026-03-20"), Some(d("2026-03-20")));
    for bad in [
        "2026-3-20",
        "2026-02-30",
        "20260320",
        "+2026-03-20",
        "2026-03-2x",
        "",
        "2026-03-20 ",
        "٢٠٢٦-03-20",
    ] {
        assert_eq!(parse(bad), None, "{bad}");
    }
    assert_eq!(compact(d("2026-04-01")), "20260401");
}

#[test]
fn a_yearly_date_already_past_this_year_falls_on_next_years() {
    // On 25 Nov 2026 the quota request (by 30 September, for the following year) is next due on
    // 30 Sep 2027.
    let entries = timeline(&permit_outcome(), &Dates::new(), d("2026-11-25"));
    assert_eq!(
        due_of(&entries, ObligationId::QuotaRequest),
        (None, Some(d("2027-09-30")))
    );
}

#[test]
fn calendar_day_rules_are_exact_even_in_years_whose_calendar_is_estimated() {
    let dates = Dates::new()
        .with(Anchor::StartOfWork, d("2031-03-03"))
        .with(Anchor::PermitExpiry, d("2031-06-01"));
    let entries = timeline(&permit_outcome(), &dates, d("2031-01-01"));
    let extension = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::PermitExtension)
        .unwrap();
    assert!(extension.due.is_some());
    assert!(
        !extension.estimate,
        "60 to 30 calendar days need no calendar"
    );
}

#[test]
fn the_mentors_report_without_dates_asks_for_the_start_of_work() {
    let entries = timeline(&permit_outcome(), &Dates::new(), d("2026-11-25"));
    let report = entries
        .iter()
        .find(|e| e.obligation.id == ObligationId::MentorReport)
        .unwrap();
    assert_eq!(report.due, None);
    assert_eq!(report.needs, Some(Anchor::StartOfWork));
}

#[test]
fn the_dates_given_are_listed_back() {
    let dates = Dates::new()
        .with(Anchor::Entry, d("2026-03-16"))
        .with(Anchor::StartOfWork, d("2026-03-20"));
    let given: Vec<(Anchor, NaiveDate)> = dates.given().collect();
    assert_eq!(given.len(), 2);
    assert!(given.contains(&(Anchor::Entry, d("2026-03-16"))));
    assert!(given.contains(&(Anchor::StartOfWork, d("2026-03-20"))));
}
