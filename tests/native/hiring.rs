//! The employer's hiring plan: each hire through the engine in order, the local-content ratio
//! after all of them, the first breach and its fix, the quota request, fees and one timeline.

use chrono::NaiveDate;
use kz_eligibility::hiring::{Company, Counted, Fee, Hire, Unanswerable, assess};
use kz_eligibility::rules::{Answers, Eligibility, OptionId as O, QuestionId as Q, RouteId};

use super::as_of;

fn answers(pairs: &str) -> Answers {
    let (answers, rejected) =
        Answers::decode(pairs.split('&').filter_map(|pair| pair.split_once('=')));
    assert!(rejected.is_empty(), "{rejected:?}");
    answers
}

fn company(pairs: &str, kazakh: [u32; 2], foreign: [u32; 2]) -> Company {
    Company {
        answers: answers(pairs),
        kazakh,
        foreign,
        transferred: [0, 0],
    }
}

fn hire(start: &str, pairs: &str) -> Hire {
    Hire {
        label: String::new(),
        start: NaiveDate::parse_from_str(&format!("{start}-01"), "%Y-%m-%d").unwrap(),
        answers: answers(pairs),
    }
}

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

const LARGE: &str = "employer_type=kazakh_company&employer_headcount=300";
const SPECIALIST: &str = "citizenship=IN&position=specialist&permit_request=new_permit";

#[test]
fn the_ratio_is_counted_after_each_hire_in_order_and_a_tie_at_the_minimum_holds() {
    // Specialists and skilled workers: 90 Kazakh, 8 foreign. The first hire makes 90 of 99
    // (90.9 %), the second exactly 90 of 100 (90 %: at the minimum, met), the third 90 of 101.
    let company = company(LARGE, [10, 90], [1, 8]);
    let hires = [0, 1, 2].map(|_| hire("2027-03", SPECIALIST));
    let plan = assess(&company, &hires, as_of());
    let eligible: Vec<_> = plan
        .results()
        .map(|(_, result)| result.outcome.primary.eligible)
        .collect();
    assert_eq!(
        eligible,
        [Eligibility::Yes, Eligibility::Yes, Eligibility::No]
    );
    let shares: Vec<_> = plan
        .results()
        .map(|(_, result)| result.share.unwrap().statement().id.as_str())
        .collect();
    assert_eq!(shares, ["ratio_met", "ratio_met", "ratio_breached"]);
    let breach = plan.first_breach.expect("the third hire breaches");
    assert_eq!((breach.hire, breach.group), (2, 1));
    // (90 + k) of (101 + k) reaches 90 % at k = 9.
    assert_eq!(breach.add_kazakh, Some(9));
    // Heads of divisions are counted among heads (10 Kazakh, 1 foreign: 10 of 12 is 83 %).
    assert_eq!(breach.recategorise, [O::HeadOfDivision]);
}

#[test]
fn a_hire_in_the_other_group_does_not_move_the_share() {
    let company = company(LARGE, [10, 90], [1, 9]);
    let head = "citizenship=IN&position=head_of_division&permit_request=new_permit";
    // The head first, then a specialist: 90 of 100 still, as if the head were not there.
    let plan = assess(
        &company,
        &[hire("2027-01", head), hire("2027-01", SPECIALIST)],
        as_of(),
    );
    assert!(plan.first_breach.is_none());
    let plan = assess(
        &company,
        &[hire("2027-01", SPECIALIST), hire("2027-01", SPECIALIST)],
        as_of(),
    );
    assert_eq!(plan.first_breach.map(|breach| breach.hire), Some(1));
}

#[test]
fn small_business_and_branch_exemptions_follow_the_day_assessed() {
    // 15 staff, a small-business entity: exempt under Order 93 (up to 20), and before it at
    // any headcount, as reported.
    let small = company(
        "employer_type=kazakh_company&employer_headcount=15&small_business_entity=yes",
        [0, 2],
        [0, 3],
    );
    let hires = [hire("2027-02", SPECIALIST)];
    assert!(assess(&small, &hires, as_of()).first_breach.is_none());
    assert!(
        assess(&small, &hires, d("2025-06-01"))
            .first_breach
            .is_none()
    );
    // 40 staff: held to the ratio under Order 93, not before it.
    let larger = company(
        "employer_type=kazakh_company&employer_headcount=40&small_business_entity=yes",
        [0, 2],
        [0, 3],
    );
    assert!(assess(&larger, &hires, as_of()).first_breach.is_some());
    assert!(
        assess(&larger, &hires, d("2025-06-01"))
            .first_breach
            .is_none()
    );
    // A branch with 8 staff was exempt before Order 93; since, only small businesses are.
    let branch = company(
        "employer_type=branch_or_representative_office&employer_headcount=8",
        [0, 2],
        [0, 3],
    );
    assert!(
        assess(&branch, &hires, d("2025-06-01"))
            .first_breach
            .is_none()
    );
    let since = Company {
        answers: branch
            .answers
            .clone()
            .with_choice(Q::SmallBusinessEntity, O::No),
        ..branch
    };
    assert!(assess(&since, &hires, as_of()).first_breach.is_some());
}

