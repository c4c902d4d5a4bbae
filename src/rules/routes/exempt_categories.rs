//! Who needs no work permit although not an EAEU citizen nor a permanent resident.
//! Personal categories of Government Resolution No. 1041 (kandases, refugees, asylum seekers,
//! humanitarian immigrants, trafficking victims while their case is open, persons serving
//! non-custodial sentences) and the Ata Zholy card; and categories tied to the job: the chief
//! executive and one deputy of a wholly foreign-owned company, the first head of a branch or
//! representative office, staff of AIFC participants and of listed SEZ projects. The Astana Hub
//! exemption lost its legal basis on 27 Sep 2025: shown as "confirm", never as a plain yes.
//! (Business immigrants, item 2 of the resolution, are in `business_immigrant.rs`.)
//!
//! Each exemption, its route, its statement and its source are one row below; the special
//! statuses are the question's options, in the table's order.

use chrono::NaiveDate;

use super::applicant::{
    comes_for, holds_permanent_permit, is_eaeu_citizen, is_foreigner, needs_purpose,
};
use crate::rules::admission::for_exempt_work;
use crate::rules::answers::Answers;
use crate::rules::documents::document;
use crate::rules::family::{Ask, Family, Findings};
use crate::rules::ids::owns;
use crate::rules::obligations::{arrival_notice, contract_registration};
use crate::rules::outcome::*;
use crate::rules::questions::{OptionId as O, QuestionId as Q};
use crate::rules::sources::SourceId;

owns! {
    reasons {
        AstanaHubUncertain = "astana_hub_uncertain",
        ExemptAifcStaff = "exempt_aifc_staff",
        ExemptAsylumSeeker = "exempt_asylum_seeker",
        ExemptAtaZholy = "exempt_ata_zholy",
        ExemptBranchHead = "exempt_branch_head",
        ExemptForeignOwnedHead = "exempt_foreign_owned_head",
        ExemptionListNotFullyRead = "exemption_list_not_fully_read",
        OneHeadOneDeputy = "one_head_one_deputy",
        ExemptHumanitarian = "exempt_humanitarian",
        ExemptKandas = "exempt_kandas",
        ExemptNonCustodialSentence = "exempt_non_custodial_sentence",
        ExemptRefugee = "exempt_refugee",
        ExemptSezProject = "exempt_sez_project",
        ExemptTraffickingVictim = "exempt_trafficking_victim",
        ExemptionOnlyForThisJob = "exemption_only_for_this_job",
        ExemptionOnlyForThisJobTrp = "exemption_only_for_this_job_trp",
        NotExemptCompanyNotForeignOwned = "not_exempt_company_not_foreign_owned",
        NotExemptDeputySlotTaken = "not_exempt_deputy_slot_taken",
        NotExemptSezProjectNotListed = "not_exempt_sez_project_not_listed",
        HeadsExemptionToCheck = "heads_exemption_to_check" to_check,
        SezProjectToCheck = "sez_project_to_check" to_check,
    }
    obligations {
        CheckHeadsExemption = "check_heads_exemption" at Prepare,
        CheckSezProject = "check_sez_project" at Prepare,
    }
    documents {
        ExemptionProof = "exemption_proof" at StartWork,
    }
    sources {
        Resolution1041Item1 = "resolution_1041_item_1"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        Resolution1041Item3 = "resolution_1041_item_3"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        Resolution1041Item4 = "resolution_1041_item_4"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        Resolution1041Item5 = "resolution_1041_item_5"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        Resolution1041Item6 = "resolution_1041_item_6"
            from (ADILET_RESOLUTION_1041, Official, OfficialText, CHECKED_2026_11_30),
        // Items 7 onwards could not be read: what they hold is not known here.
        Resolution1041NotFullyRead = "resolution_1041_not_fully_read"
            from (ADILET_RESOLUTION_1041, Uncertain, OfficialText, CHECKED_2026_11_30),
        OneDeputyLimit2025 = "one_deputy_limit_2025" from (
            "https://www.zakon.kz/pravo/6488099-utochnen-perechen-inostrantsev-rabotayushchikh-v-kazakhstane-bez-razresheniy.html",
            Secondary,
            Report,
            CHECKED_2026_11_30,
        ),
        ForeignOwnedHeadsExemption = "foreign_owned_heads_exemption"
            from (ADILET_RESOLUTION_1041, Secondary, Report, CHECKED_2026_11_30),
        BranchHeadExemption = "branch_head_exemption"
            from (ADILET_RESOLUTION_1041, Secondary, Report, CHECKED_2026_11_24),
        AifcEmployment = "aifc_employment"
            from ("https://expatcentre.aifc.kz/", Secondary, Report, CHECKED_2026_11_24),
        SezProjectStaff = "sez_project_staff" from (
            "https://adilet.zan.kz/rus/docs/V2300032958",
            Secondary,
            Report,
            CHECKED_2026_11_24,
        ),
        AstanaHubRepealed = "astana_hub_repealed"
            from (ADILET_RESOLUTION_1041, Uncertain, Report, CHECKED_2026_11_30),
        AtaZholyCard = "ata_zholy_card"
            from (ADILET_MIGRATION_LAW, Secondary, Report, CHECKED_2026_11_24),
    }
}

