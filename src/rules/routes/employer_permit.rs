//! The employer's work permit under the quota (Migration Law art. 36-1; Labour Minister Order
//! No. 279 of 30 Jun 2023 as amended by Orders 55 and 93), with the C3 work visa.
//!
//! - Categories: 1 heads and deputies, 2 heads of divisions, 3 specialists, 4 skilled workers.
//! - Validity: cat. 1 up to 3 years, extendable; cat. 2-3 12 months, extendable by 12 months at
//!   most 3 times; cat. 4 12 months, not extendable (replace with a local worker).
//! - Local content: Kazakh citizens at least 70 % of cat. 1-2 staff and 90 % of cat. 3-4 staff.
//!   Exempt until 31 Aug 2025: branches, representative offices and small businesses with up to
//!   10 staff; from 1 Sep 2025 (Order 93): small-business entities (a status under the
//!   Entrepreneurial Code, asked: headcount alone does not make one) with up to 20 employees.
//! - Labour-market test: none from 1 Jan 2017 (reported by law firms); from 1 Sep 2025 the
//!   vacancy is posted on enbek.kz at least 15 calendar days before the application.

use chrono::{Datelike, NaiveDate};

use super::applicant::comes_for;
use super::exempt_categories::{employment_exemption, why_not_reasons};
use crate::rules::admission::for_work;
use crate::rules::answers::{Answer, Answers};
use crate::rules::date::ymd;
use crate::rules::dated::{Dated, Period, Shown};
use crate::rules::documents::{document, foreign_document};
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::mci;
use crate::rules::obligations;
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        Cat4NoExtension = "cat_4_no_extension",
        EmployerBanAfterIllegalHire = "employer_ban_after_illegal_hire",
        ExtensionAllowed = "extension_allowed",
        ExtensionCat1 = "extension_cat_1",
        ExtensionLimitReached = "extension_limit_reached",
        LabourMarketTestBeforeOrder93 = "labour_market_test_before_order_93",
        PaidWorkNeedsPermit = "paid_work_needs_permit",
        PenaltiesForWorkWithoutPermit = "penalties_for_work_without_permit",
        PermitCategory = "permit_category",
        PermitFeeUncertain = "permit_fee_uncertain",
        PermitRegionAndEmployer = "permit_region_and_employer",
        PermitRequired = "permit_required",
        QuotaOfYear = "quota_of_year",
        RatioBreached = "ratio_breached",
        RatioExemptSmallBranch = "ratio_exempt_small_branch",
        RatioExemptSmallBusiness = "ratio_exempt_small_business",
        RatioExemptSmallBusinessAnySize = "ratio_exempt_small_business_any_size",
        RatioMet = "ratio_met",
        SeedC2Code = "seed_c2_code" guide,
        SeedC3Validity = "seed_c3_validity" guide,
        SeedContractDiploma = "seed_contract_diploma" guide,
        SeedHighlyQualified = "seed_highly_qualified" guide,
        SeedLocalCandidates = "seed_local_candidates" guide,
        SeedMentoringConfirmed = "seed_mentoring_confirmed" guide,
        SeedQuotaConfirmed = "seed_quota_confirmed" guide,
        VacancyPosted = "vacancy_posted",
        VacancyPostingFirst = "vacancy_posting_first",
        ValidityCat1 = "validity_cat_1",
        ValidityCat23 = "validity_cat_23",
        ValidityCat4 = "validity_cat_4",
        PermitInsteadOfClosedRoute = "permit_instead_of_closed_route",
        WayForwardRatio = "way_forward_ratio",
        WayForwardNewPermit = "way_forward_new_permit",
        WayForwardReplaceWorker = "way_forward_replace_worker",
        QuotaNotInRules = "quota_not_in_rules",
        EmployerFineForIllegalHire = "employer_fine_for_illegal_hire",
        QualificationRequirements = "qualification_requirements",
        RegionalQuotaCheck = "regional_quota_check",
        RatioToCheck = "ratio_to_check" to_check,
        RatioExemptionToCheck = "ratio_exemption_to_check" to_check,
        RatioExemptionToCheckAnySize = "ratio_exemption_to_check_any_size" to_check,
        RatioRulesNotKnown = "ratio_rules_not_known" to_check,
        RatioBreachedUnlessExempt = "ratio_breached_unless_exempt" to_check,
        VacancyPostingToCheck = "vacancy_posting_to_check" to_check,
    }
    obligations {
        CheckLocalContent = "check_local_content" at Prepare,
    }
    documents {
        CompanyRegistration = "company_registration" at Apply,
        EducationDocuments = "education_documents" at Apply,
        LocalContentStatement = "local_content_statement" at Apply,
        PermitApplication = "permit_application" at Apply,
        WorkExperienceProof = "work_experience_proof" at Apply,
    }
    sources {
        MigrationLawArt36_1 = "migration_law_art36_1"
            from (ADILET_MIGRATION_LAW, Official, OfficialText, CHECKED_2026_11_24),
        Resolution1041 = "resolution_1041"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        Order279Categories = "order_279_categories"
            from (ADILET_ORDER_279, Official, OfficialText, CHECKED_2026_11_24),
        Order93SmallBusiness = "order_93_small_business"
            from (ADILET_ORDER_279, Secondary, Report, CHECKED_2026_11_30),
        SmallBusinessExemptBeforeOrder93 = "small_business_exempt_before_order_93" from (
            "https://dos-immigration.kz/en/uncategorized/quota-for-recruitment-of-foreign-labor-force-in-2025",
            Secondary,
            Report,
            CHECKED_2026_12_07,
        ),
        LocalSearchAbolished2017 = "local_search_abolished_2017" from (
            "https://www.fragomen.com/insights/work-permit-process-to-be-simplified-exemption-for-heads-of-branches-to-be-eliminated.html",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        PermitFee = "permit_fee" from (
            "https://adilet.zan.kz/rus/docs/P1800000157",
            Uncertain,
            Report,
            CHECKED_2026_11_30,
        ),
        Quota2026 = "quota_2026" from (
            "https://www.gov.kz/memleket/entities/enbek",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        AdminCodePenalties = "admin_code_penalties" from (
            "https://adilet.zan.kz/rus/docs/K1400000235",
            Uncertain,
            Report,
            CHECKED_2026_11_30,
        ),
        AdminCodeEmployerFine = "admin_code_employer_fine" from (
            "https://adilet.zan.kz/rus/docs/K1400000235",
            Uncertain,
            Report,
            CHECKED_2026_11_30,
        ),
    }
}

/// Order 93 came into force on this day: the enbek.kz posting, the new exemptions.
pub const ORDER_93_IN_FORCE: NaiveDate = ymd(2025, 9, 1);

/// Order 279 (in force 1 Jul 2023) is where the rules' knowledge of the local-content ratio
/// starts; earlier days have no value.
const ORDER_279_IN_FORCE: NaiveDate = ymd(2023, 7, 1);

/// The minimum share of Kazakh citizens, in per cent, among staff of categories 1-2 and 3-4.
pub const RATIO_MINIMA: Dated<(u32, u32)> = Dated {
    id: "ratio_minima",
    show: |&(managers, others)| Shown::Shares(managers, others),
    periods: &[Period {
        from: ORDER_279_IN_FORCE,
        until: None,
        value: (70, 90),
        source: SourceId::Order279LocalContent,
    }],
};

/// A small-business entity (a status, not a headcount) is exempt from the ratio up to this
/// many employees; `None`: at any headcount. Before Order 93 the ratio did not apply to small
/// business at all, as reported; Order 93 extended it to those with more than 20.
pub const SMALL_BUSINESS_EXEMPTION: Dated<Option<u32>> = Dated {
    id: "small_business_exemption",
    show: |max| Shown::UpTo(*max),
    periods: &[
        Period {
            from: ORDER_279_IN_FORCE,
            until: Some(ORDER_93_IN_FORCE),
            value: None,
            source: SourceId::SmallBusinessExemptBeforeOrder93,
        },
        Period {
            from: ORDER_93_IN_FORCE,
            until: None,
            value: Some(20),
            source: SourceId::Order93SmallBusiness,
        },
    ],
};

/// A branch or representative office of a foreign company is exempt from the ratio up to
/// this many staff; `None`: no branch exemption (Order 93 replaced it, as reported).
pub const BRANCH_EXEMPTION: Dated<Option<u32>> = Dated {
    id: "branch_exemption",
    show: |max| match max {
        Some(max) => Shown::UpTo(Some(*max)),
        None => Shown::NoExemption,
    },
    periods: &[
        Period {
            from: ORDER_279_IN_FORCE,
            until: Some(ORDER_93_IN_FORCE),
            value: Some(10),
            source: SourceId::Order279LocalContent,
        },
        Period {
            from: ORDER_93_IN_FORCE,
            until: None,
            value: None,
            source: SourceId::Order93SmallBusiness,
        },
    ],
};
/// Cat. 2-3 permits are extended by 12 months at most this many times.
pub const MAX_EXTENSIONS_CAT_2_3: u32 = 3;
/// Historical fee range per permit, in monthly calculation indices (2017-18 sector table).
const FEE: PermitFee = PermitFee::RangeMci { min: 137, max: 250 };
/// The quota by year and category 1-4. A new year is one row (and its source).
pub const QUOTA: Dated<[u32; 4]> = Dated {
    id: "quota",
    show: |quota| Shown::PerCategory(*quota),
    periods: &[Period {
        // 0.25 % of the labour force (Order No. 397 of 12 Dec 2025).
        from: ymd(2026, 1, 1),
        until: Some(ymd(2027, 1, 1)),
        value: [726, 3_402, 5_893, 3_131],
        source: SourceId::Quota2026,
    }],
};

/// The day of the year by which an employer requests next year's quota (month, day): 30
/// September in reports since the 2022 quota; some regions close a few working days earlier.
/// Earlier years (31 July for 2020 and 2021) are left out: their source is another.
pub const QUOTA_REQUEST_BY: Dated<(u8, u8)> = Dated {
    id: "quota_request_by",
    show: |&(month, day)| Shown::DayOfYear { month, day },
    periods: &[Period {
        from: ymd(2021, 1, 1),
        until: None,
        value: (9, 30),
        source: SourceId::QuotaRequest,
    }],
};

pub const FAMILY: Family = Family {
    asks: &[
        Ask::choice(
            Q::Position,
            &[
                O::ChiefExecutive,
                O::DeputyHead,
                O::HeadOfDivision,
                O::Specialist,
                O::SkilledWorker,
            ],
            |a, _| comes_for(a, O::Employment),
        ),
        Ask::choice(
            Q::EmployerType,
            &[
                O::KazakhCompany,
                O::Branch,
                O::AifcParticipant,
                O::SezParticipant,
                O::AstanaHubParticipant,
            ],
            |a, _| comes_for(a, O::Employment),
        ),
        Ask::choice(Q::PermitRequest, &[O::NewPermit, O::Extension], |a, _| {
            needs_employer_permit(a)
        }),
        Ask::number(Q::ExtensionsSoFar, (0, 20), &[0, 3], |a, _| {
            needs_employer_permit(a) && a.is(Q::PermitRequest, O::Extension)
        }),
        // The walk tries the small-business limit itself (the status question then decides);
        // the scenarios cover both sides of the limits, before and after Order 93.
        Ask::number(Q::EmployerHeadcount, (1, 1_000_000), &[20], |a, _| {
            needs_employer_permit(a)
        })
        .or_unknown(),
        // Headcount alone does not make a small business: the status under the
        // Entrepreneurial Code does, within the headcount the exemption allows.
        Ask::yes_no(Q::SmallBusinessEntity, |a, as_of| {
            needs_employer_permit(a) && may_be_small_business(a, as_of)
        })
        .or_unknown(),
        // The staff numbers matter only where the local-content ratio applies.
        // Both count staff of the position's category group, for a permit or a transfer.
        Ask::number(Q::KazakhStaff, (0, 1_000_000), &[9], asks_staff)
            .or_unknown()
            .meaning(staff_counted),
        Ask::number(Q::ForeignStaff, (0, 1_000_000), &[0, 50], asks_staff)
            .or_unknown()
            .meaning(staff_counted),
        // The enbek.kz posting applies to applications from 1 Sep 2025 (Order No. 93).
        Ask::yes_no(Q::VacancyPosted, |a, as_of| {
            needs_employer_permit(a)
                && a.is(Q::PermitRequest, O::NewPermit)
                && as_of >= ORDER_93_IN_FORCE
        })
        .or_unknown(),
    ],
};

/// Employment for which the employer's work permit is (or, if an exemption is uncertain, may
/// be) needed.
fn needs_employer_permit(a: &Answers) -> bool {
    comes_for(a, O::Employment)
        && employment_exemption(a).is_none_or(|exemption| exemption.is_uncertain())
}

/// Whether the employer's headcount is within the small-business exemption of the day (and,
/// before Order 93, the employer is a company: a branch had its own exemption then).
fn may_be_small_business(a: &Answers, as_of: NaiveDate) -> bool {
    let Some(headcount) = a.number(Q::EmployerHeadcount) else {
        return false;
    };
    let within = |max: &Option<u32>| max.is_none_or(|max| headcount <= max);
    // While branches have an exemption of their own, theirs is the one that counts.
    let branch_rule = BRANCH_EXEMPTION.value(as_of).is_some_and(Option::is_some)
        && a.is(Q::EmployerType, O::Branch);
    SMALL_BUSINESS_EXEMPTION.value(as_of).is_some_and(within) && !branch_rule
}

fn asks_staff(a: &Answers, as_of: NaiveDate) -> bool {
    needs_employer_permit(a) && !matches!(ratio_duty(a, as_of), RatioDuty::Exempt(_))
}

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    // The position is asked with every employment; without it there is no permit to weigh.
    let category = a.choice(Q::Position).and_then(category);
    if let Some(category) = category.filter(|_| needs_employer_permit(a)) {
        let admission = for_work(a, VisaCode::C3);
        let mut route = assess(a, as_of, category, admission.visa, admission.reasons);
        route
            .asks
            .obligations
            .extend(obligations(a, as_of, Some(category)));
        route.asks.obligations.extend(admission.obligations);
        route.asks.documents.extend(documents(a, as_of));
        route.asks.documents.extend(admission.documents);
        route.asks.notes.extend(seed_notes(as_of));
        f.routes.push(route);
    }
}