#[test]
fn one_deputy_of_a_wholly_foreign_owned_company_goes_without_a_permit_the_next_needs_one() {
    let company = company(
        "employer_type=kazakh_company&foreign_owned=yes&employer_headcount=300",
        [20, 200],
        [0, 0],
    );
    let deputy = "citizenship=DE&position=deputy_head&permit_request=new_permit";
    let chief = "citizenship=DE&position=chief_executive&permit_request=new_permit";
    // Each hire's route and what it counts, the plan's hires starting in January.
    let routes = |first: &str, second: &str| {
        let plan = assess(
            &company,
            &[hire("2027-01", first), hire("2027-01", second)],
            as_of(),
        );
        plan.results()
            .map(|(_, result)| (result.outcome.primary.route, result.counted, result.fee))
            .collect::<Vec<_>>()
    };
    let exempt = (RouteId::ForeignOwnedHead, Counted::Neither, Fee::None);
    let (permit, counted, _) = routes(deputy, deputy)[1];
    assert_eq!(routes(deputy, deputy)[0], exempt, "no permit, no fee");
    assert_eq!(
        (permit, counted),
        (RouteId::EmployerWorkPermit, Counted::Permit)
    );
    // The chief executive's exemption takes no deputy's slot.
    assert_eq!(routes(chief, deputy), [exempt, exempt]);
}

