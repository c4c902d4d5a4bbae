//! Scenario tables that read like the rules: one row per case, with the answers given, the
//! primary route expected, whether it is open, whether a work permit is needed, and the
//! statements (reasons or notes) the outcome must make.

use chrono::NaiveDate;
use kz_eligibility::rules::{Answers, Outcome, Status, evaluate};

use super::as_of;

struct Case {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    route: &'static str,
    eligible: &'static str,
    permit: &'static str,
    says: &'static [&'static str],
    as_of: Option<(i32, u32, u32)>,
}

const fn case(
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    route: &'static str,
    eligible: &'static str,
    permit: &'static str,
    says: &'static [&'static str],
) -> Case {
    Case {
        name,
        answers,
        route,
        eligible,
        permit,
        says,
        as_of: None,
    }
}

const fn on(mut case: Case, date: (i32, u32, u32)) -> Case {
    case.as_of = Some(date);
    case
}

// Shorthands for the answers most cases share.
macro_rules! employment {
    ($country:literal, $position:literal, $employer:literal $(, $q:literal = $v:literal)*) => {
        &[("citizenship", $country), ("residence_permit", "none"), ("special_status", "no_special_status"),
          ("purpose", "employment"), ("position", $position), ("employer_type", $employer) $(, ($q, $v))*]
    };
}
macro_rules! permit {
    ($position:literal, $headcount:literal, $kazakh:literal, $foreign:literal $(, $q:literal = $v:literal)*) => {
        employment!("IN", $position, "kazakh_company", "permit_request" = "new_permit",
            "employer_headcount" = $headcount, "kazakh_staff" = $kazakh, "foreign_staff" = $foreign,
            "vacancy_posted" = "yes" $(, $q = $v)*)
    };
}
macro_rules! extension {
    ($position:literal, $done:literal) => {
        employment!(
            "IN",
            $position,
            "kazakh_company",
            "permit_request" = "extension",
            "extensions_so_far" = $done,
            "employer_headcount" = "15"
        )
    };
}
macro_rules! ict {
    ($position:literal, $months:literal, $home:literal, $kazakh:literal, $transferred:literal) => {
        &[
            ("citizenship", "DE"),
            ("residence_permit", "none"),
            ("special_status", "no_special_status"),
            ("purpose", "intra_corporate_transfer"),
            ("position", $position),
            ("ict_months_with_company", $months),
            ("ict_company_country", $home),
            ("kazakh_staff", $kazakh),
            ("foreign_staff", $transferred),
        ]
    };
}
macro_rules! visit {
    ($country:literal, $activities:literal, $days:literal) => {
        &[
            ("citizenship", $country),
            ("residence_permit", "none"),
            ("special_status", "no_special_status"),
            ("purpose", "business_visit"),
            ("visit_activities", $activities),
            ("visit_days", $days),
        ]
    };
}
macro_rules! status {
    ($status:literal) => {
        &[
            ("citizenship", "AF"),
            ("residence_permit", "temporary"),
            ("special_status", $status),
        ]
    };
}
macro_rules! purpose {
    ($country:literal, $purpose:literal $(, $q:literal = $v:literal)*) => {
        &[("citizenship", $country), ("residence_permit", "none"), ("special_status", "no_special_status"),
          ("purpose", $purpose) $(, ($q, $v))*]
    };
}