/// The day the list began to cover at most one chief executive and one deputy of a wholly
/// foreign-owned company (Government resolution of 18 Aug 2025, as reported).
pub const ONE_HEAD_ONE_DEPUTY_FROM: NaiveDate = crate::rules::ymd(2025, 8, 31);

/// Whom an exemption follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tie {
    /// The person, whatever the job: no visa, any employment.
    Person,
    /// This job only: a C3 visa, and only the work of this post.
    Job,
}

/// Whether the exemption's legal basis is still in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    InForce,
    /// It may have lapsed: the answer is "confirm", never a plain yes.
    Doubtful,
    /// In force, but whether the post qualifies was not known (the worker did not know the
    /// company's ownership or whether its SEZ project is listed): the employer must check.
    ToCheck,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exemption {
    route: RouteId,
    tie: Tie,
    basis: Basis,
    reason: ReasonId,
    source: SourceId,
}

const fn personal(route: RouteId, reason: ReasonId, source: SourceId) -> Exemption {
    Exemption {
        route,
        tie: Tie::Person,
        basis: Basis::InForce,
        reason,
        source,
    }
}

const fn job(route: RouteId, basis: Basis, reason: ReasonId, source: SourceId) -> Exemption {
    Exemption {
        route,
        tie: Tie::Job,
        basis,
        reason,
        source,
    }
}

/// The personal exemptions, by the special status that gives each.
const STATUSES: [(O, Exemption); 7] = [
    (
        O::Kandas,
        personal(
            RouteId::Kandas,
            ReasonId::ExemptKandas,
            SourceId::Resolution1041Item1,
        ),
    ),
    (
        O::AtaZholy,
        personal(
            RouteId::AtaZholy,
            ReasonId::ExemptAtaZholy,
            SourceId::AtaZholyCard,
        ),
    ),
    (
        O::Refugee,
        personal(
            RouteId::Refugee,
            ReasonId::ExemptRefugee,
            SourceId::Resolution1041Item3,
        ),
    ),
    (
        O::AsylumSeeker,
        personal(
            RouteId::AsylumSeeker,
            ReasonId::ExemptAsylumSeeker,
            SourceId::Resolution1041Item3,
        ),
    ),
    (
        O::HumanitarianImmigrant,
        personal(
            RouteId::HumanitarianImmigrant,
            ReasonId::ExemptHumanitarian,
            SourceId::Resolution1041Item4,
        ),
    ),
    (
        O::TraffickingVictim,
        personal(
            RouteId::TraffickingVictim,
            ReasonId::ExemptTraffickingVictim,
            SourceId::Resolution1041Item6,
        ),
    ),
    (
        O::NonCustodialSentence,
        personal(
            RouteId::NonCustodialSentence,
            ReasonId::ExemptNonCustodialSentence,
            SourceId::Resolution1041Item5,
        ),
    ),
];

/// The exemptions tied to the job, by the kind of employer; whether the post itself qualifies
/// is decided in [`employment_exemption`].
const JOBS: [(O, Exemption); 5] = [
    // The chief executive and one deputy of a wholly foreign-owned company.
    (
        O::KazakhCompany,
        job(
            RouteId::ForeignOwnedHead,
            Basis::InForce,
            ReasonId::ExemptForeignOwnedHead,
            SourceId::ForeignOwnedHeadsExemption,
        ),
    ),
    (
        O::Branch,
        job(
            RouteId::BranchHead,
            Basis::InForce,
            ReasonId::ExemptBranchHead,
            SourceId::BranchHeadExemption,
        ),
    ),
    (
        O::AifcParticipant,
        job(
            RouteId::AifcStaff,
            Basis::InForce,
            ReasonId::ExemptAifcStaff,
            SourceId::AifcEmployment,
        ),
    ),
    (
        O::SezParticipant,
        job(
            RouteId::SezProjectStaff,
            Basis::InForce,
            ReasonId::ExemptSezProject,
            SourceId::SezProjectStaff,
        ),
    ),
    (
        O::AstanaHubParticipant,
        job(
            RouteId::AstanaHub,
            Basis::Doubtful,
            ReasonId::AstanaHubUncertain,
            SourceId::AstanaHubRepealed,
        ),
    ),
];