#[test]
fn the_quota_request_counts_next_years_permits_by_category_due_on_30_september() {
    let company = company(LARGE, [50, 500], [0, 0]);
    let hires = [
        hire("2026-12", SPECIALIST),
        hire("2027-02", SPECIALIST),
        hire("2027-05", SPECIALIST),
        hire(
            "2027-05",
            "citizenship=TR&position=skilled_worker&permit_request=new_permit",
        ),
        hire(
            "2027-06",
            "citizenship=TR&position=specialist&permit_request=extension&extensions_so_far=1",
        ),
    ];
    let plan = assess(&company, &hires, as_of());
    let lines: Vec<_> = plan
        .quota
        .iter()
        .map(|line| {
            (
                line.year,
                line.category,
                line.new_permits,
                line.extensions,
                line.request_by,
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            (2027, 3, 2, 1, Some(d("2026-09-30"))),
            (2027, 4, 1, 0, Some(d("2026-09-30"))),
        ]
    );
}

#[test]
fn fees_are_in_tenge_where_the_year_has_a_known_mci_and_the_transfer_is_free() {
    let company = Company {
        answers: answers(&format!("{LARGE}&ict_company_country=GB")),
        kazakh: [50, 500],
        foreign: [0, 0],
        transferred: [0, 0],
    };
    let hires = [
        hire("2026-12", SPECIALIST),
        hire("2027-02", SPECIALIST),
        hire(
            "2027-02",
            "citizenship=GB&position=specialist&ict_months_with_company=24",
        ),
    ];
    let plan = assess(&company, &hires, as_of());
    let fees: Vec<_> = plan.results().map(|(_, result)| result.fee).collect();
    assert_eq!(
        fees,
        [
            Fee::RangeKzt {
                min: 137 * 4_325,
                max: 250 * 4_325
            },
            Fee::RangeMci { min: 137, max: 250 },
            Fee::Free,
        ]
    );
    assert_eq!(plan.known_fees_kzt(), (137 * 4_325, 250 * 4_325));
    assert_eq!(plan.unknown_fees(), [1]);
    // Both of a later year are known in MCI only.
    let later = [hire("2027-02", SPECIALIST), hire("2027-03", SPECIALIST)];
    assert_eq!(assess(&company, &later, as_of()).unknown_fees(), [0, 1]);
}

#[test]
fn a_hire_the_company_does_not_describe_enough_says_which_question_is_missing() {
    // A transfer needs the parent company's country.
    let plan = assess(
        &company(LARGE, [50, 500], [0, 0]),
        &[hire(
            "2027-02",
            "citizenship=GB&position=specialist&ict_months_with_company=24",
        )],
        as_of(),
    );
    assert_eq!(plan.hires[0], Err(Unanswerable(Q::IctCompanyCountry)));
}

#[test]
fn every_hires_deadlines_are_in_one_list_by_date() {
    let company = company(LARGE, [50, 500], [0, 0]);
    let hires = [hire("2027-05", SPECIALIST), hire("2027-02", SPECIALIST)];
    let plan = assess(&company, &hires, as_of());
    let dated: Vec<_> = plan
        .timeline
        .iter()
        .filter_map(|(index, deadline)| Some((deadline.due?.date()?, *index)))
        .collect();
    assert!(
        dated.windows(2).all(|pair| pair[0].0 <= pair[1].0),
        "{dated:?}"
    );
    // The later start's mentor appointment comes after the earlier start's.
    let mentor = |hire: usize| {
        plan.timeline
            .iter()
            .find(|(index, deadline)| {
                *index == hire && deadline.obligation.id.as_str() == "mentor_appointment"
            })
            .and_then(|(_, deadline)| deadline.due?.date())
            .unwrap()
    };
    assert!(mentor(1) < mentor(0));
}

#[test]
fn a_hires_start_month_dates_the_steps_before_it_and_its_years_quota_request() {
    use kz_eligibility::hiring::wording::timeline_note;
    use kz_eligibility::i18n::Lang;
    use kz_eligibility::rules::Anchor;
    let company = company(LARGE, [50, 500], [0, 0]);
    let plan = assess(&company, &[hire("2027-03", SPECIALIST)], as_of());
    let entry = |id: &str| {
        plan.timeline
            .iter()
            .find(|(_, deadline)| deadline.obligation.id.as_str() == id)
            .map(|(_, deadline)| deadline)
            .unwrap_or_else(|| panic!("no {id} in {:?}", plan.timeline))
    };
    let date = |id: &str| entry(id).due.and_then(|due| due.date());
    // Work starts on Monday 1 March 2027. The permit is issued the working day after the fee
    // is paid: the fee by Friday 26 February at the latest, and the vacancy posted 15
    // calendar days before that, so that the application can be filed in time.
    assert_eq!(date("fee_payment"), Some(d("2027-02-26")));
    assert_eq!(date("vacancy_posting"), Some(d("2027-02-11")));
    // Those are the latest dates: the exact ones count from the approval notice and the
    // posting, and the plan says the review comes on top.
    assert!(entry("vacancy_posting").is_latest_before_start());
    assert_eq!(entry("vacancy_posting").needs, Some(Anchor::VacancyPosting));
    assert!(timeline_note(Lang::En, &plan).is_some());
    // The quota of 2027 was to be requested by 30 September 2026, not by the next 1 October.
    assert_eq!(date("quota_request"), Some(d("2026-09-30")));
    // The mentor is still counted from the start; the arrival notice counts from the entry,
    // which the start does not fix.
    assert_eq!(date("mentor_appointment"), Some(d("2027-03-09")));
    assert_eq!(date("arrival_notice"), None);
    assert!(!entry("mentor_appointment").is_latest_before_start());
    // Hires of two years: one quota request a year, each by the 30 September before.
    let plan = assess(
        &company,
        &[hire("2027-03", SPECIALIST), hire("2028-02", SPECIALIST)],
        as_of(),
    );
    let requests: Vec<_> = plan
        .timeline
        .iter()
        .filter(|(_, deadline)| deadline.obligation.id.as_str() == "quota_request")
        .map(|(index, deadline)| (*index, deadline.due.and_then(|due| due.date())))
        .collect();
    assert_eq!(
        requests,
        [(0, Some(d("2026-09-30"))), (1, Some(d("2027-09-30")))]
    );
}

#[test]
fn a_refused_hire_has_no_deadlines_in_the_plans_timeline() {
    use kz_eligibility::hiring::wording;
    // The third specialist would take the share below 90 %: refused.
    let company = company(LARGE, [10, 90], [1, 8]);
    let hires = [0, 1, 2].map(|_| hire("2027-03", SPECIALIST));
    let plan = assess(&company, &hires, as_of());
    assert!(plan.hires[2].as_ref().unwrap().is_refused());
    let refused: Vec<_> = plan
        .timeline
        .iter()
        .filter(|(index, _)| *index == 2)
        .map(|(_, deadline)| deadline.obligation.id)
        .collect();
    assert!(refused.is_empty(), "{refused:?}");
    assert!(
        wording::timeline(&plan)
            .iter()
            .all(|line| !line.hires.contains(&2))
    );
    // The open hires keep theirs.
    assert!(
        plan.timeline.iter().any(|(index, deadline)| *index == 1
            && deadline.obligation.id.as_str() == "mentor_appointment")
    );
    // A plan of refused hires only has no timeline at all, not even the quota request.
    let full = self::company(LARGE, [10, 90], [1, 10]);
    let plan = assess(&full, &hires[..2], as_of());
    assert!(plan.results().all(|(_, result)| result.is_refused()));
    assert!(plan.timeline.is_empty(), "{:?}", plan.timeline);
}

#[test]
fn the_fixs_kazakh_staff_join_the_headcount_too_and_open_the_hire() {
    let company = company(LARGE, [10, 90], [1, 8]);
    let hires = [0, 1, 2].map(|_| hire("2027-03", SPECIALIST));
    let breach = assess(&company, &hires, as_of())
        .first_breach
        .expect("the third hire breaches");
    let fixed = company.with_kazakh_added(breach.group, breach.add_kazakh.unwrap());
    assert_eq!(fixed.kazakh, [10, 99]);
    assert_eq!(fixed.answers.number(Q::EmployerHeadcount), Some(309));
    assert!(assess(&fixed, &hires, as_of()).first_breach.is_none());
    // Heads are counted in their own group, and in the same headcount.
    let heads = company.with_kazakh_added(0, 2);
    assert_eq!(heads.kazakh, [12, 90]);
    assert_eq!(heads.answers.number(Q::EmployerHeadcount), Some(302));
    // No headcount given, none is made up; a headcount stops at the question's bound.
    let untold = self::company("employer_type=kazakh_company", [10, 90], [1, 8]);
    assert_eq!(untold.with_kazakh_added(1, 9).answers, untold.answers);
    let large = self::company(
        "employer_type=kazakh_company&employer_headcount=999995",
        [0, 900_000],
        [0, 0],
    );
    let fixed = large.with_kazakh_added(1, 9);
    assert_eq!(fixed.answers.number(Q::EmployerHeadcount), Some(1_000_000));
    assert_eq!(fixed.kazakh, [0, 900_009]);
}

#[test]
fn each_transfer_counts_against_the_transfers_after_it() {
    // Four Kazakh specialists allow two transferred ones (50 %): the third transfer breaches.
    let company = company(
        "employer_type=branch_or_representative_office&employer_headcount=300&ict_company_country=DE",
        [10, 4],
        [0, 0],
    );
    let transfer =
        "citizenship=DE&position=specialist&permit_request=new_permit&ict_months_with_company=24";
    let hires = [0, 1, 2].map(|_| hire("2027-03", transfer));
    let plan = assess(&company, &hires, as_of());
    let counted: Vec<_> = plan
        .results()
        .map(|(_, result)| {
            let share = result.share.map(|share| share.statement().id.as_str());
            (result.outcome.primary.route, result.counted, share)
        })
        .collect();
    let transfer = (
        RouteId::IntraCorporateTransfer,
        Counted::Transfer,
        Some("ict_ratio_met"),
    );
    // The third is refused the transfer: the employer's permit stands in for it.
    let instead = (RouteId::EmployerWorkPermit, Counted::Permit, None);
    assert_eq!(counted, [transfer, transfer, instead]);
    let (_, third) = plan.results().nth(2).unwrap();
    assert_eq!(
        third.outcome.instead_of,
        Some(RouteId::IntraCorporateTransfer)
    );
}

#[test]
fn a_breach_is_fixed_in_the_other_group_with_that_groups_own_staff() {
    // Heads and heads of division: 10 Kazakh, none foreign; specialists: 50 Kazakh, 40
    // foreign, below 90 %. Moved to a head of division, the hire is counted among the first
    // group's staff (10 of 11), where it holds; among the second's (50 of 91) it would not.
    let company = company(LARGE, [10, 50], [0, 40]);
    let hires = [hire("2027-03", SPECIALIST)];
    let breach = assess(&company, &hires, as_of())
        .first_breach
        .expect("the specialist breaches");
    assert_eq!(breach.group, 1);
    assert_eq!(breach.recategorise, [O::HeadOfDivision]);
}

#[test]
fn a_hire_refused_for_another_reason_is_no_breach_of_the_ratio() {
    // A fourth extension of a specialist's permit is refused; the share itself holds.
    let company = company(LARGE, [10, 90], [1, 0]);
    let hires = [hire(
        "2027-03",
        "citizenship=IN&position=specialist&permit_request=extension&extensions_so_far=3",
    )];
    let plan = assess(&company, &hires, as_of());
    let (_, result) = plan.results().next().unwrap();
    assert_eq!(result.outcome.primary.eligible, Eligibility::No);
    assert!(result.share.unwrap().is_met());
    assert!(plan.first_breach.is_none());
}

#[test]
fn the_fix_counts_up_to_the_questions_bound_and_says_when_none_is_within_it() {
    // 60,000 foreign specialists: 540,009 Kazakh ones make 90 % with the hire, past the last
    // doubling under a million.
    let company = company(LARGE, [10, 0], [0, 60_000]);
    let hires = [hire("2027-03", SPECIALIST)];
    let breach = assess(&company, &hires, as_of()).first_breach.unwrap();
    assert_eq!(breach.add_kazakh, Some(540_009));
    // 200,000 would need 1,800,009: more than the question takes.
    let company = self::company(LARGE, [10, 0], [0, 200_000]);
    let breach = assess(&company, &hires, as_of()).first_breach.unwrap();
    assert_eq!(breach.add_kazakh, None);
}

mod written {
    //! The plan as a file: CSV and JSON read totally, CSV written safely.
    use kz_eligibility::hiring::Hire;
    use kz_eligibility::hiring::wire::{
        MAX_BYTES, Place, Problems, Reason, Written, company, hires_from_csv, plan_from_json,
    };
    use kz_eligibility::rules::{Answer, OptionId as O, QuestionId as Q};

    /// A file's hires and problems, taken or refused.
    fn read(text: &str) -> (Vec<Hire>, Problems) {
        hires_from_csv(text).unwrap_or_else(|problems| (Vec::new(), problems))
    }

    fn hires_to_csv(hires: &[Hire]) -> String {
        kz_eligibility::hiring::wire::hires_to_csv(hires, Written::ForSpreadsheet)
    }

    #[test]
    fn a_csv_plan_round_trips_and_a_bad_row_is_named_while_the_good_ones_stay() {
        let text = "\u{feff}label,start,citizenship,position,permit_request,extensions_so_far\n\
            \"Welder, night shift\",2027-03,UZ,skilled_worker,new_permit,\n\
            \"Line\nbreak\",2027-04,IN,specialist,extension,1 \n\
            ,,,,,\n\
            Bad,2027-13,XX,pilot,new_permit,\n";
        let (hires, problems) = read(text);
        assert_eq!(hires.len(), 2);
        assert_eq!(hires[0].label, "Welder, night shift");
        assert_eq!(hires[1].label, "Line\nbreak");
        assert_eq!(
            hires[1].answers.get(Q::ExtensionsSoFar),
            Some(&Answer::Number(1))
        );
        // The bad row is the spreadsheet's fifth (the header is the first, the cell of two
        // lines is in one row, and the empty row is no hire), each bad cell named.
        let named: Vec<_> = problems
            .iter()
            .map(|p| (p.place, p.key.as_str(), p.reason))
            .collect();
        assert_eq!(
            named,
            [
                (Some(Place::Row(5)), "start", Reason::InvalidValue),
                (Some(Place::Row(5)), "citizenship", Reason::InvalidValue),
                (Some(Place::Row(5)), "position", Reason::InvalidValue),
            ]
        );
        let (again, problems) = read(&hires_to_csv(&hires));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(again, hires);
    }

    #[test]
    fn a_file_names_the_row_a_spreadsheet_shows_and_a_json_plan_or_a_link_the_hire() {
        use kz_eligibility::hiring::link::read_text;
        use kz_eligibility::hiring::wording::problem;
        use kz_eligibility::i18n::Lang;
        // Row 1 the header, 2 a cell of two lines, 3 and 4 empty, 5 and 6 bad, 7 empty, 8 bad;
        // CR LF and LF line ends mixed, no line end at the last.
        let text = "label,start,citizenship\r\n\"Two\r\nlines\",2027-03,UZ\r\n\r\n\r\n\
            Bad,2027-13,UZ\r\nWorse,2027-03,XX\n\nLast,soon,UZ";
        let (hires, problems) = read(text);
        assert_eq!(hires.len(), 1);
        let named: Vec<_> = problems.iter().map(|p| (p.place, p.key.as_str())).collect();
        assert_eq!(
            named,
            [
                (Some(Place::Row(5)), "start"),
                (Some(Place::Row(6)), "citizenship"),
                (Some(Place::Row(8)), "start"),
            ]
        );
        let said = |lang| problem(lang, &problems[0]);
        assert_eq!(
            said(Lang::En),
            "Row 5, \u{201c}start\u{201d} = \u{201c}2027-13\u{201d}: not a valid value"
        );
        assert!(
            said(Lang::Ru).starts_with("Строка 5, "),
            "{}",
            said(Lang::Ru)
        );
        assert!(said(Lang::Kk).starts_with("5-жол, "), "{}", said(Lang::Kk));
        // Empty lines above the header are rows too.
        let (_, problems) = read("\n\nstart,citizenship\n2027-03,XX\n");
        assert_eq!(problems[0].reason, Reason::NoHires);
        assert_eq!(problems[1].place, Some(Place::Row(4)));
        // A JSON plan's hires are no rows of a sheet: the second hire is hire 2.
        let plan = plan_from_json(
            r#"{"hires": [{"start": "2027-02", "citizenship": "IN"}, {"start": "soon"}]}"#,
        )
        .unwrap();
        assert_eq!(plan.problems[0].place, Some(Place::Hire(2)));
        assert!(
            problem(Lang::En, &plan.problems[0]).starts_with("Hire 2, "),
            "{}",
            problem(Lang::En, &plan.problems[0])
        );
        assert!(problem(Lang::Ru, &plan.problems[0]).starts_with("Найм 2, "));
        // Nor are a link's or the device's: the plan's own text, its second hire.
        let read = read_text(
            "employer_type=kazakh_company\nlabel,start\nA,2027-03\nB,2027-13\n",
            true,
        );
        assert_eq!(read.problems[0].place, Some(Place::Hire(2)));
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_is_written_defused() {
        let (hires, _) = read(
            "label,start,citizenship,position\n\"=HYPERLINK(\"\"http://x\"\")\",2027-01,UZ,specialist\n@SUM(1),2027-01,UZ,specialist\n",
        );
        let written = hires_to_csv(&hires);
        for line in written.lines().skip(1) {
            let first = line.trim_start_matches('"');
            assert!(first.starts_with('\''), "{line}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_plan_or_too_large_is_refused_with_a_reason() {
        for (text, reason) in [
            ("nonsense", Reason::MissingColumn),
            ("label,citizenship\nX,UZ\n", Reason::MissingColumn),
            ("", Reason::Empty),
            ("start,citizenship\n", Reason::NoHires),
        ] {
            let (hires, problems) = read(text);
            assert!(hires.is_empty());
            assert_eq!(problems[0].reason, reason, "{text:?}");
        }
        let large = format!("label,start\n{}", "a,2027-01\n".repeat(MAX_BYTES / 10 * 10));
        assert!(large.len() >= 10_000_000 || large.len() > MAX_BYTES);
        let (hires, problems) = read(&large);
        assert!(hires.is_empty());
        assert_eq!(problems[0].reason, Reason::TooLarge);
        // An unknown column is named once and left out.
        let (hires, problems) = read("start,citizenship,shoe_size\n2027-01,UZ,44\n");
        assert_eq!(hires.len(), 1);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].key.as_str(), problems[0].reason),
            ("shoe_size", Reason::UnknownKey)
        );
    }

    #[test]
    fn the_company_is_read_from_pairs_and_a_json_plan_keeps_its_good_parts() {
        let (read, problems, _) = company([
            ("employer_type", "kazakh_company"),
            ("employer_headcount", "300"),
            ("kazakh_staff_3_4", "90"),
            ("foreign_staff_1_2", "-1"),
            ("citizenship", "UZ"),
        ]);
        assert_eq!(read.kazakh, [0, 90]);
        assert!(read.answers.is(Q::EmployerType, O::KazakhCompany));
        let keys: Vec<_> = problems
            .iter()
            .map(|p| (p.key.as_str(), p.reason))
            .collect();
        assert_eq!(
            keys,
            [
                ("foreign_staff_1_2", Reason::InvalidValue),
                ("citizenship", Reason::UnknownKey)
            ]
        );
        let plan = plan_from_json(
            r#"{"company": {"employer_type": "kazakh_company", "employer_headcount": 300},
                "hires": [{"start": "2027-02", "citizenship": "IN", "position": "specialist"},
                          {"start": "soon", "citizenship": "IN"}, 7],
                "as_of": "2026-11-25"}"#,
        )
        .unwrap();
        assert_eq!(plan.hires.len(), 1);
        assert_eq!(plan.problems.len(), 2);
        assert!(plan_from_json("[]").is_err() && plan_from_json("{").is_err());
    }
}