const CASES: &[Case] = &[
    // Kazakh citizens.
    case(
        "a Kazakh citizen is not a foreigner",
        &[("citizenship", "KZ")],
        "kazakh_citizen",
        "yes",
        "not_required",
        &["kazakh_citizen_not_foreigner"],
    ),
    // EAEU citizens (seed: right; art. 97).
    case(
        "a Russian citizen works without a permit",
        &[
            ("citizenship", "RU"),
            ("residence_permit", "none"),
            ("eaeu_days_in_180", "10"),
        ],
        "eaeu_citizen",
        "yes",
        "not_required",
        &[
            "eaeu_no_work_permit",
            "eaeu_stay_90_in_180",
            "seed_eaeu_confirmed",
        ],
    ),
    case(
        "a Belarusian citizen works without a permit",
        &[
            ("citizenship", "BY"),
            ("residence_permit", "none"),
            ("eaeu_days_in_180", "0"),
        ],
        "eaeu_citizen",
        "yes",
        "not_required",
        &["eaeu_no_labour_market_test"],
    ),
    case(
        "a Kyrgyz citizen works without a permit",
        &[("citizenship", "KG"), ("residence_permit", "temporary")],
        "eaeu_citizen",
        "yes",
        "not_required",
        &["eaeu_has_residence_permit"],
    ),
    case(
        "an Armenian citizen works without a permit",
        &[("citizenship", "AM"), ("residence_permit", "permanent")],
        "eaeu_citizen",
        "yes",
        "not_required",
        &["eaeu_no_work_permit"],
    ),
    case(
        "an EAEU citizen on day 90 is at the limit",
        &[
            ("citizenship", "KG"),
            ("residence_permit", "none"),
            ("eaeu_days_in_180", "90"),
        ],
        "eaeu_citizen",
        "yes",
        "not_required",
        &["eaeu_stay_at_limit"],
    ),
    case(
        "an EAEU citizen on day 91 is over the limit",
        &[
            ("citizenship", "RU"),
            ("residence_permit", "none"),
            ("eaeu_days_in_180", "91"),
        ],
        "eaeu_citizen",
        "yes",
        "not_required",
        &["eaeu_stay_exceeded", "eaeu_trp_to_stay_longer"],
    ),
    // Residence permits (seed: right for permanent only).
    case(
        "a permanent resident works without a permit",
        &[("citizenship", "CN"), ("residence_permit", "permanent")],
        "permanent_resident",
        "yes",
        "not_required",
        &[
            "permanent_resident_works_freely",
            "seed_residence_permit_right",
        ],
    ),
    case(
        "a temporary residence permit is no right to work",
        purpose!("CN", "join_family"),
        "family_member",
        "yes",
        "not_applicable",
        &["family_visa_no_work"],
    ),
    case(
        "a temporary resident still needs the employer's permit",
        &[
            ("citizenship", "CN"),
            ("residence_permit", "temporary"),
            ("special_status", "no_special_status"),
            ("purpose", "employment"),
            ("position", "specialist"),
            ("employer_type", "kazakh_company"),
            ("permit_request", "new_permit"),
            ("employer_headcount", "15"),
            ("vacancy_posted", "yes"),
        ],
        "employer_work_permit",
        "yes",
        "required",
        &["temporary_permit_no_right_to_work"],
    ),
    // Personal exemptions (Resolution 1041 and the Ata Zholy card).
    case(
        "a kandas is exempt",
        status!("kandas"),
        "kandas",
        "yes",
        "not_required",
        &["exempt_kandas"],
    ),
    case(
        "an Ata Zholy card holder is exempt",
        status!("ata_zholy"),
        "ata_zholy",
        "yes",
        "not_required",
        &["exempt_ata_zholy"],
    ),
    case(
        "a refugee is exempt",
        status!("refugee"),
        "refugee",
        "yes",
        "not_required",
        &["exempt_refugee"],
    ),
    case(
        "an asylum seeker is exempt",
        status!("asylum_seeker"),
        "asylum_seeker",
        "yes",
        "not_required",
        &["exempt_asylum_seeker"],
    ),
    case(
        "a humanitarian immigrant is exempt",
        status!("humanitarian_immigrant"),
        "humanitarian_immigrant",
        "yes",
        "not_required",
        &["exempt_humanitarian"],
    ),
    case(
        "a trafficking victim is exempt while the case is open",
        status!("trafficking_victim"),
        "trafficking_victim",
        "yes",
        "not_required",
        &["exempt_trafficking_victim"],
    ),
    case(
        "a person serving a non-custodial sentence is exempt",
        status!("non_custodial_sentence"),
        "non_custodial_sentence",
        "yes",
        "not_required",
        &["exempt_non_custodial_sentence"],
    ),
    // Seed: no general exemption for highly qualified specialists.
    case(
        "a highly qualified specialist still needs the employer's permit",
        &[
            ("citizenship", "GB"),
            ("residence_permit", "none"),
            ("special_status", "highly_qualified"),
            ("purpose", "employment"),
            ("position", "specialist"),
            ("employer_type", "kazakh_company"),
            ("permit_request", "new_permit"),
            ("employer_headcount", "12"),
            ("vacancy_posted", "yes"),
        ],
        "employer_work_permit",
        "yes",
        "required",
        &["seed_highly_qualified"],
    ),
    // Exemptions tied to the job.
    case(
        "the chief executive of a wholly foreign-owned company is exempt",
        employment!(
            "US",
            "chief_executive",
            "kazakh_company",
            "foreign_owned" = "yes"
        ),
        "foreign_owned_head",
        "yes",
        "not_required",
        &["exempt_foreign_owned_head", "exemption_only_for_this_job"],
    ),
    case(
        "the first deputy of a wholly foreign-owned company is exempt",
        employment!(
            "US",
            "deputy_head",
            "kazakh_company",
            "foreign_owned" = "yes",
            "deputy_exemption_used" = "no"
        ),
        "foreign_owned_head",
        "yes",
        "not_required",
        &["exempt_foreign_owned_head"],
    ),
    case(
        "a second deputy of a wholly foreign-owned company needs a permit",
        employment!(
            "US",
            "deputy_head",
            "kazakh_company",
            "foreign_owned" = "yes",
            "deputy_exemption_used" = "yes",
            "permit_request" = "new_permit",
            "employer_headcount" = "50",
            "kazakh_staff" = "20",
            "foreign_staff" = "2",
            "vacancy_posted" = "yes"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &["not_exempt_deputy_slot_taken", "ratio_met"],
    ),
    case(
        "the chief executive of a partly Kazakh-owned company needs a permit",
        employment!(
            "US",
            "chief_executive",
            "kazakh_company",
            "foreign_owned" = "no",
            "permit_request" = "new_permit",
            "employer_headcount" = "10",
            "vacancy_posted" = "no"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &[
            "not_exempt_company_not_foreign_owned",
            "vacancy_posting_first",
        ],
    ),
    case(
        "the first head of a branch is exempt",
        employment!("FR", "chief_executive", "branch_or_representative_office"),
        "branch_head",
        "yes",
        "not_required",
        &["exempt_branch_head"],
    ),
    case(
        "staff of an AIFC participant are exempt",
        employment!("GB", "specialist", "aifc_participant"),
        "aifc_staff",
        "yes",
        "not_required",
        &["exempt_aifc_staff"],
    ),
    case(
        "staff of a listed SEZ project are exempt",
        employment!(
            "KR",
            "skilled_worker",
            "sez_participant",
            "sez_project_listed" = "yes"
        ),
        "sez_project_staff",
        "yes",
        "not_required",
        &["exempt_sez_project"],
    ),
    case(
        "staff of an unlisted SEZ project need a permit",
        employment!(
            "KR",
            "specialist",
            "sez_participant",
            "sez_project_listed" = "no",
            "permit_request" = "new_permit",
            "employer_headcount" = "18",
            "vacancy_posted" = "yes"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &["not_exempt_sez_project_not_listed"],
    ),
    case(
        "Astana Hub is never a plain yes: the permit is the primary route",
        employment!(
            "IN",
            "specialist",
            "astana_hub_participant",
            "permit_request" = "new_permit",
            "employer_headcount" = "8",
            "vacancy_posted" = "yes"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &["astana_hub_uncertain"],
    ),
    case(
        "Astana Hub staff whose permit is blocked see the exemption to confirm",
        employment!(
            "IN",
            "specialist",
            "astana_hub_participant",
            "permit_request" = "new_permit",
            "employer_headcount" = "40",
            "kazakh_staff" = "5",
            "foreign_staff" = "5",
            "vacancy_posted" = "yes"
        ),
        "astana_hub",
        "confirm",
        "not_required",
        &["ratio_breached"],
    ),
    // Employer permit: categories, ratio, posting (seed: "no suitable local candidates").
    case(
        "a specialist in a small business: ratio exempt",
        permit!("specialist", "20", "0", "5"),
        "employer_work_permit",
        "yes",
        "required",
        &[
            "ratio_exempt_small_business",
            "seed_local_candidates",
            "validity_cat_23",
            "quota_2026",
        ],
    ),
    case(
        "a specialist at exactly 90 % Kazakh staff is allowed",
        permit!("specialist", "100", "9", "0"),
        "employer_work_permit",
        "yes",
        "required",
        &["ratio_met"],
    ),
    case(
        "a specialist just below 90 % is refused",
        permit!("specialist", "100", "8", "0"),
        "employer_work_permit",
        "no",
        "required",
        &["ratio_breached"],
    ),
    case(
        "a head of division at exactly 70 % is allowed",
        permit!("head_of_division", "100", "7", "2"),
        "employer_work_permit",
        "yes",
        "required",
        &["ratio_met", "permit_category"],
    ),
    case(
        "a head of division just below 70 % is refused",
        permit!("head_of_division", "100", "6", "2"),
        "employer_work_permit",
        "no",
        "required",
        &["ratio_breached"],
    ),
    case(
        "a deputy head (category 1) at 70 % is allowed",
        permit!("deputy_head", "60", "14", "5", "foreign_owned" = "no"),
        "employer_work_permit",
        "yes",
        "required",
        &["validity_cat_1"],
    ),
    case(
        "a skilled worker at 90 % is allowed",
        permit!("skilled_worker", "500", "90", "9"),
        "employer_work_permit",
        "yes",
        "required",
        &["validity_cat_4", "ratio_met"],
    ),
    case(
        "a skilled worker at 89 % is refused",
        permit!("skilled_worker", "500", "89", "10"),
        "employer_work_permit",
        "no",
        "required",
        &["ratio_breached"],
    ),
    case(
        "a new permit waits for the enbek.kz posting",
        permit!("specialist", "10", "0", "0", "vacancy_posted" = "no"),
        "employer_work_permit",
        "yes",
        "required",
        &["vacancy_posting_first"],
    ),
    case(
        "the fee is shown as uncertain, with the MCI",
        permit!("specialist", "10", "0", "0"),
        "employer_work_permit",
        "yes",
        "required",
        &[
            "permit_fee_uncertain",
            "permit_region_and_employer",
            "work_visa_c3",
            "seed_c3_validity",
        ],
    ),
    // Extensions.
    case(
        "a category 4 extension is refused",
        extension!("skilled_worker", "0"),
        "employer_work_permit",
        "no",
        "required",
        &["cat_4_no_extension"],
    ),
    case(
        "a category 3 permit extended twice can be extended again",
        extension!("specialist", "2"),
        "employer_work_permit",
        "yes",
        "required",
        &["extension_allowed"],
    ),
    case(
        "a category 3 permit extended three times cannot",
        extension!("specialist", "3"),
        "employer_work_permit",
        "no",
        "required",
        &["extension_limit_reached"],
    ),
    case(
        "a category 2 permit extended three times cannot",
        extension!("head_of_division", "3"),
        "employer_work_permit",
        "no",
        "required",
        &["extension_limit_reached"],
    ),
    case(
        "a category 1 permit can always be extended",
        employment!(
            "IN",
            "deputy_head",
            "kazakh_company",
            "foreign_owned" = "no",
            "permit_request" = "extension",
            "extensions_so_far" = "5",
            "employer_headcount" = "15"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &["extension_cat_1"],
    ),
    // Effective dates: branches with up to 10 staff before 1 Sep 2025, small businesses after.
    on(
        case(
            "before Order 93, a branch with exactly 10 staff is ratio exempt",
            employment!(
                "IN",
                "specialist",
                "branch_or_representative_office",
                "permit_request" = "new_permit",
                "employer_headcount" = "10"
            ),
            "employer_work_permit",
            "yes",
            "required",
            &[
                "ratio_exempt_small_branch",
                "labour_market_test_before_order_93",
            ],
        ),
        (2025, 6, 1),
    ),
    on(
        case(
            "before Order 93, a branch with 11 staff is checked",
            employment!(
                "IN",
                "specialist",
                "branch_or_representative_office",
                "permit_request" = "new_permit",
                "employer_headcount" = "11",
                "kazakh_staff" = "2",
                "foreign_staff" = "1"
            ),
            "employer_work_permit",
            "no",
            "required",
            &["ratio_breached"],
        ),
        (2025, 6, 1),
    ),
    case(
        "after Order 93, a branch with exactly 10 staff is a small business",
        employment!(
            "IN",
            "specialist",
            "branch_or_representative_office",
            "permit_request" = "new_permit",
            "employer_headcount" = "10",
            "vacancy_posted" = "yes"
        ),
        "employer_work_permit",
        "yes",
        "required",
        &["ratio_exempt_small_business"],
    ),
    case(
        "after Order 93, 21 employees are no longer a small business",
        permit!("specialist", "21", "19", "1"),
        "employer_work_permit",
        "yes",
        "required",
        &["ratio_met"],
    ),
    // Intra-corporate transfer.
    case(
        "a specialist with a year at a German company can be transferred",
        ict!("specialist", "12", "DE", "10", "4"),
        "intra_corporate_transfer",
        "yes",
        "required",
        &[
            "ict_tenure_met",
            "ict_wto_member",
            "ict_ratio_met",
            "ict_terms_and_fee",
        ],
    ),
    case(
        "eleven months with the company are not enough",
        ict!("specialist", "11", "DE", "10", "0"),
        "intra_corporate_transfer",
        "no",
        "required",
        &["ict_tenure_short"],
    ),
    case(
        "a company from a non-WTO state cannot transfer",
        ict!("head_of_division", "24", "UZ", "10", "0"),
        "intra_corporate_transfer",
        "no",
        "required",
        &["ict_not_wto_member"],
    ),
    case(
        "transferred staff at exactly 50 % are allowed",
        ict!("chief_executive", "36", "US", "2", "0"),
        "intra_corporate_transfer",
        "yes",
        "required",
        &["ict_ratio_met"],
    ),
    case(
        "transferred staff above 50 % are refused",
        ict!("specialist", "36", "US", "4", "2"),
        "intra_corporate_transfer",
        "no",
        "required",
        &["ict_ratio_breached"],
    ),
    case(
        "skilled workers cannot be transferred",
        ict!("skilled_worker", "36", "US", "100", "0"),
        "intra_corporate_transfer",
        "no",
        "required",
        &["ict_skilled_workers_excluded"],
    ),
    // Business visits (seed: C5/C6 are not business-trip visas).
    case(
        "a US citizen meets partners visa-free",
        visit!("US", "meetings", "10"),
        "business_visit_visa_free",
        "yes",
        "not_applicable",
        &[
            "visa_free_stay_fits",
            "visa_free_no_work_allowed",
            "seed_business_visa_codes",
        ],
    ),
    case(
        "a 31-day visit is too long for the 30-day regime and a B3 visa",
        visit!("US", "meetings", "31"),
        "business_visit_visa_free",
        "no",
        "not_applicable",
        &["visa_free_stay_too_long", "business_visa_stay_too_long"],
    ),
    case(
        "a Turkish citizen may stay 90 days visa-free",
        visit!("TR", "conference", "90"),
        "business_visit_visa_free",
        "yes",
        "not_applicable",
        &["visa_free_stay_fits"],
    ),
    case(
        "an Indian citizen may stay only 14 days visa-free",
        visit!("IN", "meetings", "20"),
        "business_visa",
        "yes",
        "not_applicable",
        &["visa_free_stay_too_long", "business_visa_category"],
    ),
    case(
        "installing equipment needs a B2 visa even for visa-free citizens",
        visit!("DE", "installation_or_repair", "20"),
        "business_visa",
        "yes",
        "not_applicable",
        &["visa_free_excludes_services"],
    ),
    case(
        "consulting needs a B2 visa",
        visit!("JP", "meetings,consulting_or_audit", "5"),
        "business_visa",
        "yes",
        "not_applicable",
        &["visa_free_excludes_services"],
    ),
    case(
        "training is never visa-free and its visa is to confirm",
        visit!("JP", "training", "5"),
        "business_visa",
        "confirm",
        "not_applicable",
        &["training_visa_uncertain"],
    ),
    case(
        "paid work is never a business visit",
        visit!("US", "meetings,paid_work", "5"),
        "employer_work_permit",
        "confirm",
        "required",
        &["paid_work_needs_permit"],
    ),
    case(
        "a Nigerian citizen needs a business visa",
        visit!("NG", "conference", "7"),
        "business_visa",
        "yes",
        "not_applicable",
        &["no_visa_free_regime", "visa_required_evisa_possible"],
    ),
    case(
        "an unlisted citizenship is never visa-free",
        visit!("AQ", "meetings", "3"),
        "business_visa",
        "yes",
        "not_applicable",
        &["no_visa_free_regime", "visa_required_check_consulate"],
    ),
    case(
        "a Georgian's longer-term limit is unconfirmed",
        visit!("GE", "meetings", "30"),
        "business_visit_visa_free",
        "yes",
        "not_applicable",
        &["visa_free_limit_unconfirmed"],
    ),
    case(
        "a British citizen's regime comes from earlier lists",
        visit!("GB", "meetings", "5"),
        "business_visit_visa_free",
        "yes",
        "not_applicable",
        &["entry_regime_not_confirmed"],
    ),
    // Other routes.
    case(
        "a business immigrant comes on a C5 visa without a permit",
        purpose!("TR", "start_business"),
        "business_immigrant",
        "yes",
        "not_required",
        &["business_immigrant_no_permit", "seed_c5_code"],
    ),
    case(
        "a seasonal worker comes on a C6 visa with a seasonal permit",
        purpose!("UZ", "seasonal_work"),
        "seasonal_worker",
        "yes",
        "required",
        &["seasonal_permit", "seasonal_fee", "seed_c6_code"],
    ),
    case(
        "a visa-free citizen may do household work as a labour immigrant (to confirm)",
        purpose!("UZ", "household_work"),
        "labour_immigrant",
        "confirm",
        "required",
        &["labour_immigrant_visa_free"],
    ),
    case(
        "a visa-required citizen cannot be a labour immigrant",
        purpose!("PK", "household_work"),
        "labour_immigrant",
        "no",
        "required",
        &["labour_immigrant_needs_visa_free_entry"],
    ),
    case(
        "self-employment in an in-demand profession is to confirm",
        purpose!("IN", "self_employment"),
        "self_employment",
        "confirm",
        "required",
        &["self_employment_in_demand_list"],
    ),
    case(
        "an investor heading the company works without a permit",
        purpose!(
            "AE",
            "investment",
            "investor_role" = "head_or_deputy",
            "investment_over_300k" = "no"
        ),
        "investor",
        "yes",
        "not_required",
        &["investor_head_may_work", "seed_investor_exemption"],
    ),
    case(
        "an investor in another role needs a permit",
        purpose!(
            "AE",
            "investment",
            "investor_role" = "other_role",
            "investment_over_300k" = "yes"
        ),
        "investor",
        "no",
        "required",
        &["investor_other_role_needs_permit"],
    ),
    case(
        "a worker's spouse stays on C3 without the right to work",
        purpose!("IT", "join_family"),
        "family_member",
        "yes",
        "not_applicable",
        &["family_visa_no_work", "seed_c2_code"],
    ),
];

/// The day a case is evaluated on.
fn day(case: &Case) -> NaiveDate {
    case.as_of
        .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
        .unwrap_or_else(as_of)
}

fn outcome(case: &Case) -> Outcome {
    let (answers, rejected) =
        Answers::decode(std::iter::once(("role", "worker")).chain(case.answers.iter().copied()));
    assert!(rejected.is_empty(), "{}: rejected {rejected:?}", case.name);
    match evaluate(&answers, day(case)).status {
        Status::Complete { outcome } => *outcome,
        Status::NeedsAnswer { next_question } => {
            panic!("{}: still asks {next_question}", case.name)
        }
    }
}

fn said(outcome: &Outcome) -> Vec<&'static str> {
    outcome
        .routes()
        .flat_map(|route| &route.reasons)
        .chain(&outcome.notes)
        .map(|reason| reason.id.as_str())
        .collect()
}

#[test]
fn every_scenario_reaches_its_route_with_its_reasons() {
    let mut failures = Vec::new();
    for case in CASES {
        let outcome = outcome(case);
        let primary = &outcome.primary;
        let got = (
            primary.route.as_str(),
            serde_json::to_value(primary.eligible).unwrap(),
            serde_json::to_value(primary.work_permit).unwrap(),
        );
        if got.0 != case.route || got.1 != case.eligible || got.2 != case.permit {
            failures.push(format!(
                "{}: expected {} / {} / {}, got {} / {} / {}",
                case.name, case.route, case.eligible, case.permit, got.0, got.1, got.2
            ));
        }
        let said = said(&outcome);
        for statement in case.says {
            if !said.contains(statement) {
                failures.push(format!(
                    "{}: does not say {statement} (says {said:?})",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn there_are_at_least_sixty_scenarios_with_distinct_names() {
    assert!(CASES.len() >= 60, "{} scenarios", CASES.len());
    let mut names: Vec<&str> = CASES.iter().map(|case| case.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), CASES.len());
}

#[test]
fn the_role_never_changes_the_outcome() {
    for case in CASES {
        let as_worker = outcome(case);
        let (answers, _) = Answers::decode(
            std::iter::once(("role", "employer")).chain(case.answers.iter().copied()),
        );
        match evaluate(&answers, day(case)).status {
            Status::Complete { outcome } => assert_eq!(*outcome, as_worker, "{}", case.name),
            Status::NeedsAnswer { next_question } => panic!("{}: asks {next_question}", case.name),
        }
    }
}