/// The special-status question's options: none, each personal exemption in the table's
/// order, and another category of the list (the calculator could not read the whole list: a
/// note says to confirm). A published guide's "highly qualified specialist" is no status: it
/// gives no right to work, so it is not offered; the employer's permit corrects the guide.
const STATUS_OPTIONS: [O; STATUSES.len() + 2] = {
    let mut options = [O::NoSpecialStatus; STATUSES.len() + 2];
    let mut i = 0;
    while i < STATUSES.len() {
        options[i + 1] = STATUSES[i].0;
        i += 1;
    }
    options[STATUSES.len() + 1] = O::OtherListedCategory;
    options
};

pub const FAMILY: Family = Family {
    asks: &[
        Ask::choice(Q::SpecialStatus, &STATUS_OPTIONS, |a, _| {
            is_foreigner(a) && !is_eaeu_citizen(a) && !holds_permanent_permit(a)
        }),
        Ask::yes_no(Q::ForeignOwned, |a, _| asks_foreign_owned(a)).or_unknown(),
        // Only one deputy may use the exemption since 31 Aug 2025; before, any deputy could.
        Ask::yes_no(Q::DeputyExemptionUsed, |a, as_of| {
            as_of >= ONE_HEAD_ONE_DEPUTY_FROM
                && asks_foreign_owned(a)
                && a.is(Q::Position, O::DeputyHead)
                && a.is(Q::ForeignOwned, O::Yes)
        })
        .or_unknown(),
        Ask::yes_no(Q::SezProjectListed, |a, _| {
            comes_for(a, O::Employment) && a.is(Q::EmployerType, O::SezParticipant)
        })
        .or_unknown(),
    ],
};

/// The head or a deputy of a Kazakh company: whether it is wholly foreign-owned matters.
fn asks_foreign_owned(a: &Answers) -> bool {
    comes_for(a, O::Employment)
        && a.is(Q::EmployerType, O::KazakhCompany)
        && matches!(
            a.choice(Q::Position),
            Some(O::ChiefExecutive | O::DeputyHead)
        )
}

pub(super) fn weigh(a: &Answers, as_of: NaiveDate, findings: &mut Findings) {
    if let Some(exemption) = personal_exemption(a) {
        let mut route = assess(exemption, Visa::NotNeeded, Vec::new());
        route.asks.documents.extend(documents(exemption));
        route.asks.obligations.push(contract_registration());
        findings.routes.push(route);
        return;
    }
    if needs_purpose(a) && a.is(Q::SpecialStatus, O::OtherListedCategory) {
        findings.common.notes.push(Reason::new(
            ReasonId::ExemptionListNotFullyRead,
            SourceId::Resolution1041NotFullyRead,
        ));
    }
    if let Some(exemption) = employment_exemption(a) {
        // The job's exemption takes the place of the permit: the worker is admitted by the
        // work visa or the residence permit as with one.
        let admission = for_exempt_work(a);
        let mut route = assess(exemption, admission.visa, admission.reasons);
        if exemption.basis == Basis::ToCheck {
            let (reason, check) = match exemption.route {
                RouteId::SezProjectStaff => {
                    (ReasonId::SezProjectToCheck, ObligationId::CheckSezProject)
                }
                _ => (
                    ReasonId::HeadsExemptionToCheck,
                    ObligationId::CheckHeadsExemption,
                ),
            };
            route
                .reasons
                .insert(0, Reason::new(reason, exemption.source));
            // The check decides which route applies, the exemption or the employer's permit
            // weighed beside it, so it is part of the plan whichever comes first.
            findings.common.obligations.push(Obligation {
                id: check,
                party: Party::Employer,
                deadline: None,
                source: exemption.source,
            });
        }
        if exemption.route == RouteId::ForeignOwnedHead && as_of >= ONE_HEAD_ONE_DEPUTY_FROM {
            route.reasons.insert(
                1,
                Reason::new(ReasonId::OneHeadOneDeputy, SourceId::OneDeputyLimit2025)
                    .with("date", Value::Date(ONE_HEAD_ONE_DEPUTY_FROM)),
            );
        }
        route.asks.documents.extend(documents(exemption));
        route.asks.documents.extend(admission.documents);
        route
            .asks
            .obligations
            .extend([contract_registration(), arrival_notice()]);
        route.asks.obligations.extend(admission.obligations);
        findings.routes.push(route);
    }
}