mod shared {
    //! A plan in a share link: compact enough for 50 hires, read back whole, labels left out,
    //! and anything else read as no plan without a panic.
    use kz_eligibility::hiring::link::{decode, encode};
    use kz_eligibility::hiring::wire::{Reason, Written, company, hires_from_csv};

    #[test]
    fn fifty_hires_fit_a_link_and_come_back_without_their_labels() {
        let (company, _, _) = company([
            ("employer_type", "kazakh_company"),
            ("employer_headcount", "2000"),
            ("kazakh_staff_1_2", "200"),
            ("kazakh_staff_3_4", "1500"),
            ("foreign_staff_3_4", "40"),
        ]);
        let positions = [
            "specialist",
            "skilled_worker",
            "head_of_division",
            "deputy_head",
        ];
        let countries = ["UZ", "IN", "TR", "CN", "TJ", "DE", "KR"];
        let rows: String = (0..50)
            .map(|i| {
                format!(
                    "Welder {i},2027-{:02},{},{},{},{}\n",
                    1 + i % 12,
                    countries[i % countries.len()],
                    positions[i % positions.len()],
                    ["new_permit", "extension"][i % 2],
                    ["", "1"][i % 2],
                )
            })
            .collect();
        let (hires, problems) = hires_from_csv(&format!(
            "label,start,citizenship,position,permit_request,extensions_so_far\n{rows}"
        ))
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let value = encode(&company, &hires);
        println!(
            "a 50-hire plan's link value: {} characters (its CSV alone: {} bytes)",
            value.len(),
            kz_eligibility::hiring::wire::hires_to_csv(&hires, Written::ForSpreadsheet).len()
        );
        // Well under the 2,000 characters every browser and messenger carries.
        assert!(value.len() < 2_000, "{}", value.len());
        let back = decode(&value).unwrap();
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!(back.company, company);
        let hires_back = back.hires;
        assert_eq!(hires_back.len(), 50);
        assert!(hires_back.iter().all(|hire| hire.label.is_empty()));
        assert_eq!(hires_back[7].answers, hires[7].answers);
    }

