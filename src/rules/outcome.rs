//! What the engine concludes. Everything here is data: ids with parameters, each with its
//! source. Words come from the translation files (`route.<id>.*`, `reason.<id>`,
//! `obligation.<id>`, `document.<id>`).

use chrono::NaiveDate;
use serde::Serialize;

use super::countries::Country;
use super::entry_regimes::StayLimit;
use super::ids::id_enum;
use super::questions::QuestionId;
use super::sources::SourceId;
use super::stay::StayRule;

pub use super::legalisation::Legalisation;
pub use super::messages::{DocumentId, ObligationId, ReasonId};

id_enum! {
    /// A route under which a foreigner may stay, and perhaps work, in Kazakhstan.
    pub enum RouteId {
        KazakhCitizen => "kazakh_citizen",
        EaeuCitizen => "eaeu_citizen",
        PermanentResident => "permanent_resident",
        Kandas => "kandas",
        AtaZholy => "ata_zholy",
        Refugee => "refugee",
        AsylumSeeker => "asylum_seeker",
        HumanitarianImmigrant => "humanitarian_immigrant",
        TraffickingVictim => "trafficking_victim",
        NonCustodialSentence => "non_custodial_sentence",
        ForeignOwnedHead => "foreign_owned_head",
        BranchHead => "branch_head",
        AifcStaff => "aifc_staff",
        SezProjectStaff => "sez_project_staff",
        AstanaHub => "astana_hub",
        BusinessImmigrant => "business_immigrant",
        Investor => "investor",
        IntraCorporateTransfer => "intra_corporate_transfer",
        EmployerWorkPermit => "employer_work_permit",
        SeasonalWorker => "seasonal_worker",
        LabourImmigrant => "labour_immigrant",
        SelfEmployment => "self_employment",
        FamilyMember => "family_member",
        BusinessVisitVisaFree => "business_visit_visa_free",
        BusinessVisa => "business_visa",
        RemoteWorkNomad => "remote_work_nomad",
    }
}

id_enum! {
    /// A visa category of the Visa Rules in force (A1-A6, B1-B12, C1-C12).
    pub enum VisaCode {
        A5 => "A5",
        A6 => "A6",
        B1 => "B1",
        B2 => "B2",
        B3 => "B3",
        C3 => "C3",
        C5 => "C5",
        C6 => "C6",
        B12_1 => "B12-1",
    }
}

/// Whether a route is open to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Eligibility {
    Yes,
    /// It may be open, but it rests on uncertain law: confirm with the authority.
    Confirm,
    No,
}

/// Whether the route needs a work permit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkPermit {
    Required,
    NotRequired,
    /// The route is not about working in Kazakhstan.
    NotApplicable,
}

impl WorkPermit {
    /// The name used in JSON, as serde writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            WorkPermit::Required => "required",
            WorkPermit::NotRequired => "not_required",
            WorkPermit::NotApplicable => "not_applicable",
        }
    }
}

/// What the route lets the person do by way of work. A route has exactly one value, so it can
/// never both allow and forbid work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkRight {
    /// Employment in Kazakhstan.
    Employment,
    /// Only the work the route names (entrepreneurial activity, the investing company's
    /// management, the employer and region of the permit).
    Limited,
    /// No paid work in Kazakhstan.
    None,
}

/// The entry document the route needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Visa {
    /// A citizen or a resident: no visa.
    NotNeeded,
    /// No visa for this stay, within these limits.
    VisaFree {
        days_per_entry: u16,
        limit: StayLimit,
    },
    /// This visa category, obtained where `issued` says.
    Required { code: VisaCode, issued: Issued },
    /// No work visa: entry without a visa (at most `days_per_entry` days), then a temporary
    /// residence permit issued in Kazakhstan on the basis of the work permit or exemption,
    /// which takes the place of the work visa.
    ResidencePermit { days_per_entry: u16 },
    /// The citizenship's regime is not known well enough: ask a Kazakh consulate.
    CheckWithConsulate,
}

/// Where a visa is obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Issued {
    /// At a Kazakh consulate abroad (or as an e-visa where the citizenship allows it).
    Abroad,
    /// At a consulate, or in Kazakhstan on the employer's written request after a visa-free
    /// entry.
    AbroadOrInKazakhstan,
}

impl Visa {
    /// A visa obtained at a consulate.
    pub const fn abroad(code: VisaCode) -> Self {
        Visa::Required {
            code,
            issued: Issued::Abroad,
        }
    }

    /// Whether getting it is a step of its own: a visa, a residence permit, or a consulate's
    /// answer (not a citizen's, resident's or visa-free entry).
    pub const fn is_obtained(self) -> bool {
        matches!(
            self,
            Visa::Required { .. } | Visa::ResidencePermit { .. } | Visa::CheckWithConsulate
        )
    }
}