impl Exemption {
    /// Whether the exemption may not apply: its law may no longer be in force, or the
    /// employer must check that the post qualifies.
    pub fn is_uncertain(self) -> bool {
        self.basis != Basis::InForce
    }

    fn is_tied_to_job(self) -> bool {
        self.tie == Tie::Job
    }
}

/// The exemption the person's own status gives, if any.
fn personal_exemption(a: &Answers) -> Option<Exemption> {
    let status = a.choice(Q::SpecialStatus)?;
    STATUSES
        .iter()
        .find(|(option, _)| *option == status)
        .map(|(_, exemption)| *exemption)
}

/// The exemption the job gives, if any, from the employment questions answered so far.
pub fn employment_exemption(a: &Answers) -> Option<Exemption> {
    if !comes_for(a, O::Employment) {
        return None;
    }
    let position = a.choice(Q::Position)?;
    let employer = a.choice(Q::EmployerType)?;
    // "Yes", or "I don't know" (then the employer checks).
    let may_be = |question| a.is(question, O::Yes) || a.is_unknown(question);
    let post_qualifies = match employer {
        O::AifcParticipant | O::AstanaHubParticipant => true,
        O::SezParticipant => may_be(Q::SezProjectListed),
        O::Branch => position == O::ChiefExecutive,
        // The chief executive, and one deputy only.
        O::KazakhCompany => {
            may_be(Q::ForeignOwned)
                && (position == O::ChiefExecutive
                    || (position == O::DeputyHead && !a.is(Q::DeputyExemptionUsed, O::Yes)))
        }
        _ => false,
    };
    let unknown = [Q::SezProjectListed, Q::ForeignOwned, Q::DeputyExemptionUsed]
        .into_iter()
        .any(|question| a.is_unknown(question));
    JOBS.iter()
        .find(|(kind, _)| *kind == employer)
        .filter(|_| post_qualifies)
        .map(|(_, exemption)| Exemption {
            basis: if unknown {
                Basis::ToCheck
            } else {
                exemption.basis
            },
            ..*exemption
        })
}

/// The exemption's route, admitted by `visa` for the reasons in `admission`.
fn assess(exemption: Exemption, visa: Visa, admission: Vec<Reason>) -> RouteAssessment {
    let mut reasons = vec![Reason::new(exemption.reason, exemption.source)];
    if exemption.is_tied_to_job() {
        // A treaty state's citizen is admitted by the residence permit, not a C3.
        reasons.push(match visa {
            Visa::ResidencePermit { .. } => Reason::new(
                ReasonId::ExemptionOnlyForThisJobTrp,
                SourceId::TrpForTreatyVisaFree,
            ),
            _ => Reason::new(ReasonId::ExemptionOnlyForThisJob, SourceId::VisaRulesC3),
        });
    }
    reasons.extend(admission);
    RouteAssessment {
        route: exemption.route,
        eligible: if exemption.is_uncertain() {
            Eligibility::Confirm
        } else {
            Eligibility::Yes
        },
        visa,
        work_permit: WorkPermit::NotRequired,
        work: if exemption.is_tied_to_job() {
            WorkRight::Limited
        } else {
            WorkRight::Employment
        },
        reasons,
        stay: None,
        facts: Facts::default(),
        asks: Asks::default(),
    }
}

/// Why a job-tied exemption that was checked does not apply (for the "why not" list).
pub fn why_not_reasons(a: &Answers) -> Vec<Reason> {
    let mut reasons = Vec::new();
    if a.is(Q::ForeignOwned, O::No) {
        reasons.push(Reason::new(
            ReasonId::NotExemptCompanyNotForeignOwned,
            SourceId::ForeignOwnedHeadsExemption,
        ));
    }
    if a.is(Q::DeputyExemptionUsed, O::Yes) && a.is(Q::Position, O::DeputyHead) {
        reasons.push(Reason::new(
            ReasonId::NotExemptDeputySlotTaken,
            SourceId::ForeignOwnedHeadsExemption,
        ));
    }
    if a.is(Q::SezProjectListed, O::No) {
        reasons.push(Reason::new(
            ReasonId::NotExemptSezProjectNotListed,
            SourceId::SezProjectStaff,
        ));
    }
    reasons
}

fn documents(exemption: Exemption) -> Vec<Document> {
    vec![document(
        DocumentId::ExemptionProof,
        Party::Worker,
        exemption.source,
    )]
}