    #[test]
    fn the_device_keeps_every_row_being_filled_in_and_its_labels() {
        use kz_eligibility::hiring::link::{read_text, text};
        // A hire just added has a label and a start month, and no answer yet.
        let (hires, problems) = hires_from_csv(
            "label,start,citizenship,position\n\"Welder, \"\"A\"\"\",2027-03,,\nB,2027-04,UZ,specialist\n",
        )
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(hires.len(), 2);
        let (company, _, _) = company([("employer_type", "kazakh_company")]);
        let back = read_text(&text(&company, &hires, true), true);
        assert!(back.problems.is_empty(), "{:?}", back.problems);
        assert_eq!((back.company, back.hires), (company, hires));
    }

    #[test]
    fn a_value_that_is_not_a_plan_is_read_as_none() {
        for value in ["", "!!!", "AAAA", &"A".repeat(10_000)] {
            let problems = decode(value).err().unwrap();
            assert_eq!(problems[0].reason, Reason::Unreadable, "{value:.20}");
        }
        // A bomb: a megabyte of one letter, deflated, is refused at the size limit.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b'a'; 2_000_000], 9);
        use base64::Engine;
        let value = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bomb);
        assert_eq!(decode(&value).err().unwrap()[0].reason, Reason::TooLarge);
    }
}