/// A value a message is filled with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Number(i64),
    /// A calendar year, written without grouping.
    Year(i32),
    Country(Country),
    Visa(VisaCode),
    Date(NaiveDate),
}

/// A named value for a message's `{name}` placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Param {
    pub name: &'static str,
    pub value: Value,
}

/// A statement and the provision it rests on. A reason cannot exist without its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub id: ReasonId,
    pub params: Vec<Param>,
    pub source: SourceId,
    /// Where the claim the statement answers was published, if it answers one (the published
    /// guide the rules started from).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<SourceId>,
}

impl Reason {
    pub fn new(id: ReasonId, source: SourceId) -> Self {
        Self {
            id,
            params: Vec::new(),
            source,
            claim: id.published_claim(),
        }
    }

    pub fn with(mut self, name: &'static str, value: Value) -> Self {
        self.params.push(Param { name, value });
        self
    }

    /// The number given as the parameter `name`, if there is one.
    pub fn number(&self, name: &str) -> Option<i64> {
        self.params.iter().find_map(|param| match param.value {
            Value::Number(number) if param.name == name => Some(number),
            _ => None,
        })
    }

    pub fn with_number(self, name: &'static str, number: impl Into<i64>) -> Self {
        self.with(name, Value::Number(number.into()))
    }
}

/// One route as the engine weighed it: whether it is open and why (or why not).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RouteAssessment {
    pub route: RouteId,
    pub eligible: Eligibility,
    pub visa: Visa,
    pub work_permit: WorkPermit,
    pub work: WorkRight,
    /// Why the route holds, or why not; the first reason carries the verdict. Never empty.
    pub reasons: Vec<Reason>,
    /// The stay limits that matter for the route's answer (an EAEU citizen's days, a visit
    /// without a visa), which the stay calculator checks; set by the route's family.
    #[serde(skip)]
    pub stay: Option<StayRule>,
    /// What the route counts and costs, as figures (the screens show them beside the words).
    #[serde(skip_serializing_if = "Facts::is_empty")]
    pub facts: Facts,
    /// What the route asks of people. The primary route's are the outcome's plan and
    /// checklist (with what holds on every route); another route's stay with it, under its
    /// own "why".
    #[serde(skip_serializing_if = "Asks::is_empty")]
    pub asks: Asks,
}

/// The figures of a route that the screens show as such, beside its statements: its permit
/// category, the share it counts once the worker is counted, and what its permit costs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Facts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share: Option<Share>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<PermitFee>,
}

impl Facts {
    pub fn is_empty(&self) -> bool {
        *self == Facts::default()
    }
}

/// A share a route counts, once the worker is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Share {
    /// Kazakh citizens among the staff of the category group: `percent` of `total`, against
    /// at least `minimum` per cent. `unless_exempt`: the employer may be exempt, so that
    /// being short of it is no refusal before the check.
    LocalContent {
        kazakh: u32,
        total: u32,
        percent: u32,
        minimum: u32,
        unless_exempt: bool,
        source: SourceId,
    },
    /// Transferred staff (the worker included) against the Kazakh staff of the category, at
    /// most `maximum` per cent of them.
    Transfer {
        transferred: u32,
        kazakh: u32,
        maximum: u32,
        source: SourceId,
    },
}

impl Share {
    /// Whether the share is kept.
    pub fn is_met(self) -> bool {
        match self {
            Share::LocalContent {
                kazakh,
                total,
                minimum,
                ..
            } => u64::from(kazakh) * 100 >= u64::from(minimum) * u64::from(total),
            Share::Transfer {
                transferred,
                kazakh,
                maximum,
                ..
            } => u64::from(transferred) * 100 <= u64::from(maximum) * u64::from(kazakh),
        }
    }

    /// The statement the route makes of it.
    pub fn statement(self) -> Reason {
        let met = self.is_met();
        match self {
            Share::LocalContent {
                kazakh,
                total,
                percent,
                minimum,
                unless_exempt,
                source,
            } => Reason::new(
                match (met, unless_exempt) {
                    (true, _) => ReasonId::RatioMet,
                    (false, true) => ReasonId::RatioBreachedUnlessExempt,
                    (false, false) => ReasonId::RatioBreached,
                },
                source,
            )
            .with_number("kazakh", kazakh)
            .with_number("total", total)
            .with_number("share", percent)
            .with_number("minimum", minimum),
            Share::Transfer {
                transferred,
                kazakh,
                maximum,
                source,
            } => Reason::new(
                if met {
                    ReasonId::IctRatioMet
                } else {
                    ReasonId::IctRatioBreached
                },
                source,
            )
            .with_number("transferred", transferred)
            .with_number("kazakh", kazakh)
            .with_number("max", maximum),
        }
    }
}

/// What a route's permit costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PermitFee {
    /// No fee (the intra-corporate transfer).
    Free,
    /// Within this range of monthly calculation indices (in tenge at the MCI of the year the
    /// fee is paid in).
    RangeMci { min: u32, max: u32 },
}