/// The general rule, to be confirmed: what the engine shows should no family weigh a route.
pub fn to_confirm() -> RouteAssessment {
    RouteAssessment {
        route: RouteId::EmployerWorkPermit,
        eligible: Eligibility::Confirm,
        visa: Visa::CheckWithConsulate,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons: vec![Reason::new(
            ReasonId::PermitRequired,
            SourceId::MigrationLawArt36_1,
        )],
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}

/// The employer's permit as what remains when the route the answers led to is closed (a
/// transfer refused, an investor in another role, a visit that cannot be one): to confirm,
/// since its own questions were not asked, with its steps and documents. With the position
/// known, its category, validity and duties too.
pub fn instead_of_closed_route(a: &Answers, as_of: NaiveDate, f: &mut Findings) {
    let category = a.choice(Q::Position).and_then(category);
    let admission = for_work(a, VisaCode::C3);
    let mut reasons = vec![Reason::new(
        ReasonId::PermitInsteadOfClosedRoute,
        SourceId::MigrationLawArt36_1,
    )];
    if let Some(category) = category {
        reasons.push(
            Reason::new(ReasonId::PermitCategory, SourceId::Order279Categories)
                .with_number("category", category),
        );
        reasons.push(validity(category));
    }
    reasons.push(Reason::new(
        ReasonId::PermitRegionAndEmployer,
        SourceId::Order279Restrictions,
    ));
    reasons.extend(admission.reasons);
    f.routes.push(unasked(a, as_of, reasons));
}

/// The employer's permit weighed without its own questions (a route that cannot be what the
/// person came for sends them to it): to confirm, with the permit's steps and documents and
/// the work visa's or residence permit's. `reasons` say why it is weighed.
pub fn unasked(a: &Answers, as_of: NaiveDate, reasons: Vec<Reason>) -> RouteAssessment {
    let category = a.choice(Q::Position).and_then(category);
    let admission = for_work(a, VisaCode::C3);
    let mut obligations = obligations(a, as_of, category);
    obligations.extend(admission.obligations);
    let mut documents = documents(a, as_of);
    documents.extend(admission.documents);
    RouteAssessment {
        route: RouteId::EmployerWorkPermit,
        eligible: Eligibility::Confirm,
        visa: admission.visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts {
            category,
            share: None,
            fee: Some(FEE),
        },
        asks: Asks {
            obligations,
            documents,
            notes: Vec::new(),
        },
    }
}

/// What would open the permit when it is refused, from the check that refused it (the first
/// reason carries the verdict).
pub fn way_forward(refused: &RouteAssessment) -> Option<Reason> {
    let id = match refused.reasons.first()?.id {
        ReasonId::RatioBreached => ReasonId::WayForwardRatio,
        ReasonId::ExtensionLimitReached => ReasonId::WayForwardNewPermit,
        ReasonId::Cat4NoExtension => ReasonId::WayForwardReplaceWorker,
        _ => return None,
    };
    Some(Reason::new(id, SourceId::Order279Refusal))
}

/// The permit category of a position (Order 279, para. on categories).
pub fn category(position: O) -> Option<u8> {
    match position {
        O::ChiefExecutive | O::DeputyHead => Some(1),
        O::HeadOfDivision => Some(2),
        O::Specialist => Some(3),
        O::SkilledWorker => Some(4),
        _ => None,
    }
}

/// The group of categories whose staff the local-content ratio counts together: 0 for heads
/// and heads of divisions (categories 1-2), 1 for specialists and skilled workers (3-4).
pub fn staff_group(category: u8) -> u8 {
    u8::from(category > 2)
}

/// The minimum share of Kazakh citizens, in per cent, among staff of the category's group on
/// a day, with its source, where the rules know it.
pub fn minimum_local_share(category: u8, on: NaiveDate) -> Option<(u32, SourceId)> {
    let period = RATIO_MINIMA.on(on)?;
    let (managers, others) = period.value;
    Some((if category <= 2 { managers } else { others }, period.source))
}

/// Whether the employer must keep the local-content share.
enum RatioDuty {
    /// It need not, for this reason.
    Exempt(Reason),
    Applies,
    /// Whether a small employer's exemption applies is not known (the visitor did not know
    /// the headcount or the status): the employer must check, as this says.
    ToCheck(Reason),
}

fn ratio_duty(a: &Answers, as_of: NaiveDate) -> RatioDuty {
    let (Some(small), Some(branch)) = (
        SMALL_BUSINESS_EXEMPTION.on(as_of),
        BRANCH_EXEMPTION.on(as_of),
    ) else {
        // Before Order 279 the rules hold no exemptions: the employer checks them.
        return RatioDuty::ToCheck(
            Reason::new(ReasonId::RatioRulesNotKnown, SourceId::Order279LocalContent)
                .with("date", Value::Date(as_of)),
        );
    };
    let to_check = || {
        RatioDuty::ToCheck(match small.value {
            Some(max) => {
                Reason::new(ReasonId::RatioExemptionToCheck, small.source).with_number("max", max)
            }
            None => Reason::new(ReasonId::RatioExemptionToCheckAnySize, small.source),
        })
    };
    if a.is_unknown(Q::EmployerHeadcount) {
        return to_check();
    }
    let Some(headcount) = a.number(Q::EmployerHeadcount) else {
        return RatioDuty::Applies;
    };
    if let Some(max) = branch.value.filter(|max| headcount <= *max)
        && a.is(Q::EmployerType, O::Branch)
    {
        return RatioDuty::Exempt(
            Reason::new(ReasonId::RatioExemptSmallBranch, branch.source)
                .with_number("staff", headcount)
                .with_number("max", max),
        );
    }
    if !may_be_small_business(a, as_of) {
        return RatioDuty::Applies;
    }
    match a.get(Q::SmallBusinessEntity) {
        Some(Answer::Choice(O::Yes)) => RatioDuty::Exempt(match small.value {
            Some(max) => Reason::new(ReasonId::RatioExemptSmallBusiness, small.source)
                .with_number("staff", headcount)
                .with_number("max", max),
            None => Reason::new(ReasonId::RatioExemptSmallBusinessAnySize, small.source)
                .with_number("staff", headcount),
        }),
        Some(Answer::Unknown) => to_check(),
        _ => RatioDuty::Applies,
    }
}

/// Which staff the staff numbers count: the category group of the position (1-2 or 3-4), for
/// the employer's permit or for a transfer (`Meaning`).
fn staff_counted(a: &Answers) -> u32 {
    let group = a
        .choice(Q::Position)
        .and_then(category)
        .map_or(0, |category| u32::from(staff_group(category)) + 1);
    let transfer = u32::from(a.is(Q::Purpose, O::IntraCorporateTransfer));
    group + 10 * transfer
}

/// Whether the visitor did not know the staff numbers the share is counted from.
pub(super) fn staff_unknown(a: &Answers) -> bool {
    a.is_unknown(Q::KazakhStaff) || a.is_unknown(Q::ForeignStaff)
}

/// The local-content check: Kazakh citizens among the group's staff once the new foreign
/// worker is counted; `unless_exempt` where the employer may be exempt.
fn ratio_check(a: &Answers, category: u8, as_of: NaiveDate, unless_exempt: bool) -> Option<Share> {
    let kazakh = a.number(Q::KazakhStaff)?;
    let foreign = a.number(Q::ForeignStaff)?;
    let total = u64::from(kazakh) + u64::from(foreign) + 1;
    let (minimum, source) = minimum_local_share(category, as_of)?;
    Some(Share::LocalContent {
        kazakh,
        total: u32::try_from(total).unwrap_or(u32::MAX),
        percent: (u64::from(kazakh) * 100 / total) as u32,
        minimum,
        unless_exempt,
        source,
    })
}

fn validity(category: u8) -> Reason {
    let id = match category {
        1 => ReasonId::ValidityCat1,
        2 | 3 => ReasonId::ValidityCat23,
        _ => ReasonId::ValidityCat4,
    };
    Reason::new(id, SourceId::Order279Validity).with_number("category", category)
}

/// Whether an extension is possible and, if not, why.
fn extension_check(a: &Answers, category: u8) -> Option<(bool, Reason)> {
    if !a.is(Q::PermitRequest, O::Extension) {
        return None;
    }
    let done = a.number(Q::ExtensionsSoFar).unwrap_or(0);
    Some(match category {
        4 => (
            false,
            Reason::new(ReasonId::Cat4NoExtension, SourceId::Order279Validity),
        ),
        2 | 3 if done >= MAX_EXTENSIONS_CAT_2_3 => (
            false,
            Reason::new(ReasonId::ExtensionLimitReached, SourceId::Order279Validity)
                .with_number("done", done)
                .with_number("max", MAX_EXTENSIONS_CAT_2_3),
        ),
        2 | 3 => (
            true,
            Reason::new(ReasonId::ExtensionAllowed, SourceId::Order279Validity)
                .with_number("done", done)
                .with_number("max", MAX_EXTENSIONS_CAT_2_3),
        ),
        _ => (
            true,
            Reason::new(ReasonId::ExtensionCat1, SourceId::Order279Validity),
        ),
    })
}

fn assess(
    a: &Answers,
    as_of: NaiveDate,
    category: u8,
    visa: Visa,
    admission: Vec<Reason>,
) -> RouteAssessment {
    let mut reasons = vec![
        Reason::new(ReasonId::PermitRequired, SourceId::MigrationLawArt36_1),
        Reason::new(ReasonId::PermitCategory, SourceId::Order279Categories)
            .with_number("category", category),
    ];
    // A check that fails is the verdict's reason: it goes first, then what the employer must
    // check because the visitor did not know, which leaves the verdict to confirm.
    let mut failed = Vec::new();
    let mut to_check = Vec::new();
    let mut check = |holds: bool, reason: Reason| {
        if holds {
            reasons.push(reason);
        } else {
            // The last check that fails leads (the way forward answers it).
            failed.insert(0, reason);
        }
    };
    if let Some((possible, reason)) = extension_check(a, category) {
        check(possible, reason);
    }
    let mut share = None;
    match ratio_duty(a, as_of) {
        RatioDuty::Exempt(reason) => check(true, reason),
        duty => {
            let exemption_unknown = matches!(duty, RatioDuty::ToCheck(_));
            if let RatioDuty::ToCheck(reason) = duty {
                to_check.push(reason);
            }
            share = ratio_check(a, category, as_of, exemption_unknown);
            match share {
                // Short of the share, but perhaps exempt: not a refusal before the check.
                Some(counted) if exemption_unknown && !counted.is_met() => {
                    to_check.push(counted.statement());
                }
                Some(counted) => check(counted.is_met(), counted.statement()),
                None if staff_unknown(a) => {
                    if let Some((minimum, source)) = minimum_local_share(category, as_of) {
                        to_check.push(
                            Reason::new(ReasonId::RatioToCheck, source)
                                .with_number("minimum", minimum),
                        );
                    }
                }
                None => {}
            }
        }
    }
    match a.get(Q::VacancyPosted) {
        Some(Answer::Choice(O::Yes)) => reasons.push(
            Reason::new(ReasonId::VacancyPosted, SourceId::Order93VacancyPosting)
                .with_number("days", 15),
        ),
        Some(Answer::Unknown) => reasons.push(
            Reason::new(
                ReasonId::VacancyPostingToCheck,
                SourceId::Order93VacancyPosting,
            )
            .with_number("days", 15),
        ),
        Some(_) => reasons.push(
            Reason::new(
                ReasonId::VacancyPostingFirst,
                SourceId::Order93VacancyPosting,
            )
            .with_number("days", 15),
        ),
        // A new permit without the posting question: applied for before Order 93, when no
        // labour-market test applied (abolished for work permits on 1 Jan 2017).
        None if a.is(Q::PermitRequest, O::NewPermit) => reasons.push(Reason::new(
            ReasonId::LabourMarketTestBeforeOrder93,
            SourceId::LocalSearchAbolished2017,
        )),
        None => {}
    }
    reasons.push(validity(category));
    if let Some(quota) = QUOTA.on(as_of) {
        reasons.push(
            Reason::new(ReasonId::QuotaOfYear, quota.source)
                .with("year", Value::Year(as_of.year()))
                .with_number("category", category)
                .with_number("quota", quota.value[usize::from(category - 1)]),
        );
    } else {
        // Never another year's figures: say the year's quota is not in the rules.
        reasons.push(
            Reason::new(ReasonId::QuotaNotInRules, SourceId::QuotaRequest)
                .with("year", Value::Year(as_of.year())),
        );
    }
    reasons.push(Reason::new(
        ReasonId::PermitRegionAndEmployer,
        SourceId::Order279Restrictions,
    ));
    if let PermitFee::RangeMci { min, max } = FEE {
        reasons.push(
            Reason::new(ReasonId::PermitFeeUncertain, SourceId::PermitFee)
                .with_number("min", min)
                .with_number("max", max),
        );
    }
    reasons.push(mci::statement(as_of));
    reasons.extend(admission);
    reasons.push(
        Reason::new(
            ReasonId::PenaltiesForWorkWithoutPermit,
            SourceId::AdminCodePenalties,
        )
        .with_number("fine", 25),
    );
    // The employer's liability, then the refusal grounds the employer can check beforehand.
    reasons.extend([
        Reason::new(
            ReasonId::EmployerFineForIllegalHire,
            SourceId::AdminCodeEmployerFine,
        ),
        Reason::new(
            ReasonId::EmployerBanAfterIllegalHire,
            SourceId::Order279Refusal,
        ),
        Reason::new(
            ReasonId::QualificationRequirements,
            SourceId::Order279Refusal,
        ),
        Reason::new(ReasonId::RegionalQuotaCheck, SourceId::Order279Refusal),
    ]);
    reasons.extend(why_not_reasons(a));
    let eligible = if !failed.is_empty() {
        Eligibility::No
    } else if !to_check.is_empty() {
        Eligibility::Confirm
    } else {
        Eligibility::Yes
    };
    let reasons = failed.into_iter().chain(to_check).chain(reasons).collect();
    RouteAssessment {
        route: RouteId::EmployerWorkPermit,
        eligible,
        visa,
        work_permit: WorkPermit::Required,
        work: WorkRight::Limited,
        reasons,
        stay: None,
        facts: Facts {
            category: Some(category),
            share,
            fee: Some(FEE),
        },
        asks: Asks::default(),
    }
}

/// The permit's steps (for a new permit; the enbek.kz posting from Order 93) and, with the
/// category known, the duties of employing the foreign worker.
fn obligations(a: &Answers, as_of: NaiveDate, category: Option<u8>) -> Vec<Obligation> {
    let mut list = Vec::new();
    // An employer exempt from the local-content ratio has no share to keep; where it is not
    // known whether it is, or what the share is, it must check before applying.
    let duty = ratio_duty(a, as_of);
    let ratio_applies = !matches!(duty, RatioDuty::Exempt(_));
    if matches!(duty, RatioDuty::ToCheck(_)) || (ratio_applies && staff_unknown(a)) {
        list.push(Obligation {
            id: ObligationId::CheckLocalContent,
            party: Party::Employer,
            deadline: None,
            source: SourceId::Order279LocalContent,
        });
    }
    if !a.is(Q::PermitRequest, O::Extension) {
        let request_by = QUOTA_REQUEST_BY
            .value(as_of)
            .map(|&(month, day)| DeadlineRule::YearlyBy { month, day });
        list.extend(
            obligations::new_permit_steps(request_by)
                .into_iter()
                .filter(|o| {
                    (o.id != ObligationId::VacancyPosting || as_of >= ORDER_93_IN_FORCE)
                        && (o.id != ObligationId::KeepLocalContentRatio || ratio_applies)
                }),
        );
    }
    if let Some(category) = category {
        list.extend(obligations::foreign_labour(category, category != 4));
    }
    list
}

fn documents(a: &Answers, as_of: NaiveDate) -> Vec<Document> {
    let mut list = vec![document(
        DocumentId::PermitApplication,
        Party::Employer,
        SourceId::Order279Procedure,
    )];
    // The ratio statement only where the ratio applies (or may).
    if !matches!(ratio_duty(a, as_of), RatioDuty::Exempt(_)) {
        list.push(document(
            DocumentId::LocalContentStatement,
            Party::Employer,
            SourceId::Order279LocalContent,
        ));
    }
    list.push(document(
        DocumentId::PassportCopy,
        Party::Worker,
        SourceId::Order279Procedure,
    ));
    if !a.is(Q::PermitRequest, O::Extension) {
        list.push(document(
            DocumentId::CompanyRegistration,
            Party::Employer,
            SourceId::Order279Procedure,
        ));
        list.push(foreign_document(
            a,
            as_of,
            DocumentId::EducationDocuments,
            SourceId::Apostille,
        ));
        list.push(foreign_document(
            a,
            as_of,
            DocumentId::WorkExperienceProof,
            SourceId::Order279Procedure,
        ));
    }
    list
}

/// Where a published guide's advice on employer permits differs from the sources. Its local
/// candidates test was abolished on 1 Jan 2017; Order 93 brought in the enbek.kz posting as a
/// new step on 1 Sep 2025. Its "highly qualified specialists" have no exemption of their own
/// (the calculator does not offer it as a status), and its C2 is no work visa.
fn seed_notes(as_of: NaiveDate) -> Vec<Reason> {
    let mut notes = Vec::new();
    if as_of >= ORDER_93_IN_FORCE {
        notes.push(Reason::new(
            ReasonId::SeedLocalCandidates,
            SourceId::LocalSearchAbolished2017,
        ));
    }
    notes.extend([
        Reason::new(ReasonId::SeedC3Validity, SourceId::VisaRulesC3),
        Reason::new(ReasonId::SeedMentoringConfirmed, SourceId::Mentoring197),
        // The year's quota order where the rules hold it, else the rules that set up quotas.
        Reason::new(
            ReasonId::SeedQuotaConfirmed,
            QUOTA
                .on(as_of)
                .map_or(SourceId::QuotaRequest, |quota| quota.source),
        ),
        Reason::new(ReasonId::SeedContractDiploma, SourceId::Apostille),
        Reason::new(ReasonId::SeedHighlyQualified, SourceId::Resolution1041),
        Reason::new(ReasonId::SeedC2Code, SourceId::VisaRules),
    ]);
    notes
}