#[test]
fn the_plan_reads_whole_as_markdown_in_every_language() {
    use kz_eligibility::hiring::markdown::markdown;
    use kz_eligibility::hiring::wire::hires_from_csv;
    use kz_eligibility::i18n::{Lang, MISSING_TEXT};
    let company = Company {
        answers: answers(&format!("{LARGE}&ict_company_country=GB")),
        kazakh: [10, 90],
        foreign: [1, 8],
        transferred: [0, 0],
    };
    let (hires, problems) = hires_from_csv(
        "label,start,citizenship,position,permit_request,ict_months_with_company\n\
         Welder | night,2027-03,IN,specialist,new_permit,\n\
         B,2027-03,IN,specialist,new_permit,\n\
         C,2027-04,IN,specialist,new_permit,\n\
         D,2027-05,GB,specialist,,24\n\
         E,2027-13,IN,specialist,new_permit,\n",
    )
    .unwrap();
    let plan = assess(&company, &hires, as_of());
    for lang in Lang::ALL {
        let text = markdown(*lang, &hires, &plan, &problems, as_of());
        assert!(
            !text.contains(MISSING_TEXT) && !text.contains('{'),
            "{lang:?}:\n{text}"
        );
        // One table row per hire, its label's bar escaped.
        assert_eq!(
            text.lines().filter(|line| line.starts_with("| ")).count(),
            1 + hires.len()
        );
        assert!(text.contains("Welder \\| night"));
    }
    let english = markdown(Lang::En, &hires, &plan, &problems, as_of());
    assert!(
        english.contains(
            "Hire 3 would bring the share of Kazakh citizens in categories 3–4 below the minimum"
        ),
        "{english}"
    );
    assert!(english.contains("Adding 9 Kazakh citizens"), "{english}");
    // On 25 November 2026 the request for 2027 was due on 30 September: said to have passed.
    assert!(english.contains("2027, category 3: 2 new permits and 0 extensions; the request was due by 30 September 2026, which has passed"), "{english}");
    let in_june = assess(&company, &hires, d("2026-06-01"));
    let english = markdown(Lang::En, &hires, &in_june, &problems, d("2026-06-01"));
    assert!(
        english.contains(
            "2027, category 3: 2 new permits and 0 extensions, to request by 30 September 2026."
        ),
        "{english}"
    );
    // The quota request is the employer's, once in the timeline, not once per hire.
    assert_eq!(
        english.matches("Request quota for the next year").count(),
        1
    );
    assert!(
        english.contains("Row 6, “start” = “2027-13”: not a valid value"),
        "{english}"
    );
}