/// What a route asks of people, or what holds on every route (the notes on a citizenship):
/// duties, papers and the notes that belong with them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Asks {
    pub obligations: Vec<Obligation>,
    pub documents: Vec<Document>,
    pub notes: Vec<Reason>,
}

impl Asks {
    pub fn is_empty(&self) -> bool {
        self.obligations.is_empty() && self.documents.is_empty() && self.notes.is_empty()
    }

    /// These added after what is here, each id once (the first kept).
    pub fn extend(&mut self, more: Asks) {
        self.obligations.extend(more.obligations);
        self.documents.extend(more.documents);
        self.notes.extend(more.notes);
        self.dedup();
    }

    /// Each id once, the first kept: families that share a duty each add it.
    pub fn dedup(&mut self) {
        dedup_by_key(&mut self.obligations, |o| o.id);
        dedup_by_key(&mut self.documents, |d| d.id);
        dedup_by_key(&mut self.notes, |n| n.id);
    }
}

/// Keeps the first of each key, in order.
fn dedup_by_key<T, K: PartialEq>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut seen: Vec<K> = Vec::new();
    items.retain(|item| {
        let k = key(item);
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
}

/// Who has to act or provide something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    Worker,
    Employer,
}

id_enum! {
    /// The event a deadline counts from. The date itself is the user's to give (or, for the end
    /// of mentoring, follows from the start of work); the rule is data here.
    pub enum Anchor {
        StartOfWork => "start_of_work",
        Entry => "entry",
        VacancyPosting => "vacancy_posting",
        ApprovalNotice => "approval_notice",
        PermitExpiry => "permit_expiry",
        VisaExpiry => "visa_expiry",
        EndOfMentoring => "end_of_mentoring",
        EmployerChange => "employer_change",
    }
}

/// When something must happen, relative to an anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DeadlineRule {
    /// At the latest `working_days` working days after the anchor.
    WorkingDaysAfter { anchor: Anchor, working_days: u16 },
    /// At the latest `days` calendar days after the anchor.
    DaysAfter { anchor: Anchor, days: u16 },
    /// Not before `days` calendar days after the anchor.
    NotBeforeDaysAfter { anchor: Anchor, days: u16 },
    /// At the latest `working_days` working days before the anchor.
    WorkingDaysBefore { anchor: Anchor, working_days: u16 },
    /// Between `earliest` and `latest` calendar days before the anchor.
    WindowBefore {
        anchor: Anchor,
        earliest: u16,
        latest: u16,
    },
    /// Each year by this day of this month, for the following year.
    YearlyBy { month: u8, day: u8 },
    /// By this day, worked out from the answers (the days of stay left, for one).
    By { date: NaiveDate },
}

/// Something a party must do, with its time limit where the law sets one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Obligation {
    pub id: ObligationId,
    pub party: Party,
    pub deadline: Option<DeadlineRule>,
    pub source: SourceId,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    pub id: DocumentId,
    pub provider: Party,
    pub legalisation: Legalisation,
    pub source: SourceId,
}

/// The full conclusion for a complete set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The route the person should take: the most open route, in order of preference.
    pub primary: RouteAssessment,
    /// The other routes weighed, with why they are or are not open.
    pub alternatives: Vec<RouteAssessment>,
    /// The route the person came for, refused, when the primary route is what is open
    /// instead (an alternative's id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instead_of: Option<RouteId>,
    /// What the employer and the worker must do on the primary route, with time limits
    /// where the law sets them, then what holds on every route.
    pub obligations: Vec<Obligation>,
    pub documents: Vec<Document>,
    /// Warnings and the places where the seed article and the sources differ; those that
    /// cannot wait are [`ReasonId::is_urgent`].
    pub notes: Vec<Reason>,
}

impl Outcome {
    /// Every route weighed, the primary first.
    pub fn routes(&self) -> impl Iterator<Item = &RouteAssessment> {
        std::iter::once(&self.primary).chain(&self.alternatives)
    }

    /// The route refused in favour of the primary one, if the primary is a fallback.
    pub fn refused(&self) -> Option<&RouteAssessment> {
        let id = self.instead_of?;
        self.alternatives.iter().find(|route| route.route == id)
    }

    /// The obligations that carry a time limit.
    pub fn deadlines(&self) -> impl Iterator<Item = (&Obligation, DeadlineRule)> {
        self.obligations
            .iter()
            .filter_map(|obligation| obligation.deadline.map(|rule| (obligation, rule)))
    }
}

/// What comes after the answers given so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Status {
    NeedsAnswer { next_question: QuestionId },
    Complete { outcome: Box<Outcome> },
}

/// The engine's answer: the status, and the rule set and day it was reached with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evaluation {
    pub schema_version: u32,
    pub rules_version: &'static str,
    pub rules_reviewed: NaiveDate,
    pub as_of: NaiveDate,
    #[serde(flatten)]
    pub status: Status,
}