#[test]
fn an_eaeu_hire_is_planned_as_employed_from_abroad_with_no_days_spent() {
    // A Kyrgyz specialist needs no more columns than citizenship and position: the plan takes
    // employment as the purpose and no day yet spent in Kazakhstan.
    let plan = assess(
        &company(LARGE, [50, 500], [0, 0]),
        &[hire("2027-02", "citizenship=KG&position=specialist")],
        as_of(),
    );
    let result = plan.hires[0].as_ref().expect("the hire is assessed");
    assert_eq!(result.outcome.primary.route, RouteId::EaeuCitizen);
    assert_eq!(result.outcome.primary.eligible, Eligibility::Yes);
}

#[test]
fn the_markdown_numbers_the_hires_from_one() {
    use kz_eligibility::hiring::markdown::markdown;
    use kz_eligibility::i18n::Lang;
    let hires = [hire("2027-03", SPECIALIST), hire("2027-04", SPECIALIST)];
    let plan = assess(&company(LARGE, [50, 500], [0, 0]), &hires, as_of());
    let text = markdown(Lang::En, &hires, &plan, &Default::default(), as_of());
    let numbers: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains("2027-0"))
        .map(|line| line.split('|').nth(1).unwrap().trim())
        .collect();
    assert_eq!(numbers, ["1", "2"], "{text}");
}

#[test]
fn the_js_apis_plan_is_assessed_and_answered_as_json() {
    use kz_eligibility::hiring::report::plan_report_json;
    use kz_eligibility::i18n::Lang;
    let request = r#"{"company": {"employer_type": "kazakh_company", "employer_headcount": "300"},
        "hires": [{"start": "2027-03", "citizenship": "KG", "position": "specialist"}],
        "as_of": "2026-11-25"}"#;
    let json: serde_json::Value =
        serde_json::from_str(&plan_report_json(request, d("2020-01-01"), Lang::En).unwrap())
            .unwrap();
    assert_eq!(json["hires"][0]["route"], "eaeu_citizen", "{json}");
    assert_eq!(json["as_of"], "2026-11-25", "{json}");
    assert!(plan_report_json("[1, 2]", as_of(), Lang::En).is_err());
}

#[test]
fn the_command_lines_company_may_be_as_large_as_a_plan_and_no_larger() {
    use kz_eligibility::hiring::report::plan_json;
    use kz_eligibility::hiring::wire::MAX_BYTES;
    use kz_eligibility::i18n::Lang;
    let csv = b"start,citizenship\n2027-03,KG\n";
    let company = |len: usize| format!("employer_type=kazakh_company&{}", "x".repeat(len - 29));
    assert_eq!(company(MAX_BYTES).len(), MAX_BYTES);
    let plan = |pairs: &str| plan_json(csv, Some(pairs), None, as_of(), Lang::En, false);
    assert!(plan(&company(MAX_BYTES)).is_ok());
    assert_eq!(
        plan(&company(MAX_BYTES + 1)).unwrap_err(),
        format!("--company is larger than {MAX_BYTES} bytes")
    );
}

/// Every sentence the plan's screen, its Markdown and its calendar take from the plan's
/// wording, in English, for a plan that has each kind of hire (a permit in a year of known
/// fees and in a year of unknown ones, a transfer, an EAEU citizen, a hire the plan cannot
/// assess), a breach and its fixes, quota requests on both sides of their day, and every kind
/// of problem. After a deliberate change, `UPDATE_SNAPSHOT=1 cargo test snapshot` and review.
#[test]
fn the_plans_words_match_the_committed_snapshot() {
    use kz_eligibility::hiring::markdown::markdown;
    use kz_eligibility::hiring::wire::{Place, Problem, Reason, hires_from_csv};
    use kz_eligibility::hiring::wording;
    use kz_eligibility::i18n::Lang;
    let en = Lang::En;
    let company = Company {
        answers: answers(&format!("{LARGE}&ict_company_country=GB")),
        kazakh: [10, 90],
        foreign: [1, 8],
        transferred: [0, 0],
    };
    let (hires, problems) = hires_from_csv(
        "label,start,citizenship,position,permit_request,ict_months_with_company,shoe\n\
         Welder,2026-12,IN,specialist,new_permit,,\n\
         ,2027-03,IN,specialist,new_permit,,\n\
         C,2027-04,IN,specialist,new_permit,,44\n\
         Transfer,2027-05,GB,specialist,,24,\n\
         Kyrgyz,2027-05,KG,specialist,,,\n\
         No position,2027-06,IN,,,,\n\
         Bad month,2027-13,IN,specialist,new_permit,,\n",
    )
    .unwrap();
    let plan = assess(&company, &hires, as_of());
    let mut out = markdown(en, &hires, &plan, &problems, as_of());

    out.push_str("\n# The fees of smaller plans\n\n");
    for (name, rows) in [
        ("no fee to pay", &hires[4..5]),
        ("fees of a year whose MCI is not known", &hires[1..3]),
        ("no hire", &hires[..0]),
    ] {
        let small = assess(&company, rows, as_of());
        out.push_str(&format!(
            "- {name}: {}\n",
            wording::fees(en, &small).join(" ")
        ));
    }

    out.push_str("\n# The quota request on, before and after its day\n\n");
    for day in ["2026-09-29", "2026-09-30", "2026-10-01"] {
        let on = assess(&company, &hires, d(day));
        for line in &on.quota {
            out.push_str(&format!(
                "- {day}: {}\n",
                wording::quota_line(en, line, d(day))
            ));
        }
    }

    out.push_str("\n# Every problem, whole and in its place\n\n");
    let reasons = [
        Reason::UnknownKey,
        Reason::InvalidValue,
        Reason::Duplicate,
        Reason::IncompleteRow,
        Reason::Unreadable,
        Reason::TooLarge,
        Reason::TooManyHires,
        Reason::Empty,
        Reason::NotUtf8,
        Reason::MissingColumn,
        Reason::UnclosedQuote,
        Reason::NoHires,
        Reason::MostlyUnreadable,
    ];
    for reason in reasons {
        for problem in [
            Problem::whole(reason),
            Problem::new(None, "shoe", "", reason),
            Problem::new(None, "shoe", "44", reason),
            Problem::new(Some(Place::Row(3)), "shoe", "44", reason),
            Problem::new(Some(Place::Row(3)), "", "", reason),
            Problem::new(Some(Place::Hire(2)), "shoe", "44", reason),
            Problem::new(Some(Place::Hire(2)), "", "", reason),
        ] {
            out.push_str(&format!("- {}\n", wording::problem(en, &problem)));
        }
    }

    out.push_str("\n# The calendar\n\n");
    for event in wording::calendar_events(en, &hires, &plan) {
        out.push_str(&format!(
            "- {} {} {}\n",
            event.date, event.uid, event.summary
        ));
    }
    crate::fixtures::matches_snapshot("plan-words.en.md", &out, "the words changed");
}
